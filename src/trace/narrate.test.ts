import { describe, expect, it } from 'vitest';
import type { EngineEvent, EventType } from '../engine/events';
import { narrate } from './narrate';
import { buildReplay } from './replay';

const SOURCE = ['import asyncio', '', 'async def work():', '    await asyncio.sleep(3)', ''].join(
  '\n',
);
const create: EngineEvent = {
  type: 'create',
  t: 0,
  task: 4,
  name: 'Task-4',
  coro: 'work',
  line: 3,
  parent: 1,
};
const main: EngineEvent = { type: 'create', t: 0, task: 1, name: 'Task-1', coro: 'main', line: 9 };

/** The narration at `k` of the run whose log is `log`. */
const narrateLog = (log: readonly EngineEvent[], k: number, source: string) =>
  narrate(buildReplay(log), k, source);

/** Narrates `e` as the latest event, after the two creations. */
const say = (e: EngineEvent) => narrateLog([main, create, e], 3, SOURCE);

const cases: Record<EventType, [EngineEvent, RegExp]> = {
  tick: [{ type: 'tick', t: 0, tick: 2, ready: 3 }, /iteration 2: 3 handles are ready/],
  loop: [{ type: 'loop', t: 0, phase: 'start' }, /starts a new event loop/],
  clock: [{ type: 'clock', t: 3, from: 0, why: 'timer' }, /slept .* 0\.000 s to 3\.000 s/],
  create: [create, /^Task-1 creates Task-4 for work\(\) \(work is defined at line 3\); it waits/],
  queue: [
    { type: 'queue', t: 0, handle: 2, kind: 'step', label: 'step', task: 4 },
    /Task-4 joins the back of the ready queue/,
  ],
  timer: [
    { type: 'timer', t: 0, handle: 3, when: 3, label: 'wake', task: 4 },
    /Task-4's timer is set for 3\.000 s/,
  ],
  'timer-cancel': [{ type: 'timer-cancel', t: 0, handle: 3 }, /timer is cancelled/],
  fire: [{ type: 'fire', t: 3, handle: 3 }, /came due at 3\.000 s/],
  handle: [
    { type: 'handle', t: 0, handle: 2, skipped: false },
    /pops the handle at the front of the ready queue and runs it/,
  ],
  rename: [{ type: 'rename', t: 0, task: 4, name: 'worker' }, /renamed worker/],
  run: [
    { type: 'run', t: 0, task: 4, stack: [4] },
    /Task-4 runs from `await asyncio.sleep\(3\)` on line 4/,
  ],
  suspend: [
    {
      type: 'suspend',
      t: 3,
      task: 4,
      stack: [4],
      on: 'sleep(3)',
      detail: 'sleep(3)',
      wait: 'sleep',
      until: 6,
      target: null,
    },
    /^Task-4 reached `await asyncio.sleep\(3\)` on line 4: it gives the loop back, and a timer will wake it at 6\.000 s\.$/,
  ],
  wake: [{ type: 'wake', t: 3, task: 4 }, /Task-4 is woken/],
  done: [{ type: 'done', t: 3, task: 4, repr: '7' }, /Task-4 finished and returned 7/],
  error: [
    { type: 'error', t: 3, task: 4, exc: 'ValueError: bad' },
    /Task-4 failed with ValueError: bad/,
  ],
  cancelled: [{ type: 'cancelled', t: 3, task: 4 }, /Task-4 was cancelled/],
  line: [
    { type: 'line', t: 0, task: 4, line: 4 },
    /Task-4 runs `await asyncio.sleep\(3\)` on line 4/,
  ],
  print: [{ type: 'print', t: 0, text: 'hi', end: '\n', task: 4 }, /Task-4 prints "hi"/],
  warning: [{ type: 'warning', t: 0, text: 'coroutine was never awaited' }, /never awaited/],
  uncaught: [{ type: 'uncaught', t: 0, exc: 'ValueError: bad' }, /uncaught ValueError/],
  limit: [
    { type: 'limit', t: 0, limit: 'events', message: 'too many events' },
    /stopped: too many events/,
  ],
};

describe('narrate', () => {
  it('invites the learner to start before any event', () => {
    expect(narrateLog([], 0, SOURCE)).toMatch(/press play/);
  });

  for (const [type, [event, expected]] of Object.entries(cases)) {
    it(`tells a ${type} event in one sentence`, () => {
      expect(say(event)).toMatch(expected);
    });
  }

  it('names the line that creates a task, and its coroutine only as defined at its def', () => {
    const source = [
      'import asyncio',
      '',
      'async def work():',
      '    pass',
      '',
      'async def main():',
      '    asyncio.create_task(work())',
      '',
    ].join('\n');
    const log: EngineEvent[] = [
      { type: 'line', t: 0, task: null, line: 8 },
      main,
      { type: 'run', t: 0, task: 1, stack: [6] },
      { type: 'line', t: 0, task: 1, line: 7 },
      create,
    ];
    expect(narrateLog(log, 2, source)).toBe(
      'Task-1 is created for main() on line 8 (main is defined at line 9); it waits in the ready queue.',
    );
    expect(narrateLog(log, 5, source)).toBe(
      'Task-1 creates Task-4 for work() on line 7 (work is defined at line 3); it waits in the ready queue until the loop gets to it.',
    );
  });

  it('names the task whose step or wakeup the loop pops: it goes from Ready to Running', () => {
    const queued: EngineEvent = {
      type: 'queue',
      t: 0,
      handle: 2,
      kind: 'wakeup',
      label: 'Task-4.__wakeup',
      task: 4,
    };
    const popped: EngineEvent = { type: 'handle', t: 0, handle: 2, skipped: false };
    expect(narrateLog([main, create, queued, popped], 4, SOURCE)).toBe(
      "The loop pops Task-4's wakeup from the front of the ready queue and runs it: Task-4 goes from Ready to Running.",
    );
    const callback: EngineEvent = {
      type: 'queue',
      t: 0,
      handle: 3,
      kind: 'callback',
      label: 'Task-4 done callback',
      task: null,
    };
    expect(narrateLog([callback, { ...popped, handle: 3 }], 2, SOURCE)).toMatch(
      /\(Task-4 done callback\) and runs it/,
    );
  });

  it('does not say nothing ran at the start of a run that stopped at a limit', () => {
    const limit: EngineEvent = { type: 'limit', t: 0, limit: 'events', message: 'too many events' };
    const text = narrateLog([main, limit], 0, SOURCE);
    expect(text).not.toMatch(/Nothing has run/);
    expect(text).toMatch(/stopped at a limit before it finished/);
  });

  it('uses the name a task had at that point', () => {
    const renamed: EngineEvent = { type: 'rename', t: 0, task: 4, name: 'worker' };
    const woke: EngineEvent = { type: 'wake', t: 0, task: 4 };
    expect(narrateLog([main, create, renamed, woke], 4, SOURCE)).toMatch(/^worker is woken/);
  });
});
