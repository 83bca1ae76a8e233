/**
 * `functools.cmp_to_key`: the C `KeyWrapper`, a key whose comparisons call the old-style
 * comparison function (`mycmp(a, b) < 0` for `a < b`).
 */
import { fakeAddress } from '../address';
import { compare } from '../compare';
import { typeError } from '../errors';
import { truthy } from '../ops';
import { callValue } from '../protocol';
import type { Value } from '../values';
import { PyBuiltin, PyObject, PyType, Types } from '../values';
import { clinic } from '../itertools/base';

const keyWrapperType = new PyType('KeyWrapper', Types.object, null, 'functools');

class KeyWrapper extends PyObject {
  constructor(
    readonly cmp: Value,
    /** The wrapped value: undefined for what `cmp_to_key` returns (the key function). */
    readonly obj: Value | undefined,
  ) {
    super();
  }
  get cls(): PyType {
    return keyWrapperType;
  }
  pyCall(a: Value[], kw: Map<string, Value> | null): Value {
    const [obj] = clinic('K', a, kw, ['obj'], 1);
    return new KeyWrapper(this.cmp, obj);
  }
  /** `mycmp(self.obj, other.obj) OP 0`. */
  private answer(op: string, other: Value): boolean {
    if (!(other instanceof KeyWrapper) || this.obj === undefined || other.obj === undefined)
      throw typeError('other argument must be K instance');
    return truthy(compare(op, callValue(this.cmp, [this.obj, other.obj], null), 0));
  }
  pyCompare(op: string, other: Value): number {
    const yes = this.answer(op, other);
    if (op === '<' || op === '<=') return yes ? -1 : 1;
    return yes ? 1 : -1;
  }
  pyEq(other: Value): boolean {
    return this.answer('==', other);
  }
  pyRepr(): string {
    return `<functools.KeyWrapper object at ${fakeAddress(this)}>`;
  }
}

keyWrapperType.props.set('obj', (k) => (k as KeyWrapper).obj ?? null);

const cmpToKey = new PyBuiltin('cmp_to_key', (a, kw) => {
  const [mycmp] = clinic('cmp_to_key', a, kw, ['mycmp'], 1);
  return new KeyWrapper(mycmp!, undefined);
});

/** functools' attributes from this file. */
export const cmpToKeyAttrs: Record<string, Value> = { cmp_to_key: cmpToKey };
