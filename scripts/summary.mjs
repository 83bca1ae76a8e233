#!/usr/bin/env node
/**
 * Reads the JSON reports that `npm test` leaves in test-results/ and prints one closing
 * line, `N passed, N failed`, counting Vitest and Playwright tests together.
 *
 * The count is honest about crashes: a missing or unreadable report, a test file that
 * failed to load, a global Playwright error (say, the web server never came up) and a
 * non-zero exit of `npm test` that no report explains each count as one failure.
 *
 * Usage: node scripts/summary.mjs [--exit-code N]
 *   --exit-code  the exit status of `npm test`, so a failed typecheck or lint is not lost
 * Exits 1 when anything failed, 0 otherwise.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const REPORTS = {
  vitest: 'test-results/vitest.json',
  playwright: 'test-results/playwright.json',
};

/** @typedef {{ passed: number, failed: number, skipped: number, notes: string[] }} Tally */

/** @returns {unknown} the parsed report, or null when it is missing or unreadable */
function readReport(path, notes) {
  try {
    return JSON.parse(readFileSync(resolve(path), 'utf8'));
  } catch (error) {
    const why = error instanceof Error && 'code' in error ? error.code : 'unreadable';
    notes.push(`${path}: ${String(why)} (counted as 1 failure; did the step run?)`);
    return null;
  }
}

/** @returns {Tally} */
function tallyVitest(path) {
  /** @type {Tally} */
  const t = { passed: 0, failed: 0, skipped: 0, notes: [] };
  const report = /** @type {any} */ (readReport(path, t.notes));
  if (report === null) {
    t.failed = 1;
    return t;
  }
  t.passed = Number(report.numPassedTests ?? 0);
  t.failed = Number(report.numFailedTests ?? 0);
  t.skipped = Number(report.numPendingTests ?? 0) + Number(report.numTodoTests ?? 0);
  // A test file that fails to import or throws at the top level has no tests to fail.
  for (const file of report.testResults ?? []) {
    const ran = (file.assertionResults ?? []).length;
    if (file.status === 'failed' && ran === 0) {
      t.failed += 1;
      t.notes.push(`vitest: ${String(file.name)} failed before running any test`);
    }
  }
  if (report.success === false && t.failed === 0) {
    t.failed = 1;
    t.notes.push('vitest: run reported failure (e.g. an unhandled error) with no failed test');
  }
  return t;
}

/** @returns {Tally} */
function tallyPlaywright(path) {
  /** @type {Tally} */
  const t = { passed: 0, failed: 0, skipped: 0, notes: [] };
  const report = /** @type {any} */ (readReport(path, t.notes));
  if (report === null) {
    t.failed = 1;
    return t;
  }
  const stats = report.stats ?? {};
  t.passed = Number(stats.expected ?? 0) + Number(stats.flaky ?? 0);
  t.failed = Number(stats.unexpected ?? 0);
  t.skipped = Number(stats.skipped ?? 0);
  const errors = report.errors ?? [];
  if (errors.length > 0) {
    t.failed += errors.length;
    for (const e of errors) {
      const first = String(e.message ?? e.value ?? 'error').split('\n')[0];
      t.notes.push(`playwright: ${first}`);
    }
  }
  return t;
}

function exitCodeArg() {
  const i = process.argv.indexOf('--exit-code');
  if (i === -1) return 0;
  const n = Number(process.argv[i + 1]);
  return Number.isInteger(n) ? n : 1;
}

const parts = {
  vitest: tallyVitest(REPORTS.vitest),
  playwright: tallyPlaywright(REPORTS.playwright),
};
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, t] of Object.entries(parts)) {
  console.log(`${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  for (const note of t.notes) console.log(`  ${note}`);
  passed += t.passed;
  failed += t.failed;
  skipped += t.skipped;
}

const stepStatus = exitCodeArg();
if (stepStatus !== 0 && failed === 0) {
  failed = 1;
  console.log(`npm test exited ${stepStatus} with no failed test in the reports (counted as 1)`);
}
if (skipped > 0) console.log(`(${skipped} skipped)`);

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
