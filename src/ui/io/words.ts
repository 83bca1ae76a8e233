/** What the import and the comparison say to the user, from the store's codes. */
import type { ImportFailure } from '../../store/import/protocol';
import type { Unavailable } from '../../store/io-types';
import { MAX_IMPORT_BYTES } from '../../store/io-slice';
import { count } from '../../limits';
import { formatSize, tooBig } from '../../trace/export';
import type { ImportStep } from '../../trace/export';

/** The refusal for a file over the limit, decided from its size before reading it. */
export function tooBigMessage(size: number, limit = MAX_IMPORT_BYTES): string | null {
  if (size <= limit) return null;
  return tooBig(formatSize(size), limit);
}

/** Why a file was not imported. */
export function importFailure(f: ImportFailure): string {
  switch (f.why) {
    case 'refused':
      return f.message;
    case 'unread':
      return `The file could not be read: ${f.detail}`;
    case 'worker':
      return `The file could not be read: the import worker failed (${f.detail || 'out of memory?'}).`;
    default:
      return f satisfies never;
  }
}

/** Why "Compare with simulation" has nothing to show. */
export function unavailableReason(u: Unavailable): string {
  switch (u.why) {
    case 'seed':
      return 'its seed is not an integer.';
    case 'refused': {
      const d = u.diagnostic;
      return `the simulator cannot run this program (${d.kind}: ${d.message}, line ${d.line}). It runs a subset of Python; the recording came from real CPython, which runs it all.`;
    }
    case 'failed':
      return `the simulation failed: ${u.message ?? 'unknown error'}.`;
    default:
      return u satisfies never;
  }
}

/** "Reading the file: 12 MB of 30 MB…", "Checking events: 100,000 of 500,001…". */
export function describeStep(step: ImportStep): string {
  switch (step.phase) {
    case 'reading':
      return `Reading the file: ${formatSize(step.done)} of ${formatSize(step.total)}…`;
    case 'parsing':
      return 'Parsing the JSON…';
    case 'checking':
      return `Checking events: ${count(step.done)} of ${count(step.total)}…`;
  }
}
