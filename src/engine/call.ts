/** Calling Python functions: argument binding as CPython does it, then the body or its wrapper. */
import { PyCoroutine } from './coro';
import { PyGenerator } from './generator';
import { PyAsyncGenerator } from './async-gen';
import type { PyError } from './errors';
import { PyError as PyErrorClass, fromRangeError, typeError } from './errors';
import { markCalls } from '../python/calls';
import { runDeep } from './deep';
import { locate, releaseLocals } from './exec';
import { bodyFrame } from './exec-body';
import { execBlockSync } from './exec-sync';
import { Frame, FrameKind } from './frame';
import { setFunctionCall } from './protocol';
import { rt } from './runtime';
import type { Runtime } from './runtime';
import type { PyFunction, Value } from './values';
import { Env, PyDict, PyTuple } from './values';
import { argsBound, frameEnded } from './unawaited';

/** Calls a Python function: binds arguments, then runs it or wraps it (coroutine, generator). */
export function invoke(fn: PyFunction, args: Value[], kwargs: Map<string, Value> | null): Value {
  const def = fn.def;
  const env = new Env(fn.closure);
  bindArgs(fn, env, args, kwargs);
  const r = rt();
  if (r.temps.length !== 0) argsBound(r, args, kwargs);
  if (def.isAsync || def.isGenerator) return makeSuspendable(fn, env, r);
  r.enterFrame();
  let frame: Frame | null = null;
  let threw: boolean | null = true;
  let ret: Value = null;
  let failing = false;
  try {
    if (r.depth >= r.deepCallsFrom) return (ret = runDeep(fn, env));
    frame = new Frame(def, env, fn.globals, FrameKind.Function);
    r.frames.push(frame);
    execBlockSync(def.body, frame);
    threw = false;
    return (ret = frame.retval);
  } catch (e) {
    failing = true;
    if (e instanceof RangeError) throw fromRangeError(e);
    if (!(e instanceof PyErrorClass)) threw = null; // the run stops: nothing to warn
    throw frame ? locate(e, frame) : e;
  } finally {
    r.depth--;
    if (frame) frameEnded(frame, threw);
    if (def.children.length === 0) releaseLocals(env, ret, failing);
  }
}

setFunctionCall(invoke);

/** Calling an `async def` or a generator function only makes the object that will run it. */
function makeSuspendable(fn: PyFunction, env: Env, r: Runtime): Value {
  const def = fn.def;
  const kind = !def.isAsync
    ? FrameKind.Generator
    : def.isGenerator
      ? FrameKind.AsyncGenerator
      : FrameKind.Coroutine;
  const frame = bodyFrame(def, env, fn.globals, kind);
  if (r.suspendEverywhere) markForTests(frame);
  if (kind === FrameKind.Coroutine) return new PyCoroutine(fn.qualname, frame, frame);
  if (kind === FrameKind.AsyncGenerator) return new PyAsyncGenerator(fn.qualname, frame, frame);
  return new PyGenerator(fn.qualname, frame, frame);
}

/** With `Runtime.suspendEverywhere` (tests), `f` runs all it can on the generator executor. */
export function markForTests(f: Frame): void {
  const r = rt();
  if (!r.suspendEverywhere) return;
  markCalls(f.def, r.marks, true);
  f.marks = r.marks;
}

export function bindArgs(
  fn: PyFunction,
  env: Env,
  args: Value[],
  kwargs: Map<string, Value> | null,
): void {
  const params = fn.def.params;
  if (params.length === 0 && args.length === 0 && kwargs === null) return; // nothing to bind
  const vars = env.vars;
  const name = fn.qualname;
  let npos = 0;
  let star: string | null = null;
  let dstar: string | null = null;
  for (const p of params) {
    if (p.kind === 'pos') npos++;
    else if (p.kind === 'star') star = p.name;
    else if (p.kind === 'dstar') dstar = p.name;
  }
  const nposDefaults = fn.defaults.length;
  if (args.length > npos && !star) {
    const takes = nposDefaults ? `from ${npos - nposDefaults} to ${npos}` : String(npos);
    const plural = npos === 1 && !nposDefaults ? 'argument' : 'arguments';
    const given = args.length === 1 ? '1 was given' : `${args.length} were given`;
    throw typeError(`${name}() takes ${takes} positional ${plural} but ${given}`);
  }
  let i = 0;
  for (const p of params) {
    if (p.kind !== 'pos') continue;
    if (i < args.length) vars.set(p.name, args[i]!);
    i++;
  }
  if (star) vars.set(star, new PyTuple(args.slice(npos)));
  const extra = dstar ? new PyDict() : null;
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const p = params.find((q) => q.name === k && (q.kind === 'pos' || q.kind === 'kwonly'));
      if (!p) {
        if (extra) {
          extra.map.set(k, [k, v]);
          continue;
        }
        throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
      }
      if (vars.has(k)) throw typeError(`${name}() got multiple values for argument '${k}'`);
      vars.set(k, v);
    }
  }
  if (dstar) vars.set(dstar, extra);
  // Defaults, then what is still missing.
  const posParams = params.filter((p) => p.kind === 'pos');
  const firstDefault = posParams.length - nposDefaults;
  const missing: string[] = [];
  posParams.forEach((p, j) => {
    if (vars.has(p.name)) return;
    if (j >= firstDefault) vars.set(p.name, fn.defaults[j - firstDefault]!);
    else missing.push(p.name);
  });
  if (missing.length) throw missingError(name, missing, 'positional');
  const missingKw: string[] = [];
  for (const p of params) {
    if (p.kind !== 'kwonly' || vars.has(p.name)) continue;
    const d = fn.kwDefaults.get(p.name);
    if (d !== undefined) vars.set(p.name, d);
    else missingKw.push(p.name);
  }
  if (missingKw.length) throw missingError(name, missingKw, 'keyword-only');
}

function missingError(name: string, missing: string[], kind: string): PyError {
  const quoted = missing.map((m) => `'${m}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0]!;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  const n = missing.length;
  return typeError(
    `${name}() missing ${n} required ${kind} argument${n === 1 ? '' : 's'}: ${list}`,
  );
}
