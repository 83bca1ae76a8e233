/**
 * Regenerate the CPython golden traces: `npm run goldens` (= `tsx scripts/goldens.ts`).
 *
 * For every tests/programs/*.trace the program and its options come from the file name
 * (tests/programs/README.md):
 *   NAME.trace             NAME.py, seed 0
 *   NAME.seed<S>.trace     NAME.py, --seed S
 *   NAME.<V><VALUE>.trace  NAME.py, --set V=VALUE (V a single uppercase letter)
 * Each is traced by tests/oracle/tracer.py under CPython 3.13 (`$LOOPSCOPE_PYTHON`, or
 * pyenv's python3.13 with PYENV_VERSION=3.13.0) and the .trace file is rewritten.
 *
 *   npx tsx scripts/goldens.ts            rewrite all, report which changed
 *   npx tsx scripts/goldens.ts --check    write nothing; exit 1 if any would change
 *   npx tsx scripts/goldens.ts NAME ...   only these (NAME or NAME.variant)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { findPython, traceWithCPython } from '../tests/oracle/oracle.ts';
import type { OracleProgram } from '../tests/oracle/oracle.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS = join(ROOT, 'tests', 'programs');
/** Folders of golden programs: the test programs and the page's scenarios. */
export const GOLDEN_DIRS = [PROGRAMS, join(ROOT, 'src', 'scenarios')];
/**
 * Programs written as users write asyncio code (tests/realistic/README.md). Traced by CPython
 * like the goldens; the engine must match each trace or refuse the program, located.
 */
export const REALISTIC_DIR = join(ROOT, 'tests', 'realistic');

export interface GoldenSpec {
  /** File name without `.trace`, e.g. `bign.N3`. */
  id: string;
  /** The program's file name, e.g. `bign.py`. */
  program: string;
  seed: number;
  set: Record<string, string>;
}

/** The file, in a golden folder, naming the programs that only CPython runs. */
export const REFUSALS_FILE = 'simulator-refuses.json';

/**
 * Golden programs the simulator refuses (`class`, decorators, ...): program file name to the
 * start of the refusal (`Kind: message`). CPython's trace is still the golden; the engine's
 * test checks the refusal, and the page runs such programs in CPython (WebAssembly).
 */
export function simulatorRefusals(dir: string): Record<string, string> {
  const path = join(dir, REFUSALS_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
}

/** Program and options of a golden trace file, from its name; null if the name breaks the convention. */
export function parseGoldenName(file: string): GoldenSpec | null {
  if (!file.endsWith('.trace')) return null;
  const id = file.slice(0, -'.trace'.length);
  const dot = id.indexOf('.');
  const base = dot < 0 ? id : id.slice(0, dot);
  const variant = dot < 0 ? '' : id.slice(dot + 1);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(base)) return null;
  const spec: GoldenSpec = { id, program: `${base}.py`, seed: 0, set: {} };
  if (variant === '') return spec;
  const seed = /^seed(-?\d+)$/.exec(variant);
  if (seed?.[1] !== undefined) {
    spec.seed = Number(seed[1]);
    return spec;
  }
  const set = /^([A-Z])(.+)$/.exec(variant);
  if (set?.[1] !== undefined && set[2] !== undefined) {
    spec.set = { [set[1]]: set[2] };
    return spec;
  }
  return null;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const check = argv.includes('--check');
  const only = argv.filter((a) => !a.startsWith('--'));

  // The goldens are written by native CPython 3.13.0; without it, --check still compares
  // them with CPython 3.13 in WebAssembly (tests/oracle/oracle.ts).
  if (findPython() === null && !check) {
    console.error(
      'goldens: CPython 3.13 not found (install pyenv 3.13.0 or set LOOPSCOPE_PYTHON); --check runs without it',
    );
    return 2;
  }

  const specs: (GoldenSpec & { dir: string })[] = [];
  let bad = 0;
  for (const [dir, file] of [...GOLDEN_DIRS, REALISTIC_DIR].flatMap((d) =>
    readdirSync(d)
      .sort()
      .map((f) => [d, f] as const),
  )) {
    if (!file.endsWith('.trace')) continue;
    const spec = parseGoldenName(file);
    if (spec === null) {
      console.error(
        `goldens: ${file}: name does not follow the convention (tests/programs/README.md)`,
      );
      bad++;
      continue;
    }
    if (only.length > 0 && !only.includes(spec.id) && !only.includes(spec.program.slice(0, -3))) {
      continue;
    }
    specs.push({ ...spec, dir });
  }

  const programs: OracleProgram[] = [];
  for (const spec of specs) {
    let source: string;
    try {
      source = readFileSync(join(spec.dir, spec.program), 'utf8');
    } catch {
      console.error(`goldens: ${spec.id}.trace: ${spec.program} not found`);
      bad++;
      continue;
    }
    programs.push({ name: join(spec.dir, spec.id), source, seed: spec.seed, set: spec.set });
  }

  const results = await traceWithCPython(programs, {
    maxLines: 5_000_000,
    maxTime: 1e9,
    timeoutSeconds: 600,
  });

  const changed: string[] = [];
  for (const result of results) {
    const path = `${result.name}.trace`;
    if (result.error !== null) {
      console.error(
        `goldens: ${result.name}: CPython run stopped: ${result.error} (file left as it was)`,
      );
      bad++;
      continue;
    }
    const text = result.trace.map((line) => `${line}\n`).join('');
    let old: string | null;
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      old = null;
    }
    if (old === text) continue;
    changed.push(result.name);
    if (!check) writeFileSync(path, text, 'utf8');
  }

  const verb = check ? 'would change' : 'changed';
  console.log(
    `goldens: ${results.length} traced, ${changed.length} ${verb}` +
      (changed.length > 0 ? `: ${changed.join(', ')}` : ''),
  );
  if (bad > 0) return 1;
  return check && changed.length > 0 ? 1 : 0;
}

// Run only as a script (the parser is importable by tests).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error('goldens:', e);
      process.exitCode = 2;
    },
  );
}
