import { describe, expect, it } from 'vitest';
import { cpLength, resetStrLen } from './strlen';

describe('cpLength', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(cpLength('abc')).toBe(3);
    expect(cpLength('a😀b')).toBe(3);
    expect(cpLength('😀'.repeat(300))).toBe(300);
    expect(cpLength('\ud800'.repeat(300))).toBe(300); // lone surrogates are one each
  });

  it('tells apart long strings of the same JS length', () => {
    const plain = 'x'.repeat(600);
    const astral = '😀'.repeat(300);
    expect(plain.length).toBe(astral.length);
    for (let i = 0; i < 3; i++) {
      expect(cpLength(plain)).toBe(600);
      expect(cpLength(astral)).toBe(300);
    }
    resetStrLen();
    expect(cpLength(astral)).toBe(300);
  });

  it('answers again for the same long string without reading it', () => {
    const s = 'x'.repeat(1_000_000);
    const t0 = performance.now();
    for (let i = 0; i < 100_000; i++) cpLength(s);
    // Reading it each time would take seconds (100,000 passes over a million characters).
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
