import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportStep } from '../../trace/export';
import { readImport } from './import-runner';

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
    const steps: ImportStep[] = [];
    const file = new File([readFileSync(LESSON)], 'lesson.recording.json');
    const result = await readImport(file, 64 * 1024 * 1024, (s) => steps.push(s));
    expect(result.ok && result.value.program.filename).toBe('lesson.py');
    expect(steps[0]).toMatchObject({ phase: 'reading', total: file.size });
    expect(steps.map((s) => s.phase)).toContain('parsing');
    expect(steps.at(-1)).toMatchObject({ phase: 'checking', done: 0 });
    expect(steps.at(-1)?.total).toBeGreaterThan(0);
  });

  it('refuses what parseImport refuses, with its message', async () => {
    const result = await readImport(new File(['nope'], 'x.json'), 1000, () => {});
    expect(
      result.ok === false && result.failure.why === 'refused' && result.failure.message,
    ).toMatch(/not a Loopscope file/);
  });
});
