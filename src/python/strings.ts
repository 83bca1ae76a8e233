/** Python string-literal escapes (`\n`, `\x41`, `\u00e9`, `\101`, ...) decoded to text. */
const SIMPLE: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

export function decodeEscapes(s: string): string | { error: string } {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = s[++i];
    if (e === undefined) return out + '\\';
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out += simple;
    } else if (e >= '0' && e <= '7') {
      let j = i;
      while (j < i + 3 && j < s.length && s[j]! >= '0' && s[j]! <= '7') j++;
      out += String.fromCharCode(parseInt(s.slice(i, j), 8));
      i = j - 1;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = s.slice(i + 1, i + 1 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) {
        const kind =
          e === 'x'
            ? `truncated \\xXX escape`
            : e === 'u'
              ? 'truncated \\uXXXX escape'
              : 'truncated \\UXXXXXXXX escape';
        return { error: `(unicode error) 'unicodeescape' codec can't decode bytes: ${kind}` };
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff)
        return {
          error:
            "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character",
        };
      out += String.fromCodePoint(cp);
      i += len;
    } else {
      // Unknown escapes keep the backslash, as Python does (with a warning we don't show).
      out += '\\' + e;
    }
  }
  return out;
}
