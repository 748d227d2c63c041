#!/usr/bin/env node
// `npm run stress`: the suite on a loaded machine. Keeps every core busy with other work (one spinning
// process per core) and runs `npm test` several times in a row (default 3); fails if any run fails. A
// suite that passes only on an idle machine teaches people to ignore it.
//
//   npm run stress                        3 runs of the whole npm test
//   npm run stress -- --runs 2 vitest     2 runs of one step (any argument of npm test)
//
// The load stops with this script: each spinner exits when its stdin (a pipe from here) closes, which
// also happens when this script is killed. Results go to test-results/stress.json.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './run.mjs';

const args = process.argv.slice(2);
let runs = 3;
const runsAt = args.indexOf('--runs');
if (runsAt !== -1) {
  runs = Number(args[runsAt + 1]);
  args.splice(runsAt, 2);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('--runs must be a whole number of runs, at least 1');
    process.exit(2);
  }
}

// Spins in 50 ms slices, so that it still notices its stdin closing.
const SPINNER = `process.stdin.on('end', () => process.exit(0)); process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
(function spin() { const until = Date.now() + 50; while (Date.now() < until); setImmediate(spin); })();`;
const load = cpus().map(() => spawn(process.execPath, ['-e', SPINNER], { stdio: ['pipe', 'ignore', 'ignore'] }));
const stopLoad = () => {
  for (const spinner of load) spinner.stdin.end();
};
process.on('exit', stopLoad);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
console.log(`stress: ${load.length} spinning processes keep every core busy; ${runs} runs of npm test ${args.join(' ')}`);

const results = [];
for (let run = 1; run <= runs; run += 1) {
  const started = performance.now();
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'test.mjs'), ...args], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    child.on('close', (exitCode) => resolve(exitCode ?? 1));
  });
  const seconds = (performance.now() - started) / 1000;
  results.push({ run, code, seconds: Number(seconds.toFixed(1)) });
  console.log(`\n===== stress: run ${run} of ${runs}: ${code === 0 ? 'pass' : 'FAIL'} in ${seconds.toFixed(1)} s under load\n`);
}
stopLoad();

mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
writeFileSync(
  join(projectRoot, 'test-results', 'stress.json'),
  `${JSON.stringify({ cores: load.length, runs: results }, null, 2)}\n`,
);
const failed = results.filter((result) => result.code !== 0).length;
console.log('===== stress summary');
for (const result of results) console.log(`run ${result.run}: ${result.code === 0 ? 'pass' : 'FAIL'}  ${result.seconds} s`);
console.log(`${runs - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
