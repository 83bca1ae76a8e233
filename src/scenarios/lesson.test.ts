import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultSource } from '../store/program-slice';

const here = dirname(fileURLToPath(import.meta.url));

describe('the first screen program', () => {
  it('is the lesson, and tests/programs/default.py byte for byte', () => {
    expect(defaultSource).toBe(readFileSync(join(here, 'lesson.py'), 'utf8'));
    expect(defaultSource).toBe(readFileSync(join(here, '../../tests/programs/default.py'), 'utf8'));
  });
});
