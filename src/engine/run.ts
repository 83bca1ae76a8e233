/**
 * Running a program from source to event log. Nothing escapes as a JS exception: a program
 * that cannot run gets a located diagnostic, one that hits a limit gets the log so far.
 */
import type { Module, Stmt } from '../python/ast';
import { Diagnostic } from '../python/diagnostics';
import { parse } from '../python/parse';
import { LimitError, NotSupportedError, PyError, fromRangeError } from './errors';
import type { EngineEvent } from './events';
import { markForTests } from './call';
import { releaseLocals, runToEnd } from './exec';
import { bodyFrame } from './exec-body';
import { checkGensAtExit } from './gen-life';
import { moduleEnded, uncaught } from './unawaited';
import { execBodySync } from './exec-sync';
import { EventLog } from './log';
import { Frame, FrameKind } from './frame';
import { STDLIB_MODULES } from './stdlib-modules';
import { KNOWN_MODULES } from './modules';
import { findUnsupported } from './support-check';
import { refuseUnclosedLoops } from './asyncio/loopobj';
import { excLine } from './repr';
import { DEFAULT_LIMITS, Runtime, withRuntime } from './runtime';
import { resetStrLen } from './strlen';
import type { RunLimits, ShouldStop } from './runtime';
import { Env, PyDict } from './values';
import type { Value } from './values';
import { count, LIMITS, limitPhrase } from '../limits';
// The library's tables fill as their modules load: the builtins namespace (builtins.ts and
// its families) and the builtin types' methods (methods.ts, methods-str.ts). Outside the
// evaluator core: nothing there imports them back.
import './builtins';
import './methods';

export interface RunOptions {
  filename?: string;
  seed?: number | bigint | string;
  /** `--set NAME=VALUE`: replaces the first top-level `NAME = ...` line. */
  set?: Record<string, string>;
  limits?: Partial<RunLimits>;
  /** Record a `line` event for every statement (the page wants them; the trace does not). */
  traceLines?: boolean;
  /** Record the loop's internal events: handles, timers, ticks (default true). */
  loopDetail?: boolean;
  /** Keep the events in `RunResult.events` (default true); `onEvent` sees them either way. */
  keepEvents?: boolean;
  onEvent?: (e: EngineEvent) => void;
  /** Asked now and then whether to stop (a wall-clock budget: `wallClock` in runtime.ts). */
  shouldStop?: ShouldStop;
  /** For tests: the call depth from which plain functions run on the trampoline (`deep.ts`). */
  deepCallsFrom?: number;
  /**
   * For tests: run every statement and expression that the generator (suspending)
   * executor can run on it, in every frame that has one (the module body's too), instead
   * of the synchronous executor; a run must give the same events either way.
   */
  suspendEverywhere?: boolean;
}

export type RunStatus = 'ok' | 'invalid' | 'limit' | 'crash';

export interface RunResult {
  status: RunStatus;
  events: EngineEvent[];
  /** Why the program could not run (`invalid`). */
  diagnostic: Diagnostic | null;
  /** The limit's message (`limit`), or the internal error (`crash`). */
  message: string | null;
  /** The source that ran (after `set`). */
  source: string;
}

/** The index of the first top-level `NAME = ...` line, or -1. */
function setLine(lines: readonly string[], name: string): number {
  const re = new RegExp(`^${name.replace(/[^\w]/g, '')}\\s*=(?!=)`);
  return lines.findIndex((l) => re.test(l));
}

/** Applies `--set NAME=VALUE` replacements to the first top-level `NAME = ...` line. */
export function applySets(source: string, sets: Record<string, string> | undefined): string {
  if (!sets) return source;
  const lines = source.split('\n');
  for (const [name, value] of Object.entries(sets)) {
    const i = setLine(lines, name);
    if (i >= 0) lines[i] = `${name} = ${value}`;
  }
  return lines.join('\n');
}

/** The `--set` names the program has no top-level `NAME = ...` line for (nothing to replace). */
export function missingSets(source: string, sets: Record<string, string>): string[] {
  const lines = source.split('\n');
  return Object.keys(sets).filter((name) => !/^\w+$/.test(name) || setLine(lines, name) < 0);
}

function findUnknownImport(m: Module): Diagnostic | null {
  let found: Diagnostic | null = null;
  const visit = (body: Stmt[]): void => {
    for (const s of body) {
      if (found) return;
      if (s.kind === 'import' || s.kind === 'from') {
        const names = s.kind === 'import' ? s.names.map((n) => n.name.split('.')[0]!) : [s.module];
        for (const n of names) {
          if (!KNOWN_MODULES.includes(n) && STDLIB_MODULES.has(n)) {
            // CPython has it; the simulator does not (yet): an honest refusal, not an error.
            found = new Diagnostic(
              m.filename,
              s.line,
              s.col,
              'NotSupported',
              `the ${n} module is not supported yet`,
            );
            return;
          }
          if (!KNOWN_MODULES.includes(n)) {
            found = new Diagnostic(
              m.filename,
              s.line,
              s.col,
              'ModuleNotFoundError',
              `No module named '${n}' (the simulator has ${KNOWN_MODULES.filter((k) => !k.startsWith('_')).join(', ')})`,
            );
            return;
          }
        }
      }
      for (const key of ['body', 'orelse', 'finalbody'] as const) {
        const sub = (s as unknown as Record<string, unknown>)[key];
        if (Array.isArray(sub)) visit(sub as Stmt[]);
      }
      if (s.kind === 'def' || s.kind === 'class') visit(s.fn.body);
      if (s.kind === 'try') for (const h of s.handlers) visit(h.body);
    }
  };
  visit(m.body);
  return found;
}

/** A run-time refusal, located: its line, and the column where its name is on that line. */
function refusedAt(e: NotSupportedError, src: string, filename: string): Diagnostic {
  // a refusal at exit has no statement: the first line that spells its token
  const line = e.line || src.split('\n').findIndex((l) => l.includes(e.token)) + 1 || 1;
  const text = src.split('\n')[line - 1] ?? '';
  const at = text.indexOf(e.token);
  const col = (at >= 0 ? at + (e.token.startsWith('.') ? 1 : 0) : text.search(/\S|$/)) + 1;
  return new Diagnostic(filename, line, col, 'NotSupported', e.message);
}

/** Why a program this long does not run, located at the first character past the limit. */
function codeSizeDiagnostic(src: string, filename: string): Diagnostic {
  const limit = LIMITS.codeSize.value;
  const before = src.slice(0, limit);
  const line = before.split('\n').length;
  const col = limit - before.lastIndexOf('\n');
  const message = `the program is ${count(src.length)} characters, over ${count(limit)} ${limitPhrase('codeSize')}; it was not run`;
  return new Diagnostic(filename, line, col, 'Limit', message);
}

export function runProgram(source: string, opts: RunOptions = {}): RunResult {
  const filename = opts.filename ?? 'main.py';
  const src = applySets(source, opts.set);
  const events: EngineEvent[] = [];
  if (src.length > LIMITS.codeSize.value) {
    const diagnostic = codeSizeDiagnostic(src, filename);
    return { status: 'invalid', events, diagnostic, message: String(diagnostic), source: src };
  }
  const parsed = parse(src, filename);
  const diagnostic =
    parsed.diagnostic ??
    (parsed.module ? (findUnknownImport(parsed.module) ?? findUnsupported(parsed.module)) : null);
  if (diagnostic || !parsed.module) {
    return {
      status: 'invalid',
      events,
      diagnostic,
      message: diagnostic ? String(diagnostic) : null,
      source: src,
    };
  }
  const module = parsed.module;
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const log = new EventLog(
    limits.maxEvents,
    opts.keepEvents === false ? null : events,
    opts.onEvent ?? null,
    opts.loopDetail ?? true,
  );
  const r = new Runtime(log, limits, filename, opts.traceLines ?? false);
  if (opts.deepCallsFrom !== undefined) r.deepCallsFrom = opts.deepCallsFrom;
  if (opts.shouldStop) r.shouldStop = opts.shouldStop;
  r.suspendEverywhere = opts.suspendEverywhere ?? false;
  return withRuntime(r, () => {
    resetStrLen();
    r.random.seed(opts.seed ?? 0);
    // As CPython's `__main__` starts (pylifecycle.c add_main_module): a name and an empty
    // `__annotations__`, which the module's annotated assignments fill.
    const globals = new Map<string, Value>([
      ['__name__', '__main__'],
      ['__annotations__', new PyDict()],
    ]);
    r.moduleGlobals = globals;
    const env = new Env(null, globals);
    const body = r.suspendEverywhere ? bodyFrame(module.fn, env, globals, FrameKind.Module) : null;
    const frame = body ?? new Frame(module.fn, env, globals, FrameKind.Module);
    r.frames.push(frame);
    try {
      try {
        if (body) {
          markForTests(body);
          runToEnd(body);
        } else execBodySync(frame);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        uncaught();
        r.emit({ type: 'uncaught', t: r.time, exc: excLine(e.exc) });
      }
      refuseUnclosedLoops();
      // Interpreter exit clears the module's names: `_private` ones first, then the rest.
      const names = [...globals.keys()];
      releaseLocals(
        new Map(
          names
            .filter((n) => n.startsWith('_') && !n.startsWith('__'))
            .map((n) => [n, globals.get(n)!]),
        ),
      );
      releaseLocals(
        new Map(
          names
            .filter((n) => !(n.startsWith('_') && !n.startsWith('__')))
            .map((n) => [n, globals.get(n)!]),
        ),
      );
      checkGensAtExit();
      moduleEnded(globals, frame);
      return { status: 'ok', events, diagnostic: null, message: null, source: src };
    } catch (e) {
      if (e instanceof LimitError) {
        log.pushFinal({ type: 'limit', t: r.time, limit: e.limit, message: e.message });
        return { status: 'limit', events, diagnostic: null, message: e.message, source: src };
      }
      if (e instanceof NotSupportedError) {
        const diagnostic = refusedAt(e, src, filename);
        return { status: 'invalid', events, diagnostic, message: String(diagnostic), source: src };
      }
      if (e instanceof RangeError) {
        log.pushFinal({ type: 'uncaught', t: r.time, exc: excLine(fromRangeError(e).exc) });
        return { status: 'ok', events, diagnostic: null, message: null, source: src };
      }
      const message = `internal error: ${e instanceof Error ? e.message : String(e)}`;
      return { status: 'crash', events, diagnostic: null, message, source: src };
    }
  });
}
