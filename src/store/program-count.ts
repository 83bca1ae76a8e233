/**
 * The coroutine-count slider edits the program itself: its first top-level `N = <int>`
 * line (as the engine's `--set N=...` does).
 */
import { LIMITS } from '../limits';

const COUNT_LINE = /^N\s*=\s*(\d+)[ \t]*(#.*)?$/m;

export const MIN_COUNT = 1;
export const MAX_COUNT = LIMITS.coroutines.value;

/** The program's `N`, or null when it has no `N = <int>` line. */
export function readCount(source: string): number | null {
  const m = COUNT_LINE.exec(source);
  return m ? Number(m[1]) : null;
}

/** The program with its `N = ...` line set to `n` (unchanged when it has none). */
export function writeCount(source: string, n: number): string {
  const count = Math.max(MIN_COUNT, Math.min(MAX_COUNT, Math.round(n)));
  return source.replace(COUNT_LINE, (_line, _value: string, comment: string | undefined) =>
    comment ? `N = ${count}  ${comment}` : `N = ${count}`,
  );
}

/**
 * The slider's stops: every N up to 20, then rounder and rounder numbers up to the limit,
 * so that the small counts that teach the most get most of the slider's length.
 */
export const COUNT_STEPS: readonly number[] = (() => {
  const steps: number[] = [];
  const add = (from: number, to: number, by: number) => {
    for (let n = from; n <= Math.min(to, MAX_COUNT); n += by) steps.push(n);
  };
  add(MIN_COUNT, 20, 1);
  add(25, 100, 5);
  add(120, 200, 20);
  add(250, MAX_COUNT, 50);
  if (steps.at(-1) !== MAX_COUNT) steps.push(MAX_COUNT);
  return steps;
})();

/** The slider stop nearest to `n` (the lower one on a tie). */
export function countToStep(n: number): number {
  let best = 0;
  COUNT_STEPS.forEach((s, i) => {
    if (Math.abs(s - n) < Math.abs(COUNT_STEPS[best]! - n)) best = i;
  });
  return best;
}

/** The N at slider stop `i`. */
export function stepToCount(i: number): number {
  return COUNT_STEPS[Math.max(0, Math.min(COUNT_STEPS.length - 1, Math.round(i)))]!;
}
