/** The `collections` module: `namedtuple` (and, in their own files, the container types). */
import type { PyModule } from '../values';
import { makeModule } from '../lib/module-util';
import { namedtuple } from './namedtuple';

export function makeCollections(): PyModule {
  return makeModule('collections', {}, { namedtuple });
}
