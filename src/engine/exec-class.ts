/**
 * The statements that make objects out of blocks: decorated `def`s, `class` statements
 * (the body runs as its own scope on the synchronous executor, then classes.ts makes the
 * type) and the synchronous `with` statement, for both executors.
 */
import type { StmtOf } from '../python/ast';
import { NotSupportedError, PyError, typeError } from './errors';
import { addArg, ev } from './eval';
import { closureEnv, makeFunction } from './make-function';
import { Completion, execBlock, val } from './exec';
import type { StmtGen } from './exec';
import { execBlockSync } from './exec-sync';
import { Frame, FrameKind } from './frame';
import { initGenericClass, mroEntries } from './lib/typing-generic';
import { typingClass } from './lib/typing-classes';
import { bindAttr, lookup } from './objects';
import { makeClass } from './classes';
import { callValue, setItem } from './protocol';
import { truthy } from './ops';
import { rt } from './runtime';
import { has } from './slots';
import { checkEnumBody } from './enum/body-check';
import { bindTarget, store } from './targets';
import type { Value } from './values';
import { Env, PyBuiltin, PyDict, typeOf } from './values';

/** Decorators are evaluated top to bottom, then applied bottom up to what they decorate. */
function decorate(decorators: Value[], v: Value): Value {
  for (let i = decorators.length - 1; i >= 0; i--) v = callValue(decorators[i]!, [v], null);
  return v;
}

/** `def` (with its decorators). */
export function defStmt(s: StmtOf<'def'>, f: Frame): void {
  if (s.decorators.length === 0) {
    store(f, s.fn.name, makeFunction(s.fn, f));
    return;
  }
  const decorators = s.decorators.map((d) => ev(d, f));
  store(f, s.fn.name, decorate(decorators, makeFunction(s.fn, f)));
}

/** `class Name(bases): body`, as CPython's `__build_class__` runs it. */
export function classStmt(s: StmtOf<'class'>, f: Frame): void {
  const decorators = s.decorators.map((d) => ev(d, f));
  const bases: Value[] = [];
  let kw: Map<string, Value> | null = null;
  for (const a of s.bases) kw = addArg(a, ev(a.value, f), bases, kw);
  if (kw) {
    const name = [...kw.keys()][0]!;
    throw new NotSupportedError(`the class keyword argument '${name}='`, name);
  }
  const orig = mroEntries(bases);
  const def = s.fn;
  // An enum's body (its metaclass's namespace checks the bindings).
  if (bases.some((b) => has(b, 'pyNewClass'))) checkEnumBody(def.body);
  const ns = new Map<string, Value>([
    ['__module__', f.globals.get('__name__') ?? '__main__'],
    ['__qualname__', def.qualname],
  ]);
  const first = def.body[0];
  if (first?.kind === 'expr' && first.value.kind === 'const' && first.value.constant.type === 'str')
    ns.set('__doc__', first.value.constant.value);
  // The functions of the body close over the class cell (`__class__`, for `super()`).
  const cell = new Env(closureEnv(f));
  const body = new Frame(def, new Env(cell, ns), f.globals, FrameKind.Function);
  const r = rt();
  r.enterFrame();
  try {
    execBlockSync(def.body, body);
  } finally {
    r.depth--;
  }
  ns.delete('__qualname__');
  const cls =
    typingClass(def.name, def.qualname, bases, ns) ??
    makeClass(def.name, def.qualname, bases, ns, def.line);
  initGenericClass(cls, orig);
  cell.vars.set('__class__', cls);
  store(f, def.name, decorate(decorators, cls));
}

/**
 * `target: annotation = value` in a class body or at module level: the value is bound,
 * then the annotation is evaluated and, for a bare name, stored in the namespace's
 * `__annotations__` (which CPython makes when the body starts: here at its first use).
 */
export function annAssign(s: StmtOf<'annassign'>, f: Frame): void {
  if (s.value) bindTarget(s.target, ev(s.value, f), f);
  const annotation = ev(s.annotation, f);
  if (!s.simple || s.target.kind !== 'name') return;
  const ns = f.def.kind === 'module' ? f.globals : f.env.vars;
  let d = ns.get('__annotations__');
  if (d === undefined) ns.set('__annotations__', (d = new PyDict()));
  setItem(d, s.target.id, annotation);
}

/** The bound `__enter__`/`__exit__` (or async ones) of a context manager, or CPython's TypeError. */
export function contextMethods(mgr: Value, async: boolean): [Value, Value] {
  const [en, ex] = async ? ['__aenter__', '__aexit__'] : ['__enter__', '__exit__'];
  const enter = special(mgr, en);
  const exit = special(mgr, ex);
  const what = async ? 'the asynchronous context manager protocol' : 'the context manager protocol';
  if (enter === undefined) throw typeError(`'${typeOf(mgr).name}' object does not support ${what}`);
  if (exit === undefined) {
    throw typeError(`'${typeOf(mgr).name}' object does not support ${what} (missed ${ex} method)`);
  }
  return [enter, exit];
}

/** A special method of `v`, bound, looked up on its type only (as CPython does). */
function special(v: Value, name: string): Value | undefined {
  const cls = typeOf(v);
  const attr = lookup(cls, name);
  if (attr !== undefined) return bindAttr(attr, v, cls);
  const m = cls.findMethod(name);
  return m ? new PyBuiltin(name, (a, kw) => m(v, a, kw), v) : undefined;
}

/**
 * A context manager's `__exit__` (or `__aexit__`, awaited) with `e` in flight: it runs while
 * `e` is handled (what it raises is chained to `e`); a true result swallows `e`.
 */
export function* exitWithError(
  f: Frame,
  e: PyError,
  exit: { call: () => Value } | { awaited: () => Generator<unknown, Value, Value> },
): StmtGen {
  f.pushHandling(e.exc);
  let suppress: Value;
  try {
    suppress = 'call' in exit ? exit.call() : yield* exit.awaited();
  } catch (e2) {
    if (e2 instanceof PyError && e2.exc !== e.exc && !e2.exc.context) e2.exc.context = e.exc;
    throw e2;
  } finally {
    f.popHandling();
  }
  if (truthy(suppress)) return Completion.Normal;
  throw e;
}

/**
 * `with a as x, b: body` for both executors (`sync`: the blocks run on the synchronous
 * one, and the generator is run to its end): `__enter__`, the body, then `__exit__` with
 * the exception in flight (a true result swallows it) or three Nones.
 */
export function* withStmt(s: StmtOf<'with'>, i: number, f: Frame, sync: boolean): StmtGen {
  if (i >= s.items.length) return sync ? execBlockSync(s.body, f) : yield* execBlock(s.body, f);
  const item = s.items[i]!;
  const mgr = sync ? ev(item.ctx, f) : yield* val(item.ctx, f);
  const [enter, exit] = contextMethods(mgr, false);
  const entered = callValue(enter, [], null);
  if (item.target) bindTarget(item.target, entered, f);
  let c: Completion;
  try {
    c = yield* withStmt(s, i + 1, f, sync);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    f.line = s.line;
    return yield* exitWithError(f, e, {
      call: () => callValue(exit, [e.exc.type, e.exc, null], null),
    });
  }
  f.line = s.line;
  callValue(exit, [null, null, null], null);
  return c;
}
