import { describe, expect, it } from 'vitest';
import { firstDifference, traceLines } from './diff';

describe('firstDifference', () => {
  it('is null for identical traces', () => {
    expect(firstDifference(['a', 'b'], ['a', 'b'])).toBeNull();
  });
  it('finds the first line that differs', () => {
    expect(firstDifference(['a', 'b', 'c'], ['a', 'x', 'c'])).toBe(1);
  });
  it('points past the shorter trace when one is a prefix of the other', () => {
    expect(firstDifference(['a'], ['a', 'b'])).toBe(1);
  });
});

describe('traceLines', () => {
  it('splits a trace without a phantom last line', () => {
    expect(traceLines('a\nb\n')).toEqual(['a', 'b']);
    expect(traceLines('')).toEqual([]);
  });
});
