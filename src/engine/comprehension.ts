/**
 * Comprehensions without `await` or `async for` (those are eval-gen.ts's): a list, set or
 * dict comprehension runs at once in its own frame; a generator expression makes a
 * generator over its outermost iterable, evaluated by the enclosing frame. In the evaluator
 * core: it evaluates with `ev` and binds with `bindTarget`, and `ev` runs it.
 */
import type { ExprOf } from '../python/ast';
import { STOP } from './coro';
import { PyGenerator } from './generator';
import type { Gen } from './coro';
import { PyError } from './errors';
import { ev } from './eval';
import { Frame, FrameKind } from './frame';
import { dropGen } from './gen-life';
import { getIter } from './iter';
import { hashKey } from './compare';
import { closureEnv } from './make-function';
import { truthy } from './ops';
import { rt } from './runtime';
import { added, addedEntry } from './sizes';
import { bindTarget } from './targets';
import { dropped, frameEnded, holdTemp, releaseTemp } from './unawaited';
import type { Value } from './values';
import { Env, PyDict, PyList, PySet } from './values';
import { dictSet } from './dicts';

/** List, set and dict comprehensions run eagerly; generator expressions make a generator. */
export function comprehension(e: ExprOf<'comp'>, f: Frame, first?: Value): Value {
  const src = first === undefined ? ev(e.gens[0]!.iter, f) : first;
  const firstIter = getIter(src);
  const env = new Env(closureEnv(f));
  const inner = new Frame(
    e.fn,
    env,
    f.globals,
    e.form === 'gen' ? FrameKind.Generator : FrameKind.Function,
  );
  inner.line = e.line;
  if (e.form !== 'gen') inner.inlinedInto = f.inlinedInto ?? f;
  if (e.form === 'gen') {
    const g = new PyGenerator(e.fn.qualname, inner, genexpBody(e, inner, firstIter));
    if (firstIter instanceof PyGenerator) {
      // the generator expression's frame holds its outermost iterable (`.0`)
      firstIter.refs++;
      g.onEnd = () => dropGen(firstIter);
    }
    return g;
  }
  const list: Value[] = [];
  const set = e.form === 'set' ? new PySet() : null;
  const dict = e.form === 'dict' ? new PyDict() : null;
  const emit = (): void => {
    if (dict) {
      dictSet(dict, ev(e.elt, inner), ev(e.value!, inner));
      holdTemp(dict);
    } else if (set) {
      const v = ev(e.elt, inner);
      const k = hashKey(v);
      if (!set.map.has(k)) {
        addedEntry(v, null);
        set.map.set(k, v);
      }
    } else {
      const v = ev(e.elt, inner);
      added(v);
      list.push(v);
      if (typeof v === 'object' && v !== null) holdTemp(list);
    }
  };
  const loop = (level: number, it: { next(): Value | typeof STOP }): void => {
    const g = e.gens[level]!;
    for (let v = it.next(); v !== STOP; v = it.next()) {
      rt().countStatement();
      bindTarget(g.target, v, inner);
      if (!g.ifs.every((c) => truthy(ev(c, inner)))) continue;
      if (level + 1 < e.gens.length) loop(level + 1, getIter(ev(e.gens[level + 1]!.iter, inner)));
      else emit();
    }
  };
  // The comprehension's variables (the enclosing frame's, in CPython) and its source are roots.
  const r = rt();
  r.frames.push(inner);
  if (typeof src === 'object' && src !== null) holdTemp(src);
  let threw: boolean | null = true;
  try {
    loop(0, firstIter);
    threw = false;
  } catch (err) {
    if (!(err instanceof PyError)) threw = null; // the run stops: nothing to warn
    throw err;
  } finally {
    // The exhausted source goes first, then the variables; the result is held meanwhile.
    if (threw !== null && r.temps.length !== 0 && releaseTemp(r, src)) dropped([src]);
    frameEnded(inner, threw);
    if (r.temps.length !== 0) {
      releaseTemp(r, list);
      if (dict) releaseTemp(r, dict);
    }
  }
  return dict ?? set ?? new PyList(list);
}

function* genexpBody(
  e: ExprOf<'comp'>,
  inner: Frame,
  firstIter: { next(): Value | typeof STOP },
): Gen {
  function* loop(level: number, it: { next(): Value | typeof STOP }): Gen {
    const g = e.gens[level]!;
    for (let v = it.next(); v !== STOP; v = it.next()) {
      rt().countStatement();
      bindTarget(g.target, v, inner);
      if (!g.ifs.every((c) => truthy(ev(c, inner)))) continue;
      if (level + 1 < e.gens.length)
        yield* loop(level + 1, getIter(ev(e.gens[level + 1]!.iter, inner)));
      else yield ev(e.elt, inner);
    }
    return null;
  }
  return yield* loop(0, firstIter);
}
