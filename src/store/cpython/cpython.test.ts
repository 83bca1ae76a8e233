/**
 * The page's CPython path without Pyodide: the one-line reasons, the runner's budget and
 * supersession (with a stand-in worker), and the store's fallback and check (with a runner
 * that answers a real recording from native CPython, e2e/fixtures/lesson.recording.json).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { canonicalText } from '../../trace/export';
import { createInlineRunner } from '../sim/inline-runner';
import type { ProgramDiagnostic } from '../sim/protocol';
import { createLoopscopeStore } from '../store';
import { PYODIDE_BYTES, PYODIDE_FETCHED, PYODIDE_FILES } from './files';
import type { CpythonMessage } from './protocol';
import { isRefusal, missingAtRunTime, unsupportedThing } from './refusal';
import { createCpythonRunner } from './runner';
import type { CpythonAnswer, CpythonRun, CpythonRunner } from './runner';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const LESSON = readFileSync(join(ROOT, 'e2e', 'fixtures', 'lesson.recording.json'), 'utf8');
const LESSON_SOURCE = (JSON.parse(LESSON) as { program: { source: string } }).program.source;

const diag = (kind: string, message: string): ProgramDiagnostic => ({
  filename: 'main.py',
  line: 1,
  col: 1,
  kind,
  message,
});

describe('what a CPython replay says the simulator lacks', () => {
  it('names what the simulator does not support', () => {
    const thing = (k: string, m: string) => unsupportedThing(diag(k, m));
    expect(thing('NotSupported', "'class' statements are not supported yet")).toBe('`class`');
    expect(thing('NotSupported', 'decorators are not supported yet')).toBe('decorators');
    expect(
      thing('NotSupported', "'with' statements are not supported yet (only 'async with')"),
    ).toBe('`with`');
    expect(
      thing('ModuleNotFoundError', "No module named 'dataclasses' (the simulator has asyncio)"),
    ).toBe('`import dataclasses`');
    expect(thing('NotSupported', 'the json module is not supported yet')).toBe('the json module');
  });

  it('names what a simulated run ran into at run time', () => {
    const ended = (exc: string): EngineEvent[] => [
      { type: 'print', t: 0, text: 'x', end: '\n', task: null },
      { type: 'uncaught', t: 1, exc },
    ];
    expect(missingAtRunTime(ended('RuntimeError: asyncio.all_tasks() is not supported yet'))).toBe(
      'asyncio.all_tasks()',
    );
    expect(
      missingAtRunTime(ended("AttributeError: module 'asyncio' has no attribute 'Barrier'")),
    ).toBe('`asyncio.Barrier`');
    expect(missingAtRunTime(ended("NameError: name 'memoryview' is not defined"))).toBe(
      '`memoryview`',
    );
    // the program's own mistakes are CPython's too: no fallback
    expect(missingAtRunTime(ended("NameError: name 'nope' is not defined"))).toBeNull();
    expect(missingAtRunTime(ended('ValueError: bad'))).toBeNull();
    expect(missingAtRunTime(ended('').slice(0, 1))).toBeNull();
  });

  it('leaves a program that does not compile to the simulator', () => {
    expect(isRefusal(diag('SyntaxError', 'invalid syntax'))).toBe(false);
    expect(isRefusal(diag('IndentationError', 'expected an indented block'))).toBe(false);
    expect(isRefusal(null)).toBe(false);
    expect(isRefusal(diag('NotSupported', 'decorators are not supported yet'))).toBe(true);
  });
});

describe("Pyodide's files", () => {
  it('are in node_modules, and the progress bar counts their real size', () => {
    const dir = join(ROOT, 'node_modules', 'pyodide');
    for (const f of PYODIDE_FILES) expect(statSync(join(dir, f)).size).toBeGreaterThan(0);
    const bytes = PYODIDE_FETCHED.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(bytes).toBe(PYODIDE_BYTES);
  });
});

/** A stand-in for the CPython worker: the test plays its side of the protocol. */
class FakeWorker {
  onmessage: ((e: MessageEvent<CpythonMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: CpythonRun[] = [];
  terminated = false;
  postMessage(m: CpythonRun) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  send(m: CpythonMessage) {
    this.onmessage?.({ data: m } as MessageEvent<CpythonMessage>);
  }
}

function fakeRunner(budgetMs = 20) {
  const workers: FakeWorker[] = [];
  const runner = createCpythonRunner({
    budgetMs,
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
  });
  return { runner, workers };
}

const request = (id: number): CpythonRun => ({ id, source: 'x', seed: 0, maxEvents: 10 });

describe('the CPython runner', () => {
  it('starts its worker on first use, reports loading then running, and answers the latest request', async () => {
    const { runner, workers } = fakeRunner();
    expect(workers).toHaveLength(0);
    const progress: unknown[] = [];
    const first = runner.run(request(1), (p) => progress.push(p));
    const second = runner.run(request(2), (p) => progress.push(p));
    expect(workers).toHaveLength(1);
    const w = workers[0]!;
    w.send({ type: 'progress', loaded: 5, total: 10 });
    w.send({ type: 'ready', ms: 1 });
    w.send({ type: 'started', id: 2 });
    w.send({ type: 'result', id: 2, status: 3, text: 'REC' });
    expect(await first).toBeNull();
    expect(await second).toEqual({ kind: 'recording', text: 'REC', limited: true });
    expect(progress).toEqual([
      { phase: 'loading', loaded: 5, total: 10 },
      null,
      { phase: 'running' },
      null,
    ]);
    const third = runner.run(request(3));
    w.send({ type: 'result', id: 3, status: 2, text: 'main.py:1: SyntaxError: x' });
    expect(await third).toEqual({ kind: 'invalid', message: 'main.py:1: SyntaxError: x' });
  });

  it('ends a run past its wall-clock budget, naming the limit, and starts afresh', async () => {
    const { runner, workers } = fakeRunner(20);
    const run = runner.run(request(1));
    workers[0]!.send({ type: 'ready', ms: 1 });
    workers[0]!.send({ type: 'started', id: 1 });
    const answer = await run;
    expect(answer).toEqual({ kind: 'failed', failure: { why: 'run-limit', ms: 20 } });
    expect(workers[0]!.terminated).toBe(true);
    void runner.run(request(2));
    expect(workers).toHaveLength(2);
    runner.dispose();
  });

  it('ends the run in progress when asked to stop, and only then', async () => {
    const { runner, workers } = fakeRunner(10_000);
    expect(runner.stop()).toBe(false);
    const run = runner.run(request(1));
    workers[0]!.send({ type: 'ready', ms: 1 });
    workers[0]!.send({ type: 'started', id: 1 });
    expect(runner.stop()).toBe(true);
    expect(await run).toEqual({ kind: 'failed', failure: { why: 'stopped' } });
    expect(workers[0]!.terminated).toBe(true);
    expect(runner.stop()).toBe(false);
    runner.dispose();
  });
});

/** A CPython runner that answers `answer` and remembers what it was asked. */
function cannedCpython(answer: CpythonAnswer) {
  const asked: CpythonRun[] = [];
  const runner: CpythonRunner = {
    run: (r) => {
      asked.push(r);
      return Promise.resolve(answer);
    },
    stop: () => false,
    dispose: () => {},
  };
  return { runner, asked };
}

const REFUSED_PROGRAM =
  'import asyncio\nimport json\nprint(json.dumps([1]))\nasyncio.run(asyncio.sleep(0))\n';

describe('the store with CPython', () => {
  it('replays from CPython what the simulator refuses, saying why', async () => {
    const { runner, asked } = cannedCpython({ kind: 'recording', text: LESSON, limited: false });
    const store = createLoopscopeStore({ runner: createInlineRunner(), cpython: runner });
    store.setState({ source: REFUSED_PROGRAM, seed: 3 });
    await store.getState().simulate();
    const s = store.getState();
    expect(asked).toEqual([
      expect.objectContaining({ source: REFUSED_PROGRAM, seed: 3, maxEvents: 500_000 }),
    ]);
    expect(s.problem).toBeNull();
    expect(s.pending).toBe(false);
    expect(s.run?.engine).toBe('cpython');
    expect(s.run?.unsupported).toBe('the json module');
    expect(s.run?.source).toBe(REFUSED_PROGRAM);
    expect(s.run?.replay.events.length).toBeGreaterThan(100);
    expect(s.run?.replay.events.some((e) => e.type === 'print')).toBe(true);
    expect(s.cursor).toBe(0);
    // the next simulated run is the simulator's again
    store.setState({ source: LESSON_SOURCE });
    await store.getState().simulate();
    expect(store.getState().run?.engine).toBeUndefined();
  });

  it('replays from CPython a run that met a missing asyncio name', async () => {
    const { runner, asked } = cannedCpython({ kind: 'recording', text: LESSON, limited: false });
    const store = createLoopscopeStore({ runner: createInlineRunner(), cpython: runner });
    const toThread =
      'import asyncio\nasync def main():\n    await asyncio.to_thread(print)\nasyncio.run(main())\n';
    store.setState({ source: toThread });
    await store.getState().simulate();
    expect(asked).toHaveLength(1);
    expect(store.getState().run?.unsupported).toBe('`asyncio.to_thread`');
  });

  it('replays from CPython what the simulator refuses by name, before or during the run', async () => {
    const cases: [string, string][] = [
      // static: refused before the run
      [
        'import asyncio\nasync def main():\n    await asyncio.to_thread(print)\nasyncio.run(main())\n',
        '`asyncio.to_thread`',
      ],
      ['print(dir(1))\n', '`dir`'],
      // dynamic: the program would have caught an AttributeError; the run stops instead
      [
        'import asyncio\nasync def main():\n    m = asyncio\n    try:\n        m.to_thread(print)\n    except AttributeError:\n        print("caught")\nasyncio.run(main())\n',
        '`asyncio.to_thread`',
      ],
    ];
    for (const [source, thing] of cases) {
      const { runner, asked } = cannedCpython({ kind: 'recording', text: LESSON, limited: false });
      const store = createLoopscopeStore({ runner: createInlineRunner(), cpython: runner });
      store.setState({ source });
      await store.getState().simulate();
      expect(asked, source).toHaveLength(1);
      expect(store.getState().run?.engine).toBe('cpython');
      expect(store.getState().run?.unsupported).toBe(thing);
    }
  });

  it('keeps the last run and says why when CPython cannot give one', async () => {
    const { runner } = cannedCpython({ kind: 'failed', failure: { why: 'crashed', detail: 'x' } });
    const store = createLoopscopeStore({ runner: createInlineRunner(), cpython: runner });
    await store.getState().simulate();
    const before = store.getState().run;
    store.setState({ source: REFUSED_PROGRAM });
    await store.getState().simulate();
    expect(store.getState().run).toBe(before);
    expect(store.getState().problem).toEqual({
      kind: 'cpython',
      failure: { why: 'crashed', detail: 'x' },
    });
  });

  it('Stop ends a CPython run in progress and keeps the last run', async () => {
    let answer: (a: CpythonAnswer) => void = () => {};
    const runner: CpythonRunner = {
      run: () => new Promise((resolve) => (answer = resolve)),
      stop: () => {
        answer({ kind: 'failed', failure: { why: 'stopped' } });
        return true;
      },
      dispose: () => {},
    };
    const store = createLoopscopeStore({ runner: createInlineRunner(), cpython: runner });
    await store.getState().simulate();
    const before = store.getState().run;
    store.setState({ source: REFUSED_PROGRAM });
    const running = store.getState().simulate();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().cpythonBusy).toBe(true);
    store.getState().stop();
    await running;
    expect(store.getState().cpythonBusy).toBe(false);
    expect(store.getState().run).toBe(before);
    expect(store.getState().problem).toEqual({ kind: 'cpython', failure: { why: 'stopped' } });
  });

  it('without CPython, a refusal stays the diagnostic it was', async () => {
    const store = createLoopscopeStore({ runner: createInlineRunner() });
    store.setState({ source: REFUSED_PROGRAM });
    await store.getState().simulate();
    expect(store.getState().problem).toMatchObject({
      kind: 'diagnostic',
      diagnostic: { kind: 'NotSupported' },
    });
  });

  it('checks the simulated lesson against CPython: the same canonical trace', async () => {
    const { runner } = cannedCpython({ kind: 'recording', text: LESSON, limited: false });
    const store = createLoopscopeStore({ runner: createInlineRunner(), cpython: runner });
    store.setState({ source: LESSON_SOURCE, seed: 0 });
    await store.getState().simulate();
    await store.getState().checkCpython();
    const check = store.getState().cpythonCheck;
    if (check?.status !== 'ready') throw new Error(`no check: ${JSON.stringify(check)}`);
    expect(check.cpython).toBe(check.simulated);
    expect(check.simulated).toBe(canonicalText(store.getState().run!.replay.events));
    expect(check.cpython.split('\n').length).toBeGreaterThan(50);
    store.getState().dismissCpythonCheck();
    expect(store.getState().cpythonCheck).toBeNull();
  });
});
