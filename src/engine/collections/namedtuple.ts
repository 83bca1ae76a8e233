/**
 * `collections.namedtuple`: a factory of tuple subclasses with named fields. An instance is
 * a `PyTuple` (so indexing, unpacking, equality, hashing and `len` are the tuple's) whose
 * type is the made class; fields are read-only properties of that class.
 */
import { dictSet } from '../dicts';
import { typeError, valueError } from '../errors';
import { toArray } from '../iter';
import { repr } from '../repr';
import type { NativeFn, Value } from '../values';
import { PyBuiltin, PyDict, PyList, PyTuple, PyType, Types } from '../values';

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);
const IDENT = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** An instance of a named tuple class. */
export class PyNamedTuple extends PyTuple {
  constructor(
    readonly type: NamedTupleType,
    items: readonly Value[],
  ) {
    super(items);
  }
  override get cls(): PyType {
    return this.type;
  }
  pyRepr(): string {
    const parts = this.type.fields.map((f, i) => `${f}=${repr(this.items[i]!)}`);
    return `${this.type.reprName}(${parts.join(', ')})`;
  }
}

/** A class made by `namedtuple()` (or a struct sequence such as `sys.version_info`). */
export class NamedTupleType extends PyType {
  constructor(
    name: string,
    readonly fields: readonly string[],
    readonly defaults: readonly Value[],
    module: string,
    readonly reprName = name,
  ) {
    super(name, Types.tuple, null, module);
    this.construct = (a, kw) => new PyNamedTuple(this, this.bind(a, kw));
    fields.forEach((f, i) => this.props.set(f, (self) => (self as PyTuple).items[i]!));
    const names = new PyTuple(fields);
    this.statics.set('_fields', names);
    this.statics.set('__match_args__', names);
    this.statics.set('_make', new PyBuiltin('_make', (a) => this.make(a)));
    this.methods.set('_asdict', (self) => {
      const d = new PyDict();
      fields.forEach((f, i) => dictSet(d, f, (self as PyTuple).items[i]!));
      return d;
    });
    this.methods.set('_replace', (self, a, kw) => this.replace(self as PyTuple, a, kw));
  }

  /** The class attribute `_field_defaults`: field to default value. */
  fieldDefaults(): PyDict {
    const d = new PyDict();
    const first = this.fields.length - this.defaults.length;
    this.defaults.forEach((v, i) => dictSet(d, this.fields[first + i]!, v));
    return d;
  }

  private bind(a: Value[], kw: Map<string, Value> | null): Value[] {
    const n = this.fields.length;
    const where = `${this.name}.__new__()`;
    if (a.length > n) {
      const least = n + 1 - this.defaults.length;
      const takes = least === n + 1 ? `${n + 1}` : `from ${least} to ${n + 1}`;
      throw typeError(
        `${where} takes ${takes} positional arguments but ${a.length + 1} were given`,
      );
    }
    const out: (Value | undefined)[] = a.slice();
    for (const [k, v] of kw ?? []) {
      const i = this.fields.indexOf(k);
      if (i < 0) throw typeError(`${where} got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw typeError(`${where} got multiple values for argument '${k}'`);
      out[i] = v;
    }
    const first = n - this.defaults.length;
    const missing: string[] = [];
    for (let i = 0; i < n; i++) {
      if (out[i] !== undefined) continue;
      if (i >= first) out[i] = this.defaults[i - first]!;
      else missing.push(this.fields[i]!);
    }
    if (missing.length) {
      const q = missing.map((m) => `'${m}'`);
      const list =
        q.length === 1
          ? q[0]
          : q.length === 2
            ? `${q[0]} and ${q[1]}`
            : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
      throw typeError(
        `${where} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`,
      );
    }
    return out as Value[];
  }

  private make(a: Value[]): Value {
    if (a.length !== 1)
      throw typeError(
        `${this.name}._make() takes 2 positional arguments but ${a.length + 1} were given`,
      );
    const items = toArray(a[0]!);
    if (items.length !== this.fields.length)
      throw typeError(`Expected ${this.fields.length} arguments, got ${items.length}`);
    return new PyNamedTuple(this, items);
  }

  private replace(self: PyTuple, a: Value[], kw: Map<string, Value> | null): Value {
    if (a.length)
      throw typeError(
        `${this.name}._replace() takes 1 positional argument but ${a.length + 1} were given`,
      );
    const items = self.items.slice();
    const unknown: string[] = [];
    for (const [k, v] of kw ?? []) {
      const i = this.fields.indexOf(k);
      if (i < 0) unknown.push(k);
      else items[i] = v;
    }
    if (unknown.length) throw typeError(`Got unexpected field names: ${repr(new PyList(unknown))}`);
    return new PyNamedTuple(this, items);
  }
}

function fieldNames(v: Value): string[] {
  const raw =
    typeof v === 'string' ? v.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : toArray(v);
  return raw.map((f) => {
    if (typeof f !== 'string') throw typeError('Type names and field names must be strings');
    return f;
  });
}

function checkName(name: string): void {
  if (!IDENT.test(name))
    throw valueError(`Type names and field names must be valid identifiers: ${repr(name)}`);
  if (KEYWORDS.has(name))
    throw valueError(`Type names and field names cannot be a keyword: ${repr(name)}`);
}

/** `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`. */
const makeNamedtuple: NativeFn = (a, kw) => {
  const args = [...a];
  const opts = new Map<string, Value>();
  for (const [k, v] of kw ?? []) {
    if (k === 'typename' || k === 'field_names') args[k === 'typename' ? 0 : 1] = v;
    else if (k === 'rename' || k === 'defaults' || k === 'module') opts.set(k, v);
    else throw typeError(`namedtuple() got an unexpected keyword argument '${k}'`);
  }
  if (a.length > 2)
    throw typeError(`namedtuple() takes 2 positional arguments but ${a.length} were given`);
  if (args[0] === undefined || args[1] === undefined) {
    const miss = ['typename', 'field_names'].filter((_, i) => args[i] === undefined);
    throw typeError(
      `namedtuple() missing ${miss.length} required positional argument${miss.length === 1 ? '' : 's'}: ${miss.map((m) => `'${m}'`).join(' and ')}`,
    );
  }
  const typename = args[0];
  if (typeof typename !== 'string') throw typeError('Type names and field names must be strings');
  const rename = opts.get('rename');
  const fields = fieldNames(args[1]);
  const renamed = rename !== undefined && rename !== false && rename !== null && rename !== 0;
  if (renamed) {
    const seen = new Set<string>();
    fields.forEach((f, i) => {
      if (!IDENT.test(f) || KEYWORDS.has(f) || f.startsWith('_') || seen.has(f))
        fields[i] = `_${i}`;
      seen.add(fields[i]!);
    });
  }
  for (const n of [typename, ...fields]) checkName(n);
  const seen = new Set<string>();
  for (const f of fields) {
    if (f.startsWith('_') && !renamed)
      throw valueError(`Field names cannot start with an underscore: ${repr(f)}`);
    if (seen.has(f)) throw valueError(`Encountered duplicate field name: ${repr(f)}`);
    seen.add(f);
  }
  const d = opts.get('defaults');
  const defaults = d === undefined || d === null ? [] : toArray(d);
  if (defaults.length > fields.length) throw typeError('Got more default values than field names');
  const module = opts.get('module');
  const t = new NamedTupleType(
    typename,
    fields,
    defaults,
    typeof module === 'string' ? module : '__main__',
  );
  t.statics.set('_field_defaults', t.fieldDefaults());
  return t;
};
/** A Python function in CPython (collections/__init__.py). */
export const namedtuple = new PyBuiltin('namedtuple', makeNamedtuple, undefined, 'function');
