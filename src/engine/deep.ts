/**
 * Deep recursion without a deep JS stack. Plain functions run on the synchronous executor,
 * which costs several JS frames a Python call; a browser worker's stack runs out long
 * before Python's 1,000 frames. So from `DEEP_CALLS_FROM` frames down (runtime.ts), a plain function's
 * body runs on the generator executor with its calls marked (`markCalls`): each call of a
 * Python function is yielded as a `DeepCall`, and `runDeep` runs the callee on an explicit
 * stack of generators, as `drive` does for awaits. Only the recursion limit ends it.
 */
import { markCalls } from '../python/calls';
import { bindArgs } from './call';
import type { Gen } from './coro';
import { PyError, fromRangeError } from './errors';
import { Completion, execBlock, releaseLocals } from './exec';
import { Frame, FrameKind } from './frame';
import { rt } from './runtime';
import type { PyFunction, Value } from './values';
import { Env } from './values';
import { argsBound, frameEnded } from './unawaited';

/** A call of a plain Python function, yielded by a deep frame to `runDeep`. */
export class DeepCall {
  constructor(
    readonly fn: PyFunction,
    readonly args: Value[],
    readonly kwargs: Map<string, Value> | null,
  ) {}
}

function* body(f: Frame): Gen {
  const c = yield* execBlock(f.def.body, f);
  return c === Completion.Return ? f.retval : null;
}

function deepFrame(fn: PyFunction, env: Env): Frame {
  const f = new Frame(fn.def, env, fn.globals, FrameKind.Function);
  f.deep = true;
  const r = rt();
  markCalls(fn.def, r.marks, r.suspendEverywhere);
  f.marks = r.marks;
  r.frames.push(f);
  return f;
}

/** The Python exception a JS one stands for, or null when it must end the run. */
function asPyError(e: unknown): PyError | null {
  if (e instanceof PyError) return e;
  if (e instanceof RangeError) return fromRangeError(e);
  return null;
}

/**
 * Runs `first` (a plain function's frame, already counted in the call depth) and every
 * call it makes from a marked expression, on an explicit stack. Returns its result.
 */
export function runDeep(fn: PyFunction, env: Env): Value {
  const r = rt();
  const callers: { gen: Gen; frame: Frame }[] = [];
  let frame = deepFrame(fn, env);
  let gen = body(frame);
  let value: Value = null;
  let err: PyError | null = null;
  /** The running frame has ended: back to its caller. */
  const leave = (threw: boolean): void => {
    r.depth--;
    frameEnded(frame, threw);
    if (frame.def.children.length === 0) releaseLocals(frame.env, frame.retval, threw);
    ({ gen, frame } = callers.pop()!);
  };
  for (;;) {
    let step: IteratorResult<unknown, Value>;
    try {
      step = err === null ? gen.next(value) : gen.throw(err);
    } catch (e) {
      const py = asPyError(e);
      if (py === null) throw e;
      if (callers.length === 0) {
        frameEnded(frame, true);
        throw py;
      }
      leave(true);
      err = py;
      value = null;
      continue;
    }
    err = null;
    if (step.done) {
      if (callers.length === 0) {
        frameEnded(frame, false);
        return step.value;
      }
      leave(false);
      value = step.value;
      continue;
    }
    const call = step.value;
    if (!(call instanceof DeepCall)) throw new Error('a plain function cannot suspend');
    try {
      const callee = new Env(call.fn.closure);
      bindArgs(call.fn, callee, call.args, call.kwargs);
      if (r.temps.length !== 0) argsBound(r, call.args, call.kwargs);
      r.enterFrame();
      callers.push({ gen, frame });
      frame = deepFrame(call.fn, callee);
      gen = body(frame);
      value = null;
    } catch (e) {
      const py = asPyError(e);
      if (py === null) throw e;
      err = py;
    }
  }
}
