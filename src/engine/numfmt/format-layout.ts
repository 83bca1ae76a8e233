/**
 * Number layout shared by format() of ints and floats: thousands grouping, sign, prefix,
 * fill and alignment (calc_number_widths + fill_number of Python/formatter_unicode.c).
 */
import type { FormatSpec } from './format-spec';

/** Length in code points. */
export function cpLen(s: string): number {
  if (!/[\ud800-\udfff]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * _PyUnicode_InsertThousandsGrouping: groups `digits` from the right every `group`
 * characters (0 = no grouping), left-padding with zeros (which are grouped too) up to
 * `minWidth` characters.
 */
function insertGrouping(digits: string, minWidth: number, group: number, sep: string): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let pos = digits.length;
  const chunks: string[] = [];
  let useSep = false;
  let broken = false;
  if (group > 0) {
    for (;;) {
      const l = Math.min(group, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      chunks.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ''));
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const l = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    chunks.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ''));
  }
  if (chunks.length === 1) return chunks[0] as string;
  return chunks.reverse().join('');
}

/**
 * calc_number_widths + fill_number: lays out
 * [lpad][sign][prefix][spad][grouped digits][rest][rpad].
 * `rest` is the decimal point and everything after the integer digits.
 */
export function layoutNumber(
  f: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  rest: string,
  useLocaleNone: boolean,
  upper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';

  const nRest = rest.length === 1 ? 1 : cpLen(rest);
  const nonDigit = sign.length + prefix.length + nRest;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;

  let grouped = '';
  if (digits.length !== 0) {
    let group = 0;
    let sep = '';
    if (!useLocaleNone && f.thousands !== '') {
      group = f.underFour ? 4 : 3;
      sep = f.thousands;
    }
    grouped = insertGrouping(digits, minWidth, group, sep);
  }
  let pre = prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    pre = pre.toUpperCase();
  }
  const nPadding = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (nPadding > 0) {
    switch (f.align) {
      case '<':
        rpad = nPadding;
        break;
      case '^':
        lpad = nPadding >> 1;
        rpad = nPadding - lpad;
        break;
      case '=':
        spad = nPadding;
        break;
      default:
        lpad = nPadding;
    }
  }
  const fill = f.fill;
  return (
    (lpad ? fill.repeat(lpad) : '') +
    sign +
    pre +
    (spad ? fill.repeat(spad) : '') +
    grouped +
    rest +
    (rpad ? fill.repeat(rpad) : '')
  );
}
