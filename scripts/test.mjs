#!/usr/bin/env node
// `npm test`: lint, the freshness check of generated/, the breaking-change gate, the type check (which
// also runs the compile-time tests), the generated Python and Go clients, and the vitest suite against
// a Prism mock. Every step runs even when an earlier one fails, so
// one run shows every problem; the exit code is non-zero if any step failed. The last line is the
// count CI reports: each of the first five steps counts as one check, then every vitest test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, runTool } from './run.mjs';

const resultsDir = join(projectRoot, 'test-results');
const vitestReport = join(resultsDir, 'vitest.json');
mkdirSync(resultsDir, { recursive: true });
rmSync(vitestReport, { force: true });

let passed = 0;
let failed = 0;
const failures = [];

function check(title, run) {
  console.log(`\n===== ${title}`);
  const code = run();
  if (code === 0) passed += 1;
  else {
    failed += 1;
    failures.push(title);
  }
}

check('lint', () => spawnSync(process.execPath, [join(projectRoot, 'scripts', 'lint.mjs')], { stdio: 'inherit' }).status ?? 1);
check('generated/ is fresh', () => spawnSync(process.execPath, [join(projectRoot, 'scripts', 'generate.mjs'), '--check'], { stdio: 'inherit' }).status ?? 1);
check('no breaking change, or a new major version', () => spawnSync(process.execPath, [join(projectRoot, 'scripts', 'check-breaking.mjs')], { stdio: 'inherit' }).status ?? 1);
check('type check', () => runTool('tsc', ['-p', '.']));
check('Python and Go clients generated, built and smoke-tested', () => spawnSync(process.execPath, [join(projectRoot, 'scripts', 'clients.mjs')], { stdio: 'inherit' }).status ?? 1);

console.log('\n===== vitest');
const vitestCode = runTool('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0) failures.push(`vitest (${report.numFailedTests} tests)`);
  // Files that fail to load or suites that crash are not counted as tests; count them as failures.
  if (vitestCode !== 0 && report.numFailedTests === 0) {
    failed += 1;
    failures.push(`vitest exited with code ${vitestCode}`);
  }
} else {
  failed += 1;
  failures.push('vitest produced no report');
}

writeFileSync(join(resultsDir, 'summary.json'), `${JSON.stringify({ passed, failed, failures }, null, 2)}\n`);
if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
