/**
 * The fuzzer's plain-Python pieces (tests/fuzz/generate.ts): values and their formatting,
 * statements beyond asyncio, a counter shared by tasks through `nonlocal`, prints over
 * several lines and CPython's own messages for errors raised by builtins and operators.
 */

import { ind } from './core.ts';
import type { Ctx, GenCore } from './core.ts';

/** Plain Python: the interpreter's values and formatting. */
export function exprSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const v = gen.anyVal(ctx);
  gen.spend(ctx, 1);
  const e = r.pick([
    `sorted([${v}, 3, -1, ${v} * 2], reverse=True)`,
    `{k: k * ${v} for k in range(3)}`,
    `[c.upper() for c in 'abc' if c != 'b'] + list(range(${v} % 4))`,
    `'-'.join(str(i) for i in range(${v} % 5))`,
    `divmod(${v} + 7, 3), divmod(-7, 2), 7 % -3, -7 // 2`,
    `${v} / 3, ${v} * 0.1, 0.1 * 3, 1 / 3, 2 / 3 * ${v}`,
    `round(${v} / 7, 3), round(2.675, 2), round(${v} + 0.5), abs(-${v})`,
    `'%5.2f|%-4d|%s' % (${v} / 3, ${v}, 'z')`,
    `'{:>6}|{:.3g}|{}'.format(${v}, ${v} / 7, [${v}])`,
    `2 ** (${v} + 60), -(2 ** 64) // 3`,
    `min(${v}, 2), max([${v}, 5]), sum(range(${v} + 1)), len('abc' * ${v})`,
    `'abcdef'[1:${v} + 2], 'abcdef'[::-1], [1, 2, 3, 4][-2:]`,
    `tuple(zip('ab', [${v}, 1])), list(enumerate('xy', ${v}))`,
    `any([${v} > 3, False]), all([]), not ${v}, ${v} and 'yes' or 'no'`,
    `float(${v}) / 2, int(${v} * 2.7), str(${v} * 1.0), 1e16, 1e-5, 123456789.0 * 10`,
    `'x'.center(${v} % 6 + 3, '.'), 'a,b,,c'.split(','), ' pad '.strip(), 'Hi'.lower()`,
    `{'a': ${v}, 'b': [${v}]}.get('c', ${v}), list({'z': 1, 'y': 2}.items())`,
    `f'{${v}:>{${v} % 5 + 2}}', f'{${v} / 3:{${v} % 3 + 4}.2f}', f'{"q"!r}'`,
    `{${v}, 3, 1, ${v} % 2}, sorted({5, ${v}, 2}), {i % 3 for i in range(7)}`,
    `sorted(['bb', 'a', 'ccc'], key=len), sorted([(${v}, 'b'), (1, 'a')]), max('abc', key=ord)`,
    `[(lambda k=k: k * ${v})() for k in range(3)], list(map(lambda z: z + 1, [${v}, 2]))`,
    `repr("it's"), repr('a"b'), 'tab\\t', str(-0.0), float('inf'), -float('inf'), 1e22, 1e-7`,
    `int(-3.5), round(0.5), round(1.5), round(-2.5), 7 // 2.0, -7 % 3.0, 2 ** -1`,
    `[x_ for x_ in range(${v} + 3) if x_ % 2][::-1], list(reversed(range(3)))`,
    `'{:,.2f}|{:e}|{:g}|{:G}'.format(1234567.891, ${v} + 0.5, 1e-5 * (${v} + 1), 1.5e20)`,
    `isinstance(${v}, int), type(${v} / 1).__name__, bool(''), bool('0'), None is None`,
    `dict(zip('abc', range(3))), {**{'a': 1}, 'b': ${v}}, list({'b': 1, 'a': 2})`,
    `'%r %s %5.1f%%' % ('q', [${v}], 12.345), 'a b  c'.split(), 'x=%d' % ${v}`,
    `sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum(x_ / 10 for x_ in range(${v} + 3))`,
    `pow(2, 10, 7), bin(${v}), oct(${v} + 8), chr(65 + ${v}), ord('a'), int('ff', 16), abs(-0.0)`,
    `'hello world'.title(), 'abcabc'.count('b'), 'abc'.find('z'), 'Ab'.swapcase(), 'x'.join('abc')`,
    `'{0}{1}{0}'.format(${v}, 'z'), format(${v} * 1234567, ','), f'{${v}:_b}|{${v} + 60:c}|{${v}:=+8.2f}|{${v}:o}'`,
    `sorted({'a': 3, 'b': 1, 'c': 2}.items(), key=lambda kv: -kv[1]), list(filter(None, [0, ${v}, '', 'a']))`,
    `[1, 2, 3].index(2), (1, 2) < (1, 3), [3, 1, 2].sort(), 'a' in {'a': 1}, ${v} in range(3)`,
    `str(1e16), str(123456789012345678.0), repr(0.1 + 0.7), 1.0 * 10 ** 15, 3.0, -0.5, 5e-324, 1.7976931348623157e308`,
    `round(${v} * 1.005, 2), round(-${v} / 3, 1), round(12345, -2), round(${v} + 0.5), int(2.9), int(-2.9)`,
    `list(zip(range(3), 'abc', [True, False, None])), dict(a=${v}, b=[]), list({'a': 1, **{'b': 2}})`,
  ]);
  return [`${ind(n)}print(${e})`];
}

/** Plain Python statements: the interpreter beyond asyncio. */
export function pythonSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const v = gen.anyVal(ctx);
  gen.spend(ctx, 3);
  const i = (s: string, extra = 0): string => `${ind(n + extra)}${s}`;
  return r.pick<string[]>([
    [
      i(`a_, *b_ = [${v}, 2, 3]`),
      i(`c_, (d_, e_) = 'x', (${v}, 'y')`),
      i(`print(a_, b_, c_, d_, e_)`),
    ],
    [
      i(`fs_ = [lambda k=k: k * ${v} for k in range(3)]`),
      i(`gs_ = [lambda: k for k in range(3)]`),
      i(`print([f() for f in fs_], [g() for g in gs_])`),
    ],
    [
      i(`def gen_(m):`),
      i(`for q in range(m):`, 1),
      i(`got = yield q * ${v}`, 2),
      i(`if got:`, 2),
      i(`print('sent', got)`, 3),
      i(`return 'gen done'`, 1),
      i(`g_ = gen_(3)`),
      i(`print(next(g_), g_.send('hi'), list(g_))`),
    ],
    [
      i(`def outer_(p):`),
      i(`def inner(q=p * 2, *rest, key=None, **kw):`, 1),
      i(`return (q, rest, key, sorted(kw.items()))`, 2),
      i(`return inner`, 1),
      i(`print(outer_(${v})(), outer_(1)(5, 6, key='k', z=1, a=2))`),
    ],
    [
      i(`if (w_ := ${v} * 3) > 5:`),
      i(`print('walrus', w_)`, 1),
      i(`else:`),
      i(`print('small', w_, 1 < w_ <= 6, w_ if w_ else 'zero')`, 1),
    ],
    [
      i(`xs_ = list(range(8))`),
      i(`xs_[1:3] = ['a', 'b', 'c']`),
      i(`del xs_[::3]`),
      i(`xs_.insert(-1, ${v})`),
      i(`print(xs_, xs_.pop(0), xs_.count('a'), xs_[-2:])`),
    ],
    [
      i(`d_ = {'b': 1, 'a': ${v}}`),
      i(`d_.setdefault('c', []).append(${v})`),
      i(`d_.update(a=0, e=5)`),
      i(`print(d_, d_.pop('b'), list(d_.keys()), list(d_.values()), 'e' in d_, len(d_))`),
    ],
    [
      i(`s1_, s2_ = {1, 2, ${v}}, {2, 3}`),
      i(
        `print(sorted(s1_ | s2_), sorted(s1_ & s2_), sorted(s1_ - s2_), sorted(s1_ ^ s2_), s2_ <= s1_)`,
      ),
    ],
    [
      i(`try:`),
      i(`try:`, 1),
      i(`raise ValueError('inner', ${v})`, 2),
      i(`except ValueError as e:`, 1),
      i(`raise KeyError('outer') from ${r.pick(['e', 'None'])}`, 2),
      i(`except KeyError as e:`),
      i(`print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)`, 1),
    ],
    [
      i(`def fin_(m):`),
      i(`for q in range(3):`, 1),
      i(`try:`, 2),
      i(`if q == m:`, 3),
      i(`return q`, 4),
      i(`finally:`, 2),
      i(`print('finally', q)`, 3),
      i(`return 'none'`, 1),
      i(`print(fin_(${v} % 4))`),
    ],
    [
      i(`e_ = ValueError('noted', ${v})`),
      i(`e_.add_note('a note')`),
      i(
        `print(e_, e_.args, e_.__notes__, str(KeyError('k')), str(KeyError()), repr(OSError('x')))`,
      ),
    ],
    [
      i(`total_ = 0`),
      i(`for q in range(10):`),
      i(`if q % 3 == 0:`, 1),
      i(`continue`, 2),
      i(`if q > ${v} + 5:`, 1),
      i(`break`, 2),
      i(`total_ += q`, 1),
      i(`else:`),
      i(`print('no break')`, 1),
      i(`print('total', total_)`),
    ],
    [
      i(`def fact_(m):`),
      i(`return 1 if m <= 1 else m * fact_(m - 1)`, 1),
      i(
        `print(fact_(${v} + 20), fact_(25) // fact_(23), 10 ** 20 + 1, -(10 ** 19) % 7, (2 ** 64 - 1) ^ 255)`,
      ),
    ],
    [
      i(
        `print(f'{${v}:>6.2f}|{-${v}:<6}|{${v}:^6}|{${v} * 1e6:.2e}|{${v} / 3:.0%}|{${v} * 100:_}|{${v}:x}|{${v}:#o}|{255 + ${v}:08b}')`,
      ),
    ],
    [
      i(
        `print(${v} == float(${v}), 0.1 + 0.2 == 0.3, ${v} is None, [${v}] == [${v}], (1, 2) < (1, 2, 0), 'a' < 'B', None == 0)`,
      ),
    ],
    [
      i(`g_ = (q * q for q in range(${v} + 2))`),
      i(
        `print(next(g_), sum(g_), list(g_), list(map(str, range(3))), list(zip(*[(1, 'a'), (2, 'b')])))`,
      ),
    ],
    [
      i(
        `print(' '.join(f'{w:>3}' for w in 'ab c'.split()), 'A-B'.lower().replace('-', '+'), 'abc'.startswith(('x', 'a')), '  x '.rstrip() + '|')`,
      ),
    ],
    [
      i(`assert ${v} >= 0, 'non-negative'`),
      i(`try:`),
      i(`assert ${v} < 0, f'got {${v}}'`, 1),
      i(`except AssertionError as e:`),
      i(`print('assert', e)`, 1),
    ],
    [
      i(`global_counter_ = dict(global_counter_=1).get('global_counter_', 0) if False else 0`),
      i(
        `print(type(${v}).__name__, type(1.5).__name__, type('s').__name__, type([]).__name__, type(None).__name__, type(len).__name__)`,
      ),
    ],
  ]);
}

/** Tasks updating a shared counter through `nonlocal`, interleaved by sleep(0). */
export function sharedStateSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  gen.spend(ctx, 8);
  const f = gen.name('bump');
  const k = r.int(2, 3);
  return [
    `${ind(n)}count_ = 0`,
    `${ind(n)}log_ = []`,
    `${ind(n)}async def ${f}(tag, times):`,
    `${ind(n + 1)}nonlocal count_`,
    `${ind(n + 1)}for _ in range(times):`,
    `${ind(n + 2)}seen = count_`,
    `${ind(n + 2)}await asyncio.sleep(${r.pick(['0', '0', '0.1', 'random.choice([0, 0.1])'])})`,
    `${ind(n + 2)}count_ = seen + 1`,
    `${ind(n + 2)}log_.append(tag)`,
    `${ind(n + 1)}return count_`,
    `${ind(n)}print(await asyncio.gather(*[${f}(t, ${r.int(1, 3)}) for t in 'xyz'[:${k}]]), count_, ''.join(log_))`,
  ];
}

export function multilinePrintSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const v = gen.anyVal(ctx);
  gen.spend(ctx, 1);
  return [
    `${ind(n)}${r.pick([
      `print('a\\nb', ${v})`,
      `print('x', ${v}, sep='\\n')`,
      `print(f'line {${v}}\\n')`,
      `print()`,
      `print('', end='')`,
      `print(*[${v}, 'q'], sep='')`,
      `print('tab\\there', repr('\\n'))`,
    ])}`,
  ];
}

/** CPython's own messages for errors raised by builtins and operators. */
export function builtinErrorSnippet(gen: GenCore, ctx: Ctx, n: number): string[] {
  const r = gen.rng;
  const v = gen.anyVal(ctx);
  gen.spend(ctx, 1);
  const e = r.pick([
    `[1, 2][${v} + 5]`,
    `'a' + ${v}`,
    `${v} + 'a'`,
    `(${v}).foo`,
    `int('3.5')`,
    `float('x${v}')`,
    `[].pop()`,
    `{}.popitem()`,
    `1 / 0.0`,
    `${v} % 0`,
    `divmod(${v}, 0)`,
    `round('a')`,
    `len(${v})`,
    `undefined_name_${r.int(0, 9)}`,
    `{'a': 1}[${v}]`,
    `'abc'.index('z')`,
    `[1, 2].index(${v} + 9)`,
    `(1, 2)[5]`,
    `None + ${v}`,
    `${v} < 'a'`,
    `sorted([1, 'a'])`,
    `max([])`,
    `int(None)`,
    `'x' * 'y'`,
    `[${v}].remove(99)`,
    `'%d' % 'a'`,
    `'{}{}'.format(${v})`,
    `(${v})()`,
    `next(iter([]))`,
    `2 ** -1 // 0`,
    `chr(-1)`,
    `int('ff', 16) + int('z', 10)`,
    `list(range(3))[::0]`,
  ]);
  return [
    `${ind(n)}try:`,
    `${ind(n + 1)}print(${e})`,
    `${ind(n)}except Exception as e:`,
    `${ind(n + 1)}print(type(e).__name__, e${r.chance(0.3) ? ', e.args' : ''})`,
  ];
}
