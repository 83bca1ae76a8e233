/**
 * A run's replay index as it crosses from the simulation worker to the page: the packed
 * event log and the run facts (lane spans, task ids and names as flat arrays; the verdict
 * and the stop, small records), all transferable but those two. The worker builds it
 * beside the run (`indexRun`); the page unpacks it (`openIndex`) into the events and a
 * `Replay` that folds only to the states it shows.
 */
import type { EngineEvent } from '../engine/events';
import { packLog, packStrings, transferablesOf, unpackLog, unpackStrings } from './packed-log';
import type { PackedLog, PackedStrings } from './packed-log';
import { replayWithFacts, runFacts } from './replay';
import type { LaneSpan, Replay, RunFacts } from './replay';
import { Lane } from './replay-types';
import type { StopFacts } from './stop';
import type { VerdictFacts } from './verdict';

const LANES = [Lane.Running, Lane.Ready, Lane.Awaiting, Lane.Done] as const;
const LANE_CODE: Record<Lane, number> = { running: 0, ready: 1, awaiting: 2, done: 3 };

/** Every task's lane spans, one after another: task i's are `starts[i]`..`starts[i + 1]`. */
export interface PackedSpans {
  readonly starts: Uint32Array;
  readonly from: Uint32Array;
  readonly to: Uint32Array;
  readonly lane: Uint8Array;
}

export interface PackedFacts {
  readonly spans: PackedSpans;
  readonly taskIds: Float64Array;
  readonly taskNames: PackedStrings;
  readonly verdict: VerdictFacts;
  readonly stop: StopFacts | null;
}

/** What the worker sends for a finished run. */
export interface PackedIndex {
  /** The events not sent before (the worker streams them while the run goes on). */
  readonly log: PackedLog;
  readonly facts: PackedFacts;
}

export function packFacts(facts: RunFacts): PackedFacts {
  const count = facts.spans.reduce((sum, spans) => sum + spans.length, 0);
  const starts = new Uint32Array(facts.spans.length + 1);
  const from = new Uint32Array(count);
  const to = new Uint32Array(count);
  const lane = new Uint8Array(count);
  let j = 0;
  facts.spans.forEach((spans, i) => {
    starts[i] = j;
    for (const s of spans) {
      from[j] = s.from;
      to[j] = s.to;
      lane[j] = LANE_CODE[s.lane];
      j++;
    }
  });
  starts[facts.spans.length] = j;
  return {
    spans: { starts, from, to, lane },
    taskIds: Float64Array.from(facts.taskIds),
    taskNames: packStrings(facts.taskNames),
    verdict: facts.verdict,
    stop: facts.stop,
  };
}

export function unpackFacts(packed: PackedFacts): RunFacts {
  const { starts, from, to, lane } = packed.spans;
  const spans: LaneSpan[][] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const row: LaneSpan[] = [];
    for (let j = starts[i]!; j < starts[i + 1]!; j++)
      row.push({ from: from[j]!, to: to[j]!, lane: LANES[lane[j]!]! });
    spans.push(row);
  }
  return {
    spans,
    taskIds: Array.from(packed.taskIds),
    taskNames: unpackStrings(packed.taskNames),
    verdict: packed.verdict,
    stop: packed.stop,
  };
}

/**
 * The index of the run whose events are `events`, for the page: the events from `from` on
 * packed (those before went out already), and the run facts.
 */
export function indexRun(events: readonly EngineEvent[], from = 0): PackedIndex {
  return { log: packLog(events, from), facts: packFacts(runFacts(events)) };
}

/** The buffers an index hands over (`postMessage`'s transfer list). */
export function indexTransferables(index: PackedIndex): ArrayBuffer[] {
  const { spans, taskIds, taskNames } = index.facts;
  return [
    ...transferablesOf(index.log),
    spans.starts.buffer,
    spans.from.buffer,
    spans.to.buffer,
    spans.lane.buffer,
    taskIds.buffer,
    taskNames.ends.buffer,
  ].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** The events (those sent before, then the index's) and their replay. */
export function openIndex(
  earlier: readonly PackedLog[],
  index: PackedIndex,
): { events: EngineEvent[]; replay: Replay } {
  const events: EngineEvent[] = [];
  for (const log of earlier) unpackLog(log, events);
  unpackLog(index.log, events);
  return { events, replay: replayWithFacts(events, unpackFacts(index.facts)) };
}
