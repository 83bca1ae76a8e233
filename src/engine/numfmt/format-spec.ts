/**
 * The format-spec mini-language: parsing a spec string into a `FormatSpec`
 * (parse_internal_render_format_spec), with its error messages.
 */
import { decimalValue, FormatError, SEQ_LIMIT_MESSAGE, valueError } from './common';
import { LIMITS } from '../../limits';

export interface FormatSpec {
  fill: string;
  align: string; // '<' | '>' | '=' | '^'
  sign: string; // '' | '+' | '-' | ' '
  noNeg0: boolean;
  alt: boolean;
  width: number; // -1: not given
  thousands: '' | ',' | '_';
  /** bin/oct/hex with '_': group every 4 digits. */
  underFour: boolean;
  precision: number; // -1: not given
  type: string; // one code point; '' = none (float's default)
}

const PY_SSIZE_T_MAX = 9223372036854775807n;

function typeCodeText(type: string): string {
  const cp = type.codePointAt(0) as number;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

export function unknownCode(type: string, typeName: string): FormatError {
  return valueError(`Unknown format code '${typeCodeText(type)}' for object of type '${typeName}'`);
}

function invalidSeparator(f: FormatSpec): FormatError {
  return valueError(`Cannot specify '${f.thousands}' with '${typeCodeText(f.type)}'.`);
}

const SPEC_CACHE = new Map<string, FormatSpec>();

/**
 * parse_internal_render_format_spec. `kind` picks the defaults: 's' (str: type 's',
 * align '<'), 'd' (int: type 'd', align '>'), '' (float: no type, align '>').
 */
export function parseSpec(spec: string, kind: 's' | 'd' | '', typeName: string): FormatSpec {
  const key = kind + typeName + '\u0000' + spec;
  const cached = SPEC_CACHE.get(key);
  if (cached !== undefined) return cached;

  const defaultAlign = kind === 's' ? '<' : '>';
  const c = /[\ud800-\udfff]/.test(spec) ? Array.from(spec) : spec.split('');
  const end = c.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNeg0: false,
    alt: false,
    width: -1,
    thousands: '',
    underFour: false,
    precision: -1,
    type: kind,
  };
  const isAlign = (ch: string | undefined): boolean =>
    ch === '<' || ch === '>' || ch === '=' || ch === '^';
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(c[pos + 1])) {
    f.align = c[pos + 1] as string;
    f.fill = c[pos] as string;
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(c[pos])) {
    f.align = c[pos] as string;
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (c[pos] === ' ' || c[pos] === '+' || c[pos] === '-')) {
    f.sign = c[pos] as string;
    pos++;
  }
  if (end - pos >= 1 && c[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && c[pos] === '#') {
    f.alt = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && c[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const getInteger = (): number => {
    // Returns the value (or -1 when no digits); throws on Py_ssize_t overflow.
    let acc = 0;
    let big: bigint | null = null;
    let n = 0;
    for (; pos < end; pos++, n++) {
      const d = decimalValue((c[pos] as string).codePointAt(0) as number);
      if (d < 0) break;
      if (big === null && acc < 1e14) {
        acc = acc * 10 + d;
      } else {
        big = (big ?? BigInt(acc)) * 10n + BigInt(d);
        if (big > PY_SSIZE_T_MAX) throw valueError('Too many decimal digits in format string');
      }
    }
    if (n === 0) return -1;
    return big === null ? acc : Number(big);
  };
  f.width = getInteger();
  if (end - pos > 0 && c[pos] === ',') {
    f.thousands = ',';
    pos++;
  }
  if (end - pos > 0 && c[pos] === '_') {
    if (f.thousands !== '') throw valueError("Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (end - pos > 0 && c[pos] === ',') throw valueError("Cannot specify both ',' and '_'.");
  if (end - pos > 0 && c[pos] === '.') {
    pos++;
    f.precision = getInteger();
    if (f.precision < 0) throw valueError('Format specifier missing precision');
  }
  if (end - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) {
    f.type = c[pos] as string;
    pos++;
  }
  if (f.thousands !== '') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        // Underscores group bin/oct/hex every four digits; commas are refused.
        if (f.thousands !== '_') throw invalidSeparator(f);
        f.underFour = true;
        break;
      default:
        throw invalidSeparator(f);
    }
  }
  // A width past the sequence length limit is refused before the padding is made (and
  // before the cache, which would skip this check the next time).
  if (f.width > LIMITS.sequenceLength.value) {
    throw new FormatError('OverflowError', SEQ_LIMIT_MESSAGE);
  }
  if (SPEC_CACHE.size > 512) SPEC_CACHE.clear();
  SPEC_CACHE.set(key, f);
  return f;
}
