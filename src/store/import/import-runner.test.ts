import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStep, readImport } from './import-runner';

const LESSON = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'e2e',
  'fixtures',
  'lesson.recording.json',
);

describe('reading an imported file', () => {
  it('reads and checks a recording, saying how far it got', async () => {
    const words: string[] = [];
    const file = new File([readFileSync(LESSON)], 'lesson.recording.json');
    const result = await readImport(file, 64 * 1024 * 1024, (w) => words.push(w));
    expect(result.ok && result.value.program.filename).toBe('lesson.py');
    expect(words[0]).toMatch(/^Reading the file: [\d.]+ kB of [\d.]+ kB…$/);
    expect(words).toContain('Parsing the JSON…');
    expect(words.at(-1)).toMatch(/^Checking events: 0 of \d+…$/);
  });

  it('refuses what parseImport refuses, with its message', async () => {
    const result = await readImport(new File(['nope'], 'x.json'), 1000, () => {});
    expect(result.ok === false && result.message).toMatch(/not a Loopscope file/);
  });

  it('words each step', () => {
    expect(describeStep({ phase: 'reading', done: 3 * 1024 * 1024, total: 30 * 1024 * 1024 })).toBe(
      'Reading the file: 3 MB of 30 MB…',
    );
    expect(describeStep({ phase: 'checking', done: 100_000, total: 500_001 })).toBe(
      'Checking events: 100,000 of 500,001…',
    );
  });
});
