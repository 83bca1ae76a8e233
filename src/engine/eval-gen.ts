/**
 * Evaluating expressions that may suspend (an `await` or `yield` inside), as a generator
 * that yields the suspensions; their await-free parts go to the synchronous `ev`.
 */
import type { Expr, FStringPart, ExprOf } from '../python/ast';
import { getAttr, getItem } from './protocol';
import { STOP, awaitValue } from './coro';
import { PyGenerator } from './generator';
import { AgYield } from './async-gen';
import type { Gen } from './coro';
import { Exc, PyError } from './errors';
import { asyncIterator, asyncNext } from './async-iter';
import { CoroWrapper, delegateTo } from './await-special';
import { Future } from './asyncio/futures';
import { dictSet, mergeDict } from './dicts';
import { addArg, callWith, ev } from './eval';
import { addDisplayItem, displayItem, displayDone, endDisplay, newDisplay } from './displays';
import { closureEnv } from './make-function';
import { comprehension } from './comprehension';
import { formatField } from './format';
import { bindTarget } from './targets';
import { Frame, FrameKind } from './frame';
import { getIter } from './iter';
import { compare, hashKey } from './compare';
import { binop, truthy, unary } from './ops';
import { rt } from './runtime';
import { escapeGenArgs } from './gen-life';
import { has } from './slots';
import type { Value } from './values';
import { Env, PyDict, PyFunction, PyList, PySet, PySlice } from './values';
import { DeepCall } from './deep';
import { dropRef } from './unawaited';
import { added, addedEntry } from './sizes';

/** Evaluates `e`, which may contain `await` or `yield`: a generator that yields suspensions. */
export function* evGen(e: Expr, f: Frame): Gen {
  if (!e.suspends && !(f.marks !== null && f.marks.has(e))) return ev(e, f);
  switch (e.kind) {
    case 'await': {
      const v = yield* evGen(e.value, f);
      const home = f.inlinedInto ?? f;
      home.line = e.line;
      return yield* awaitValue(home, v);
    }
    case 'yield': {
      const v = e.value ? yield* evGen(e.value, f) : null;
      f.line = e.line;
      if (f.kind === FrameKind.AsyncGenerator) return yield new AgYield(v);
      return yield v;
    }
    case 'yieldfrom': {
      const src = yield* evGen(e.value, f);
      f.line = e.line;
      if (src instanceof CoroWrapper || src instanceof Future)
        return yield* delegateTo(f, src, src);
      if (src instanceof PyGenerator) {
        // sends and throws go on to the inner generator; closing closes it first (CPython's gen_close)
        let x = src.next();
        for (;;) {
          if (x === STOP) return src.returnValue;
          let sent: Value;
          try {
            sent = yield x;
          } catch (err) {
            if (!(err instanceof PyError)) throw err;
            if (err.exc.type === Exc.GeneratorExit) {
              src.close();
              throw err;
            }
            x = src.throwIn(err);
            continue;
          }
          x = src.next(sent);
        }
      }
      const it = getIter(src);
      for (let x = it.next(); x !== STOP; x = it.next()) yield x;
      return null;
    }
    case 'bin':
      return binop(e.op, yield* evGen(e.left, f), yield* evGen(e.right, f));
    case 'unary':
      return unary(e.op, yield* evGen(e.value, f));
    case 'not':
      return !truthy(yield* evGen(e.value, f));
    case 'bool': {
      const l = yield* evGen(e.left, f);
      if (e.op === 'and' ? !truthy(l) : truthy(l)) return l;
      dropRef(l); // the left operand is discarded
      return yield* evGen(e.right, f);
    }
    case 'ifexp':
      return truthy(yield* evGen(e.test, f)) ? yield* evGen(e.body, f) : yield* evGen(e.orelse, f);
    case 'cmp': {
      let left = yield* evGen(e.first, f);
      for (let i = 0; i < e.ops.length; i++) {
        const right = yield* evGen(e.rest[i]!, f);
        const ok = compare(e.ops[i]!, left, right);
        dropRef(left); // the operands are released
        if (!ok) {
          dropRef(right);
          return false;
        }
        left = right;
      }
      dropRef(left);
      return true;
    }
    case 'call': {
      const callee = yield* evGen(e.fn.kind === 'attr' ? e.fn.value : e.fn, f);
      const pos: Value[] = [];
      let kw: Map<string, Value> | null = null;
      for (const a of e.args) kw = addArg(a, yield* evGen(a.value, f), pos, kw);
      if (f.deep && e.fn.kind !== 'attr' && callee instanceof PyFunction) {
        if (!callee.def.isAsync && !callee.def.isGenerator) {
          escapeGenArgs(null, pos, kw); // as callWith does
          return yield new DeepCall(callee, pos, kw);
        }
      }
      // a wrapper of a plain function (lru_cache's) recurses on the deep stack too
      if (f.deep && e.fn.kind !== 'attr' && has(callee, 'pyDeepCall')) {
        const plan = callee.pyDeepCall(pos, kw);
        if (plan && 'value' in plan) return plan.value;
        if (plan) {
          escapeGenArgs(null, pos, kw);
          return plan.done(yield new DeepCall(plan.fn, pos, kw));
        }
      }
      return callWith(e, callee, pos, kw);
    }
    case 'attr':
      return getAttr(yield* evGen(e.value, f), e.name);
    case 'sub': {
      const obj = yield* evGen(e.value, f);
      return getItem(obj, yield* evGen(e.index, f));
    }
    case 'list':
    case 'tuple':
    case 'set': {
      const d = newDisplay(e);
      for (const x of e.elts)
        addDisplayItem(d, x, yield* evGen(x.kind === 'star' ? x.value : x, f));
      return endDisplay(d);
    }
    case 'dict': {
      const d = new PyDict();
      for (const it of e.items) {
        if (it.key === null) mergeDict(d, yield* evGen(it.value, f));
        else {
          const k = yield* evGen(it.key, f);
          displayItem(d, k, yield* evGen(it.value, f));
        }
      }
      return displayDone(d);
    }
    case 'fstr':
      return yield* fstringGen(e.parts, f);
    case 'slice': {
      const lo = e.lo ? yield* evGen(e.lo, f) : null;
      const hi = e.hi ? yield* evGen(e.hi, f) : null;
      return new PySlice(lo, hi, e.step ? yield* evGen(e.step, f) : null);
    }
    case 'walrus': {
      const v = yield* evGen(e.value, f);
      bindTarget(e.target, v, f);
      return v;
    }
    case 'comp': {
      const first = yield* evGen(e.gens[0]!.iter, f);
      if (!e.fn.isAsync) return comprehension(e, f, first);
      return yield* asyncComprehension(e, f, first);
    }
    default:
      throw new Error(`expression '${e.kind}' cannot suspend`);
  }
}

/** An f-string with an `await` in a value or a spec. */
function* fstringGen(parts: FStringPart[], f: Frame): Generator<unknown, string, Value> {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else {
      const v = yield* evGen(p.value, f);
      out += formatField(p, v, p.spec ? yield* fstringGen(p.spec, f) : null);
    }
  }
  return out;
}

/** A comprehension with `async for` clauses or awaits inside (only in `async def`). */
function* asyncComprehension(e: ExprOf<'comp'>, f: Frame, first: Value): Gen {
  const inner = new Frame(e.fn, new Env(closureEnv(f)), f.globals, FrameKind.Function);
  inner.inlinedInto = f.inlinedInto ?? f;
  const list: Value[] = [];
  const set = e.form === 'set' ? new PySet() : null;
  const dict = e.form === 'dict' ? new PyDict() : null;
  function* loop(level: number, src: Value): Gen {
    const g = e.gens[level]!;
    const it = g.isAsync ? null : getIter(src);
    const ait = g.isAsync ? asyncIterator(src) : null;
    for (;;) {
      let v: Value | typeof STOP;
      if (it) v = it.next();
      else {
        try {
          v = yield* awaitValue(inner.inlinedInto!, asyncNext(ait));
        } catch (err) {
          if (err instanceof PyError && err.exc.type === Exc.StopAsyncIteration) v = STOP;
          else throw err;
        }
      }
      if (v === STOP) return null;
      rt().countStatement();
      bindTarget(g.target, v, inner);
      let ok = true;
      for (const c of g.ifs) if (!truthy(yield* evGen(c, inner))) ok = false;
      if (!ok) continue;
      if (level + 1 < e.gens.length)
        yield* loop(level + 1, yield* evGen(e.gens[level + 1]!.iter, inner));
      else if (dict) {
        const k = yield* evGen(e.elt, inner);
        dictSet(dict, k, yield* evGen(e.value!, inner));
      } else {
        const x = yield* evGen(e.elt, inner);
        if (set) {
          if (!set.map.has(hashKey(x))) {
            addedEntry(x, null);
            set.map.set(hashKey(x), x);
          }
        } else {
          added(x);
          list.push(x);
        }
      }
    }
  }
  yield* loop(0, first);
  return dict ?? set ?? new PyList(list);
}
