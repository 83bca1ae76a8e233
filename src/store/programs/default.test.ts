import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultSource } from '../program-slice';

const here = dirname(fileURLToPath(import.meta.url));

describe('the first screen program', () => {
  it('is default.py, byte for byte', () => {
    expect(defaultSource).toBe(
      readFileSync(join(here, '../../../tests/programs/default.py'), 'utf8'),
    );
  });
});
