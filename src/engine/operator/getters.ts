/** `operator.itemgetter`, `attrgetter` and `methodcaller`: CPython's C types. */
import { typeError } from '../errors';
import { callValue, getAttr, getItem } from '../protocol';
import { repr } from '../repr';
import type { Value } from '../values';
import { PyObject, PyTuple, PyType, Types } from '../values';
import { positional } from '../itertools/base';

function opType(name: string): PyType {
  return new PyType(name, Types.object, null, 'operator');
}

/** One of the three: its call and its repr. */
class Getter extends PyObject {
  constructor(
    readonly type: PyType,
    private readonly call: (obj: Value, kw: Map<string, Value> | null) => Value,
    private readonly shown: string,
  ) {
    super();
  }
  get cls(): PyType {
    return this.type;
  }
  pyCall(a: Value[], kw: Map<string, Value> | null): Value {
    if (this.type === methodcallerType) {
      if (kw?.size) throw typeError('methodcaller() takes no keyword arguments');
    }
    positional(this.type.name, a, kw, 1);
    return this.call(a[0]!, kw);
  }
  pyRepr(): string {
    return `operator.${this.type.name}(${this.shown})`;
  }
}

/** No keywords, one argument or more (CPython says "expected 1 argument" for none). */
function atLeastOne(name: string, a: Value[], kw: Map<string, Value> | null): void {
  if (kw?.size) throw typeError(`${name}() takes no keyword arguments`);
  if (a.length === 0) throw typeError(`${name} expected 1 argument, got 0`);
}

export const itemgetterType = opType('itemgetter');
itemgetterType.construct = (a, kw) => {
  atLeastOne('itemgetter', a, kw);
  const items = [...a];
  const get =
    items.length === 1
      ? (obj: Value): Value => getItem(obj, items[0]!)
      : (obj: Value): Value => new PyTuple(items.map((i) => getItem(obj, i)));
  return new Getter(itemgetterType, get, items.map(repr).join(', '));
};

export const attrgetterType = opType('attrgetter');
attrgetterType.construct = (a, kw) => {
  atLeastOne('attrgetter', a, kw);
  const paths: string[][] = a.map((n) => {
    if (typeof n !== 'string') throw typeError('attribute name must be a string');
    return n.split('.');
  });
  const one = (obj: Value, path: string[]): Value => path.reduce((o, n) => getAttr(o, n), obj);
  const get =
    paths.length === 1
      ? (obj: Value): Value => one(obj, paths[0]!)
      : (obj: Value): Value => new PyTuple(paths.map((p) => one(obj, p)));
  return new Getter(attrgetterType, get, a.map(repr).join(', '));
};

export const methodcallerType = opType('methodcaller');
methodcallerType.construct = (a, kw) => {
  if (a.length === 0) throw typeError('methodcaller needs at least one argument, the method name');
  const [name, ...args] = a;
  if (typeof name !== 'string') throw typeError('method name must be a string');
  const kwargs = new Map(kw ?? []);
  const shown = [repr(name), ...args.map(repr), ...[...kwargs].map(([k, v]) => `${k}=${repr(v)}`)];
  const call = (obj: Value): Value =>
    callValue(getAttr(obj, name), [...args], kwargs.size ? new Map(kwargs) : null);
  return new Getter(methodcallerType, call, shown.join(', '));
};
