import { describe, expect, it } from 'vitest';
import {
  FormatError,
  floatFromString,
  floatRepr,
  floatToInt,
  formatFloat,
  formatInt,
  formatStr,
  intFromString,
  intToFloat,
  intToStr,
  pyStrRepr,
  roundFloat,
  roundHalfEven,
  roundInt,
} from './numfmt';
import type { PyInt } from './numfmt';
import vectors from './__fixtures__/numfmt_vectors.json';

/**
 * Every expectation here was printed by CPython 3.13.0.
 * Regenerate: see src/engine/__fixtures__/gen_numfmt_vectors.py
 */
type Outcome<T> = { ok: T } | { err: [string, string] };

const data = vectors as unknown as {
  format: [string, string, string, Outcome<string>][];
  repr: [string, string][];
  round: [string, number, Outcome<string>][];
  round0: [string, Outcome<string>][];
  roundInt: [string, number, Outcome<string>][];
  floatFromString: [string, Outcome<string>][];
  intFromString: [string, number, Outcome<string>][];
};

function pyFloat(r: string): number {
  if (r === 'inf') return Infinity;
  if (r === '-inf') return -Infinity;
  if (r === 'nan') return NaN;
  return Number(r);
}

function pyInt(s: string): PyInt {
  const b = BigInt(s);
  return b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(b)
    : b;
}

/** Runs fn and returns the same shape as the fixture's outcome. */
function outcome<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: fn() };
  } catch (e) {
    if (e instanceof FormatError) return { err: [e.kind, e.message] };
    throw e;
  }
}

function runFormat(kind: string, value: string, spec: string): string {
  switch (kind) {
    case 'float':
      return formatFloat(pyFloat(value), spec);
    case 'int':
      return formatInt(pyInt(value), spec);
    case 'bool':
      return formatInt(1, spec, 'bool');
    default:
      return formatStr(value, spec);
  }
}

describe('format() matches CPython 3.13', () => {
  const groups = new Map<string, [string, string, string, Outcome<string>][]>();
  for (const row of data.format) {
    const key = row[0] === 'float' && !/^[-\d.e+]+$|^(-?inf|nan)$/.test(row[1]) ? 'float' : row[0];
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  for (const [kind, rows] of groups) {
    it(`${kind}: ${rows.length} vectors`, () => {
      const failures: string[] = [];
      for (const [k, value, spec, expected] of rows) {
        const got = outcome(() => runFormat(k, value, spec));
        if (JSON.stringify(got) !== JSON.stringify(expected)) {
          failures.push(
            `format(${k} ${value}, ${JSON.stringify(spec)}): got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`,
          );
        }
      }
      expect(failures.slice(0, 20)).toEqual([]);
    });
  }

  it('the brief examples', () => {
    expect(formatFloat(0.125, '.2f')).toBe('0.12');
    expect(formatFloat(2.675, '.2f')).toBe('2.67');
    expect(formatFloat(1e22, '.1f')).toBe('10000000000000000000000.0');
    expect(formatFloat(123456789.0, 'e')).toBe('1.234568e+08');
    expect(formatFloat(0.5, '.0f')).toBe('0');
    expect(formatFloat(1.5, '.0f')).toBe('2');
    expect(formatFloat(1e-7, 'g')).toBe('1e-07');
    expect(formatFloat(1234567, 'g')).toBe('1.23457e+06');
    expect(formatInt(1234, '010,')).toBe('00,001,234');
    expect(formatInt(-1234567, '#020_x')).toBe('-0x00_0000_0012_d687');
    expect(formatStr('ab', '05')).toBe('ab000');
  });
});

describe('repr(float) matches CPython 3.13', () => {
  it(`${data.repr.length} vectors`, () => {
    const failures = data.repr
      .filter(([x, want]) => floatRepr(pyFloat(x)) !== want)
      .map(([x, want]) => `${x}: got ${floatRepr(pyFloat(x))}, want ${want}`);
    expect(failures).toEqual([]);
  });
  it('layout rules', () => {
    const cases: [number, string][] = [
      [Infinity, 'inf'],
      [-Infinity, '-inf'],
      [NaN, 'nan'],
      [-0, '-0.0'],
      [1, '1.0'],
      [1e-5, '1e-05'],
      [0.0001, '0.0001'],
      [1e16, '1e+16'],
      [12345678901234568, '1.2345678901234568e+16'],
      [12345678901234564, '1.2345678901234564e+16'],
      [123456789012345.0, '123456789012345.0'],
      [9999999999999998, '9999999999999998.0'],
      [1e22, '1e+22'],
      [5e-324, '5e-324'],
    ];
    for (const [x, want] of cases) expect(floatRepr(x)).toBe(want);
  });
});

describe('round() matches CPython 3.13', () => {
  it(`round(float, n): ${data.round.length} vectors`, () => {
    const failures: string[] = [];
    for (const [x, nd, expected] of data.round) {
      const got = outcome(() => floatRepr(roundFloat(pyFloat(x), nd)));
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        failures.push(
          `round(${x}, ${nd}): got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`,
        );
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
  it(`round(float): ${data.round0.length} vectors`, () => {
    const failures: string[] = [];
    for (const [x, expected] of data.round0) {
      const got = outcome(() => {
        const r = roundHalfEven(pyFloat(x));
        return Number.isSafeInteger(r) ? String(r) : BigInt(r).toString();
      });
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        failures.push(`round(${x}): got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`);
      }
    }
    expect(failures).toEqual([]);
  });
  it(`round(int, n): ${data.roundInt.length} vectors`, () => {
    const failures: string[] = [];
    for (const [n, nd, expected] of data.roundInt) {
      const got = outcome(() => roundInt(pyInt(n), nd).toString());
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        failures.push(
          `round(${n}, ${nd}): got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });
  it('banker’s rounding and the int result', () => {
    expect(roundHalfEven(0.5)).toBe(0);
    expect(Object.is(roundHalfEven(-0.5), 0)).toBe(true);
    expect(roundHalfEven(1.5)).toBe(2);
    expect(roundHalfEven(2.5)).toBe(2);
    expect(roundInt(15, -1)).toBe(20);
    expect(roundInt(25, -1)).toBe(20);
  });
});

describe('float(str) and int(str, base) match CPython 3.13', () => {
  it(`float(): ${data.floatFromString.length} vectors`, () => {
    const failures: string[] = [];
    for (const [s, expected] of data.floatFromString) {
      const got = outcome(() => floatRepr(floatFromString(s)));
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        failures.push(
          `float(${JSON.stringify(s)}): got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });
  it(`int(): ${data.intFromString.length} vectors`, () => {
    const failures: string[] = [];
    for (const [s, base, expected] of data.intFromString) {
      const got = outcome(() => intToStr(intFromString(s, base)));
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        failures.push(
          `int(${JSON.stringify(s).slice(0, 40)}, ${base}): got ${JSON.stringify(got).slice(0, 200)}, want ${JSON.stringify(expected).slice(0, 200)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });
  it('returns numbers for safe ints and bigints beyond', () => {
    expect(intFromString('  -42 ')).toBe(-42);
    expect(intFromString('12345678901234567890')).toBe(12345678901234567890n);
    expect(intFromString('-0')).toBe(0);
    expect(Object.is(intFromString('-0'), 0)).toBe(true);
  });
});

describe('int and float conversions', () => {
  it('intToStr and its digit limit', () => {
    expect(intToStr(0)).toBe('0');
    expect(intToStr(-12345678901234567890n)).toBe('-12345678901234567890');
    expect(intToStr(10n ** 4299n).length).toBe(4300);
    expect(() => intToStr(10n ** 4300n)).toThrow(FormatError);
    expect(() => formatInt(10n ** 4300n, 'd')).toThrow(FormatError);
    expect(formatInt(10n ** 4300n, 'x').length).toBeGreaterThan(1000);
  });
  it('intToFloat / floatToInt', () => {
    expect(intToFloat(2n ** 53n + 1n)).toBe(9007199254740992);
    expect(intToFloat(2n ** 53n + 3n)).toBe(9007199254740996);
    expect(() => intToFloat(10n ** 400n)).toThrow(FormatError);
    expect(floatToInt(-2.7)).toBe(-2);
    expect(floatToInt(1e20)).toBe(100000000000000000000n);
    expect(() => floatToInt(NaN)).toThrow(FormatError);
  });
  it('pyStrRepr', () => {
    expect(pyStrRepr("a'b")).toBe(`"a'b"`);
    expect(pyStrRepr('a\'b"c')).toBe(`'a\\'b"c'`);
    expect(pyStrRepr('\x00\t\n\x7f\u00e9\u200b😀')).toBe("'\\x00\\t\\n\\x7f\u00e9\\u200b😀'");
  });
});

describe('exact rounding: fast paths agree with exact BigInt arithmetic', () => {
  // Deterministic xorshift so the test needs no Math.random.
  let state = 0x2545f491;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const exactFixed = (x: number, p: number): string => {
    // Exact decimal expansion via BigInt, then half-even rounding at p digits.
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, Math.abs(x));
    const hi = buf.getUint32(0);
    const lo = buf.getUint32(4);
    const biased = (hi >>> 20) & 0x7ff;
    let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    let e = -1074;
    if (biased !== 0) {
      m |= 1n << 52n;
      e = biased - 1075;
    }
    let num = m * 10n ** BigInt(p);
    let den = 1n;
    if (e >= 0) num <<= BigInt(e);
    else den <<= BigInt(-e);
    let q = num / den;
    const r2 = (num - q * den) * 2n;
    if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
    let s = q.toString().padStart(p + 1, '0');
    if (p > 0) s = s.slice(0, -p) + '.' + s.slice(-p);
    return (x < 0 || Object.is(x, -0) ? '-' : '') + s;
  };
  const exactExp = (x: number, p: number): string => {
    // p + 1 significant digits, half-even, from the exact value.
    if (x === 0) return `${'0.'.padEnd(p + 2, '0').replace(/\.$/, '')}e+00`;
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, Math.abs(x));
    const hi = buf.getUint32(0);
    const lo = buf.getUint32(4);
    const biased = (hi >>> 20) & 0x7ff;
    let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    let e = -1074;
    if (biased !== 0) {
      m |= 1n << 52n;
      e = biased - 1075;
    }
    const num0 = e >= 0 ? m << BigInt(e) : m;
    const den0 = e >= 0 ? 1n : 1n << BigInt(-e);
    // E = floor(log10(|x|))
    let E = Math.floor(Math.log10(Math.abs(x)));
    const ge = (k: number): boolean =>
      k >= 0 ? num0 >= den0 * 10n ** BigInt(k) : num0 * 10n ** BigInt(-k) >= den0;
    while (!ge(E)) E--;
    while (ge(E + 1)) E++;
    const t = p - E;
    let num = num0;
    let den = den0;
    if (t >= 0) num *= 10n ** BigInt(t);
    else den *= 10n ** BigInt(-t);
    let q = num / den;
    const r2 = (num - q * den) * 2n;
    if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
    if (q === 10n ** BigInt(p + 1)) {
      q /= 10n;
      E++;
    }
    const d = q.toString();
    const mant = p > 0 ? `${d[0]}.${d.slice(1)}` : d;
    const a = Math.abs(E);
    return `${x < 0 ? '-' : ''}${mant}e${E < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
  };
  it('formatFloat(x, ".Ne") on random values and decimal/binary ties', () => {
    const failures: string[] = [];
    for (let i = 0; i < 4000; i++) {
      let x: number;
      const kind = i % 3;
      if (kind === 0) x = (next() - 0.5) * 10 ** Math.floor(next() * 80 - 40);
      else if (kind === 1) x = Math.floor((next() - 0.5) * 2 ** 24) / 2 ** Math.floor(next() * 14);
      else x = Math.floor(next() * 10000) * 5 * 10 ** Math.floor(next() * 12);
      const p = Math.floor(next() * 18);
      const got = formatFloat(x, `.${p}e`);
      const want = exactExp(x, p);
      if (got !== want) failures.push(`${x} .${p}e: ${got} vs ${want}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
  it('formatFloat(x, ".Nf") on random values and binary ties', () => {
    const failures: string[] = [];
    for (let i = 0; i < 4000; i++) {
      let x: number;
      if (i % 2 === 0) x = (next() - 0.5) * 10 ** Math.floor(next() * 24 - 8);
      else x = Math.floor((next() - 0.5) * 2 ** 24) / 2 ** Math.floor(next() * 14);
      const p = Math.floor(next() * 12);
      const got = formatFloat(x, `.${p}f`);
      const want = exactFixed(x, p);
      if (got !== want) failures.push(`${x} .${p}f: ${got} vs ${want}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
