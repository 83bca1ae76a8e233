/** The `itertools` module: its iterator types, a file per family. */
import type { PyModule } from '../values';
import { PyBuiltin } from '../values';
import { makeModule } from '../lib/module-util';
import {
  accumulateType,
  batchedType,
  chainType,
  pairwiseType,
  starmapType,
  zipLongestType,
} from './chaining';
import { combinationsType, cwrType, permutationsType, productType } from './combinatoric';
import {
  compressType,
  dropwhileType,
  filterfalseType,
  isliceType,
  takewhileType,
} from './filtering';
import { groupbyType, teeFn } from './grouping';
import { countType, cycleType, repeatType } from './infinite';

export function makeItertools(): PyModule {
  return makeModule(
    'itertools',
    {},
    {
      accumulate: accumulateType,
      batched: batchedType,
      chain: chainType,
      combinations: combinationsType,
      combinations_with_replacement: cwrType,
      compress: compressType,
      count: countType,
      cycle: cycleType,
      dropwhile: dropwhileType,
      filterfalse: filterfalseType,
      groupby: groupbyType,
      islice: isliceType,
      pairwise: pairwiseType,
      permutations: permutationsType,
      product: productType,
      repeat: repeatType,
      starmap: starmapType,
      takewhile: takewhileType,
      tee: new PyBuiltin('tee', teeFn),
      zip_longest: zipLongestType,
    },
  );
}
