/**
 * The `functools` module, assembled from the attribute tables of its parts (one small file
 * each: `partial.ts`, ...), so that a new part is one import and one entry here.
 */
import type { PyModule, Value } from '../values';
import { makeModule } from '../lib/module-util';
import { wraps } from '../functools-wraps';
import { cachedPropertyAttrs } from './cached-property';
import { cmpToKeyAttrs } from './cmp-to-key';
import { lruCacheAttrs } from './lru-cache';
import { partialAttrs } from './partial';
import { reduceAttrs } from './reduce';
import { totalOrderingAttrs } from './total-ordering';

const PARTS: readonly Record<string, Value>[] = [
  partialAttrs,
  { wraps },
  reduceAttrs,
  lruCacheAttrs,
  cmpToKeyAttrs,
  cachedPropertyAttrs,
  totalOrderingAttrs,
];

export function makeFunctools(): PyModule {
  return makeModule('functools', {}, Object.assign({}, ...PARTS) as Record<string, Value>);
}
