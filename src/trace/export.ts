/**
 * Export and import: the canonical trace as text, the event log as versioned JSON, and
 * `parseImport`, which reads back either an exported log or a recording made by
 * tools/loopscope_record.py (docs: shared/docs/trace-format.md for the canonical trace).
 *
 * Imported files are untrusted: size-limited, parsed with JSON.parse only, and validated by
 * hand (`recording.ts`). Strings stay strings: a print of `<script>` is text to display,
 * never markup.
 */
import { LIMITS, limitPhrase } from '../limits';
import type { EngineEvent } from '../engine/events';
import { canonicalLines } from './canonical';
import {
  EVENTS_FORMAT,
  FORMAT_VERSION,
  RECORDING_FORMAT,
  describeValue,
  findForbiddenKey,
  isRecord,
  validateEvents,
  validateProgram,
  validateRecordingHeader,
} from './recording';
import type { Checked, EventLogFile, ProgramInfo, RecordingClock } from './recording';

/** The largest file `parseImport` reads by default. */
export const DEFAULT_MAX_IMPORT_BYTES = LIMITS.importSize.value;

/** The canonical trace as a file: one line an event, each ending with a newline. */
export function canonicalText(events: readonly EngineEvent[]): string {
  const lines = canonicalLines(events);
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

/** The program behind a log, as the page knows it (the engine's seed may be a bigint). */
export interface ExportProgram {
  source: string;
  filename: string;
  seed?: number | bigint | string | null;
  set?: Record<string, string>;
}

function programInfo(p: ExportProgram): ProgramInfo {
  const seed = p.seed ?? null;
  return {
    source: p.source,
    filename: p.filename,
    // JSON has no bigint, and a seed beyond 2^53 must not lose digits: keep it as text.
    seed:
      typeof seed === 'bigint' || (typeof seed === 'number' && !Number.isSafeInteger(seed))
        ? String(seed)
        : seed,
    set: { ...(p.set ?? {}) },
  };
}

/** The event log as an object (`format: 'loopscope-events'`, version 1). */
export function eventLogFile(events: readonly EngineEvent[], program: ExportProgram): EventLogFile {
  return {
    format: EVENTS_FORMAT,
    version: FORMAT_VERSION,
    program: programInfo(program),
    events: events.slice(),
  };
}

/**
 * The event log as JSON text: the header on the first line, then one event a line (a diff
 * of two logs reads well, and a truncated file is easy to spot).
 */
export function exportEventLog(events: readonly EngineEvent[], program: ExportProgram): string {
  const head = JSON.stringify({
    format: EVENTS_FORMAT,
    version: FORMAT_VERSION,
    program: programInfo(program),
  });
  const parts: string[] = [head.slice(0, -1), ',"events":[\n'];
  for (let i = 0; i < events.length; i++) {
    if (i > 0) parts.push(',\n');
    parts.push(JSON.stringify(events[i]));
  }
  parts.push('\n]}\n');
  return parts.join('');
}

/** What `parseImport` gives back: the events, the program, and where they came from. */
export type Imported =
  | { kind: 'events'; program: ProgramInfo; events: EngineEvent[] }
  | {
      kind: 'recording';
      program: ProgramInfo;
      events: EngineEvent[];
      clock: RecordingClock;
      /** The CPython version that ran the recording. */
      python: string;
    };

/** The UTF-8 size of `text`, counting no further than `limit + 1`. */
export function utf8Bytes(text: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} kB`;
  return `${bytes} bytes`;
}

/**
 * True when `text` looks like the beginning of a JSON document that stops early: a string
 * still open, or brackets still open, at the end.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/**
 * A `"seed"` written as a JSON number too long for a double (the recorder's
 * `--seed 12345678901234567890`) turned into a string of the same digits before parsing,
 * so that no digit is lost: the page simulates it as a bigint.
 */
export function quoteLongSeeds(text: string): string {
  return text.replace(/("seed"\s*:\s*)(-?\d{16,1000})(?=\s*[,}])/g, '$1"$2"');
}

function parseJson(text: string): Checked<unknown> {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return fail('The file is empty.');
  if (body[0] !== '{') {
    const start = describeValue(body.slice(0, 20));
    return fail(
      `This is not a Loopscope file: expected JSON (an exported event log or a recording), but it starts with ${start}.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(quoteLongSeeds(body));
  } catch (e) {
    if (looksTruncated(body)) {
      return fail(
        'The file ends too early: it looks cut off (was the download or the recording interrupted?).',
      );
    }
    const why = e instanceof Error ? e.message : String(e);
    return fail(`The file is not valid JSON: ${why}`);
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden !== null) return fail(`The file contains a forbidden key '${forbidden}'.`);
  return { ok: true, value };
}

/** Where a long import is: reading the file (bytes), parsing the JSON, checking events. */
export interface ImportStep {
  readonly phase: 'reading' | 'parsing' | 'checking';
  readonly done: number;
  readonly total: number;
}
export type ImportProgress = (step: ImportStep) => void;

/** The refusal of a file over `maxBytes` bytes; `size` says how big it is. */
export function tooBig(size: string, maxBytes: number): string {
  return `The file is too big (${size}); the limit is ${formatSize(maxBytes)} ${limitPhrase('importSize')}.`;
}

/**
 * Reads an exported event log or a recording. Returns the validated data, or a message
 * saying what is wrong and where (`event 17: 'suspend' is missing 'stack'`).
 */
export function parseImport(
  text: string,
  maxBytes = DEFAULT_MAX_IMPORT_BYTES,
  onProgress?: ImportProgress,
): { ok: true; value: Imported } | { ok: false; message: string } {
  // A UTF-16 string is never longer in code units than in UTF-8 bytes.
  if (text.length > maxBytes || utf8Bytes(text, maxBytes) > maxBytes) {
    const size =
      text.length > maxBytes ? `more than ${formatSize(maxBytes)}` : formatSize(utf8Bytes(text));
    return fail(tooBig(size, maxBytes));
  }
  onProgress?.({ phase: 'parsing', done: 0, total: 1 });
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (!isRecord(root)) return fail('This is not a Loopscope file: expected a JSON object.');
  const format = root['format'];
  if (format !== EVENTS_FORMAT && format !== RECORDING_FORMAT) {
    return fail(
      format === undefined
        ? `This is not a Loopscope file: it has no 'format' (expected '${EVENTS_FORMAT}' or '${RECORDING_FORMAT}').`
        : `This is not a Loopscope file: 'format' is ${describeValue(format)} (expected '${EVENTS_FORMAT}' or '${RECORDING_FORMAT}').`,
    );
  }
  const version = root['version'];
  if (version !== FORMAT_VERSION) {
    if (typeof version === 'number' && version > FORMAT_VERSION) {
      return fail(
        `This file is version ${version}, made by a newer Loopscope; this page reads version ${FORMAT_VERSION}.`,
      );
    }
    return fail(
      `'version' is ${describeValue(version)}; this page reads version ${FORMAT_VERSION}.`,
    );
  }
  const header = format === RECORDING_FORMAT ? validateRecordingHeader(root) : null;
  if (header && !header.ok) return header;
  const program = validateProgram(root['program']);
  if (!program.ok) return program;
  if (!('events' in root)) return fail(`The file has no 'events'.`);
  const events = validateEvents(root['events'], (done, total) =>
    onProgress?.({ phase: 'checking', done, total }),
  );
  if (!events.ok) return events;
  if (header === null) {
    return { ok: true, value: { kind: 'events', program: program.value, events: events.value } };
  }
  return {
    ok: true,
    value: { kind: 'recording', program: program.value, events: events.value, ...header.value },
  };
}
