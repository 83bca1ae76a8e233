/** The object `asyncio.get_running_loop()` returns: the loop's clock and scheduling calls. */
import { callValue } from '../protocol';
import { Exc, PyError, isSubclass, runtimeError } from '../errors';
import { rt } from '../runtime';
import type { Handle } from '../loop';
import { asFloat } from '../num-ops';
import type { Value } from '../values';
import { PyFloat, PyObject, PyType, Types } from '../values';
import { Future } from './futures';
import { currentTask, runningLoop } from './support';

const LoopType = new PyType('_UnixSelectorEventLoop', Types.object, null, 'asyncio.unix_events');
const HandleType = new PyType('TimerHandle', Types.object, null, 'asyncio.events');

class PyHandle extends PyObject {
  constructor(readonly h: Handle) {
    super();
  }
  get cls() {
    return HandleType;
  }
}
HandleType.methods.set('cancel', (s) => (runningLoop().cancelHandle((s as PyHandle).h), null));
HandleType.methods.set('cancelled', (s) => (s as PyHandle).h.cancelled);
HandleType.methods.set('when', (s) => new PyFloat((s as PyHandle).h.when));

export class PyLoop extends PyObject {
  get cls() {
    return LoopType;
  }
  pyRepr(): string {
    return '<_UnixSelectorEventLoop running=True closed=False debug=False>';
  }
}

function label(cb: Value): string {
  const name = (cb as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : 'callback';
}

/**
 * Runs a program's loop callback as `Handle._run` does: an exception other than SystemExit /
 * KeyboardInterrupt goes to the loop's exception handler, which only logs it (stderr, not
 * the trace), and the loop carries on.
 */
export function runCallback(cb: Value, args: Value[]): void {
  try {
    callValue(cb, args, null);
  } catch (e) {
    if (
      !(e instanceof PyError) ||
      isSubclass(e.exc.type, Exc.SystemExit) ||
      isSubclass(e.exc.type, Exc.KeyboardInterrupt)
    )
      throw e;
  }
}

function schedule(kind: 'soon' | 'later' | 'at', a: Value[]): PyHandle {
  const loop = runningLoop();
  const [first, ...rest] = a;
  const cb = kind === 'soon' ? first! : rest.shift()!;
  const task = currentTask();
  // The handle holds the callback and its arguments (for the never-awaited scan, unawaited.ts).
  const held = [cb, [...rest].reverse()];
  const r = rt();
  r.loopHeld.add(held);
  const run = (): void => {
    r.loopHeld.delete(held);
    runningLoop().handleArg = held;
    runCallback(cb, rest);
  };
  if (kind === 'soon')
    return new PyHandle(loop.callSoon(run, 'callback', label(cb), task?.id ?? null));
  const t = asFloat(first ?? null);
  if (t === null) throw runtimeError('a number is required');
  const when = kind === 'later' ? loop.time + t : t;
  return new PyHandle(loop.callAt(when, run, label(cb), task?.id ?? null));
}

const m = LoopType.methods;
m.set('time', () => new PyFloat(runningLoop().time));
m.set('create_future', () => new Future());
m.set('call_soon', (_s, a) => schedule('soon', a));
m.set('call_later', (_s, a) => schedule('later', a));
m.set('call_at', (_s, a) => schedule('at', a));
m.set('is_running', () => true);

const theLoop = new PyLoop();
export function getRunningLoop(): PyLoop {
  runningLoop();
  return theLoop;
}
