/**
 * The `functools` module, assembled from the attribute tables of its parts (one small file
 * each: `partial.ts`, ...), so that a new part is one import and one entry here.
 */
import type { PyModule, Value } from '../values';
import { makeModule } from '../lib/module-util';
import { wraps } from '../functools-wraps';
import { partialAttrs } from './partial';

const PARTS: readonly Record<string, Value>[] = [partialAttrs, { wraps }];

export function makeFunctools(): PyModule {
  return makeModule('functools', {}, Object.assign({}, ...PARTS) as Record<string, Value>);
}
