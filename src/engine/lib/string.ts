/** The `string` module: its constants and `capwords` (`Formatter` and `Template` are refused). */
import { callMethod } from '../protocol';
import type { Value } from '../values';
import { PyBuiltin, PyList, PyModule } from '../values';
import { truthy } from '../ops';
import { pyFunctionArgs } from '../functools/py-args';

const lower = 'abcdefghijklmnopqrstuvwxyz';
const upper = lower.toUpperCase();
const digits = '0123456789';
const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const whitespace = ' \t\n\r\x0b\x0c';

/** `sep.join(map(str.capitalize, s.split(sep)))`, with `sep or ' '` to join, as Lib/string.py. */
const capwords = new PyBuiltin(
  'capwords',
  (a, kw) => {
    const [s, sep = null] = pyFunctionArgs('capwords', a, kw, ['s', 'sep'], 1);
    const parts = callMethod(s!, 'split', [sep], null) as PyList;
    const words = parts.items.map((w) => callMethod(w, 'capitalize', [], null));
    return callMethod(truthy(sep) ? sep : ' ', 'join', [new PyList(words)], null);
  },
  undefined,
  'function',
);

export function makeString(): PyModule {
  const values: Record<string, Value> = {
    ascii_letters: lower + upper,
    ascii_lowercase: lower,
    ascii_uppercase: upper,
    digits,
    hexdigits: digits + 'abcdef' + 'ABCDEF',
    octdigits: '01234567',
    punctuation,
    whitespace,
    printable: digits + lower + upper + punctuation + whitespace,
    capwords,
  };
  return new PyModule('string', new Map(Object.entries(values)));
}
