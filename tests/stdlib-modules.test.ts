/**
 * Importing a module of CPython's standard library that the simulator lacks is an honest,
 * located refusal ("not supported yet": the page then runs the program in CPython); a
 * module CPython does not have either stays a ModuleNotFoundError. The list of standard
 * modules is CPython 3.13's own.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { KNOWN_MODULES } from '../src/engine/modules';
import { runProgram } from '../src/engine/run';
import { STDLIB_MODULES } from '../src/engine/stdlib-modules';
import { stdlibModulesFromCPython } from './oracle/oracle';

let cpython: { names: string[]; from: 'native' | 'pyodide' };
beforeAll(async () => {
  cpython = await stdlibModulesFromCPython();
}, 120_000);

describe('standard-library imports', () => {
  it("lists CPython 3.13's public standard modules", () => {
    const expected = cpython.names.filter((n) => !n.startsWith('_'));
    expect(expected.length).toBeGreaterThan(150);
    expect([...STDLIB_MODULES].sort()).toEqual(expected);
  });

  it('refuses each standard module the simulator lacks, located, before the run', () => {
    const missing = [...STDLIB_MODULES].filter((n) => !KNOWN_MODULES.includes(n));
    expect(missing).toContain('json');
    for (const name of missing) {
      for (const source of [`import ${name}\n`, `x = 1\nfrom ${name} import thing\n`]) {
        const r = runProgram(source, { filename: 'prog.py' });
        const line = source.startsWith('import') ? 1 : 2;
        expect(r.status, name).toBe('invalid');
        expect(r.diagnostic?.kind, name).toBe('NotSupported');
        expect(r.diagnostic?.message).toBe(`the ${name} module is not supported yet`);
        expect(r.diagnostic?.line).toBe(line);
      }
    }
  });

  it('still reports a module CPython does not have as not found', () => {
    const r = runProgram('import requests\n', { filename: 'prog.py' });
    expect(r.status).toBe('invalid');
    expect(r.diagnostic?.kind).toBe('ModuleNotFoundError');
    expect(r.diagnostic?.message).toContain("No module named 'requests'");
  });
});
