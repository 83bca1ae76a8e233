import { describe, expect, it } from 'vitest';
import { makeHash, MAX_LINK_CHARS, readLink } from './share-link';

const SOURCE = 'import asyncio\n\nN = 5\n\nprint("héllo")\n';
const view = { source: SOURCE, seed: 3, scenario: 'lesson', position: 17, speed: 10 };
const at = (hash: string) => `http://localhost/#${hash}`;

describe('share links', () => {
  it('round-trips the program, seed, scenario, position and speed', async () => {
    const hash = await makeHash(view);
    expect(hash).toMatch(/^code=[\w-]+&n=5&seed=3&scenario=lesson&k=17&speed=10$/);
    expect(await readLink(at(hash))).toEqual({ kind: 'ok', view });
  });

  it('reads a bare scenario from the query', async () => {
    expect(await readLink('http://localhost/?scenario=semaphore')).toEqual({
      kind: 'scenario',
      id: 'semaphore',
    });
  });

  it('reads nothing from a plain URL', async () => {
    expect(await readLink('http://localhost/')).toEqual({ kind: 'none' });
  });

  it('applies N from the link to the program', async () => {
    const hash = (await makeHash(view)).replace('n=5', 'n=40');
    const reading = await readLink(at(hash));
    expect(reading.kind === 'ok' && reading.view.source).toContain('\nN = 40\n');
  });

  it.each([
    [
      'a truncated program',
      (h: string) => h.replace(/code=([\w-]+)/, (_, c: string) => `code=${c.slice(0, 9)}`),
      /damaged/,
    ],
    ['a seed that is not a number', (h: string) => h.replace('seed=3', 'seed=x'), /seed=x/],
    ['an N over 1000', (h: string) => h.replace('n=5', 'n=100000'), /n=100000/],
    ['an unknown speed', (h: string) => h.replace('speed=10', 'speed=3'), /speed=3/],
    ['garbage', () => 'code=%%%!!', /damaged/],
  ])('explains %s instead of failing', async (_what, damage, message) => {
    const reading = await readLink(at(damage(await makeHash(view))));
    expect(reading.kind).toBe('error');
    expect(reading.kind === 'error' && reading.message).toMatch(message);
  });

  it('opens a small link that expands to 3,000,000 characters (its run meets the code size limit)', async () => {
    const source = `s = '${'x'.repeat(3_000_000)}'\n`;
    const hash = await makeHash({ ...view, source });
    expect(hash.length).toBeLessThan(6000);
    const reading = await readLink(at(hash));
    expect(reading.kind === 'ok' && reading.view.source).toBe(source);
  });

  it('does not open a link that expands past 4,000,000 bytes, and names the code size limit', async () => {
    const reading = await readLink(at(await makeHash({ ...view, source: 'x'.repeat(4_000_001) })));
    expect(reading.kind === 'error' && reading.message).toBe(
      'This link could not be read: the program in it is far longer than 1,000,000 characters (the code size limit), so it was not opened. Showing the default program instead.',
    );
  });

  it('refuses links over the size cap', async () => {
    const reading = await readLink(at(`code=${'A'.repeat(MAX_LINK_CHARS)}`));
    expect(reading.kind === 'error' && reading.message).toMatch(/32 kB/);
  });
});
