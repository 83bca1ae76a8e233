import { describe, expect, it } from 'vitest';
import { EventLog } from './log';
import { EventLoop } from './loop';

function makeLoop(): { loop: EventLoop; log: string[] } {
  const log: string[] = [];
  const loop = new EventLoop(new EventLog(1e6, [], null, true), { maxTime: 1e6 });
  return { loop, log };
}

describe('EventLoop.runOnce', () => {
  it('runs exactly the handles that were ready when the iteration began', () => {
    const { loop, log } = makeLoop();
    loop.callSoon(
      () => {
        log.push('a');
        loop.callSoon(() => log.push('c'), 'callback', 'c', null);
      },
      'callback',
      'a',
      null,
    );
    loop.callSoon(() => log.push('b'), 'callback', 'b', null);
    loop.runOnce();
    expect(log).toEqual(['a', 'b']);
    loop.runOnce();
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('jumps the clock to the next deadline when nothing is ready', () => {
    const { loop, log } = makeLoop();
    loop.callLater(3, () => log.push(`fired at ${loop.time}`), 't', null);
    loop.runOnce();
    expect(loop.time).toBe(3);
    expect(log).toEqual(['fired at 3']);
  });

  it('fires timers with equal deadlines in the order they were scheduled', () => {
    const { loop, log } = makeLoop();
    for (const name of ['x', 'y', 'z']) loop.callLater(1, () => log.push(name), name, null);
    loop.callLater(0.5, () => log.push('first'), 'first', null);
    loop.runOnce();
    loop.runOnce();
    expect(log).toEqual(['first', 'x', 'y', 'z']);
  });

  it('moves timers due within the clock resolution together, as CPython does', () => {
    const { loop, log } = makeLoop();
    loop.callLater(0.1 + 0.2, () => log.push('0.1+0.2'), 'a', null);
    loop.callLater(0.3, () => log.push('0.3'), 'b', null);
    loop.runOnce();
    expect(log).toEqual(['0.3', '0.1+0.2']);
  });

  it('skips cancelled timers without moving the clock for them', () => {
    const { loop, log } = makeLoop();
    const h = loop.callLater(1, () => log.push('cancelled'), 'a', null);
    loop.callLater(2, () => log.push('kept'), 'b', null);
    loop.cancelHandle(h);
    loop.runOnce();
    expect(log).toEqual(['kept']);
    expect(loop.time).toBe(2);
  });

  it('never sleeps longer than a day in one select, like CPython', () => {
    const { loop } = makeLoop();
    loop.callLater(200_000, () => undefined, 'far', null);
    loop.runOnce();
    expect(loop.time).toBe(86_400);
  });
});
