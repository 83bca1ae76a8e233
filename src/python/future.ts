/** CPython 3.13's `__future__.all_feature_names`: what `from __future__ import X` accepts. */
export const FUTURE_FEATURES: readonly string[] = [
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'barry_as_FLUFL',
  'generator_stop',
  'annotations',
];
