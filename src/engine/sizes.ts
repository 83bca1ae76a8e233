/**
 * The size of what a program makes, checked before it is made: one sequence may not pass
 * the sequence length limit, and everything made counts toward the run's memory limit
 * (`Runtime.charge`). Small results made and dropped are not counted (they weigh little and
 * are counted in the millions); what stays counts as it joins a container.
 */
import { Exc, pyErr } from './errors';
import type { PyError } from './errors';
import { rt } from './runtime';
import { PyDict, PyList, PySet, PyTuple } from './values';
import type { Value } from './values';
import { LIMITS } from '../limits';
import { SEQ_LIMIT_MESSAGE } from './numfmt';

/** Sequences longer than this are refused: the simulator's memory is the learner's tab. */
export const MAX_SEQ = LIMITS.sequenceLength.value;

/** Bytes from which a result counts as it is made (smaller ones count when they are kept). */
const COUNTED_FROM = 1024;

/** What a list or tuple slot weighs (a pointer), and a dict or set entry (hash, key, value). */
export const ITEM_BYTES = 8;
const ENTRY_BYTES = 48;
/** An object's header, for the small ones counted as they join a container. */
const HEADER_BYTES = 56;

export const tooLong = (): PyError => pyErr(Exc.OverflowError, SEQ_LIMIT_MESSAGE);

/** Refuses a sequence longer than the limit (doubling a list in a loop gets there fast). */
export function checkSeqLength(n: number): void {
  if (n > MAX_SEQ) throw tooLong();
}

/** A string of `n` characters is about to be made. */
export function newStr(n: number): void {
  if (n > MAX_SEQ) throw tooLong();
  if (n >= COUNTED_FROM) rt().charge(n);
}

/**
 * A string already made from parts that each met the limits (`str()` or `repr()` of a
 * container): it counts toward the memory limit; its length is not refused after the fact.
 */
export function madeStr(s: string): string {
  if (s.length >= COUNTED_FROM) rt().charge(s.length);
  return s;
}

/** A list or tuple of `n` items is about to be made. */
export function newSeq(n: number): void {
  if (n > MAX_SEQ) throw tooLong();
  if (n * ITEM_BYTES >= COUNTED_FROM) rt().charge(n * ITEM_BYTES);
}

/** An int of `bits` bits has been made (the integer size limit bounds it already). */
export function newInt(bits: number): void {
  if (bits >= COUNTED_FROM * 8) rt().charge(bits >> 3);
}

/**
 * What `v` weighs as it joins a container: its slot, and the value itself when it is small
 * (a big one was counted when it was made).
 */
export function weight(v: Value): number {
  if (typeof v === 'string') return v.length < COUNTED_FROM ? ITEM_BYTES + v.length : ITEM_BYTES;
  if (v instanceof PyList || v instanceof PyTuple) {
    const n = v.items.length * ITEM_BYTES;
    return n < COUNTED_FROM ? ITEM_BYTES + HEADER_BYTES + n : ITEM_BYTES;
  }
  if (v instanceof PyDict || v instanceof PySet) {
    const n = v.map.size * ENTRY_BYTES;
    return n < COUNTED_FROM ? ITEM_BYTES + HEADER_BYTES + n : ITEM_BYTES;
  }
  return typeof v === 'object' && v !== null ? ITEM_BYTES + HEADER_BYTES : ITEM_BYTES;
}

/** `v` joins a list or tuple being built or grown. */
export function added(v: Value): void {
  rt().charge(weight(v));
}

/** The key `k` and value `v` join a dict or set. */
export function addedEntry(k: Value, v: Value): void {
  rt().charge(ENTRY_BYTES + weight(k) + weight(v));
}
