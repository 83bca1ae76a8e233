/**
 * In an f-string field `{x:=^9}` the `:` starts a format spec whose fill is `=`, but lezer
 * reads `:=` as the walrus operator. We parse a copy where that `=` is masked: same
 * length, so every offset still points into the real source, which the builder reads.
 */
export function maskFormatSpecs(source: string): string {
  if (!source.includes(':=')) return source;
  const out = source.split('');
  const re = /(?:^|[^\w])[rRbBuU]?[fF][rR]?("""|'''|"|')/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const quote = m[1]!;
    let i = m.index + m[0].length;
    let depth = 0;
    let nest = 0;
    while (i < source.length && !(depth === 0 && source.startsWith(quote, i))) {
      const ch = source[i]!;
      if (depth === 0) {
        if (ch === '{') {
          if (source[i + 1] === '{') i++;
          else depth = 1;
        } else if (ch === '\\') i++;
        else if (ch === '\n' && quote.length === 1) break;
      } else if (ch === '(' || ch === '[' || (ch === '{' && nest > 0)) nest++;
      else if (ch === '{') depth++;
      else if (ch === ')' || ch === ']') nest--;
      else if (ch === '}') {
        if (nest > 0) nest--;
        else depth--;
      } else if (ch === ':' && nest === 0 && depth === 1 && source[i + 1] === '=') out[i + 1] = '<';
      i++;
    }
    re.lastIndex = Math.min(source.length, i + quote.length);
  }
  return out.join('');
}
