/**
 * Where events go. The page keeps every event (the replay needs them); the CLI and the
 * benchmark stream them into the canonical projection and keep none, and can leave out
 * the loop's internal events (handles, timers, ticks) that the trace does not show.
 */
import { LimitError } from './errors';
import type { EngineEvent } from './events';
import { count, limitPhrase } from '../limits';

/** What one kept event weighs, about, for the memory limit (its text counts on top). */
const EVENT_BYTES = 96;

export class EventLog {
  count = 0;
  /** Bytes of the kept events, for the memory limit (`Runtime.charge`). */
  bytes = 0;
  constructor(
    private readonly limit: number,
    /** Kept events, or null to keep none. */
    readonly kept: EngineEvent[] | null,
    private readonly listener: ((e: EngineEvent) => void) | null,
    /** Record queue/handle/timer/fire/tick events (the "under the hood" view). */
    readonly loopDetail: boolean,
  ) {}

  push(e: EngineEvent): void {
    if (++this.count > this.limit) {
      throw new LimitError(
        'events',
        `the run produced more than ${count(this.limit)} events ${limitPhrase('events')}`,
      );
    }
    if (this.kept) {
      this.kept.push(e);
      this.bytes +=
        EVENT_BYTES + (e.type === 'print' ? e.text.length : e.type === 'done' ? e.repr.length : 0);
    }
    this.listener?.(e);
  }

  /** The run's last word (a limit, an uncaught error after a limit): never refused. */
  pushFinal(e: EngineEvent): void {
    this.count++;
    this.kept?.push(e);
    this.listener?.(e);
  }
}
