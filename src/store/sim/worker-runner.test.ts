import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import type { SimRequest, WorkerMessage } from './protocol';
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

const PROGRAM = 'import asyncio\nasync def f():\n    print("hi")\nasyncio.run(f())\n';

afterEach(() => vi.useRealTimers());

describe('the worker runner', () => {
  it('joins the streamed chunks and the answer into one log', async () => {
    const { runner, workers } = harness();
    const request = { id: 1, source: PROGRAM, seed: 0 };
    const full = simulate(request);
    const answer = runner.run(request);
    const w = workers[0]!;
    expect(w.requests).toEqual([request]);
    w.send({ kind: 'events', id: 1, events: full.events.slice(0, 5) });
    w.send({ kind: 'events', id: 1, events: full.events.slice(5, 9) });
    w.send({ kind: 'done', response: { ...full, events: full.events.slice(9) } });
    expect(await answer).toEqual(full);
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
    expect(workers).toHaveLength(2);
    expect(workers[1]!.requests.map((r) => r.id)).toEqual([2]);
    const done = simulate({ id: 2, source: PROGRAM, seed: 0 });
    workers[1]!.send({ kind: 'done', response: done });
    expect(await second).toEqual(done);
  });

  it('Stop ends the run with the events so far and a limit event that says so', async () => {
    const { runner, workers } = harness();
    const answer = runner.run({ id: 1, source: PROGRAM, seed: 0 });
    const some = simulate({ id: 1, source: PROGRAM, seed: 0 }).events.slice(0, 4);
    workers[0]!.send({ kind: 'events', id: 1, events: some });
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
    workers[0]!.send({
      kind: 'events',
      id: 2,
      events: [{ type: 'tick', t: 0, tick: 1, ready: 0 }],
    });
    runner.stop();
    expect((await answer)?.events).toHaveLength(1);
  });

  it('lets a worker go after a long run, so its memory goes with it', async () => {
    const { runner, workers } = harness();
    const answer = runner.run({ id: 1, source: PROGRAM, seed: 0 });
    const tick: EngineEvent = { type: 'tick', t: 0, tick: 1, ready: 0 };
    const many = Array.from({ length: RECYCLE_AFTER_EVENTS + 1 }, () => tick);
    workers[0]!.send({ kind: 'events', id: 1, events: many });
    workers[0]!.send({
      kind: 'done',
      response: { id: 1, status: 'ok', events: [], diagnostic: null, message: null },
    });
    expect((await answer)?.events).toHaveLength(RECYCLE_AFTER_EVENTS + 1);
    expect(workers[0]!.terminated).toBe(true);
    void runner.run({ id: 2, source: PROGRAM, seed: 0 });
    expect(workers).toHaveLength(2);
  });
});
