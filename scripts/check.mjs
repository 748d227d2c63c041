#!/usr/bin/env node
// `npm run check`: the quick loop while editing, under 30 s on two cores: code lint, description lint
// (Redocly on the split source, layout included), freshness of generated/ and README.md, the type check,
// and the unit tests that need no mock (the client, the description's own rules). `npm test` runs the rest.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { binOf, projectRoot, toolEnv } from './run.mjs';

const node = (script, ...args) => [process.execPath, [join(projectRoot, 'scripts', script), ...args]];
const tool = (name, ...args) => [process.execPath, [binOf(name), ...args]];
const UNIT_TESTS = [
  'test/client.test.ts',
  'test/paginate.test.ts',
  'test/path-safety.test.ts',
  'test/rate-limiter.test.ts',
  'test/description.test.ts',
  'test/doc-samples.test.ts',
  'test/readme.test.ts',
];

const steps = [
  ['code', tool('biome', 'check', '.')],
  ['lint', tool('redocly', 'lint', 'workato', '--format', 'stylish')],
  ['fresh', node('generate.mjs', '--check')],
  ['readme', node('readme.mjs', '--check')],
  ['types', tool('tsc', '-p', '.')],
  ['unit', tool('vitest', 'run', '--config', 'vitest.unit.config.ts', ...UNIT_TESTS)],
];

function run(name, [command, args]) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, env: toolEnv(), stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

const started = performance.now();
const results = await Promise.all(steps.map(([name, command]) => run(name, command)));
for (const result of results) {
  if (result.code !== 0) console.log(`\n===== ${result.name}\n${result.output.trimEnd()}`);
}
for (const { name, code, seconds } of results) console.log(`${code === 0 ? 'pass' : 'FAIL'}  ${name}  ${seconds.toFixed(1)} s`);
console.log(`check: ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = results.every(({ code }) => code === 0) ? 0 : 1;
