/** `try ... except* T:` (PEP 654): split an exception group among the handlers. */
import type { StmtOf } from '../python/ast';
import { PyError, isSubclass } from './errors';
import { Completion, execBlock, matches } from './exec';
import type { StmtGen } from './exec';
import { evGen } from './eval-gen';
import type { Frame } from './frame';
import { bindTarget, handlerName } from './targets';
import { Exc } from './errors';
import type { Value } from './values';
import { PyExc, PyList, PyTuple } from './values';

function leaves(e: PyExc): PyExc[] {
  return isGroup(e) ? groupItems(e).flatMap(leaves) : [e];
}

function isGroup(e: PyExc): boolean {
  return isSubclass(e.type, Exc.BaseExceptionGroup);
}

function groupItems(e: PyExc): PyExc[] {
  const list = e.args[1];
  return list instanceof PyList || list instanceof PyTuple ? (list.items as PyExc[]) : [];
}

/** What `except*` wraps a naked exception in: `BaseExceptionGroup('', (e,))` (CPython picks
 * ExceptionGroup when `e` is an Exception). */
function nakedGroup(e: PyExc): PyExc {
  const cls = isSubclass(e.type, Exc.Exception) ? Exc.ExceptionGroup : Exc.BaseExceptionGroup;
  return new PyExc(cls, ['', new PyTuple([e])]);
}

/** A group like `g` (same message and class) holding only `items`. */
function derive(g: PyExc, items: PyExc[]): PyExc {
  const all = items.every((x) => isSubclass(x.type, Exc.Exception));
  return new PyExc(all ? Exc.ExceptionGroup : Exc.BaseExceptionGroup, [
    g.args[0] ?? '',
    new PyList(items),
  ]);
}

/** Splits a group tree into the part matching `spec` and the rest, keeping structure. */
function split(g: PyExc, spec: Value): [PyExc | null, PyExc | null] {
  if (matches(g, spec)) return [g, null];
  if (!isGroup(g)) return [null, g];
  const yes: PyExc[] = [];
  const no: PyExc[] = [];
  for (const e of groupItems(g)) {
    const [m, r] = split(e, spec);
    if (m) yes.push(m);
    if (r) no.push(r);
  }
  return [yes.length ? derive(g, yes) : null, no.length ? derive(g, no) : null];
}

/**
 * The `except*` clauses of a `try` (tryStmt in exec.ts runs the rest): each handler takes
 * the part of the group that matches it; what no handler takes, and what they raise,
 * propagates as a group.
 */
export function* exceptStar(s: StmtOf<'try'>, f: Frame, err: PyError): StmtGen {
  let c: Completion = Completion.Normal;
  const caught = err.exc;
  const naked = !isGroup(caught);
  const wrapper = naked ? nakedGroup(caught) : caught;
  let rest: PyExc | null = wrapper;
  const raised: PyExc[] = [];
  for (const h of s.handlers) {
    if (!rest) break;
    const spec = yield* evGen(h.type!, f);
    const [match, remaining] = split(rest, spec);
    if (!match) continue;
    rest = remaining;
    if (h.name) bindTarget(handlerName(h, f), match, f, true);
    f.pushHandling(match);
    try {
      const hc = yield* execBlock(h.body, f);
      if (hc !== Completion.Normal) c = hc;
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      raised.push(e.exc);
    } finally {
      f.popHandling();
    }
  }
  const unhandled = rest ? (naked ? [caught] : [rest]) : [];
  if (raised.length === 0 && unhandled.length === 1 && unhandled[0] === caught)
    throw new PyError(caught);
  if (raised.length === 0 && rest) throw new PyError(naked ? caught : rest);
  if (raised.length) {
    const remaining = rest ? leaves(rest) : [];
    const all = [...raised, ...(naked ? remaining : rest ? [rest] : [])];
    if (all.length === 1 && raised.length === 1 && !rest) throw new PyError(raised[0]!);
    throw new PyError(derive(wrapper, all));
  }
  return c;
}
