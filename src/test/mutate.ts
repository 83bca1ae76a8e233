/**
 * Source mutations for the robustness fuzzer: a program's text is split into rough
 * tokens, and a mutation deletes, duplicates, swaps or inserts tokens or characters,
 * truncates the text, re-indents a line with tabs, drops in odd characters (NUL, lone
 * surrogates, combining marks, line and paragraph separators, emoji), or, keeping the
 * syntax, puts another name, value or operator in place of one.
 *
 * Pure functions of their arguments: the randomness comes from the caller's numbers
 * (fast-check's), so a failing case shrinks and reproduces.
 */

import fc from 'fast-check';

/** Identifiers, numbers, string openers, operators, newlines, runs of spaces, the rest. */
const TOKEN =
  /[A-Za-z_]\w*|\d[\w.]*|'''|"""|[rbf]?['"]|\*\*=?|\/\/=?|[-+*/%@&|^<>=!:]=?|->|\n|[ \t]+|[\s\S]/gu;

export function tokens(source: string): string[] {
  return source.match(TOKEN) ?? [];
}

/** Tokens worth inserting: keywords, brackets, quotes and operators that break structure. */
export const INSERTS: readonly string[] = [
  ...'async await def class lambda yield return if else elif for while with try except'.split(' '),
  ...'finally raise import from global nonlocal del pass break continue in not is and or'.split(
    ' ',
  ),
  ...'None True match case x asyncio self'.split(' '),
  ...'( ) [ ] { } : , ; . ... = == := * ** -> @ \\ # \' " """'.split(' '),
  "f'",
  'f"{',
  '{x!r:>{w}}',
  "b'",
  "r'\\",
  '\n',
  '    ',
  '\t',
  ' ',
  ...'0 -1 1e309 0x 1_000 10**10 2**64 1j 0.1 *args **kw'.split(' '),
  'asyncio.sleep(0)',
  'asyncio.gather(',
  'asyncio.create_task(',
  'print(',
  'time.sleep(',
  'await asyncio.sleep(1)',
  'range(10**9)',
];

/** Values to put where a literal or a name was: they keep the syntax, not the types. */
export const VALUES: readonly string[] = [
  ...'0 1 -1 2 3.5 -0.0 1e308 10**30 -10**30 2**63 None True'.split(' '),
  "float('inf')",
  "float('nan')",
  "''",
  "'abc'",
  "'3'",
  ...'[] [1,2] () (1,) {} {1,2} print len asyncio asyncio.sleep range(3) x'.split(' '),
  "{'a': 1}",
  'asyncio.sleep(0)',
  'asyncio.get_running_loop()',
  'asyncio.Event()',
  'asyncio.Queue(1)',
  'ValueError',
  'ValueError()',
  'lambda *a: a',
  'object()',
  'type',
  'int',
  'str',
];

/** Operators that can stand in for each other. */
const OPERATORS = '+ - * / // % ** << >> & | ^ < > == != <= >= in is and or @'.split(' ');

/** Characters that trouble lexers. */
export const ODD_CHARS: readonly string[] = [
  '\0',
  '\uFEFF',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\r',
  '\r\n',
  '\f',
  '\v',
  '\u0301',
  '\u200B',
  '\u202E',
  '\uD800',
  '\uDFFF',
  '😀',
  '𝔘',
  'é',
  'ℌ',
  'µ',
  'ǅ',
  '\u3000',
  '\x1b',
  '\x7f',
];

export const MUTATION_KINDS = [
  'truncate',
  'deleteToken',
  'duplicateToken',
  'swapTokens',
  'insertToken',
  'deleteChar',
  'duplicateChar',
  'insertChar',
  'tabs',
  'dedent',
  'swapLines',
  'replaceName',
  'replaceValue',
  'replaceOperator',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/**
 * One mutation: `at` and `to` are positions as fractions in [0, 1) of what is mutated
 * (characters, tokens or lines); `pick` chooses what is inserted or put in place.
 */
export interface Mutation {
  kind: MutationKind;
  at: number;
  to: number;
  pick: number;
}

const KEYWORDS = new Set(
  'async await def class lambda yield return if else elif for while with try except finally raise import from global nonlocal del pass break continue in not is and or None True False match case'.split(
    ' ',
  ),
);
const isName = (t: string): boolean => /^[A-Za-z_]\w*$/.test(t) && !KEYWORDS.has(t);
const isValue = (t: string): boolean => /^\d/.test(t) || isName(t);
const isOperator = (t: string): boolean => OPERATORS.includes(t);

/** `f` in [0, 1) as an index into n things. */
const index = (f: number, n: number): number => Math.min(n - 1, Math.max(0, Math.floor(f * n)));
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

export function mutate(source: string, m: Mutation): string {
  const toks = tokens(source);
  const lines = source.split('\n');
  const tokenAt = (f: number) => index(f, toks.length);
  switch (m.kind) {
    case 'truncate':
      return source.slice(0, Math.floor(m.at * source.length));
    case 'deleteToken':
      toks.splice(tokenAt(m.at), 1);
      return toks.join('');
    case 'duplicateToken': {
      const i = tokenAt(m.at);
      if (toks.length) toks.splice(i, 0, toks[i]!);
      return toks.join('');
    }
    case 'swapTokens': {
      if (toks.length === 0) return source;
      const a = tokenAt(m.at);
      const b = tokenAt(m.to);
      [toks[a], toks[b]] = [toks[b]!, toks[a]!];
      return toks.join('');
    }
    case 'insertToken':
      toks.splice(index(m.at, toks.length + 1), 0, pick(INSERTS, m.pick));
      return toks.join('');
    case 'deleteChar': {
      const i = index(m.at, source.length);
      return source.slice(0, i) + source.slice(i + 1);
    }
    case 'duplicateChar': {
      const i = index(m.at, source.length);
      return source.slice(0, i + 1) + source.slice(i);
    }
    case 'insertChar': {
      const i = index(m.at, source.length + 1);
      return source.slice(0, i) + pick(ODD_CHARS, m.pick) + source.slice(i);
    }
    case 'tabs': {
      const i = index(m.at, lines.length);
      lines[i] = lines[i]!.replace(/^( {4})+/, (s) => '\t'.repeat(s.length / 4));
      return lines.join('\n');
    }
    case 'dedent': {
      const i = index(m.at, lines.length);
      lines[i] = lines[i]!.replace(/^ {1,4}/, '');
      return lines.join('\n');
    }
    case 'swapLines': {
      const a = index(m.at, lines.length);
      const b = index(m.to, lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'replaceName':
    case 'replaceValue':
    case 'replaceOperator': {
      // Only tokens of the right sort are candidates; `at` picks one of them.
      const sort =
        m.kind === 'replaceName' ? isName : m.kind === 'replaceValue' ? isValue : isOperator;
      const where = toks.flatMap((t, i) => (sort(t) ? [i] : []));
      if (where.length === 0) return source;
      const i = where[index(m.at, where.length)]!;
      if (m.kind === 'replaceName') toks[i] = toks[pick(where, m.pick)]!;
      else if (m.kind === 'replaceValue') toks[i] = pick(VALUES, m.pick);
      else toks[i] = ` ${pick(OPERATORS, m.pick)} `;
      return toks.join('');
    }
  }
}

/** A fraction in [0, 1): where in the text a mutation acts. */
export const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** Any one mutation, for fast-check to draw and shrink. */
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  at: fraction,
  to: fraction,
  pick: fc.nat({ max: 10_000 }),
});
