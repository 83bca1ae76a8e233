import { describe, expect, it } from 'vitest';
import { readCount, writeCount } from './program-count';

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
