/**
 * The event log as a few flat typed arrays and one string, so that it crosses a worker
 * boundary by transfer (and one string copy) instead of a structured clone of thousands of
 * objects: a clone costs about as much as the run that made them.
 *
 * One schema per event type lists its fields after `type` and `t`, in the engine's order
 * (so an unpacked event serialises to the same JSON). Numbers go to `nums` in order (null
 * and an absent optional field as NaN: no field the engine writes is NaN), strings to `strs`
 * as indices into a table of the distinct strings, joined in `text` and cut at `ends`.
 */
import type { EngineEvent, EventType } from '../engine/events';

/** A field's kind: how it is written to the streams. */
const Kind = {
  /** A number. */
  Num: 0,
  /** A number or null. */
  NumOrNull: 1,
  Str: 2,
  Bool: 3,
  /** An array of numbers: its length, then its items. */
  Nums: 4,
  /** An optional number (absent: NaN). */
  OptNum: 5,
  /** An optional array of numbers (absent: length -1). */
  OptNums: 6,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

type Schema = readonly (readonly [string, Kind])[];

const { Num, NumOrNull, Str, Bool, Nums, OptNum, OptNums } = Kind;

const SCHEMAS = {
  tick: [
    ['tick', Num],
    ['ready', Num],
  ],
  loop: [['phase', Str]],
  clock: [
    ['from', Num],
    ['why', Str],
  ],
  create: [
    ['task', Num],
    ['name', Str],
    ['coro', Str],
    ['line', Num],
    ['parent', OptNum],
  ],
  queue: [
    ['handle', Num],
    ['kind', Str],
    ['label', Str],
    ['task', NumOrNull],
  ],
  timer: [
    ['handle', Num],
    ['when', Num],
    ['label', Str],
    ['task', NumOrNull],
  ],
  'timer-cancel': [['handle', Num]],
  fire: [['handle', Num]],
  handle: [
    ['handle', Num],
    ['skipped', Bool],
  ],
  rename: [
    ['task', Num],
    ['name', Str],
  ],
  run: [
    ['task', Num],
    ['stack', Nums],
  ],
  suspend: [
    ['task', Num],
    ['stack', Nums],
    ['on', Str],
    ['detail', Str],
    ['wait', Str],
    ['until', NumOrNull],
    ['target', NumOrNull],
    ['children', OptNums],
  ],
  wake: [['task', Num]],
  done: [
    ['task', Num],
    ['repr', Str],
  ],
  error: [
    ['task', Num],
    ['exc', Str],
  ],
  cancelled: [['task', Num]],
  line: [
    ['task', NumOrNull],
    ['line', Num],
  ],
  print: [
    ['text', Str],
    ['end', Str],
    ['task', NumOrNull],
  ],
  warning: [['text', Str]],
  uncaught: [['exc', Str]],
  limit: [
    ['limit', Str],
    ['message', Str],
  ],
} as const satisfies Record<EventType, Schema>;

const TYPES = Object.keys(SCHEMAS) as EventType[];
const CODE = new Map<string, number>(TYPES.map((type, i) => [type, i]));
const BY_CODE: readonly Schema[] = TYPES.map((type) => SCHEMAS[type]);

/** Strings as one text and where each ends (UTF-16 offsets), exactly as they were. */
export interface PackedStrings {
  readonly text: string;
  readonly ends: Uint32Array;
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Uint32Array(list.length);
  let end = 0;
  list.forEach((s, i) => (ends[i] = end += s.length));
  return { text: list.join(''), ends };
}

export function unpackStrings({ text, ends }: PackedStrings): string[] {
  const list = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    list[i] = text.slice(start, ends[i]);
    start = ends[i]!;
  }
  return list;
}

/** A stretch of the event log, packed. */
export interface PackedLog {
  readonly count: number;
  /** Each event's type, as its index in the schema table. */
  readonly types: Uint8Array;
  /** `t`, then the numeric fields, event after event. */
  readonly nums: Float64Array;
  /** The string fields, event after event, as indices into `strings`. */
  readonly strs: Uint32Array;
  readonly strings: PackedStrings;
}

/** Packs `events` (those of `from`..`to`, by default all). */
export function packLog(events: readonly EngineEvent[], from = 0, to = events.length): PackedLog {
  const types = new Uint8Array(to - from);
  const nums: number[] = [];
  const strs: number[] = [];
  const table = new Map<string, number>();
  const strings: string[] = [];
  const str = (s: string) => {
    let i = table.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      table.set(s, i);
    }
    strs.push(i);
  };
  for (let k = from; k < to; k++) {
    const e = events[k]!;
    const code = CODE.get(e.type)!;
    types[k - from] = code;
    nums.push(e.t);
    const record = e as unknown as Record<string, unknown>;
    for (const [name, kind] of BY_CODE[code]!) {
      const v = record[name];
      switch (kind) {
        case Num:
          nums.push(v as number);
          break;
        case NumOrNull:
        case OptNum:
          nums.push(v === null || v === undefined ? NaN : (v as number));
          break;
        case Str:
          str(v as string);
          break;
        case Bool:
          nums.push(v ? 1 : 0);
          break;
        case Nums:
        case OptNums: {
          const list = v as readonly number[] | undefined;
          if (list === undefined) {
            nums.push(-1);
            break;
          }
          nums.push(list.length);
          for (const x of list) nums.push(x);
          break;
        }
        default:
          kind satisfies never;
      }
    }
  }
  return {
    count: to - from,
    types,
    nums: Float64Array.from(nums),
    strs: Uint32Array.from(strs),
    strings: packStrings(strings),
  };
}

/** The buffers a packed log can hand over (`postMessage`'s transfer list). */
export function transferablesOf(log: PackedLog): ArrayBuffer[] {
  return [log.types.buffer, log.nums.buffer, log.strs.buffer, log.strings.ends.buffer].filter(
    (b): b is ArrayBuffer => b instanceof ArrayBuffer,
  );
}

/** The events of `log`, appended to `into`. */
export function unpackLog(log: PackedLog, into: EngineEvent[] = []): EngineEvent[] {
  const { types, nums, strs } = log;
  const strings = unpackStrings(log.strings);
  let n = 0;
  let s = 0;
  for (let k = 0; k < log.count; k++) {
    const schema = BY_CODE[types[k]!]!;
    const e: Record<string, unknown> = { type: TYPES[types[k]!], t: nums[n++] };
    for (const [name, kind] of schema) {
      switch (kind) {
        case Num:
          e[name] = nums[n++];
          break;
        case NumOrNull: {
          const v = nums[n++]!;
          e[name] = Number.isNaN(v) ? null : v;
          break;
        }
        case OptNum: {
          const v = nums[n++]!;
          if (!Number.isNaN(v)) e[name] = v;
          break;
        }
        case Str:
          e[name] = strings[strs[s++]!];
          break;
        case Bool:
          e[name] = nums[n++] === 1;
          break;
        case Nums:
        case OptNums: {
          const length = nums[n++]!;
          if (length < 0) break;
          const list = new Array<number>(length);
          for (let i = 0; i < length; i++) list[i] = nums[n++]!;
          e[name] = list;
          break;
        }
        default:
          kind satisfies never;
      }
    }
    into.push(e as unknown as EngineEvent);
  }
  return into;
}
