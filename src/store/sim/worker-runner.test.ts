import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { packLog } from '../../trace/packed-log';
import { buildReplay } from '../../trace/replay';
import { indexRun } from '../../trace/replay-index';
import type { SimRequest, SimResponse, WorkerMessage } from './protocol';
import { simulate } from './simulate';
import { createWorkerRunner, RECYCLE_AFTER_EVENTS } from './worker-runner';
import type { WorkerLike } from './worker-runner';

/** A worker the test drives by hand: it records requests and answers when told. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  requests: SimRequest[] = [];
  terminated = false;
  postMessage(request: SimRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  send(m: WorkerMessage) {
    this.onmessage?.({ data: m } as MessageEvent<WorkerMessage>);
  }
}

function harness() {
  const workers: FakeWorker[] = [];
  const runner = createWorkerRunner({
    timeoutMs: 1000,
    create: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  });
  return { runner, workers };
}

/** A chunk of streamed events, packed as the worker sends it. */
const chunk = (id: number, events: readonly EngineEvent[]): WorkerMessage => ({
  kind: 'events',
  id,
  log: packLog(events),
});

/** The worker's answer: the response without events, and the index of the whole run. */
const answer = (r: SimResponse, sentUpTo = 0): WorkerMessage => ({
  kind: 'done',
  response: { ...r, events: [] },
  index: indexRun(r.events, sentUpTo),
});

const PROGRAM = 'import asyncio\nasync def f():\n    print("hi")\nasyncio.run(f())\n';

afterEach(() => vi.useRealTimers());

describe('the worker runner', () => {
  it('joins the streamed chunks and the answer into one log, with its replay', async () => {
    const { runner, workers } = harness();
    const request = { id: 1, source: PROGRAM, seed: 0 };
    const full = simulate(request);
    const answered = runner.run(request);
    const w = workers[0]!;
    expect(w.requests).toEqual([request]);
    w.send(chunk(1, full.events.slice(0, 5)));
    w.send(chunk(1, full.events.slice(5, 9)));
    w.send(answer(full, 9));
    const { replay, ...rest } = (await answered)!;
    expect(rest).toEqual(full);
    const built = buildReplay(full.events);
    expect(replay?.spans).toEqual(built.spans);
    for (let k = 0; k <= full.events.length; k++)
      expect(replay?.stateAt(k)).toEqual(built.stateAt(k));
    // The worker stays for the next request.
    void runner.run({ id: 2, source: PROGRAM, seed: 0 });
    expect(workers).toHaveLength(1);
  });

  it('ends a run that a newer request supersedes, and runs the newer one in a fresh worker', async () => {
    const { runner, workers } = harness();
    const first = runner.run({ id: 1, source: 'while True: pass\n', seed: 0 });
    const second = runner.run({ id: 2, source: PROGRAM, seed: 0 });
    expect(await first).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    // The newer run's worker, and a spare started for the next one.
    expect(workers).toHaveLength(3);
    expect(workers[1]!.requests.map((r) => r.id)).toEqual([2]);
    expect(workers[2]!.requests).toEqual([]);
    const done = simulate({ id: 2, source: PROGRAM, seed: 0 });
    workers[1]!.send(answer(done));
    expect(await second).toMatchObject({ ...done, replay: { length: done.events.length } });
    // A drag supersedes run after run: each starts at once in the spare, and a new spare waits.
    const third = runner.run({ id: 3, source: 'while True: pass\n', seed: 0 });
    const fourth = runner.run({ id: 4, source: PROGRAM, seed: 0 });
    expect(await third).toBeNull();
    expect(workers[2]!.requests.map((r) => r.id)).toEqual([4]);
    expect(workers[1]!.terminated).toBe(true);
    expect(workers).toHaveLength(4);
    workers[2]!.send(answer(simulate({ id: 4, source: PROGRAM, seed: 0 })));
    expect((await fourth)?.status).toBe('ok');
    runner.dispose();
    expect(workers.map((w) => w.terminated)).toEqual([true, true, true, true]);
  });

  it('Stop ends the run with the events so far and a limit event that says so', async () => {
    const { runner, workers } = harness();
    const answer = runner.run({ id: 1, source: PROGRAM, seed: 0 });
    const some = simulate({ id: 1, source: PROGRAM, seed: 0 }).events.slice(0, 4);
    workers[0]!.send(chunk(1, some));
    expect(runner.stop()).toBe(true);
    const r = await answer;
    expect(workers[0]!.terminated).toBe(true);
    expect(r?.status).toBe('limit');
    expect(r?.message).toMatch(/^you pressed Stop after \d+\.\d s of real time$/);
    expect(r?.events.slice(0, 4)).toEqual(some);
    expect(r?.events.at(-1)).toEqual({
      type: 'limit',
      t: (some.at(-1) as EngineEvent).t,
      limit: 'stop',
      message: r?.message,
    });
    expect(runner.stop()).toBe(false);
  });

  it('ends a run at the time limit', async () => {
    vi.useFakeTimers();
    const { runner, workers } = harness();
    const answer = runner.run({ id: 1, source: PROGRAM, seed: 0 });
    vi.advanceTimersByTime(1000);
    const r = await answer;
    expect(r?.events).toEqual([expect.objectContaining({ type: 'limit', limit: 'wall-clock' })]);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('says so when the worker fails, and starts a new one for the next run', async () => {
    const { runner, workers } = harness();
    const answer = runner.run({ id: 1, source: PROGRAM, seed: 0 });
    workers[0]!.onerror?.({ message: '', preventDefault() {} } as ErrorEvent);
    const r = await answer;
    expect(r?.message).toBe(
      'the simulation stopped: its worker failed (out of memory, or an internal error)',
    );
    void runner.run({ id: 2, source: PROGRAM, seed: 0 });
    expect(workers).toHaveLength(2);
  });

  it('ignores chunks of an earlier request', async () => {
    const { runner, workers } = harness();
    const answer = runner.run({ id: 3, source: PROGRAM, seed: 0 });
    workers[0]!.send(chunk(2, [{ type: 'tick', t: 0, tick: 1, ready: 0 }]));
    runner.stop();
    expect((await answer)?.events).toHaveLength(1);
  });

  it('lets a worker go after a long run, so its memory goes with it', async () => {
    const { runner, workers } = harness();
    const answer = runner.run({ id: 1, source: PROGRAM, seed: 0 });
    const tick: EngineEvent = { type: 'tick', t: 0, tick: 1, ready: 0 };
    const many = Array.from({ length: RECYCLE_AFTER_EVENTS + 1 }, () => tick);
    workers[0]!.send(chunk(1, many));
    workers[0]!.send({
      kind: 'done',
      response: { id: 1, status: 'ok', events: [], diagnostic: null, message: null },
      index: null,
    });
    expect((await answer)?.events).toHaveLength(RECYCLE_AFTER_EVENTS + 1);
    expect(workers[0]!.terminated).toBe(true);
    void runner.run({ id: 2, source: PROGRAM, seed: 0 });
    expect(workers).toHaveLength(2);
  });
});
