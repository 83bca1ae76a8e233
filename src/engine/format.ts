/** `format(value, spec)`, f-string fields and `str.format`, on top of numfmt. */
import type { FormatField } from '../python/ast';
import { getAttr, getItem } from './protocol';
import { Exc, PyError, pyErr, valueError } from './errors';
import { FormatError, formatFloat, formatInt, formatStr } from './numfmt';
import { RandomError } from './mt19937';
import { repr, str } from './repr';
import type { Value } from './values';
import { PyExc, PyFloat, typeName } from './values';

/** Turns an error thrown by numfmt or mt19937 into the Python exception it names. */
export function fromLibError(e: unknown): unknown {
  if (e instanceof FormatError || e instanceof RandomError) {
    const type = (Exc as Record<string, unknown>)[e.kind];
    return pyErr(
      type instanceof Object ? (type as typeof Exc.ValueError) : Exc.ValueError,
      e.message,
    );
  }
  return e;
}

export function formatValue(v: Value, spec: string): string {
  try {
    if (typeof v === 'string') return spec === '' ? v : formatStr(v, spec);
    if (typeof v === 'number' || typeof v === 'bigint') return formatInt(v, spec);
    if (typeof v === 'boolean')
      return spec === '' ? (v ? 'True' : 'False') : formatInt(v ? 1 : 0, spec, 'bool');
    if (v instanceof PyFloat) return formatFloat(v.v, spec);
  } catch (e) {
    throw fromLibError(e);
  }
  if (spec === '') return str(v);
  // An enum member formats its str (`Enum.__format__`).
  if ((v as { isEnumMember?: boolean } | null)?.isEnumMember) return formatValue(str(v), spec);
  throw pyErr(Exc.TypeError, `unsupported format string passed to ${typeName(v)}.__format__`);
}

/** `str.format(*args, **kwargs)`. */
export function strFormat(fmt: string, args: Value[], kwargs: Map<string, Value> | null): string {
  let out = '';
  let auto = 0;
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (ch === '{' && fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    if (ch === '}' && fmt[i + 1] === '}') {
      out += '}';
      i += 2;
      continue;
    }
    if (ch === '}') throw valueError("Single '}' encountered in format string");
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    // A replacement field, with nested {} allowed in the spec.
    let depth = 1;
    let j = i + 1;
    while (j < fmt.length && depth > 0) {
      if (fmt[j] === '{') depth++;
      else if (fmt[j] === '}') depth--;
      j++;
    }
    if (depth > 0) throw valueError("expected '}' before end of string");
    const field = fmt.slice(i + 1, j - 1);
    i = j;
    const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
    if (!m) throw valueError(`invalid format field '${field}'`);
    const [, name = '', conv, specRaw = ''] = m;
    const spec = specRaw.includes('{') ? strFormat(specRaw, args, kwargs) : specRaw;
    const path = /^([^.[]*)(.*)$/s.exec(name)!;
    let v: Value;
    const head = path[1]!;
    if (head === '') {
      if (auto < 0)
        throw valueError(
          'cannot switch from manual field specification to automatic field numbering',
        );
      if (auto >= args.length)
        throw pyErr(
          Exc.IndexError,
          `Replacement index ${auto} out of range for positional args tuple`,
        );
      v = args[auto++]!;
    } else if (/^\d+$/.test(head)) {
      auto = -1;
      const k = Number(head);
      if (k >= args.length)
        throw pyErr(
          Exc.IndexError,
          `Replacement index ${k} out of range for positional args tuple`,
        );
      v = args[k]!;
    } else {
      const kv = kwargs?.get(head);
      if (kv === undefined) throw new PyError(new PyExc(Exc.KeyError, [head]));
      v = kv;
    }
    for (const part of path[2]!.matchAll(/\.(\w+)|\[([^\]]*)\]/g)) {
      if (part[1] !== undefined) v = getAttr(v, part[1]);
      else v = getItem(v, /^\d+$/.test(part[2]!) ? Number(part[2]) : part[2]!);
    }
    if (conv === 'r' || conv === 'a') v = repr(v);
    else if (conv === 's') v = str(v);
    out += formatValue(v, spec);
  }
  return out;
}

/** One `{value!conversion:spec}` of an f-string, its value and spec evaluated (in this order). */
export function formatField(field: FormatField, v: Value, spec: string | null): string {
  const { conversion, selfDoc } = field;
  const conv = conversion ?? (selfDoc !== null && spec === null ? 'r' : null);
  if (conv === 'r' || conv === 'a') v = repr(v);
  else if (conv === 's') v = str(v);
  return (selfDoc ?? '') + formatValue(v, spec ?? '');
}
