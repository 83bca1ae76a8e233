/**
 * printf-style `str % args` (PyUnicode_Format): flags, widths and precisions (`*` too),
 * `%(name)s` with a mapping, exact ints of any size, and the sequence length limit on
 * every width before the padding is made.
 */
import { getItem } from './attrs';
import { Exc, pyErr, typeError, valueError } from './errors';
import { fromLibError } from './format';
import { floatToInt, formatFloat, intToStr } from './numfmt';
import { asInt } from './num-ops';
import { repr, str } from './repr';
import { newStr } from './sizes';
import { cpLength } from './strlen';
import type { Value } from './values';
import { PyDict, PyFloat, PyTuple, typeName } from './values';

interface Spec {
  flags: string;
  width: number;
  prec: number | null;
  conv: string;
}

/** `fmt % arg`. */
export function percentFormat(fmt: string, arg: Value): string {
  const args = arg instanceof PyTuple ? arg.items : [arg];
  const mapping = arg instanceof PyDict ? arg : null;
  let next = 0;
  const take = (): Value => {
    if (next >= args.length) throw typeError('not enough arguments for format string');
    return args[next++]!;
  };
  const number = (s: string, at: number): [number, number] => {
    let j = at;
    while (j < s.length && s[j]! >= '0' && s[j]! <= '9') j++;
    const n = j > at ? Number(s.slice(at, j)) : 0;
    if (n > Number.MAX_SAFE_INTEGER) throw valueError('width too big');
    return [n, j];
  };
  const parts: string[] = [];
  let total = 0;
  let i = 0;
  while (i < fmt.length) {
    const pc = fmt.indexOf('%', i);
    const literal = pc < 0 ? fmt.slice(i) : fmt.slice(i, pc);
    parts.push(literal);
    total += literal.length;
    if (pc < 0) break;
    let j = pc + 1;
    let value: Value | undefined;
    if (fmt[j] === '(') {
      if (!mapping) throw typeError('format requires a mapping');
      let depth = 1;
      const start = ++j;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
        j++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      value = getItem(mapping, fmt.slice(start, j - 1));
    }
    let flags = '';
    while (j < fmt.length && '-+ #0'.includes(fmt[j]!)) flags += fmt[j++];
    let width: number;
    if (fmt[j] === '*') {
      j++;
      width = starArg(take());
      if (width < 0) {
        flags += '-';
        width = -width;
      }
    } else [width, j] = number(fmt, j);
    let prec: number | null = null;
    if (fmt[j] === '.') {
      if (fmt[j + 1] === '*') {
        j += 2;
        prec = Math.max(0, starArg(take()));
      } else [prec, j] = number(fmt, j + 1);
    }
    while (j < fmt.length && 'hlL'.includes(fmt[j]!)) j++;
    if (j >= fmt.length) throw valueError('incomplete format');
    const conv = fmt[j]!;
    i = j + 1;
    if (conv === '%' && j === pc + 1) {
      parts.push('%');
      total++;
      continue;
    }
    if (!'diouxXeEfFgGcrsa'.includes(conv)) {
      if (value === undefined) take();
      const code = conv.codePointAt(0)!;
      throw valueError(
        `unsupported format character '${conv}' (0x${code.toString(16)}) at index ${j}`,
      );
    }
    const piece = convert({ flags, width, prec, conv }, value ?? take());
    total += piece.length;
    newStr(total);
    parts.push(piece);
  }
  if (next < args.length && !mapping) {
    throw typeError('not all arguments converted during string formatting');
  }
  return parts.join('');
}

function starArg(v: Value): number {
  const n = asInt(v);
  if (n === null || typeof v === 'boolean') throw typeError('* wants int');
  if (typeof n === 'bigint')
    throw pyErr(Exc.OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

function convert(spec: Spec, v: Value): string {
  const { conv, prec } = spec;
  switch (conv) {
    case 's':
    case 'r':
    case 'a': {
      let s = conv === 's' ? str(v) : conv === 'r' ? repr(v) : ascii(repr(v));
      if (prec !== null) s = Array.from(s).slice(0, prec).join('');
      return pad(spec, '', s, false);
    }
    case 'c':
      return pad(spec, '', char(v), false);
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      return integer(spec, v);
    default:
      return real(spec, v);
  }
}

function ascii(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

function char(v: Value): string {
  if (typeof v === 'string') {
    if (Array.from(v).length !== 1) throw typeError('%c requires int or char');
    return v;
  }
  const n = asInt(v);
  if (n === null) throw typeError('%c requires int or char');
  if (n < 0 || n > 0x10ffff) throw pyErr(Exc.OverflowError, '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

/** `%d`, `%x`, `%o`: an exact int (a float is truncated for `%d`), in its base. */
function integer(spec: Spec, v: Value): string {
  const { conv, flags, prec } = spec;
  let n = asInt(v);
  if (n === null) {
    if (v instanceof PyFloat && (conv === 'd' || conv === 'i' || conv === 'u')) {
      n = lib(() => floatToInt(v.v));
    } else {
      const need = conv === 'd' || conv === 'i' || conv === 'u' ? 'a real number' : 'an integer';
      throw typeError(`%${conv} format: ${need} is required, not ${typeName(v)}`);
    }
  }
  const negative = n < 0;
  const abs = negative ? (typeof n === 'bigint' ? -n : -n) : n;
  let digits =
    conv === 'o'
      ? abs.toString(8)
      : conv === 'x'
        ? abs.toString(16)
        : conv === 'X'
          ? abs.toString(16).toUpperCase()
          : lib(() => intToStr(abs));
  if (prec !== null && digits.length < prec) {
    newStr(prec);
    digits = '0'.repeat(prec - digits.length) + digits;
  }
  const prefix = !flags.includes('#')
    ? ''
    : conv === 'o'
      ? '0o'
      : conv === 'x'
        ? '0x'
        : conv === 'X'
          ? '0X'
          : '';
  return pad(spec, sign(flags, negative) + prefix, digits, true);
}

/** `%f`, `%e`, `%g` and their capitals. */
function real(spec: Spec, v: Value): string {
  const { conv, flags, prec } = spec;
  const n = asInt(v);
  if (n === null && !(v instanceof PyFloat)) {
    throw typeError(`must be real number, not ${typeName(v)}`);
  }
  const x = v instanceof PyFloat ? v.v : lib(() => Number(n));
  if (n !== null && !Number.isFinite(x)) {
    throw pyErr(Exc.OverflowError, 'int too large to convert to float');
  }
  const body = lib(() =>
    formatFloat(Math.abs(x), `${flags.includes('#') ? '#' : ''}.${prec ?? 6}${conv}`),
  );
  const negative = x < 0 || Object.is(x, -0);
  return pad(spec, sign(flags, negative), body, true);
}

function sign(flags: string, negative: boolean): string {
  return negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
}

/** The width: spaces on the left, on the right with `-`, or zeros after the sign with `0`. */
function pad(spec: Spec, head: string, body: string, numeric: boolean): string {
  const { flags, width } = spec;
  const len = head.length + cpLength(body);
  if (len >= width) return head + body;
  newStr(width);
  const fill = width - len;
  if (flags.includes('-')) return head + body + ' '.repeat(fill);
  if (numeric && flags.includes('0')) return head + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + head + body;
}

function lib<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw fromLibError(e);
  }
}
