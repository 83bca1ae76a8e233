/** The `heapq` module: the C functions (heap.ts), nsmallest/nlargest and merge. */
import type { PyModule } from '../values';
import { PyBuiltin } from '../values';
import { makeModule } from '../lib/module-util';
import { heapFns } from './heap';
import { merge } from './merge';
import { selectFns } from './select';

export function makeHeapq(): PyModule {
  const py = (name: string, f: PyBuiltin['fn']): PyBuiltin =>
    new PyBuiltin(name, f, undefined, 'function');
  return makeModule('heapq', heapFns, {
    merge: py('merge', merge),
    nsmallest: py('nsmallest', selectFns.nsmallest),
    nlargest: py('nlargest', selectFns.nlargest),
  });
}
