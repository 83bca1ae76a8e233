/**
 * `__future__`: what `from __future__ import annotations` imports. The parser checks the
 * statement (at the top of the file, a known feature); every feature is already how the
 * simulator runs (annotations are not evaluated), so importing one changes nothing.
 */
import { FUTURE_FEATURES } from '../../python/future';
import { NotSupportedError } from '../errors';
import type { PyModule } from '../values';
import { PyObject, PyType, Types } from '../values';
import { makeModule } from './module-util';

const FeatureType = new PyType('_Feature', Types.object, null, '__future__');

class Feature extends PyObject {
  get cls(): PyType {
    return FeatureType;
  }
  pyRepr(): string {
    throw new NotSupportedError('repr() of a __future__ feature', '__future__');
  }
}

export function makeFuture(): PyModule {
  const values: Record<string, PyObject> = {};
  for (const name of FUTURE_FEATURES) values[name] = new Feature();
  return makeModule('__future__', {}, values);
}
