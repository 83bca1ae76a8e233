/**
 * More of the fuzzer's program pieces (tests/fuzz/generate.ts): `asyncio.wait`,
 * `as_completed`, `shield`, conditions, barriers, bounded semaphores, priority and LIFO
 * queues and `Queue.shutdown`, classes (async methods, dunders, custom exceptions,
 * inheritance), and coroutine objects handed around in arguments, lists and dicts before
 * they are awaited.
 *
 * Each piece is a list of lines at indent `n`, built from the generator's kit so the program
 * stays deterministic, bounded and terminating: every waiter has a waker in the same piece,
 * queues' puts and gets balance, what a piece leaves running it cancels or awaits. Sets of
 * tasks are printed sorted by name (their order is CPython's hash order of objects).
 */

/** What a piece needs of the generator. */
export interface SnippetKit<Ctx> {
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** A fresh name with this prefix. */
  name(prefix: string): string;
  /** An awaitable expression: a call of a coroutine this body may await, or a sleep. */
  awaitable(ctx: Ctx): string;
  /** The body's label, quoted, for prints. */
  label(ctx: Ctx): string;
  spend(ctx: Ctx, c: number): void;
  /** Defines a top-level helper once (by name) and returns its name. */
  helper(name: string, make: () => string[]): string;
}

const IND = '    ';
const ind = (n: number): string => IND.repeat(n);

/** `done, pending = await asyncio.wait(...)` over named tasks, every `return_when`. */
export function waitSnippet<C>(k: SnippetKit<C>, ctx: C, n: number): string[] {
  const ts = k.name('ts');
  const count = k.int(1, 3);
  const when = k.pick(['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED']);
  const timeout = k.chance(0.4) ? `, timeout=${k.pick(['0', '0.3', '1', '2.5'])}` : '';
  const tasks = Array.from(
    { length: count },
    (_, i) => `asyncio.create_task(${k.awaitable(ctx)}, name='${ts}_${i}')`,
  );
  const d = k.name('done');
  const p = k.name('pending');
  const out = [
    `${ind(n)}${ts} = [${tasks.join(', ')}]`,
    `${ind(n)}${d}, ${p} = await asyncio.wait(${ts}, return_when=asyncio.${when}${timeout})`,
    // a set of tasks iterates in address order in CPython: read it through the list
    `${ind(n)}print(${k.label(ctx)}, 'wait', [t.get_name() for t in ${ts} if t in ${d}], len(${p}))`,
    `${ind(n)}for t in ${ts}:`,
    `${ind(n + 1)}if t in ${d}:`,
    `${ind(n + 2)}print(t.get_name(), t.exception() if not t.cancelled() and t.exception() else 'ok')`,
  ];
  if (k.chance(0.7)) {
    out.push(`${ind(n)}for t in ${ts}:`, `${ind(n + 1)}if t in ${p}:`, `${ind(n + 2)}t.cancel()`);
  }
  out.push(`${ind(n)}await asyncio.gather(*${ts}, return_exceptions=True)`);
  return out;
}

/** `as_completed`: the plain iterator of awaitables, or (3.13) the async iterator of tasks. */
export function asCompletedSnippet<C>(k: SnippetKit<C>, ctx: C, n: number): string[] {
  const count = k.int(1, 3);
  const aws = Array.from({ length: count }, () => k.awaitable(ctx));
  const timeout = k.chance(0.3) ? `, timeout=${k.pick(['0.3', '1', '2'])}` : '';
  if (k.chance(0.5)) {
    // tasks, not coroutines: CPython wraps several coroutines in address order
    const c = k.name('c');
    return [
      `${ind(n)}try:`,
      `${ind(n + 1)}for ${c} in asyncio.as_completed([${aws.map((a) => `asyncio.create_task(${a})`).join(', ')}]${timeout}):`,
      `${ind(n + 2)}try:`,
      `${ind(n + 3)}print(${k.label(ctx)}, 'completed', await ${c})`,
      `${ind(n + 2)}except ValueError as e:`,
      `${ind(n + 3)}print('as_completed error', e)`,
      `${ind(n)}except TimeoutError:`,
      `${ind(n + 1)}print(${k.label(ctx)}, 'as_completed timed out')`,
    ];
  }
  const ts = k.name('ts');
  const t = k.name('t');
  return [
    `${ind(n)}${ts} = [asyncio.create_task(a, name=f'${ts}_{i}') for i, a in enumerate([${aws.join(', ')}])]`,
    `${ind(n)}try:`,
    `${ind(n + 1)}async for ${t} in asyncio.as_completed(${ts}${timeout}):`,
    `${ind(n + 2)}print(${k.label(ctx)}, ${t}.get_name(), ${t} in ${ts}, ${t}.exception() or ${t}.result())`,
    `${ind(n)}except TimeoutError:`,
    `${ind(n + 1)}print(${k.label(ctx)}, 'as_completed timed out')`,
    `${ind(n + 1)}for x_ in ${ts}:`,
    `${ind(n + 2)}x_.cancel()`,
    `${ind(n)}await asyncio.gather(*${ts}, return_exceptions=True)`,
  ];
}

/** `shield`: an outer timeout or cancel that the shielded task survives. */
export function shieldSnippet<C>(k: SnippetKit<C>, ctx: C, n: number): string[] {
  const t = k.name('t');
  const out = [
    `${ind(n)}${t} = asyncio.create_task(${k.awaitable(ctx)})`,
    `${ind(n)}try:`,
    `${ind(n + 1)}print('shielded', await asyncio.wait_for(asyncio.shield(${t}), ${k.pick(['0', '0.2', '0.5', '5'])}))`,
    `${ind(n)}except TimeoutError:`,
    `${ind(n + 1)}print(${k.label(ctx)}, 'shield timed out', ${t}.done(), ${t}.cancelled())`,
    `${ind(n)}except ValueError as e:`,
    `${ind(n + 1)}print('shielded error', e)`,
  ];
  if (k.chance(0.6)) {
    out.push(
      `${ind(n)}try:`,
      `${ind(n + 1)}print('then', await ${t})`,
      `${ind(n)}except ValueError as e:`,
      `${ind(n + 1)}print('then error', e)`,
    );
  } else {
    out.push(`${ind(n)}${t}.cancel()`);
  }
  return out;
}

/** A `Condition`: waiters on a predicate, a notifier that changes the state. */
export function conditionSnippet<C>(k: SnippetKit<C>, ctx: C, n: number): string[] {
  k.spend(ctx, 6);
  const waiter = k.helper('cond_waiter', () => [
    'async def cond_waiter(cond, box, need, tag):',
    `${IND}async with cond:`,
    `${ind(2)}await cond.wait_for(lambda: box[0] >= need)`,
    `${ind(2)}print(tag, 'saw', box[0], cond.locked())`,
    `${IND}return tag`,
  ]);
  const notifier = k.helper('cond_notifier', () => [
    'async def cond_notifier(cond, box, steps, d, every):',
    `${IND}for i in range(steps):`,
    `${ind(2)}await asyncio.sleep(d)`,
    `${ind(2)}async with cond:`,
    `${ind(3)}box[0] += 1`,
    `${ind(3)}print('notify', box[0])`,
    `${ind(3)}if every:`,
    `${ind(4)}cond.notify_all()`,
    `${ind(3)}else:`,
    `${ind(4)}cond.notify(2)`,
  ]);
  const c = k.name('cond');
  const b = k.name('box');
  const steps = k.int(1, 3);
  const waiters = Array.from(
    { length: k.int(1, 3) },
    (_, i) => `${waiter}(${c}, ${b}, ${k.int(0, steps)}, 'w${i}')`,
  );
  // notify(2) wakes at most two waiters a step: with more, only notify_all is sure to end
  const every = waiters.length > 2 || k.chance(0.6) ? 'True' : 'False';
  const args = [
    ...waiters,
    `${notifier}(${c}, ${b}, ${steps}, ${k.pick(['0', '0.1', '0.5'])}, ${every})`,
  ];
  return [
    `${ind(n)}${c} = asyncio.Condition(${k.chance(0.3) ? 'asyncio.Lock()' : ''})`,
    `${ind(n)}${b} = [0]`,
    `${ind(n)}print(await asyncio.gather(${args.join(', ')}))`,
  ];
}

/** A `Barrier` of N parties, or a `BoundedSemaphore` released once too often. */
export function barrierSnippet<C>(k: SnippetKit<C>, ctx: C, n: number): string[] {
  k.spend(ctx, 4);
  if (k.chance(0.5)) {
    const party = k.helper('party', () => [
      'async def party(barrier, d, tag):',
      `${IND}await asyncio.sleep(d)`,
      `${IND}pos = await barrier.wait()`,
      `${IND}print(tag, 'passed', pos, barrier.n_waiting)`,
      `${IND}return pos`,
    ]);
    const b = k.name('bar');
    const parties = k.int(1, 3);
    const args = Array.from(
      { length: parties },
      (_, i) => `${party}(${b}, ${k.pick(['0', '0.1', '0.3'])}, 'p${i}')`,
    );
    return [
      `${ind(n)}${b} = asyncio.Barrier(${parties})`,
      `${ind(n)}print(sorted(await asyncio.gather(${args.join(', ')})), ${b}.broken)`,
    ];
  }
  const s = k.name('bs');
  return [
    `${ind(n)}${s} = asyncio.BoundedSemaphore(${k.int(1, 2)})`,
    `${ind(n)}async with ${s}:`,
    `${ind(n + 1)}await asyncio.sleep(${k.pick(['0', '0.1'])})`,
    `${ind(n)}try:`,
    `${ind(n + 1)}${s}.release()`,
    `${ind(n)}except ValueError as e:`,
    `${ind(n + 1)}print('over-release:', e)`,
  ];
}

/** `PriorityQueue` / `LifoQueue` order, and `Queue.shutdown` waking a getter. */
export function queueKindsSnippet<C>(k: SnippetKit<C>, ctx: C, n: number): string[] {
  k.spend(ctx, 4);
  const q = k.name('q');
  const kind = k.pick(['PriorityQueue', 'LifoQueue', 'Queue']);
  const items = Array.from({ length: k.int(1, 5) }, () =>
    kind === 'PriorityQueue' && k.chance(0.5)
      ? `(${k.int(0, 3)}, 'j${k.int(0, 9)}')`
      : String(k.int(0, 9)),
  );
  const out = [`${ind(n)}${q} = asyncio.${kind}()`];
  for (const it of items) out.push(`${ind(n)}${q}.put_nowait(${it})`);
  if (kind !== 'Queue' || k.chance(0.5)) {
    out.push(
      `${ind(n)}while not ${q}.empty():`,
      `${ind(n + 1)}print(${k.label(ctx)}, 'got', await ${q}.get())`,
    );
    return out;
  }
  const getter = k.helper('getter', () => [
    'async def getter(q, tag):',
    `${IND}try:`,
    `${ind(2)}while True:`,
    `${ind(3)}print(tag, 'got', await q.get())`,
    `${IND}except asyncio.QueueShutDown:`,
    `${ind(2)}print(tag, 'queue shut down', q.qsize())`,
  ]);
  const g = k.name('g');
  out.push(
    `${ind(n)}${g} = asyncio.create_task(${getter}(${q}, '${g}'))`,
    `${ind(n)}await asyncio.sleep(${k.pick(['0', '0.1'])})`,
    `${ind(n)}${q}.shutdown(immediate=${k.chance(0.5) ? 'True' : 'False'})`,
    `${ind(n)}await ${g}`,
    `${ind(n)}try:`,
    `${ind(n + 1)}${q}.put_nowait(1)`,
    `${ind(n)}except asyncio.QueueShutDown:`,
    `${ind(n + 1)}print('put after shutdown refused')`,
  );
  return out;
}

/** Classes: a client with async methods and dunders, a subclass, a custom exception. */
export function classSnippet<C>(k: SnippetKit<C>, ctx: C, n: number): string[] {
  k.spend(ctx, 4);
  const client = k.helper('Client', () => [
    'class ClientError(Exception):',
    `${IND}def __init__(self, code):`,
    `${ind(2)}super().__init__(f'code {code}')`,
    `${ind(2)}self.code = code`,
    '',
    '',
    'class Client:',
    `${IND}made = 0`,
    '',
    `${IND}def __init__(self, name, d=0.1):`,
    `${ind(2)}self.name = name`,
    `${ind(2)}self.d = d`,
    `${ind(2)}self.calls = 0`,
    `${ind(2)}Client.made += 1`,
    '',
    `${IND}async def get(self, x):`,
    `${ind(2)}self.calls += 1`,
    `${ind(2)}await asyncio.sleep(self.d)`,
    `${ind(2)}if x % 3 == 2:`,
    `${ind(3)}raise ClientError(x)`,
    `${ind(2)}return self.name, x * 2`,
    '',
    `${IND}async def __aenter__(self):`,
    `${ind(2)}print(self.name, 'open')`,
    `${ind(2)}return self`,
    '',
    `${IND}async def __aexit__(self, et, e, tb):`,
    `${ind(2)}print(self.name, 'close', et.__name__ if et else None)`,
    `${ind(2)}return et is ClientError`,
    '',
    `${IND}def __repr__(self):`,
    `${ind(2)}return f'Client({self.name!r}, calls={self.calls})'`,
    '',
    `${IND}def __lt__(self, other):`,
    `${ind(2)}return self.calls < other.calls`,
    '',
    '',
    'class SlowClient(Client):',
    `${IND}async def get(self, x):`,
    `${ind(2)}await asyncio.sleep(0.5)`,
    `${ind(2)}return await super().get(x)`,
  ]);
  const c = k.name('cl');
  const cls = k.pick([client, 'SlowClient']);
  const xs = Array.from({ length: k.int(1, 3) }, () => k.int(0, 5));
  const out = [`${ind(n)}${c} = ${cls}('${c}', ${k.pick(['0', '0.1', '0.3'])})`];
  if (k.chance(0.5)) {
    out.push(
      `${ind(n)}async with ${c}:`,
      ...xs.map((x) => `${ind(n + 1)}print(await ${c}.get(${x}))`),
    );
  } else {
    out.push(
      `${ind(n)}print(await asyncio.gather(${xs.map((x) => `${c}.get(${x})`).join(', ')}, return_exceptions=True))`,
    );
  }
  out.push(
    `${ind(n)}print(${c}, Client.made, isinstance(${c}, Client), sorted([${c}, Client('z')]))`,
  );
  return out;
}

/** Coroutine objects handed around before they are awaited: arguments, lists, dicts. */
export function passedCoroSnippet<C>(k: SnippetKit<C>, ctx: C, n: number): string[] {
  const runIt = k.helper('run_it', () => [
    'async def run_it(c, tag):',
    `${IND}print(tag, 'runs', type(c).__name__)`,
    `${IND}return await c`,
  ]);
  const how = k.int(0, 3);
  const a = k.awaitable(ctx);
  const b = k.awaitable(ctx);
  if (how === 0) return [`${ind(n)}print(await ${runIt}(${a}, 'arg'))`];
  if (how === 1) {
    const xs = k.name('cs');
    return [`${ind(n)}${xs} = [${a}, ${b}]`, `${ind(n)}print(await asyncio.gather(*${xs}))`];
  }
  if (how === 2) {
    const d = k.name('cd');
    return [
      `${ind(n)}${d} = {'a': ${a}, 'b': ${b}}`,
      `${ind(n)}for key_ in ${d}:`,
      `${ind(n + 1)}print(key_, await ${d}[key_])`,
    ];
  }
  const t = k.name('t');
  return [
    `${ind(n)}${t} = asyncio.create_task(${runIt}(${a}, 'task'))`,
    `${ind(n)}print(await ${runIt}(${b}, 'direct'), await ${t})`,
  ];
}
