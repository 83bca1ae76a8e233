/**
 * Assignment targets: binding a value to a name (in the right scope), an attribute, an
 * item or an unpacking pattern; `del`; and the `as NAME` of an except clause.
 */
import type { ExceptHandler, Expr, ExprOf } from '../python/ast';
import { NameScope } from '../python/ast';
import { delAttr, delItem, setAttr, setItem } from './protocol';
import { STOP } from './coro';
import { PyGenerator } from './generator';
import { dropGen, escapeGen } from './gen-life';
import { Exc, pyErr, typeError, valueError } from './errors';
import type { Frame } from './frame';
import { ev, lookupName } from './eval';
import { getIter } from './iter';
import { PyInstance } from './object-values';
import { rt } from './runtime';
import { dropRef, dropped, holdTemp, itemAt, releaseTemp } from './unawaited';
import type { Value, Env } from './values';
import { PyExc, PyList, PyTuple, typeName } from './values';

/** Stores into a plain name in the frame's own namespace (def, import). */
export function store(f: Frame, name: string, v: Value): void {
  if (f.def.kind === 'module' || f.def.globals.has(name)) f.globals.set(name, v);
  else if (f.def.nonlocals.has(name)) {
    let env: Env | null = f.env.parent;
    while (env && !env.has(name)) env = env.parent;
    (env ?? f.env).vars.set(name, v);
  } else f.env.vars.set(name, v);
}

export function bindTarget(t: Expr, v: Value, f: Frame, handler = false): void {
  switch (t.kind) {
    case 'name': {
      let vars: Map<string, Value>;
      if (t.scope === NameScope.Local) vars = f.env.vars;
      else if (t.scope === NameScope.Global) vars = f.globals;
      else {
        let env: Env | null = f.env;
        for (let d = 0; d < t.depth && env; d++) env = env.parent;
        vars = env!.vars;
      }
      const old = vars.get(t.id);
      vars.set(t.id, v);
      if (typeof old === 'object' && old !== null && rt().pending.length !== 0) dropRef(old);
      if (v instanceof PyGenerator) v.refs++;
      else if (v instanceof PyExc && !handler) rt().excHeld = true;
      if (old instanceof PyGenerator) dropGen(old);
      return;
    }
    case 'tuple':
    case 'list':
      unpack(t.elts, v, f);
      return;
    case 'attr':
    case 'sub':
      escapeGen(v);
      if (rt().pending.length === 0) {
        if (t.kind === 'attr') setAttr(ev(t.value, f), t.name, v);
        else setItem(ev(t.value, f), ev(t.index, f), v);
      } else storeHeld(t, v, f);
      return;
    case 'star':
      bindTarget(t.value, v, f);
      return;
    default:
      throw typeError(`cannot assign to ${t.kind}`);
  }
}

/** `obj.name = v` or `obj[i] = v` while a coroutine is pending: `v` is held meanwhile. */
/** The attributes an object keeps itself (an instance's or an exception's `__dict__`). */
function instanceDict(obj: Value): Map<string, Value> | null {
  if (obj instanceof PyInstance) return obj.dict;
  if (obj instanceof PyExc) return obj.dict;
  return null;
}

function storeHeld(t: ExprOf<'attr' | 'sub'>, v: Value, f: Frame): void {
  const r = rt();
  const held = typeof v === 'object' && v !== null;
  if (held) holdTemp(v);
  let obj: Value;
  let idx: Value = null;
  try {
    obj = ev(t.value, f);
    if (t.kind === 'sub') idx = ev(t.index, f);
  } finally {
    if (held) releaseTemp(r, v);
  }
  if (t.kind === 'attr') {
    // An instance's own attribute overwritten: its old value is dropped (not a property's)
    const slots = instanceDict(obj);
    const old = slots?.get(t.name);
    setAttr(obj, t.name, v);
    if (old !== undefined && slots!.get(t.name) !== old) dropped([old]);
    return;
  }
  const old = itemAt(obj, idx);
  setItem(obj, idx, v);
  if (old !== undefined) dropped([old]);
}

function unpack(targets: Expr[], v: Value, f: Frame): void {
  let items: readonly Value[];
  if (v instanceof PyTuple || v instanceof PyList) items = v.items;
  else {
    let it;
    try {
      it = getIter(v);
    } catch {
      throw typeError(`cannot unpack non-iterable ${typeName(v)} object`);
    }
    const out: Value[] = [];
    for (let x = it.next(); x !== STOP; x = it.next()) out.push(x);
    items = out;
  }
  const star = targets.findIndex((t) => t.kind === 'star');
  if (star < 0) {
    if (items.length > targets.length)
      throw valueError(`too many values to unpack (expected ${targets.length})`);
    if (items.length < targets.length)
      throw valueError(
        `not enough values to unpack (expected ${targets.length}, got ${items.length})`,
      );
    for (let i = 0; i < targets.length; i++) bindTarget(targets[i]!, items[i]!, f);
    return;
  }
  const after = targets.length - star - 1;
  if (items.length < targets.length - 1) {
    throw valueError(
      `not enough values to unpack (expected at least ${targets.length - 1}, got ${items.length})`,
    );
  }
  for (let i = 0; i < star; i++) bindTarget(targets[i]!, items[i]!, f);
  bindTarget(targets[star]!, new PyList(items.slice(star, items.length - after)), f);
  for (let i = 0; i < after; i++)
    bindTarget(targets[star + 1 + i]!, items[items.length - after + i]!, f);
}

export function deleteTarget(t: Expr, f: Frame): void {
  switch (t.kind) {
    case 'name': {
      const map = t.scope === NameScope.Global ? f.globals : f.env.vars;
      if (!map.has(t.id)) {
        lookupName(t, f); // raises the right NameError / UnboundLocalError
        throw pyErr(Exc.NameError, `name '${t.id}' is not defined`);
      }
      const old = map.get(t.id);
      map.delete(t.id);
      dropRef(old);
      dropGen(old ?? null);
      return;
    }
    case 'sub': {
      const obj = ev(t.value, f);
      const idx = ev(t.index, f);
      const old = itemAt(obj, idx);
      delItem(obj, idx);
      if (old !== undefined) dropped([old]);
      return;
    }
    case 'attr': {
      const obj = ev(t.value, f);
      const slots = rt().pending.length !== 0 ? instanceDict(obj) : null;
      const old = slots?.get(t.name);
      delAttr(obj, t.name);
      if (old !== undefined && !slots!.has(t.name)) dropped([old]);
      return;
    }
    case 'tuple':
    case 'list':
      for (const x of t.elts) deleteTarget(x, f);
      return;
    default:
      throw typeError(`cannot delete ${t.kind}`);
  }
}
/** The `as NAME` of an except clause, as an assignment target. */
export function handlerName(h: ExceptHandler, f: Frame): Expr {
  return {
    kind: 'name',
    id: h.name!,
    scope: scopeOf(f, h.name!),
    depth: 0,
    line: h.line,
    col: h.col,
  };
}
function scopeOf(f: Frame, name: string): NameScope {
  if (f.def.kind === 'module' || f.def.globals.has(name)) return NameScope.Global;
  return NameScope.Local;
}

export function unbind(f: Frame, name: string): void {
  if (scopeOf(f, name) === NameScope.Global) f.globals.delete(name);
  else f.env.vars.delete(name);
}
