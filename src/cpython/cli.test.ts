/**
 * `npm run trace -- FILE --engine cpython` as a user runs it, on a PATH with no Python at all:
 * CPython 3.13 in WebAssembly prints the golden trace; the exit codes are the simulator's.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'src', 'trace', 'cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'loopscope-cpython-cli-'));
// A PATH holding node and nothing else: no python3, python3.13, pyenv.
const noPython = mkdtempSync(join(tmpdir(), 'loopscope-nopython-'));
symlinkSync(process.execPath, join(noPython, 'node'));

function trace(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: root,
      env: { HOME: process.env['HOME'] ?? tmpdir(), PATH: noPython },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run trace -- FILE --engine cpython', () => {
  it('prints CPython 3.13 traces with no Python on PATH, and exits 3 at a limit', async () => {
    const spin = join(dir, 'spin.py');
    writeFileSync(
      spin,
      'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n',
    );
    const programs = join(root, 'tests', 'programs');
    const [classes, bign, limited] = await Promise.all([
      trace([join(programs, 'classes_client.py'), '--engine', 'cpython']),
      trace([join(programs, 'bign.py'), '--engine', 'cpython', '--set', 'N=3']),
      trace([spin, '--engine', 'cpython', '--max-events', '100']),
    ]);
    expect(classes.code, classes.stderr).toBe(0);
    expect(classes.stdout).toBe(readFileSync(join(programs, 'classes_client.trace'), 'utf8'));
    expect(bign.code, bign.stderr).toBe(0);
    expect(bign.stdout).toBe(readFileSync(join(programs, 'bign.N3.trace'), 'utf8'));
    expect(limited.code).toBe(3);
    expect(limited.stderr).toMatch(/stopped: the program passed 100 events \(--max-events\)/);
    expect(limited.stdout).toMatch(/^0\.000 create Task-1 main\n/);
  }, 120_000);

  it('exits 2 for a program that does not compile, and for an unknown engine', async () => {
    const bad = join(dir, 'bad.py');
    writeFileSync(bad, 'def f(:\n');
    const [syntax, unknown] = await Promise.all([
      trace([bad, '--engine', 'cpython']),
      trace([bad, '--engine', 'jython']),
    ]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/^bad\.py:1: SyntaxError: /);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown engine 'jython'");
  }, 120_000);
});
