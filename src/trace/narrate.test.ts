import { describe, expect, it } from 'vitest';
import type { EngineEvent, EventType } from '../engine/events';
import { narrate } from './narrate';

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

/** Narrates `e` as the latest event, after the two creations. */
const say = (e: EngineEvent) => narrate([main, create, e], 3, SOURCE);

const cases: Record<EventType, [EngineEvent, RegExp]> = {
  tick: [{ type: 'tick', t: 0, tick: 2, ready: 3 }, /iteration 2: 3 handles are ready/],
  loop: [{ type: 'loop', t: 0, phase: 'start' }, /starts a new event loop/],
  clock: [{ type: 'clock', t: 3, from: 0, why: 'timer' }, /slept .* 0\.000 s to 3\.000 s/],
  create: [create, /Task-1 creates Task-4 for work\(\) on line 3/],
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
  handle: [{ type: 'handle', t: 0, handle: 2, skipped: false }, /front of the ready queue/],
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
    expect(narrate([], 0, SOURCE)).toMatch(/press play/);
  });

  for (const [type, [event, expected]] of Object.entries(cases)) {
    it(`tells a ${type} event in one sentence`, () => {
      expect(say(event)).toMatch(expected);
    });
  }

  it('uses the name a task had at that point', () => {
    const renamed: EngineEvent = { type: 'rename', t: 0, task: 4, name: 'worker' };
    const woke: EngineEvent = { type: 'wake', t: 0, task: 4 };
    expect(narrate([main, create, renamed, woke], 4, SOURCE)).toMatch(/^worker is woken/);
  });
});
