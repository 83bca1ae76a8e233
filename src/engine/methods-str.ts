/** Methods of `str`. */
import { PyTuple, PyList, Types } from './values';
import type { PyType, Value } from './values';
import { Exc, pyErr, typeError, valueError } from './errors';
import { strFormat } from './format';
import { toArray } from './iter';
import { arity, asIndex, asStr, def } from './method-args';
import { typeName } from './values';
import { checkSeqLength, newStr } from './sizes';
import { cpLength } from './strlen';

/** Python's `str.split()` without a separator: runs of whitespace, ends trimmed. */
function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const ws = /\s/;
  while (i < s.length) {
    while (i < s.length && ws.test(s[i]!)) i++;
    if (i >= s.length) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i).replace(/\s+$/, ''));
      break;
    }
    let j = i;
    while (j < s.length && !ws.test(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function strip(s: string, chars: Value | undefined, left: boolean, right: boolean): string {
  if (chars === undefined || chars === null) {
    let a = 0;
    let b = s.length;
    if (left) while (a < b && /\s/.test(s[a]!)) a++;
    if (right) while (b > a && /\s/.test(s[b - 1]!)) b--;
    return s.slice(a, b);
  }
  const set = asStr(chars, 'strip arg');
  let a = 0;
  let b = s.length;
  if (left) while (a < b && set.includes(s[a]!)) a++;
  if (right) while (b > a && set.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function affix(s: string, arg: Value, name: string, test: (p: string) => boolean): boolean {
  if (typeof arg === 'string') return test(arg);
  if (arg instanceof PyTuple) return arg.items.some((p) => test(asStr(p, `tuple for ${name}`)));
  throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(arg)}`);
}

function pad(name: string, s: string, args: Value[], how: 'l' | 'r' | 'c'): string {
  arity(name, args, 1, 2);
  const width = asIndex(args[0], 0);
  const fill = args[1] === undefined ? ' ' : asStr(args[1], 'fill character');
  if (fill.length !== 1) throw typeError('The fill character must be exactly one character long');
  const n = width - s.length;
  if (n <= 0) return s;
  newStr(width);
  if (how === 'l') return s + fill.repeat(n);
  if (how === 'r') return fill.repeat(n) + s;
  const left = Math.floor(n / 2) + (n & width & 1);
  return fill.repeat(left) + s + fill.repeat(n - left);
}

const S = Types.str;
/** A method whose result is about as long as `self` (case changes). */
function sameSize(name: string, f: (s: string) => string): void {
  def(S, name, (s) => {
    newStr((s as string).length);
    return f(s as string);
  });
}
sameSize('upper', (s) => s.toUpperCase());
sameSize('lower', (s) => s.toLowerCase());
sameSize('casefold', (s) => s.toLowerCase());
sameSize('swapcase', (s) =>
  s.replace(/[\s\S]/gu, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())),
);
sameSize('title', (s) =>
  s
    .toLowerCase()
    .replace(/(^|[^a-zA-Z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()),
);
sameSize('capitalize', (s) => s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase());
def(S, 'strip', (s, a) => strip(s as string, a[0], true, true));
def(S, 'lstrip', (s, a) => strip(s as string, a[0], true, false));
def(S, 'rstrip', (s, a) => strip(s as string, a[0], false, true));
def(S, 'split', (s, a, kw) => {
  const sep = a[0] ?? kw?.get('sep') ?? null;
  const maxsplit = asIndex(a[1] ?? kw?.get('maxsplit'), -1);
  const x = s as string;
  if (sep === null) return new PyList(splitWhitespace(x, maxsplit));
  const sp = asStr(sep, 'must be str or None');
  if (sp === '') throw valueError('empty separator');
  const parts = x.split(sp);
  if (maxsplit >= 0 && parts.length > maxsplit + 1)
    parts.splice(maxsplit, parts.length, parts.slice(maxsplit).join(sp));
  return new PyList(parts);
});
def(S, 'rsplit', (s, a, kw) => {
  const sep = a[0] ?? kw?.get('sep') ?? null;
  const maxsplit = asIndex(a[1] ?? kw?.get('maxsplit'), -1);
  const x = s as string;
  if (maxsplit < 0) return callMethodOf(S, 'split', x, [sep]);
  if (sep === null) {
    const words = splitWhitespace(x, -1);
    if (words.length <= maxsplit + 1) return new PyList(words);
    const keep = words.slice(words.length - maxsplit);
    const headEnd = x.replace(/\s+$/, '').length - keep.join(' ').length;
    return new PyList([x.slice(0, headEnd).trim(), ...keep].filter((w, i) => i > 0 || w !== ''));
  }
  const sp = asStr(sep, 'must be str or None');
  const parts = x.split(sp);
  if (parts.length > maxsplit + 1)
    parts.splice(0, parts.length - maxsplit, parts.slice(0, parts.length - maxsplit).join(sp));
  return new PyList(parts);
});
def(
  S,
  'splitlines',
  (s) =>
    new PyList(
      (s as string).split(/\r\n|\r|\n/).filter((l, i, arr) => i < arr.length - 1 || l !== ''),
    ),
);
def(S, 'join', (s, a) => {
  arity('join', a, 1);
  const parts = toArray(a[0]!).map((x, i) => {
    if (typeof x !== 'string')
      throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
    return x;
  });
  let total = parts.length > 0 ? (parts.length - 1) * (s as string).length : 0;
  for (const x of parts) total += x.length;
  newStr(total);
  return parts.join(s as string);
});
def(S, 'replace', (s, a) => {
  arity('replace', a, 2, 3);
  const [old, rep] = [asStr(a[0]!, 'replace() argument 1'), asStr(a[1]!, 'replace() argument 2')];
  let count = asIndex(a[2], -1);
  const x = s as string;
  if (count < 0) {
    if (old === '') {
      newStr((cpLength(x) + 1) * rep.length + x.length);
      return x.replace(/[\s\S]/gu, (c) => rep + c) + rep;
    }
    const parts = x.split(old);
    newStr(x.length + (parts.length - 1) * (rep.length - old.length));
    return parts.join(rep);
  }
  let out = '';
  let i = 0;
  while (count-- > 0) {
    const j = x.indexOf(old, i);
    if (j < 0) break;
    out += x.slice(i, j) + rep;
    checkSeqLength(out.length);
    i = j + old.length;
  }
  newStr(out.length + x.length - i);
  return out + x.slice(i);
});
def(S, 'startswith', (s, a) =>
  affix(s as string, a[0]!, 'startswith', (p) => (s as string).startsWith(p, asIndex(a[1], 0))),
);
def(S, 'endswith', (s, a) =>
  affix(s as string, a[0]!, 'endswith', (p) => (s as string).endsWith(p)),
);
def(S, 'find', (s, a) => (s as string).indexOf(asStr(a[0]!, 'find arg'), asIndex(a[1], 0)));
def(S, 'rfind', (s, a) => (s as string).lastIndexOf(asStr(a[0]!, 'rfind arg')));
def(S, 'index', (s, a) => {
  const i = (s as string).indexOf(asStr(a[0]!, 'index arg'), asIndex(a[1], 0));
  if (i < 0) throw valueError('substring not found');
  return i;
});
def(S, 'rindex', (s, a) => {
  const i = (s as string).lastIndexOf(asStr(a[0]!, 'rindex arg'));
  if (i < 0) throw valueError('substring not found');
  return i;
});
def(S, 'count', (s, a) => {
  const sub = asStr(a[0]!, 'count arg');
  const x = s as string;
  if (sub === '') return cpLength(x) + 1;
  return x.split(sub).length - 1;
});
def(S, 'format', (s, a, kw) => strFormat(s as string, a, kw));
def(S, 'isdigit', (s) => /^[0-9]+$/.test(s as string));
def(S, 'isnumeric', (s) => /^[0-9]+$/.test(s as string));
def(S, 'isdecimal', (s) => /^[0-9]+$/.test(s as string));
def(S, 'isalpha', (s) => /^\p{L}+$/u.test(s as string));
def(S, 'isalnum', (s) => /^[\p{L}0-9]+$/u.test(s as string));
def(S, 'isspace', (s) => /^\s+$/.test(s as string));
def(S, 'isupper', (s) => /\p{Lu}/u.test(s as string) && !/\p{Ll}/u.test(s as string));
def(S, 'islower', (s) => /\p{Ll}/u.test(s as string) && !/\p{Lu}/u.test(s as string));
def(S, 'isidentifier', (s) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s as string));
def(S, 'center', (s, a) => pad('center', s as string, a, 'c'));
def(S, 'ljust', (s, a) => pad('ljust', s as string, a, 'l'));
def(S, 'rjust', (s, a) => pad('rjust', s as string, a, 'r'));
def(S, 'zfill', (s, a) => {
  const x = s as string;
  const w = asIndex(a[0], 0);
  if (x.length >= w) return x;
  newStr(w);
  const sign = x[0] === '-' || x[0] === '+' ? x[0] : '';
  return sign + '0'.repeat(w - x.length) + x.slice(sign.length);
});
/** `str.expandtabs`'s tabsize: a C int, as CPython converts it. */
function tabSize(v: Value | undefined): number {
  if (v === undefined) return 8;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'bigint') {
    if (v > 2147483647 || v < -2147483648)
      throw pyErr(Exc.OverflowError, 'Python int too large to convert to C int');
    return Number(v);
  }
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}
/** `str.expandtabs(tabsize=8)`, as unicode_expandtabs_impl: a column restarts after \n or \r. */
def(S, 'expandtabs', (s, a, kw) => {
  if (a.length > 1) throw typeError(`expandtabs() takes at most 1 argument (${a.length} given)`);
  const size = tabSize(a.length > 0 ? a[0] : kw?.get('tabsize'));
  let out = '';
  let column = 0;
  for (const ch of s as string) {
    if (ch === '\t') {
      if (size <= 0) continue;
      const n = size - (column % size);
      newStr(out.length + n);
      out += ' '.repeat(n);
      column += n;
    } else {
      out += ch;
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
    }
  }
  return out;
});
def(S, 'partition', (s, a) => {
  const x = s as string;
  const sep = asStr(a[0]!, 'partition arg');
  const i = x.indexOf(sep);
  return new PyTuple(i < 0 ? [x, '', ''] : [x.slice(0, i), sep, x.slice(i + sep.length)]);
});
def(S, 'rpartition', (s, a) => {
  const x = s as string;
  const sep = asStr(a[0]!, 'rpartition arg');
  const i = x.lastIndexOf(sep);
  return new PyTuple(i < 0 ? ['', '', x] : [x.slice(0, i), sep, x.slice(i + sep.length)]);
});
def(S, 'removeprefix', (s, a) => {
  const p = asStr(a[0]!, 'removeprefix arg');
  return (s as string).startsWith(p) ? (s as string).slice(p.length) : s;
});
def(S, 'removesuffix', (s, a) => {
  const p = asStr(a[0]!, 'removesuffix arg');
  return p && (s as string).endsWith(p) ? (s as string).slice(0, -p.length) : s;
});

function callMethodOf(t: PyType, name: string, self: Value, args: Value[]): Value {
  return t.methods.get(name)!(self, args, null);
}
