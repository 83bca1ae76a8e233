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
