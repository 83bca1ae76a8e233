import { describe, expect, it } from 'vitest';
import { fallbackNote } from './note';

describe('the one line over a CPython replay', () => {
  it('says CPython ran the program and names what the simulator does not support', () => {
    expect(fallbackNote('`class`')).toBe(
      'runs in CPython 3.13 (WebAssembly): the simulator does not support `class` yet',
    );
    expect(fallbackNote('decorators')).toBe(
      'runs in CPython 3.13 (WebAssembly): the simulator does not support decorators yet',
    );
  });
});
