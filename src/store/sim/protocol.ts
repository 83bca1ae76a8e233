/** Messages between the page and the simulation worker. */
import type { EngineEvent } from '../../engine/events';
import type { PackedLog } from '../../trace/packed-log';
import type { Replay } from '../../trace/replay';
import type { PackedIndex } from '../../trace/replay-index';

export interface SimRequest {
  /** Increases with each request; the page keeps only the answer to its latest. */
  readonly id: number;
  readonly source: string;
  /** `random.seed(seed)`; a bigint for seeds past 2^53 (a recording's `--seed`). */
  readonly seed: number | bigint;
}

/** A located reason the program cannot run, as plain data (it crosses a worker boundary). */
export interface ProgramDiagnostic {
  readonly filename: string;
  readonly line: number;
  readonly col: number;
  /** `SyntaxError`, `NotSupported`, `ModuleNotFoundError`, ... */
  readonly kind: string;
  readonly message: string;
}

export interface SimResponse {
  readonly id: number;
  readonly status: 'ok' | 'invalid' | 'limit' | 'crash';
  readonly events: EngineEvent[];
  readonly diagnostic: ProgramDiagnostic | null;
  /** The limit's message, or the internal error. */
  readonly message: string | null;
  /**
   * The replay of `events`, when the worker built its index (the runner opens it on the
   * page); without, the page builds it. Never sent by the worker itself.
   */
  readonly replay?: Replay;
}

/**
 * What the worker posts, packed (typed arrays it transfers, `src/trace/packed-log.ts`): the
 * events of the run so far, in chunks as they come (so a run the page stops still has
 * them), then the answer (its `events` empty) with the run's replay index, whose log holds
 * the events not yet sent (null when the program did not run: invalid, or a crash).
 */
export type WorkerMessage =
  | { readonly kind: 'events'; readonly id: number; readonly log: PackedLog }
  | { readonly kind: 'done'; readonly response: SimResponse; readonly index: PackedIndex | null };

/** Runs simulations; answers `null` for a request that a later one superseded. */
export interface SimRunner {
  run(request: SimRequest): Promise<SimResponse | null>;
  /** Ends the simulation in progress, if any; its request answers with the events so far. */
  stop(): boolean;
  dispose(): void;
}
