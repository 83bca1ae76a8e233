/** Messages between the page and the simulation worker. */
import type { EngineEvent } from '../../engine/events';

export interface SimRequest {
  /** Increases with each request; the page keeps only the answer to its latest. */
  readonly id: number;
  readonly source: string;
  readonly seed: number;
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
}

/** Runs simulations; answers `null` for a request that a later one superseded. */
export interface SimRunner {
  run(request: SimRequest): Promise<SimResponse | null>;
  dispose(): void;
}
