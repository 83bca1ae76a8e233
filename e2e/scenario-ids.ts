/** The scenario presets' ids, as the URL's `?scenario=` takes them. */
export const SCENARIO_IDS = [
  'lesson',
  'sync-vs-async',
  'one-at-a-time',
  'create-task',
  'blocking-call',
  'never-awaited',
  'one-fails',
  'cancellation',
  'sleep-zero',
  'async-generators',
  'producer-consumer',
  'semaphore',
  'taskgroup',
] as const;

/** What the narration says at each preset's key moment. */
export const KEY_MOMENT: Record<(typeof SCENARIO_IDS)[number], RegExp> = {
  lesson: /^Task-11 reached await asyncio\.sleep\(3\) on line 9: .*wake it at 6\.000 s/,
  'sync-vs-async': /^Task-4 reached await asyncio\.sleep\(3\).*wake it at 12\.000 s/,
  'one-at-a-time': /^Task-4 reached await asyncio\.sleep\(1\)/,
  'create-task': /^Task-2 reached await asyncio\.sleep\(seconds\)/,
  'blocking-call': /^time\.sleep blocked the whole loop/,
  'never-awaited': /was never awaited/,
  'one-fails': /^Task-3 failed with ValueError: bad value 2/,
  cancellation: /^Task-2 was cancelled/,
  'sleep-zero': /^Task-2 reached await asyncio\.sleep\(0\).*back of the ready queue/,
  'async-generators': /^Task-1 prints "got 121"/,
  'producer-consumer': /^Task-2 reached await queue\.put\(item\)/,
  semaphore: /^Task-4 reached async with limit:.*Semaphore\.acquire\(\)/,
  taskgroup: /^Task-4 failed with ValueError: c failed/,
};
