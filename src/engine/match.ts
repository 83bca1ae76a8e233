/**
 * Matching a `case` pattern against the subject, as CPython's pattern matching: sequences
 * (not str), mappings (`get`, no `__missing__`), classes (`isinstance`, `__match_args__`,
 * the self-matching builtins), alternatives, captures. A pattern binds its names only
 * when it matches as a whole; the guard runs after.
 */
import type { Expr, Pattern, PatternOf } from '../python/ast';
import { unhandledNode } from '../python/ast';
import { eq, hashKey } from './compare';
import { Exc, PyError, isSubclass, typeError } from './errors';
import { ev } from './eval';
import type { Frame } from './frame';
import { toArray } from './iter';
import { getAttr } from './protocol';
import { bindTarget } from './targets';
import type { Value } from './values';
import { PyDict, PyList, PyRange, PyTuple, PyType, Types, typeName, typeOf } from './values';
import { lookup } from './objects';
import { PyDeque } from './collections/deque';

type Bindings = [Expr, Value][];

/** Builtins whose one positional sub-pattern matches the subject itself (`case int(n)`). */
const SELF_MATCHING = new Set<PyType>([
  Types.bool,
  Types.dict,
  Types.float,
  Types.frozenset,
  Types.int,
  Types.list,
  Types.set,
  Types.str,
  Types.tuple,
]);

/** Does `p` match `v`? On a match its names are bound in `f`. */
export function matchPattern(p: Pattern, v: Value, f: Frame): boolean {
  const out: Bindings = [];
  if (!match(p, v, f, out)) return false;
  for (const [t, x] of out) bindTarget(t, x, f);
  return true;
}

function sequenceItems(v: Value): readonly Value[] | null {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  if (v instanceof PyRange || v instanceof PyDeque) return toArray(v);
  return null;
}

function match(p: Pattern, v: Value, f: Frame, out: Bindings): boolean {
  switch (p.kind) {
    case 'pvalue': {
      const want = ev(p.value, f);
      const singleton =
        p.value.kind === 'const' &&
        (p.value.constant.type === 'none' || p.value.constant.type === 'bool');
      return singleton ? v === want : eq(v, want);
    }
    case 'pcapture':
      if (p.target) out.push([p.target, v]);
      return true;
    case 'pseq': {
      const items = sequenceItems(v);
      if (!items) return false;
      const n = p.items.length;
      if (p.star < 0) {
        if (items.length !== n) return false;
        return p.items.every((q, i) => match(q, items[i]!, f, out));
      }
      if (items.length < n - 1) return false;
      const after = n - 1 - p.star;
      for (let i = 0; i < p.star; i++) if (!match(p.items[i]!, items[i]!, f, out)) return false;
      const middle = new PyList(items.slice(p.star, items.length - after));
      if (!match(p.items[p.star]!, middle, f, out)) return false;
      for (let i = 0; i < after; i++)
        if (!match(p.items[p.star + 1 + i]!, items[items.length - after + i]!, f, out))
          return false;
      return true;
    }
    case 'pmap': {
      if (!(v instanceof PyDict)) return false;
      const used = new Set<unknown>();
      for (let i = 0; i < p.keys.length; i++) {
        const key = hashKey(ev(p.keys[i]!, f));
        const e = v.map.get(key);
        if (!e || !match(p.values[i]!, e[1], f, out)) return false;
        used.add(key);
      }
      if (p.rest) {
        const rest = new PyDict();
        for (const [k, e] of v.map) if (!used.has(k)) rest.map.set(k, [e[0], e[1]]);
        out.push([p.rest, rest]);
      }
      return true;
    }
    case 'pclass':
      return matchClass(p, v, f, out);
    case 'por':
      for (const alt of p.alts) {
        const mark = out.length;
        if (match(alt, v, f, out)) return true;
        out.length = mark;
      }
      return false;
    case 'pas':
      if (!match(p.pattern, v, f, out)) return false;
      out.push([p.target, v]);
      return true;
    default:
      return unhandledNode(p);
  }
}

function matchClass(p: PatternOf<'pclass'>, v: Value, f: Frame, out: Bindings): boolean {
  const cls = ev(p.cls, f);
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a class');
  if (!isSubclass(typeOf(v), cls)) return false;
  const names: string[] = [];
  if (p.args.length) {
    if (SELF_MATCHING.has(cls)) {
      if (p.args.length > 1)
        throw typeError(`${cls.name}() accepts 1 positional sub-pattern (${p.args.length} given)`);
      if (!match(p.args[0]!, v, f, out)) return false;
    } else {
      const matchArgs = lookup(cls, '__match_args__') ?? cls.findStatic('__match_args__');
      if (matchArgs !== undefined && !(matchArgs instanceof PyTuple))
        throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
      const allowed = matchArgs instanceof PyTuple ? matchArgs.items : [];
      if (p.args.length > allowed.length) {
        const n = allowed.length;
        throw typeError(
          `${cls.name}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${p.args.length} given)`,
        );
      }
      p.args.forEach((_, i) => {
        const name = allowed[i]!;
        if (typeof name !== 'string')
          throw typeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
        names.push(name);
      });
    }
  }
  const subs = [...(SELF_MATCHING.has(cls) ? [] : p.args), ...p.kwArgs];
  const all = [...names, ...p.kwNames];
  for (let i = 0; i < subs.length; i++) {
    const name = all[i]!;
    if (all.indexOf(name) !== i)
      throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    let attr: Value;
    try {
      attr = getAttr(v, name);
    } catch (e) {
      if (e instanceof PyError && isSubclass(e.exc.type, Exc.AttributeError)) return false;
      throw e;
    }
    if (!match(subs[i]!, attr, f, out)) return false;
  }
  return true;
}
