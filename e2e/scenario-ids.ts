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
