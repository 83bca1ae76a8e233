/**
 * The parser accepts exactly what CPython 3.13's `compile()` accepts: over the robustness
 * corpus (random unicode, unicode dropped into golden programs, mutated goldens) and a
 * list of edge cases, each text gets the same accept/reject decision from both, and for
 * the edge cases the same message and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { parse } from '../src/python/parse';
import { fraction, mutate, mutation } from '../src/test/mutate';
import { compileWithCPython } from './oracle/oracle.ts';
import type { CompileVerdict } from './oracle/oracle.ts';

const SEED = 42;
const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), 'programs');
const goldens = readdirSync(PROGRAMS)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => readFileSync(join(PROGRAMS, f), 'utf8'));

/** Texts, each with the exact CPython message it must get (null: compare the decision only). */
const EDGE_CASES: [string, string | null][] = [
  ['\ufeffprint("a byte order mark opens the file")\n', null],
  ['ℌ = 2\nprint(H)\n', null],
  ['def g():\n    yield\n    x = (yield)\n    yield  # c\n    yield; y = 1\n', null],
  ['x = 1\n\f\nprint(x)\n', null],
  ['async def f(g):\n    return await g() + 1\n', null],
  ['async def f(x):\n    return await -x\n', '2: invalid syntax'],
  ['async def f(x):\n    return await not x\n', '2: invalid syntax'],
  ['x = a€b\n', "1: invalid character '€' (U+20AC)"],
  ['ab🅁 = 1\n', "1: invalid character '🅁' (U+1F141)"],
  ['x.\u200bq\n', '1: invalid non-printable character U+200B'],
  ['x = 1\n\u0002ref\n', '2: invalid non-printable character U+0002'],
  ['x = 1\nprint(x)\0\n', '2: source code cannot contain null bytes'],
  ['print("€ in a string") # and ☃ in a comment\n', null],
  ['x = (1 +\n', "1: '(' was never closed"],
  ['match v:\n    case True * False as b:\n        pass\n', '2: invalid syntax'],
  ['match v:\n    case 1 * 2 | 3:\n        pass\n', '2: invalid syntax'],
  ['match v:\n    case True ^ False as b:\n        pass\n', '2: invalid syntax'],
  ['match v:\n    case [a, b % c] | (d @ e):\n        pass\n', '2: invalid syntax'],
  ['match v:\n    case x if x < 2 and x > 0:\n        pass\n', null],
  ['match v:\n    case *a, b:\n        pass\n    case [1, *r] if r:\n        pass\n', null],
  ['"""doc"""\n# c\nfrom __future__ import annotations\nfrom __future__ import (division)\n', null],
  [
    'x = 1\nfrom __future__ import annotations\n',
    '2: from __future__ imports must occur at the beginning of the file',
  ],
  [
    '"""a"""\n"""b"""\nfrom __future__ import annotations\n',
    '3: from __future__ imports must occur at the beginning of the file',
  ],
  [
    'def f():\n    from __future__ import annotations\n',
    '2: from __future__ imports must occur at the beginning of the file',
  ],
  ['from __future__ import braces\n', '1: not a chance'],
  ['from __future__ import annotations, nope\n', '1: future feature nope is not defined'],
];

const randomUnicode = fc.sample(fc.string({ unit: 'binary', maxLength: 200 }), {
  seed: SEED,
  numRuns: 300,
});
const unicodeInGoldens = fc
  .sample(
    fc.tuple(
      fc.nat({ max: goldens.length - 1 }),
      fraction,
      fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
    ),
    { seed: SEED, numRuns: 300 },
  )
  .map(([which, at, junk]) => {
    const g = goldens[which]!;
    const i = Math.floor(at * g.length);
    return g.slice(0, i) + junk + g.slice(i);
  });
const mutants = fc
  .sample(fc.tuple(fc.nat({ max: goldens.length - 1 }), fc.array(mutation, { maxLength: 4 })), {
    seed: SEED,
    numRuns: 500,
  })
  .map(([which, ms]) => ms.reduce(mutate, goldens[which]!));

interface Ours {
  ok: boolean;
  /** `LINE: message`, as CPython's verdict is shown below. */
  said: string;
}

/** The parser's decision: a SyntaxError or IndentationError rejects; NotSupported does not. */
function ours(source: string): Ours {
  const d = parse(source, 'prog.py').diagnostic;
  if (!d || (d.kind !== 'SyntaxError' && d.kind !== 'IndentationError'))
    return { ok: true, said: '' };
  return { ok: false, said: `${d.line}: ${d.message}` };
}

/** Code points JavaScript's Unicode tables leave unassigned. */
function unassignedHere(source: string): number[] {
  const out = new Set<number>();
  for (const ch of source) if (/\p{Cn}/u.test(ch)) out.add(ch.codePointAt(0)!);
  return [...out].sort((a, b) => a - b);
}

/** The texts whose characters the two Unicode databases (V8's and CPython's) classify alike. */
function sameUnicode(source: string, v: CompileVerdict): boolean {
  return JSON.stringify(unassignedHere(source)) === JSON.stringify(v.unassigned);
}

const corpus: [string, string[]][] = [
  ['random unicode', randomUnicode],
  ['unicode in goldens', unicodeInGoldens],
  ['mutated goldens', mutants],
];
const verdicts = new Map<string, CompileVerdict[]>();

beforeAll(async () => {
  for (const [name, texts] of corpus) verdicts.set(name, await compileWithCPython(texts));
  verdicts.set('edge cases', await compileWithCPython(EDGE_CASES.map(([s]) => s)));
});

describe('the parser decides as CPython 3.13 compile() does', () => {
  for (const [name, texts] of corpus) {
    it(`on ${texts.length} texts of ${name}`, () => {
      const v = verdicts.get(name)!;
      const differ: string[] = [];
      let skewed = 0;
      texts.forEach((source, i) => {
        if (!sameUnicode(source, v[i]!)) {
          skewed++;
          return;
        }
        const o = ours(source);
        if (o.ok !== v[i]!.ok) {
          const cpy = v[i]!.ok ? 'accepts' : `rejects (${v[i]!.line}: ${v[i]!.msg})`;
          const us = o.ok ? 'accepts' : `rejects (${o.said})`;
          differ.push(`CPython ${cpy}, the parser ${us}: ${JSON.stringify(source.slice(0, 300))}`);
        }
      });
      expect(differ).toEqual([]);
      // Texts skipped for a Unicode version difference stay a small minority.
      expect(skewed).toBeLessThan(texts.length / 20);
    });
  }

  it('on edge cases, with the same message and line', () => {
    const v = verdicts.get('edge cases')!;
    EDGE_CASES.forEach(([source, message], i) => {
      const o = ours(source);
      expect({ source, ok: o.ok }).toEqual({ source, ok: v[i]!.ok });
      if (message !== null) {
        expect(o.said).toBe(message);
        // compile() of a text gives no line for a null byte; running the file gives its line.
        const line = v[i]!.line || Number(message.split(':')[0]);
        expect(`${line}: ${v[i]!.msg}`).toBe(message);
      }
    });
  });
});
