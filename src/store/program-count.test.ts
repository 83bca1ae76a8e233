import { describe, expect, it } from 'vitest';
import { COUNT_STEPS, countToStep, readCount, stepToCount, writeCount } from './program-count';

describe('the N line', () => {
  it('is read from the first top-level N = <int>', () => {
    expect(readCount('import x\nN = 10\n')).toBe(10);
    expect(readCount('  N = 10\n')).toBeNull();
    expect(readCount('N = len(x)\n')).toBeNull();
  });

  it('is rewritten in place, keeping a comment', () => {
    expect(writeCount('a = 1\nN = 10\nb = 2', 25)).toBe('a = 1\nN = 25\nb = 2');
    expect(writeCount('N = 3  # tasks\n', 7)).toBe('N = 7  # tasks\n');
  });

  it('stays within 1..1000', () => {
    expect(writeCount('N = 3', 0)).toBe('N = 1');
    expect(writeCount('N = 3', 5000)).toBe('N = 1000');
  });
});

describe('the slider stops', () => {
  it('reach every N up to 20, then round numbers up to 1,000', () => {
    expect(COUNT_STEPS.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(COUNT_STEPS).toContain(100);
    expect(COUNT_STEPS.at(-1)).toBe(1000);
    expect(COUNT_STEPS.length).toBeLessThan(70);
  });

  it('map N to its stop and back', () => {
    for (const n of [1, 3, 10, 20, 25, 200, 1000]) expect(stepToCount(countToStep(n))).toBe(n);
    expect(stepToCount(countToStep(23))).toBe(25);
    expect(stepToCount(-5)).toBe(1);
    expect(stepToCount(999)).toBe(1000);
  });
});
