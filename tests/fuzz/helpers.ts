/**
 * The fuzzer's top-level helper coroutines (tests/fuzz/generate.ts): queue producers,
 * consumers and workers, event waiters and setters, lock and semaphore users, `sleep(0)`
 * spinners, tasks that swallow a cancel, an async-generator ticker. Each is defined once per
 * program (by name, through `GenCore.helper`) and its name is returned for the caller.
 */

import { IND, ind } from './core.ts';
import type { GenCore } from './core.ts';

function maybeSleep(gen: GenCore, n: number, p = 0.6): string[] {
  if (!gen.rng.chance(p)) return [];
  const d = gen.rng.pick(['0', '0.1', '0.2', '0.25', '0.5', 'd']);
  return [`${ind(n)}await asyncio.sleep(${d})`];
}

export function producer(gen: GenCore): string {
  return gen.helper('producer', () => [
    'async def producer(q, n, tag, d):',
    `${IND}for i in range(n):`,
    ...maybeSleep(gen, 2, 0.4),
    `${ind(2)}await q.put(f'{tag}{i}')`,
    `${ind(2)}print(tag, 'put', i, q.qsize(), q.full())`,
    ...maybeSleep(gen, 2),
    `${IND}print(tag, 'produced', n)`,
  ]);
}

export function consumer(gen: GenCore): string {
  return gen.helper('consumer', () => {
    const ret = gen.rng.chance(0.5);
    return [
      'async def consumer(q, n, tag, d):',
      ...(ret ? [`${IND}got = []`] : []),
      `${IND}for _ in range(n):`,
      `${ind(2)}item = await q.get()`,
      `${ind(2)}print(tag, 'got', item, q.qsize())`,
      ...(ret ? [`${ind(2)}got.append(item)`] : []),
      ...maybeSleep(gen, 2),
      `${ind(2)}q.task_done()`,
      ret ? `${IND}return got` : `${IND}return n`,
    ];
  });
}

export function worker(gen: GenCore): string {
  return gen.helper('worker', () => {
    const catchCancel = gen.rng.chance(0.4);
    const body = [
      `${ind(catchCancel ? 3 : 2)}item = await q.get()`,
      ...maybeSleep(gen, catchCancel ? 3 : 2, 0.8).map((s) => s.replace('(d)', '(0.3)')),
      `${ind(catchCancel ? 3 : 2)}print(tag, 'handled', item)`,
      `${ind(catchCancel ? 3 : 2)}q.task_done()`,
    ];
    if (!catchCancel) return ['async def worker(q, tag):', `${IND}while True:`, ...body];
    return [
      'async def worker(q, tag):',
      `${IND}try:`,
      `${ind(2)}while True:`,
      ...body,
      `${IND}except asyncio.CancelledError:`,
      `${ind(2)}print(tag, 'stopping')`,
      `${ind(2)}raise`,
    ];
  });
}

export function waiter(gen: GenCore): string {
  return gen.helper('waiter', () => [
    'async def waiter(ev, tag):',
    `${IND}print(tag, 'waits', ev.is_set())`,
    `${IND}await ev.wait()`,
    `${IND}print(tag, 'released', ev.is_set())`,
    ...maybeSleep(gen, 1, 0.4).map((s) => s.replace('(d)', '(0.1)')),
    `${IND}return tag`,
  ]);
}

export function setter(gen: GenCore): string {
  return gen.helper('setter', () => {
    const clear = gen.rng.chance(0.4);
    return [
      'async def setter(ev, d):',
      `${IND}await asyncio.sleep(d)`,
      `${IND}print('set at', time.monotonic())`,
      `${IND}ev.set()`,
      ...(clear ? [`${IND}ev.clear()`, `${IND}print('cleared', ev.is_set())`] : []),
    ];
  });
}

export function guarded(gen: GenCore): string {
  return gen.helper('guarded', () => {
    if (gen.rng.chance(0.7)) {
      return [
        'async def guarded(lock, tag, d):',
        `${IND}print(tag, 'wants lock', lock.locked())`,
        `${IND}async with lock:`,
        `${ind(2)}print(tag, 'has lock')`,
        `${ind(2)}await asyncio.sleep(d)`,
        ...maybeSleep(gen, 2, 0.3).map((s) => s.replace('(d)', '(0)')),
        `${IND}print(tag, 'released', lock.locked())`,
        `${IND}return tag`,
      ];
    }
    return [
      'async def guarded(lock, tag, d):',
      `${IND}await lock.acquire()`,
      `${IND}try:`,
      `${ind(2)}print(tag, 'acquired')`,
      `${ind(2)}await asyncio.sleep(d)`,
      `${IND}finally:`,
      `${ind(2)}lock.release()`,
      `${IND}return tag`,
    ];
  });
}

export function limited(gen: GenCore): string {
  return gen.helper('limited', () => [
    'async def limited(sem, tag, d):',
    `${IND}async with sem:`,
    `${ind(2)}print(tag, 'in', f'{time.monotonic():.2f}')`,
    `${ind(2)}await asyncio.sleep(d)`,
    ...(gen.rng.chance(0.3) ? [`${ind(2)}if d > 1:`, `${ind(3)}raise ValueError(tag)`] : []),
    `${IND}print(tag, 'out')`,
    `${IND}return d`,
  ]);
}

export function spinner(gen: GenCore): string {
  return gen.helper('spinner', () => [
    'async def spinner(tag, n):',
    `${IND}for i in range(n):`,
    `${ind(2)}print(tag, i)`,
    `${ind(2)}await asyncio.sleep(0)`,
    ...(gen.rng.chance(0.3) ? [`${ind(2)}if i == 2:`, `${ind(3)}time.sleep(0.5)`] : []),
    `${IND}return tag * n`,
  ]);
}

export function stubborn(gen: GenCore): string {
  return gen.helper('stubborn', () => {
    const r = gen.rng;
    const after = r.pick([
      [`${ind(2)}raise`],
      [`${ind(2)}return 'swallowed'`],
      [`${ind(2)}await asyncio.sleep(0.1)`, `${ind(2)}print(tag, 'cleaned up')`, `${ind(2)}raise`],
      [`${ind(2)}await asyncio.sleep(0)`, `${ind(2)}return 'late'`],
      [
        `${ind(2)}asyncio.create_task(asyncio.sleep(0.1, 'spawned'), name='spawned')`,
        `${ind(2)}raise`,
      ],
    ]);
    return [
      'async def stubborn(tag, d):',
      `${IND}try:`,
      `${ind(2)}await asyncio.sleep(d)`,
      `${IND}except asyncio.CancelledError:`,
      `${ind(2)}print(tag, 'got cancel', asyncio.current_task().cancelling())`,
      ...after,
      ...(r.chance(0.4) ? [`${IND}finally:`, `${ind(2)}print(tag, 'finally')`] : []),
      `${IND}return tag`,
    ];
  });
}

export function ticker(gen: GenCore): string {
  return gen.helper('ticker', () =>
    gen.rng.chance(0.5)
      ? [
          'async def ticker(n, d):',
          `${IND}for i in range(n):`,
          `${ind(2)}await asyncio.sleep(d)`,
          `${ind(2)}yield i`,
          ...(gen.rng.chance(0.4) ? [`${IND}print('ticker done', n)`] : []),
        ]
      : [
          'async def ticker(n, d):',
          `${IND}try:`,
          `${ind(2)}for i in range(n):`,
          `${ind(3)}yield i`,
          `${ind(3)}await asyncio.sleep(d)`,
          `${IND}finally:`,
          `${ind(2)}print('ticker closes', n)`,
        ],
  );
}
