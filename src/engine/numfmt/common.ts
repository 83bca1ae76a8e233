/**
 * What the numfmt modules share: the `PyInt` representation, the `FormatError` they throw,
 * the int/str digit limit, BigInt normalisation and Unicode decimal-digit values.
 */
import { count, LIMITS, limitPhrase } from '../../limits';

/** Python ints: a safe-integer `number`, or a `bigint` beyond that. */
export type PyInt = number | bigint;

export type FormatErrorKind = 'ValueError' | 'OverflowError' | 'TypeError';

/**
 * A Python exception raised by this module: `kind` is the exception class name and
 * `message` its str(). Like the engine's PyError, deliberately not a JS `Error`.
 */
export class FormatError {
  constructor(
    readonly kind: FormatErrorKind,
    readonly message: string,
  ) {}
}

export const valueError = (message: string): FormatError => new FormatError('ValueError', message);

/** sys.get_int_max_str_digits() default. */
export const INT_MAX_STR_DIGITS = LIMITS.intDigits.value;

/** The message of the sequence length limit (an OverflowError), for the engine too. */
export const SEQ_LIMIT_MESSAGE = `sequence longer than ${count(LIMITS.sequenceLength.value)} items ${limitPhrase('sequenceLength')}`;

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);

export function normalizeBig(v: bigint): PyInt {
  return v <= MAX_SAFE_BIG && v >= -MAX_SAFE_BIG ? Number(v) : v;
}

/** Py_UNICODE_TODECIMAL: the value of a decimal digit character (any script), or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return -1;
  if (!ND_RE.test(String.fromCodePoint(cp))) return -1;
  // Unicode encodes every decimal digit set as a contiguous run 0..9.
  let start = cp;
  while (start > 0 && ND_RE.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}
const ND_RE = /^\p{Nd}$/u;
