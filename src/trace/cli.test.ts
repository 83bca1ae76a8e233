/**
 * The `npm run trace` command as a user runs it (scripts/trace.mjs, the prebuilt bundle of
 * cli.ts): output, stderr and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

import { TRACE_NODE_FLAGS } from '../../scripts/build-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = join(root, 'scripts', 'trace.mjs');
const dir = mkdtempSync(join(tmpdir(), 'loopscope-cli-'));

function trace(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...TRACE_NODE_FLAGS, launcher, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function program(name: string, source: string): string {
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
}

beforeAll(() => {
  // Built once here, not by each run's launcher at the same time.
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
});

describe('npm run trace', () => {
  it("starts Node with the CLI's flags", () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['trace']).toBe(`node ${TRACE_NODE_FLAGS.join(' ')} scripts/trace.mjs`);
  });

  it('prints the canonical trace and exits 0', () => {
    const r = trace([join(root, 'tests', 'programs', 'bign.py'), '--set', 'N=3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, 'tests', 'programs', 'bign.N3.trace'), 'utf8'));
  });

  it('honours --seed', () => {
    const r = trace([join(root, 'tests', 'programs', 'lesson.py'), '--seed', '3']);
    expect(r.stdout).toBe(
      readFileSync(join(root, 'tests', 'programs', 'lesson.seed3.trace'), 'utf8'),
    );
  });

  it('exits 0 with an uncaught line when the program raised', () => {
    const r = trace([program('raise.py', 'raise KeyError("k")\n')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("0.000 uncaught KeyError: 'k'\n");
  });

  it('exits 2 with one located line for a syntax error', () => {
    const r = trace([program('syntax.py', 'print("a")\nif x\n    pass\n')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(['syntax.py:2:5: SyntaxError: invalid syntax']);
  });

  it('exits 2 for an unsupported construct and an unknown module', () => {
    expect(trace([program('m.py', 'type X = int\n')]).stderr.trim()).toBe(
      "m.py:1:1: NotSupported: 'type' statements are not supported yet",
    );
    const j = trace([program('j.py', 'x = 1\nimport json\n')]);
    expect(j.code).toBe(2);
    expect(j.stderr.trim()).toBe('j.py:2:1: NotSupported: the json module is not supported yet');
    const r = trace([program('mod.py', 'import requests\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mod\.py:1:1: ModuleNotFoundError: No module named 'requests'/);
  });

  it('exits 2 for a missing file', () => {
    const r = trace([join(dir, 'nope.py')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.py:1:1: FileNotFoundError/);
  });

  it('says what a path is instead of reading it: a directory, a device, a huge file', () => {
    const d = trace([dir]);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/IsADirectoryError: '.*' is a directory/);
    // /dev/zero never ends: reading stops at the code size limit's worth of bytes.
    const zero = trace(['/dev/zero']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(
      /^\/dev\/zero:1:1: Limit: the file is larger than 1,000,000 characters \(the code size limit\); it was not run/,
    );
    const huge = program('huge.py', '#'.repeat(4_000_001));
    expect(trace([huge]).stderr).toMatch(/huge\.py:1:1: Limit: the file is larger than/);
  });

  it('exits 2 for an unknown --set name and for a second file', () => {
    const prog = program('n.py', 'N = 3\nprint(N)\n');
    expect(trace([prog, '--set', 'N=4']).stdout).toBe('0.000 print 4\n');
    const unknown = trace([prog, '--set', 'M=4']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--set M: .*n\.py has no top-level line 'M = …' to replace/);
    const two = trace([prog, prog]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/one program at a time/);
  });

  it('stops at --max-seconds with what it printed so far (exit 3)', () => {
    // Each statement takes milliseconds: the statement limit is far away.
    const prog = program(
      'spin.py',
      'print("before")\nx = 1 << 499_999\nwhile True:\n    y = x * x\n',
    );
    const r = trace([prog, '--max-seconds', '1']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('0.000 print before\n');
    expect(r.stderr).toMatch(
      /stopped: the run took more than 1 s \(the wall-clock limit\); raise it with --max-seconds/,
    );
  });

  it('stops at the memory limit before the memory is taken (exit 3)', () => {
    const r = trace([join(root, 'tests', 'hostile', 'nested_lists.py'), '--max-memory', '64']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^0\.000 print before\n/);
    expect(r.stderr).toMatch(
      /stopped: the run made more than 64 MB of Python objects \(the memory limit\); raise it with --max-memory/,
    );
  });

  it('exits 3 with the trace so far and names the limit and its flag', () => {
    const src =
      'import asyncio\nasync def tick():\n    while True:\n        print("tick")\n        await asyncio.sleep(1)\nasyncio.run(tick())\n';
    const r = trace([program('forever.py', src), '--max-time', '2.5']);
    expect(r.code).toBe(3);
    expect(r.stdout.split('\n').filter((l) => l.includes('print tick'))).toHaveLength(3);
    expect(r.stderr).toMatch(
      /stopped: virtual time passed 2\.5 s \(the time limit\); raise it with --max-time/,
    );
  });
});
