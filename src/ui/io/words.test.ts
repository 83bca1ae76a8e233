import { describe, expect, it } from 'vitest';
import { describeStep, importFailure, tooBigMessage, unavailableReason } from './words';

describe('what the import says', () => {
  it('says why a file was not imported', () => {
    expect(importFailure({ why: 'refused', message: 'This is not a Loopscope file.' })).toBe(
      'This is not a Loopscope file.',
    );
    expect(importFailure({ why: 'unread', detail: 'NotReadableError' })).toBe(
      'The file could not be read: NotReadableError',
    );
    expect(importFailure({ why: 'worker', detail: '' })).toBe(
      'The file could not be read: the import worker failed (out of memory?).',
    );
  });

  it('names the size limit for a file too big to read', () => {
    expect(tooBigMessage(1000)).toBeNull();
    expect(tooBigMessage(70 * 1024 * 1024)).toBe(
      'The file is too big (70 MB); the limit is 64 MB (the import size limit).',
    );
  });

  it('says why the comparison with the simulator is unavailable', () => {
    expect(unavailableReason({ status: 'unavailable', why: 'seed' })).toBe(
      'its seed is not an integer.',
    );
    const diagnostic = {
      filename: 'classy.py',
      kind: 'NotSupported',
      message: 'decorators are not supported yet',
      line: 3,
      col: 1,
    };
    expect(unavailableReason({ status: 'unavailable', why: 'refused', diagnostic })).toBe(
      'the simulator cannot run this program (NotSupported: decorators are not supported yet, line 3). It runs a subset of Python; the recording came from real CPython, which runs it all.',
    );
    expect(unavailableReason({ status: 'unavailable', why: 'failed', message: null })).toBe(
      'the simulation failed: unknown error.',
    );
  });

  it('words each step of reading a file', () => {
    expect(describeStep({ phase: 'reading', done: 3 * 1024 * 1024, total: 30 * 1024 * 1024 })).toBe(
      'Reading the file: 3 MB of 30 MB…',
    );
    expect(describeStep({ phase: 'parsing', done: 0, total: 1 })).toBe('Parsing the JSON…');
    expect(describeStep({ phase: 'checking', done: 100_000, total: 500_001 })).toBe(
      'Checking events: 100,000 of 500,001…',
    );
  });
});
