/**
 * The verdict: what the run's timing teaches, worked out from the event log. For a gather,
 * its time against the same awaits one after another ("3 s, not 9 s"); for a program that
 * also blocks the loop with `time.sleep`, the blocked half against the gathered half
 * ("9 s vs 3 s"); for a run stopped at a limit, that it stopped. Pure; every figure is a
 * finite number >= 0 whatever the log (an imported file may hold any times).
 */
import type { EngineEvent } from '../engine/events';

/** The gather that saved the most time. */
export interface GatherFacts {
  /** How many awaitables it ran. */
  readonly children: number;
  /** Their coroutine's name when they all share one (`randn`), else null. */
  readonly coro: string | null;
  /** Seconds from the gather's start until its caller was woken. */
  readonly took: number;
  /** Its children's own sleeps (awaited or blocking), added up: the same awaits one after another. */
  readonly oneByOne: number;
  /** Seconds of `took` during which `time.sleep` blocked the loop. */
  readonly blocked: number;
}

export interface VerdictFacts {
  /** Virtual seconds at the end of the run. */
  readonly total: number;
  /** Every awaited sleep and every blocking sleep, one after another. */
  readonly sequential: number;
  /** Seconds `time.sleep` blocked the whole loop. */
  readonly blocking: number;
  readonly gather: GatherFacts | null;
  /** The run stopped at a limit: its message. */
  readonly stopped: string | null;
}

/** A duration as the verdict may show it: finite and not negative. */
function seconds(x: number): number {
  return Number.isFinite(x) && x > 0 ? x : 0;
}

/** Adds durations without ever reaching Infinity. */
function plus(a: number, b: number): number {
  const s = a + seconds(b);
  return Number.isFinite(s) ? s : Number.MAX_VALUE;
}

interface OpenGather {
  parent: number;
  start: number;
  children: readonly number[];
}

/** What a task did on its own: its sleeps, awaited or blocking, each from its start time. */
interface Own {
  coro: string;
  /** [start, seconds] of each sleep. */
  sleeps: [number, number][];
  /** The times it waited on something other than a sleep (another task, a queue, …). */
  waits: number[];
}

/** The facts of a whole log. */
export function verdictFacts(events: readonly EngineEvent[]): VerdictFacts {
  const own = new Map<number, Own>();
  /** Tasks created in each task's current step: a gather's children when the log does not name them. */
  const madeInStep = new Map<number, number[]>();
  let running: number | null = null;
  const open = new Map<number, OpenGather>();
  const closed: { g: OpenGather; end: number }[] = [];
  /** [start, seconds] of each time `time.sleep` blocked the loop. */
  const blocks: [number, number][] = [];
  let sequential = 0;
  let stopped: string | null = null;
  for (const e of events) {
    switch (e.type) {
      case 'create':
        own.set(e.task, { coro: e.coro, sleeps: [], waits: [] });
        if (running !== null) madeInStep.get(running)?.push(e.task);
        break;
      case 'run':
        running = e.task;
        madeInStep.set(e.task, []);
        break;
      case 'suspend': {
        const mine = own.get(e.task);
        if (e.wait === 'sleep' && e.until !== null) {
          sequential = plus(sequential, e.until - e.t);
          mine?.sleeps.push([e.t, seconds(e.until - e.t)]);
        } else if (e.wait !== 'yield') mine?.waits.push(e.t);
        if (e.wait === 'gather') {
          const made = madeInStep.get(e.task) ?? [];
          const k = Number(/^gather\((\d+)\)$/.exec(e.on)?.[1] ?? 0);
          const children = e.children ?? (made.length >= k ? made.slice(made.length - k) : []);
          open.set(e.task, { parent: e.task, start: e.t, children });
        }
        running = null;
        break;
      }
      case 'wake': {
        const g = open.get(e.task);
        if (g) {
          open.delete(e.task);
          closed.push({ g, end: e.t });
        }
        break;
      }
      case 'done':
      case 'error':
      case 'cancelled':
        if (running === e.task) running = null;
        break;
      case 'clock':
        if (e.why === 'sleep') {
          sequential = plus(sequential, e.t - e.from);
          blocks.push([e.from, seconds(e.t - e.from)]);
          if (running !== null) own.get(running)?.sleeps.push([e.from, seconds(e.t - e.from)]);
        }
        break;
      case 'limit':
        stopped = e.message;
        break;
      default:
        break;
    }
  }
  const blocking = blocks.reduce((sum, [, d]) => plus(sum, d), 0);
  let gather: GatherFacts | null = null;
  let saved = 0;
  for (const { g, end } of closed) {
    const within = ([t]: [number, number]) => t >= g.start && t < end;
    const children = g.children.map((id) => own.get(id));
    // Only children that just sleep can be put one after another; a queue's consumer can't.
    if (children.length === 0 || children.some((c) => !c || c.waits.some((t) => t >= g.start)))
      continue;
    const took = seconds(end - g.start);
    let oneByOne = 0;
    for (const c of children)
      for (const s of c!.sleeps.filter(within)) oneByOne = plus(oneByOne, s[1]);
    // A gather whose children overlapped teaches something; the biggest saving wins.
    if (oneByOne - took > Math.max(saved, 1e-9)) {
      saved = oneByOne - took;
      const coros = new Set(children.map((c) => c!.coro));
      gather = {
        children: children.length,
        coro: coros.size === 1 ? [...coros][0]! : null,
        took,
        oneByOne,
        blocked: blocks.filter(within).reduce((sum, [, d]) => plus(sum, d), 0),
      };
    }
  }
  const last = events[events.length - 1];
  return { total: seconds(last?.t ?? 0), sequential, blocking, gather, stopped };
}

/** Seconds as a learner reads them at a glance: `3 s`, `1.5 s`, `0.25 s`, `1,000 s`. */
export function glanceSeconds(x: number): string {
  const v = seconds(x);
  if (v >= 1e15) return `${v.toExponential(2)} s`;
  const [whole = '0', frac = ''] = (Math.round(v * 100) / 100).toFixed(2).split('.');
  const digits = frac.replace(/0+$/, '');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${digits ? `.${digits}` : ''} s`;
}

export const VerdictTone = {
  /** The lesson holds: the awaits overlapped. */
  Lesson: 'lesson',
  /** Just the figures. */
  Plain: 'plain',
  /** The run did not finish. */
  Stopped: 'stopped',
} as const;
export type VerdictTone = (typeof VerdictTone)[keyof typeof VerdictTone];

export interface VerdictText {
  readonly tone: VerdictTone;
  /** The headline figures: `3 s, not 9 s`. */
  readonly figures: string;
  /** One or two sentences that say what the figures mean. */
  readonly words: string;
}

function whatRan(g: GatherFacts): string {
  if (g.coro === null) return `${g.children} awaitables`;
  return g.children === 1 ? `1 ${g.coro}()` : `${g.children} ${g.coro}() calls`;
}

/** The verdict in words. */
export function verdictText(f: VerdictFacts): VerdictText {
  const total = glanceSeconds(f.total);
  if (f.stopped !== null) {
    // Why it stopped is said once, by the run's problem message; this only says what it means.
    return {
      tone: VerdictTone.Stopped,
      figures: 'no verdict',
      words: `The run stopped at a limit after ${total} of virtual time, before it finished: there is no total to compare.`,
    };
  }
  const g = f.gather;
  const outside = g ? f.blocking - g.blocked : 0;
  if (g && outside > 1e-9) {
    // Two halves: sleeps that block the loop, then the same sleeps awaited together.
    return {
      tone: VerdictTone.Lesson,
      figures: `${glanceSeconds(outside)} vs ${glanceSeconds(g.took)}`,
      words: `time.sleep blocked the loop for ${glanceSeconds(outside)}, one sleep after another; gather ran ${whatRan(g)} together in ${glanceSeconds(g.took)}. The whole program: ${total}.`,
    };
  }
  if (g) {
    const blocked =
      g.blocked > 0
        ? ` time.sleep blocked the loop for ${glanceSeconds(g.blocked)} of it: nothing else ran then.`
        : '';
    return {
      tone: VerdictTone.Lesson,
      figures: `${glanceSeconds(g.took)}, not ${glanceSeconds(g.oneByOne)}`,
      words: `gather ran ${whatRan(g)} in ${glanceSeconds(g.took)}; one after another they would take ${glanceSeconds(g.oneByOne)}.${blocked} The whole program: ${total}.`,
    };
  }
  if (f.sequential === 0) {
    return {
      tone: VerdictTone.Plain,
      figures: total,
      words: `The program takes ${total} of virtual time; it never sleeps.`,
    };
  }
  return {
    tone: VerdictTone.Plain,
    figures: `${total} vs ${glanceSeconds(f.sequential)}`,
    words: `The program takes ${total} of virtual time; its sleeps one after another would take ${glanceSeconds(f.sequential)}.`,
  };
}
