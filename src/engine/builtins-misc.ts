/** `slice()`, `ascii()` and `dict.fromkeys`, with CPython's behaviour and messages. */
import { builtins, fn, toNumber } from './builtins-registry';
import { dictSet } from './dicts';
import { typeError, valueError } from './errors';
import { toArray } from './iter';
import { arity } from './method-args';
import { sliceIndices } from './protocol';
import { repr } from './repr';
import { madeStr } from './sizes';
import type { PyType, Value } from './values';
import { PyBuiltin, PyDict, PySlice, PyTuple, Types } from './values';

function noKeywords(kw: Map<string, Value> | null, name: string): void {
  if (kw?.size) throw typeError(`${name}() takes no keyword arguments`);
}

Types.slice.construct = (a, kw) => {
  noKeywords(kw, 'slice');
  if (a.length === 0) throw typeError('slice expected at least 1 argument, got 0');
  if (a.length > 3) throw typeError(`slice expected at most 3 arguments, got ${a.length}`);
  return a.length === 1 ? new PySlice(null, a[0]!, null) : new PySlice(a[0]!, a[1]!, a[2] ?? null);
};
(['start', 'stop', 'step'] as const).forEach((name, i) =>
  Types.slice.props.set(name, (s) => {
    const sl = s as PySlice;
    return [sl.lo, sl.hi, sl.step][i]!;
  }),
);
Types.slice.methods.set('indices', (self, a) => {
  arity('indices', a, 1);
  const n = toNumber(a[0]!);
  if (n < 0) throw valueError('length should not be negative');
  const [start, stop, step] = sliceIndices(self as PySlice, n);
  return new PyTuple([start, stop, step]);
});
builtins.set('slice', Types.slice);

/** `repr(v)` with every non-ASCII character escaped, as `ascii()` gives it. */
export function asciiRepr(v: Value): string {
  let out = '';
  for (const ch of repr(v)) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}
fn('ascii', (a) => {
  arity('ascii', a, 1);
  return madeStr(asciiRepr(a[0]!));
});

/** `cls.fromkeys(iterable, value=None)`: a classmethod of dict (and of its subclasses). */
export function fromkeys(cls: PyType, make: () => PyDict): PyBuiltin {
  return new PyBuiltin('fromkeys', (a, kw) => {
    noKeywords(kw, `${cls.name}.fromkeys`);
    arity('fromkeys', a, 1, 2);
    const d = make();
    const v = a[1] ?? null;
    for (const k of toArray(a[0]!)) dictSet(d, k, v);
    return d;
  });
}
Types.dict.statics.set(
  'fromkeys',
  fromkeys(Types.dict, () => new PyDict()),
);
