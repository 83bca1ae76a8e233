import { describe, expect, it } from 'vitest';
import { cpythonFailure } from './words';

describe('what the page says when CPython gives no run', () => {
  it('says which budget stopped it, in seconds', () => {
    expect(cpythonFailure({ why: 'run-limit', ms: 20 })).toBe(
      'CPython was stopped: the run passed the 0.02 s wall-clock limit (an endless loop?)',
    );
    expect(cpythonFailure({ why: 'load-limit', ms: 120_000 })).toBe(
      'CPython was stopped: loading it passed the 120 s limit',
    );
  });

  it('says who stopped it, or what failed', () => {
    expect(cpythonFailure({ why: 'stopped' })).toBe('CPython was stopped: you pressed Stop');
    expect(cpythonFailure({ why: 'crashed', detail: 'boom' })).toBe('CPython failed: boom');
    expect(cpythonFailure({ why: 'worker', detail: '' })).toBe(
      'the CPython worker failed: it could not start',
    );
    expect(cpythonFailure({ why: 'unreadable', detail: 'not JSON' })).toBe(
      "CPython's recording does not open: not JSON",
    );
  });

  it("gives CPython's own message when the program could not run there", () => {
    expect(cpythonFailure({ why: 'invalid', detail: 'main.py:1: SyntaxError: x' })).toBe(
      'main.py:1: SyntaxError: x',
    );
  });
});
