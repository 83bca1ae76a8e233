/** The `collections` module: `namedtuple`, `deque`, `defaultdict`, `Counter` (a file each). */
import type { PyModule } from '../values';
import { makeModule } from '../lib/module-util';
import { counterType } from './counter';
import { defaultdictType } from './defaultdict';
import { dequeType } from './deque';
import { namedtuple } from './namedtuple';

export function makeCollections(): PyModule {
  return makeModule(
    'collections',
    {},
    { namedtuple, deque: dequeType, defaultdict: defaultdictType, Counter: counterType },
  );
}
