/**
 * Python's `len()` of a str: its code points. JS counts UTF-16 units, so a string with a
 * character beyond U+FFFF is shorter in Python; finding out reads the whole string, so the
 * answer for the last few long strings is kept (`while i < len(s)` asks on every pass).
 */
const SURROGATE = /[\ud800-\udfff]/;
/** Strings shorter than this are read again each time: cheaper than looking them up. */
const SHORT = 256;
const SLOTS = 4;
const seen: string[] = new Array<string>(SLOTS).fill('');
const lengths: number[] = new Array<number>(SLOTS).fill(0);
let slot = 0;

function count(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The number of code points in `s`. */
export function cpLength(s: string): number {
  if (s.length < SHORT) return count(s);
  for (let i = 0; i < SLOTS; i++) if (seen[i] === s) return lengths[i]!;
  const n = count(s);
  seen[slot] = s;
  lengths[slot] = n;
  slot = (slot + 1) % SLOTS;
  return n;
}

/** Forgets the strings seen (a new run starts; the old strings may go). */
export function resetStrLen(): void {
  seen.fill('');
}
