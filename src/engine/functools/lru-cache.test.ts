import { describe, expect, it } from 'vitest';
import { canonicalLines } from '../../trace/canonical';
import { runProgram } from '../run';

// Native CPython 3.13 prints these (its C wrapper frames do not count against the recursion
// limit); Pyodide's smaller C stack cannot, so this is not a golden program.
const DEEP = `from functools import lru_cache
@lru_cache(None)
def f(n):
    return 0 if n == 0 else f(n - 1) + 1
print(f(950), f.cache_info())
try:
    f(5000)
except RecursionError as e:
    print("RecursionError", e)
`;

describe('lru_cache recursion', () => {
  it('goes as deep as CPython: the cached calls run on the deep-call trampoline', () => {
    const r = runProgram(DEEP);
    expect(canonicalLines(r.events)).toEqual([
      '0.000 print 950 CacheInfo(hits=0, misses=951, maxsize=None, currsize=951)',
      '0.000 print RecursionError maximum recursion depth exceeded',
    ]);
  });
});
