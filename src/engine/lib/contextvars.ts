/**
 * The `contextvars` module: `ContextVar` (get, set, reset with tokens), `Token` and
 * `copy_context().run`. Each asyncio task runs in a copy of the context current when it
 * was created (`Task.context`), as in CPython. Loop callbacks (which CPython runs in a
 * context of their own) are not simulated: a context variable used in one is refused.
 */
import { Exc, NotSupportedError, PyError, runtimeError, typeError, valueError } from '../errors';
import { callValue } from '../protocol';
import { fakeAddress, repr } from '../repr';
import { rt } from '../runtime';
import type { Value } from '../values';
import { PyExc, PyObject, PyType, Types } from '../values';
import type { PyModule } from '../values';
import { makeModule } from './module-util';
import { makeSubscriptable } from './typing';
import { EMPTY_CONTEXT } from '../asyncio/task';
import type { Task } from '../asyncio/task';

const varType = new PyType('ContextVar', Types.object, null, '_contextvars');
makeSubscriptable(varType);
const tokenType = new PyType('Token', Types.object, null, '_contextvars');
const contextType = new PyType('Context', Types.object, null, '_contextvars');

/** `Token.MISSING`. */
const MISSING = new (class extends PyObject {
  get cls(): PyType {
    return Types.object;
  }
  pyRepr(): string {
    return '<Token.MISSING>';
  }
})();

function current(): Map<object, Value> {
  const r = rt();
  if (r.loop && !r.current)
    throw new NotSupportedError('context variables in event loop callbacks', '', 'are');
  if (r.context === EMPTY_CONTEXT) {
    // the running task's context, empty so far, becomes a Map of its own
    const task = r.current as Task;
    task.context = r.context = new Map<object, Value>();
  }
  return r.context;
}

class ContextVar extends PyObject {
  constructor(
    readonly name: string,
    readonly def: Value | undefined,
  ) {
    super();
  }
  get cls(): PyType {
    return varType;
  }
  pyRepr(): string {
    const d = this.def === undefined ? '' : ` default=${repr(this.def)}`;
    return `<ContextVar name=${repr(this.name)}${d} at ${fakeAddress(this)}>`;
  }
}

class Token extends PyObject {
  used = false;
  constructor(
    readonly v: ContextVar,
    readonly old: Value | undefined,
    readonly ctx: Map<object, Value>,
  ) {
    super();
  }
  get cls(): PyType {
    return tokenType;
  }
  pyRepr(): string {
    return `<Token${this.used ? ' used' : ''} var=${repr(this.v)} at ${fakeAddress(this)}>`;
  }
}

class Context extends PyObject {
  constructor(readonly map: Map<object, Value>) {
    super();
  }
  get cls(): PyType {
    return contextType;
  }
}

varType.construct = (a, kw) => {
  if (a.length !== 1)
    throw typeError(`ContextVar() takes exactly 1 positional argument (${a.length} given)`);
  if (typeof a[0] !== 'string') throw typeError('context variable name must be a str');
  for (const k of kw?.keys() ?? [])
    if (k !== 'default') throw typeError(`ContextVar() got an unexpected keyword argument '${k}'`);
  return new ContextVar(a[0], kw?.get('default'));
};
varType.props.set('name', (v) => (v as ContextVar).name);
varType.methods.set('get', (self, a) => {
  const v = self as ContextVar;
  if (a.length > 1) throw typeError(`get expected at most 1 argument, got ${a.length}`);
  const got = current().get(v);
  if (got !== undefined) return got;
  if (a.length) return a[0]!;
  if (v.def !== undefined) return v.def;
  throw new PyError(new PyExc(Exc.LookupError, [v]));
});
varType.methods.set('set', (self, a) => {
  const v = self as ContextVar;
  if (a.length !== 1)
    throw typeError(`ContextVar.set() takes exactly one argument (${a.length} given)`);
  const ctx = current();
  const token = new Token(v, ctx.get(v), ctx);
  ctx.set(v, a[0]!);
  return token;
});
varType.methods.set('reset', (self, a) => {
  const v = self as ContextVar;
  const t = a[0];
  if (!(t instanceof Token))
    throw typeError(`expected an instance of Token, got ${repr(t ?? null)}`);
  if (t.used) throw runtimeError(`${repr(t)} has already been used once`);
  if (t.v !== v) throw valueError(`${repr(t)} was created by a different ContextVar`);
  const ctx = current();
  if (t.ctx !== ctx) throw valueError(`${repr(t)} was created in a different Context`);
  t.used = true;
  if (t.old === undefined) ctx.delete(v);
  else ctx.set(v, t.old);
  return null;
});
tokenType.construct = () => {
  throw runtimeError('Tokens can only be created by ContextVars');
};
tokenType.props.set('var', (t) => (t as Token).v);
tokenType.props.set('old_value', (t) => (t as Token).old ?? MISSING);
tokenType.statics.set('MISSING', MISSING);
contextType.construct = () => new Context(new Map());
contextType.methods.set('run', (self, a, kw) => {
  const c = self as Context;
  if (a.length === 0) throw typeError('run() missing 1 required positional argument');
  const r = rt();
  if (r.context === c.map)
    throw runtimeError(`cannot enter context: ${repr(c)} is already entered`);
  const prev = r.context;
  r.context = c.map;
  try {
    return callValue(a[0]!, a.slice(1), kw);
  } finally {
    r.context = prev;
  }
});
contextType.methods.set('get', (self, a) => {
  const got = (self as Context).map.get(a[0] as object);
  return got === undefined ? (a[1] ?? null) : got;
});

export function makeContextvars(): PyModule {
  return makeModule(
    'contextvars',
    { copy_context: () => new Context(new Map(current())) },
    { ContextVar: varType, Token: tokenType, Context: contextType },
  );
}
