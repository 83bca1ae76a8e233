/**
 * The files Loopscope reads back: their types, and a hand-written validator for the event
 * lists in them (an exported event log, or a recording made by tools/loopscope_record.py
 * under real CPython). Nothing here trusts the input: every event is rebuilt field by field
 * from a table of the engine's event types, so what comes out is a well-formed
 * `EngineEvent[]` and nothing else (no extra keys, no prototypes, no functions).
 */
import type { EngineEvent, EventType } from '../engine/events';
import { HandleKind, WaitKind } from '../engine/events';
import { count, LIMITS, limitPhrase } from '../limits';

export const EVENTS_FORMAT = 'loopscope-events';
export const RECORDING_FORMAT = 'loopscope-recording';
export const FORMAT_VERSION = 1;

/** The longest string kept in an event (a print, a repr); the recorder caps at the same. */
export const MAX_TEXT = LIMITS.recordedText.value;
/** The longest program source: the code size limit, as for a program typed in. */
export const MAX_SOURCE = LIMITS.codeSize.value;
/** The longest name (file name, task name's cap is MAX_TEXT like other event strings). */
export const MAX_NAME = 1_000;
/**
 * The latest time an imported event may carry, in seconds: far past any run (the engine
 * stops at 1,000,000 virtual seconds), and small enough that sums of times stay finite.
 */
export const MAX_TIME = 1e9;

/** The program a log or a recording came from. */
export interface ProgramInfo {
  source: string;
  filename: string;
  /** `random.seed(seed)` before the run; null when the recording did not seed. */
  seed: number | string | null;
  /** `--set NAME=VALUE` replacements that were applied to `source`. */
  set: Record<string, string>;
}

export type RecordingClock = 'virtual' | 'real';

/** What `tools/loopscope_record.py` writes. */
export interface Recording {
  format: typeof RECORDING_FORMAT;
  version: typeof FORMAT_VERSION;
  /** `virtual`: sleeps jump the clock (like the engine); `real`: wall time. */
  clock: RecordingClock;
  /** The CPython version that ran it, e.g. `3.13.0`. */
  python: string;
  program: ProgramInfo;
  events: EngineEvent[];
}

/** What the page exports (`export.ts`). */
export interface EventLogFile {
  format: typeof EVENTS_FORMAT;
  version: typeof FORMAT_VERSION;
  program: ProgramInfo;
  events: EngineEvent[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Keys that are refused anywhere in an imported file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** The first forbidden key anywhere in a parsed JSON value, or null (an iterative walk). */
export function findForbiddenKey(root: unknown): string | null {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x);
    } else if (typeof v === 'object' && v !== null) {
      for (const k of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(k)) return k;
        const x = (v as Record<string, unknown>)[k];
        if (typeof x === 'object' && x !== null) stack.push(x);
      }
    }
  }
  return null;
}

type Field =
  /** A time in seconds: from 0 to MAX_TIME. */
  | 'num'
  | 'num?'
  /** An integer >= 0. */
  | 'int'
  | 'str'
  | 'bool'
  /** Line numbers: integers >= 0. */
  | 'lines'
  /** The id of a task created earlier (`task?`: or null). */
  | 'task'
  | 'task?'
  /**
   * The task a handle, a line or a print belongs to: a task id or null, not necessarily
   * created (the engine runs tasks it does not trace, e.g. in asyncio.run's shutdown steps).
   */
  | 'taskRef?'
  /** A task id seen for the first time (`create`). */
  | 'newTask'
  /** A handle id seen for the first time (`queue`, `timer`), or one seen before. */
  | 'newHandle'
  | 'handle'
  | 'handleKind'
  | 'waitKind'
  | 'why'
  /** An event loop's phase. */
  | 'phase'
  /** May be absent: a task id (a `create`'s parent). */
  | 'optTask'
  /** May be absent: a list of task ids (a gather's children). */
  | 'optTasks';

/** The fields of each event type other than `type` and `t`: the compiler checks it is complete. */
type Schema = {
  [K in EventType]: {
    [F in Exclude<keyof Extract<EngineEvent, { type: K }>, 'type' | 't'>]: Field;
  };
};

const SCHEMA: Schema = {
  tick: { tick: 'int', ready: 'int' },
  loop: { phase: 'phase' },
  clock: { from: 'num', why: 'why' },
  create: { task: 'newTask', name: 'str', coro: 'str', line: 'int', parent: 'optTask' },
  queue: { handle: 'newHandle', kind: 'handleKind', label: 'str', task: 'taskRef?' },
  timer: { handle: 'newHandle', when: 'num', label: 'str', task: 'taskRef?' },
  'timer-cancel': { handle: 'handle' },
  fire: { handle: 'handle' },
  handle: { handle: 'handle', skipped: 'bool' },
  rename: { task: 'task', name: 'str' },
  run: { task: 'task', stack: 'lines' },
  suspend: {
    task: 'task',
    stack: 'lines',
    on: 'str',
    detail: 'str',
    wait: 'waitKind',
    until: 'num?',
    target: 'task?',
    children: 'optTasks',
  },
  wake: { task: 'task' },
  done: { task: 'task', repr: 'str' },
  error: { task: 'task', exc: 'str' },
  cancelled: { task: 'task' },
  line: { task: 'taskRef?', line: 'int' },
  print: { text: 'str', end: 'str', task: 'taskRef?' },
  warning: { text: 'str' },
  uncaught: { exc: 'str' },
  limit: { limit: 'str', message: 'str' },
};

const HANDLE_KINDS: ReadonlySet<unknown> = new Set(Object.values(HandleKind));
const WAIT_KINDS: ReadonlySet<unknown> = new Set(Object.values(WaitKind));
const WHYS: ReadonlySet<unknown> = new Set(['timer', 'sleep']);
const PHASES: ReadonlySet<unknown> = new Set(['start', 'shutdown', 'closed']);

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `"abc"`, `42`, `null`, `an array`...: a short description of a value for a message. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v === undefined ? 'nothing' : typeof v;
}

const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Ids seen so far while validating one event list. */
interface Seen {
  tasks: Set<number>;
  handles: Set<number>;
}

/** The fields of each type as a list, for the validator's inner loop. */
const FIELDS = new Map<string, readonly (readonly [string, Field])[]>(
  Object.entries(SCHEMA).map(([type, fields]) => [
    type,
    Object.entries(fields as Record<string, Field>),
  ]),
);

function checkTask(v: unknown, seen: Seen, expected: string): string | null {
  if (!isIndex(v)) return expected;
  return seen.tasks.has(v) ? null : `task ${v}, which has no 'create' before it`;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTime = (v: unknown): v is number => isNumber(v) && v >= 0 && v <= MAX_TIME;
const TIME = `a time from 0 to ${count(MAX_TIME)} s`;

/** Checks one field: null when it is fine, else what was expected. */
function checkField(kind: Field, v: unknown, seen: Seen): string | null {
  switch (kind) {
    case 'num':
      return isTime(v) ? null : TIME;
    case 'num?':
      return v === null || isTime(v) ? null : `${TIME}, or null`;
    case 'int':
      return isIndex(v) ? null : 'an integer ≥ 0';
    case 'str':
      if (typeof v !== 'string') return 'a string';
      return v.length <= MAX_TEXT
        ? null
        : `a string of at most ${count(MAX_TEXT)} characters ${limitPhrase('recordedText')}`;
    case 'bool':
      return typeof v === 'boolean' ? null : 'true or false';
    case 'lines':
      return Array.isArray(v) && v.length <= MAX_TEXT && v.every(isIndex)
        ? null
        : 'a list of line numbers';
    case 'task?':
      return v === null ? null : checkTask(v, seen, 'a task id or null');
    case 'task':
      return checkTask(v, seen, 'a task id');
    case 'taskRef?':
      return v === null || isIndex(v) ? null : 'a task id or null';
    case 'newTask':
      if (!isIndex(v)) return 'a task id';
      if (seen.tasks.has(v)) return `a new task id, but task ${v} was already created`;
      seen.tasks.add(v);
      return null;
    case 'newHandle':
      if (!isIndex(v)) return 'a handle id';
      seen.handles.add(v);
      return null;
    case 'handle':
      if (!isIndex(v)) return 'a handle id';
      return seen.handles.has(v) ? null : `handle ${v}, which no 'queue' or 'timer' made`;
    case 'handleKind':
      return HANDLE_KINDS.has(v) ? null : `one of ${[...HANDLE_KINDS].join(', ')}`;
    case 'waitKind':
      return WAIT_KINDS.has(v) ? null : `one of ${[...WAIT_KINDS].join(', ')}`;
    case 'why':
      return WHYS.has(v) ? null : `'timer' or 'sleep'`;
    case 'phase':
      return PHASES.has(v) ? null : `'start', 'shutdown' or 'closed'`;
    case 'optTask':
      return isIndex(v) ? null : 'a task id';
    case 'optTasks':
      return Array.isArray(v) && v.length <= MAX_TEXT && v.every(isIndex)
        ? null
        : 'a list of task ids';
  }
}

/** Checks event `e` (the `i`-th) and returns a fresh copy, or a message. */
function checkEvent(e: unknown, i: number, lastT: number, seen: Seen): EngineEvent | string {
  if (!isRecord(e)) return `event ${i}: expected an object, found ${describeValue(e)}`;
  const type = e['type'];
  if (typeof type !== 'string') return `event ${i}: 'type' is missing`;
  const fields = FIELDS.get(type);
  if (fields === undefined) return `event ${i}: unknown type ${describeValue(type)}`;
  if (!('t' in e)) return `event ${i}: '${type}' is missing 't'`;
  const t = e['t'];
  if (!isTime(t)) {
    return `event ${i}: '${type}' has 't' = ${describeValue(t)}, expected ${TIME}`;
  }
  if (t < lastT) return `event ${i}: time ${t} is before the previous event's (${lastT})`;
  const event: Record<string, unknown> = { type, t };
  for (const [name, kind] of fields) {
    if (!(name in e)) {
      if (kind === 'optTask' || kind === 'optTasks') continue;
      return `event ${i}: '${type}' is missing '${name}'`;
    }
    const v = e[name];
    const bad = checkField(kind, v, seen);
    if (bad !== null) {
      return `event ${i}: '${type}' has '${name}' = ${describeValue(v)}, expected ${bad}`;
    }
    event[name] = kind === 'lines' || kind === 'optTasks' ? (v as number[]).slice() : v;
  }
  if (type === 'clock' && (event['from'] as number) > t) {
    return `event ${i}: 'clock' goes back (from ${String(event['from'])} to ${t})`;
  }
  const until = event['until'];
  if (type === 'suspend' && typeof until === 'number' && until < t) {
    return `event ${i}: 'suspend' wakes before it sleeps (until ${until}, at ${t})`;
  }
  return event as unknown as EngineEvent;
}

/** Events checked between two progress reports. */
const PROGRESS_EVERY = 50_000;

/**
 * Validates a list of events as the engine writes them: known types, every field of the
 * right type, finite numbers, times that never go back, tasks and handles referenced only
 * after they appear. Returns fresh event objects holding only the known fields.
 */
export function validateEvents(
  raw: unknown,
  onProgress?: (checked: number, total: number) => void,
): Checked<EngineEvent[]> {
  if (!Array.isArray(raw)) {
    return { ok: false, message: `'events' should be a list, not ${describeValue(raw)}` };
  }
  const seen: Seen = { tasks: new Set(), handles: new Set() };
  const out: EngineEvent[] = new Array<EngineEvent>(raw.length);
  let lastT = 0;
  for (let i = 0; i < raw.length; i++) {
    const e = checkEvent(raw[i], i, lastT, seen);
    if (typeof e === 'string') return { ok: false, message: e };
    out[i] = e;
    lastT = e.t;
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, raw.length);
  }
  return { ok: true, value: out };
}

function checkString(v: unknown, where: string, max: number): Checked<string> {
  if (typeof v !== 'string')
    return { ok: false, message: `${where} should be a string, not ${describeValue(v)}` };
  if (v.length > max) return { ok: false, message: `${where} is longer than ${max} characters` };
  return { ok: true, value: v };
}

/** Validates the `program` object of a log or a recording. */
export function validateProgram(raw: unknown): Checked<ProgramInfo> {
  if (!isRecord(raw))
    return { ok: false, message: `'program' should be an object, not ${describeValue(raw)}` };
  const source = checkString(raw['source'], `'program.source'`, MAX_SOURCE);
  if (!source.ok) return source;
  const filename = checkString(raw['filename'], `'program.filename'`, MAX_NAME);
  if (!filename.ok) return filename;
  const seed = raw['seed'] ?? null;
  const seedOk =
    seed === null ||
    (typeof seed === 'number' && Number.isSafeInteger(seed)) ||
    (typeof seed === 'string' && seed.length <= MAX_NAME);
  if (!seedOk) {
    return {
      ok: false,
      message: `'program.seed' should be an integer, a string or null, not ${describeValue(seed)}`,
    };
  }
  const rawSet = raw['set'] ?? {};
  if (!isRecord(rawSet))
    return {
      ok: false,
      message: `'program.set' should be an object, not ${describeValue(rawSet)}`,
    };
  const set: Record<string, string> = {};
  const entries = Object.entries(rawSet);
  if (entries.length > 100)
    return { ok: false, message: `'program.set' has more than 100 entries` };
  for (const [name, value] of entries) {
    if (FORBIDDEN_KEYS.has(name) || name.length > MAX_NAME) {
      return { ok: false, message: `'program.set' has a forbidden name ${describeValue(name)}` };
    }
    const v = checkString(value, `'program.set.${name}'`, MAX_NAME);
    if (!v.ok) return v;
    set[name] = v.value;
  }
  return {
    ok: true,
    value: {
      source: source.value,
      filename: filename.value,
      seed,
      set,
    },
  };
}

/** Validates the recording-only header fields (`clock`, `python`). */
export function validateRecordingHeader(
  raw: Record<string, unknown>,
): Checked<{ clock: RecordingClock; python: string }> {
  const clock = raw['clock'];
  if (clock !== 'virtual' && clock !== 'real') {
    return {
      ok: false,
      message: `'clock' should be 'virtual' or 'real', not ${describeValue(clock)}`,
    };
  }
  const python = checkString(raw['python'], `'python'`, 100);
  if (!python.ok) return python;
  return { ok: true, value: { clock, python: python.value } };
}
