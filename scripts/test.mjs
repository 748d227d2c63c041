#!/usr/bin/env node
// `npm test`: every check of the project, as CI runs it. The independent steps (code lint, description
// lint, freshness, the breaking-change gate, the type check, the generated clients) run side by side, each
// with its output kept together; then the vitest suite against a Prism mock. Every step runs even when
// another fails, so one run shows every problem. A line per step gives its result and time; the last line
// is the count CI reports (each step counts as one check, then every vitest test).
//
//   npm test                       everything
//   npm test -- <step>             one step: code, lint, fresh, breaking, types, clients, schemathesis, redis,
//                                  package, vitest
//   npm test -- <file filter>...   only the vitest files matching one of them (npm test -- client-faults)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { binOf, projectRoot, toolEnv } from './run.mjs';
import { ensureSystemPackages } from './system-packages.mjs';

const resultsDir = join(projectRoot, 'test-results');
const vitestReport = join(resultsDir, 'vitest.json');
mkdirSync(resultsDir, { recursive: true });
rmSync(vitestReport, { force: true });

const node = (script, ...args) => [process.execPath, [join(projectRoot, 'scripts', script), ...args]];
const tool = (name, ...args) => [process.execPath, [binOf(name), ...args]];

/** The steps before vitest; independent of each other, so they run side by side. */
const STEPS = {
  code: { title: 'code: Biome formatter and linter', commands: [tool('biome', 'check', '.')] },
  lint: { title: 'lint: Redocly and Spectral', commands: [node('lint.mjs')] },
  fresh: {
    title: 'fresh: generated/ and README.md in step',
    commands: [node('generate.mjs', '--check'), node('readme.mjs', '--check')],
  },
  breaking: { title: 'breaking: no breaking change, or a new major version', commands: [node('check-breaking.mjs')] },
  types: { title: 'types: tsc, with the compile-time tests', commands: [tool('tsc', '-p', '.')] },
  clients: { title: 'clients: Python and Go clients generated, built and tested', commands: [node('clients.mjs')] },
  redis: {
    title: 'redis: the Redis limiter store with worker processes on a real redis-server',
    commands: [tool('vitest', 'run', '--config', 'vitest.redis.config.ts')],
  },
  package: {
    title: 'package: packed, installed in blank ESM and CommonJS projects, client, mock and proxy commands run',
    commands: [tool('vitest', 'run', '--config', 'vitest.package.config.ts')],
  },
  schemathesis: {
    title: 'schemathesis: generated requests against the mock, for every operation',
    commands: [node('schemathesis.mjs')],
  },
};

function run([command, args], { stream }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, env: toolEnv(), stdio: stream ? 'inherit' : 'pipe' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function runStep(name, { stream = false } = {}) {
  const started = performance.now();
  let output = '';
  let code = 0;
  for (const command of STEPS[name].commands) {
    const result = await run(command, { stream });
    output += result.output;
    if (result.code !== 0) code = result.code;
  }
  return { name, title: STEPS[name].title, code, output, seconds: (performance.now() - started) / 1000 };
}

async function runVitest(filters) {
  const started = performance.now();
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`, ...filters];
  const { code } = await run(tool('vitest', ...args), { stream: true });
  const seconds = (performance.now() - started) / 1000;
  if (!existsSync(vitestReport)) return { code: code || 1, passed: 0, failed: 1, seconds, note: 'vitest produced no report' };
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  // Files that fail to load or suites that crash are not counted as tests; count them as a failure.
  const crashed = code !== 0 && report.numFailedTests === 0 ? 1 : 0;
  return { code, passed: report.numPassedTests, failed: report.numFailedTests + crashed, seconds };
}

const filter = process.argv[2];
const stepNames = filter === undefined ? Object.keys(STEPS) : filter in STEPS ? [filter] : [];
const runsVitest = filter === undefined || filter === 'vitest' || !(filter in STEPS);

// System packages first: installed where we can (root with apt-get), else stop now with the command.
const fileFilters = filter === undefined || filter === 'vitest' ? [] : process.argv.slice(2);
const needsChromium = runsVitest && (fileFilters.length === 0 || fileFilters.some((f) => 'test/docs-portal.test.ts'.includes(f)));
const problem = ensureSystemPackages([...stepNames, ...(needsChromium ? ['vitest'] : [])]);
if (problem) {
  console.error(problem);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const lines = [];
let passed = 0;
let failed = 0;
const failures = [];

// Side by side, but no more at once than the machine has cores: a loaded machine makes every step slower.
// The Redis step mostly waits out rate-limit windows (about 55 s, little CPU), so it runs in a lane of its
// own; of the others the longest start first (measured on 2 idle cores: schemathesis 45 s, package 45 s,
// clients 40 s, the rest 15 s or less), so that the lanes end together.
const WAITING = new Set(['redis']);
const LONGEST_FIRST = ['schemathesis', 'package', 'clients', 'types', 'lint', 'fresh', 'breaking', 'code'];
const queue = stepNames.filter((name) => !WAITING.has(name)).sort((a, b) => LONGEST_FIRST.indexOf(a) - LONGEST_FIRST.indexOf(b));
const results = [];
const report = (result) => {
  console.log(`\n===== ${result.title} (${result.seconds.toFixed(1)} s)\n${result.output.trimEnd()}`);
  results.push(result);
};
await Promise.all([
  ...stepNames.filter((name) => WAITING.has(name)).map(async (name) => report(await runStep(name))),
  ...Array.from({ length: Math.min(queue.length, Math.max(2, cpus().length)) }, async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) report(await runStep(name));
  }),
]);
for (const result of stepNames.map((name) => results.find((r) => r.name === name))) {
  lines.push(`${result.code === 0 ? 'pass' : 'FAIL'}  ${result.title}  ${result.seconds.toFixed(1)} s`);
  if (result.code === 0) passed += 1;
  else {
    failed += 1;
    failures.push(result.name);
  }
}

if (runsVitest) {
  console.log('\n===== vitest');
  const vitest = await runVitest(fileFilters);
  passed += vitest.passed;
  failed += vitest.failed;
  if (vitest.failed > 0) failures.push(vitest.note ?? `vitest (${vitest.failed} failed)`);
  lines.push(
    `${vitest.failed === 0 ? 'pass' : 'FAIL'}  vitest: ${vitest.passed} passed, ${vitest.failed} failed  ${vitest.seconds.toFixed(1)} s`,
  );
}

writeFileSync(join(resultsDir, 'summary.json'), `${JSON.stringify({ passed, failed, failures, steps: lines }, null, 2)}\n`);
console.log(`\n===== summary\n${lines.join('\n')}`);
if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
