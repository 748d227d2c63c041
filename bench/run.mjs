#!/usr/bin/env node
// `npm run bench`: measures the five figures of issue 4 and writes BENCHMARKS.md with the machine and
// the date. Timings are never asserted in tests; only the size budget is (test/bundle-size.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { operationsOf } from '../scripts/bundle-document.mjs';
import { projectRoot } from '../scripts/run.mjs';

const operationCount = operationsOf(JSON.parse(readFileSync(join(projectRoot, 'generated', 'openapi.json'), 'utf8'))).length;
import { CODE_BUDGET_BYTES, measureBundle } from './bundle-size.mjs';
import { measureResponseSize } from './response-size.mjs';
import { compileForNode } from './compile.mjs';

try {
  const compiled = join(projectRoot, 'bench', '.scenarios.compiled.mjs');
  // Next to the sources, so that the compiled scenarios find bench/server.mjs.
  await compileForNode(join(projectRoot, 'bench', 'scenarios.ts'), compiled, { outbase: projectRoot });
  console.log('Running the timed scenarios (about a minute)...');
  const run = spawnSync(process.execPath, [compiled], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`bench/scenarios.ts failed with exit code ${run.status}`);
  const timed = JSON.parse(run.stdout.trim().split('\n').at(-1));

  console.log('Timing the type check of bench/consumer/consumer.ts (3 runs)...');
  const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const typecheckSeconds = [];
  for (let i = 0; i < 3; i += 1) {
    const started = process.hrtime.bigint();
    const check = spawnSync(process.execPath, [tsc, '-p', join(projectRoot, 'bench', 'consumer', 'tsconfig.json')], {
      encoding: 'utf8',
    });
    if (check.status !== 0) throw new Error(`the consumer file does not type-check:\n${check.stdout}`);
    typecheckSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  typecheckSeconds.sort((a, b) => a - b);

  const sizes = await measureBundle();
  console.log('Measuring the memory of oversized and endless answers...');
  const responseSizes = await measureResponseSize();
  // The sections measured on their own (npm run bench:redis, bench/package-weight.mjs) are kept.
  const benchmarksPath = join(projectRoot, 'BENCHMARKS.md');
  const previous = existsSync(benchmarksPath) ? readFileSync(benchmarksPath, 'utf8') : '';
  const kept = ['redis', 'package-weight']
    .map((name) => new RegExp(`<!-- ${name} -->[\\s\\S]*<!-- \\/${name} -->\\n?`).exec(previous)?.[0])
    .filter(Boolean);
  const rendered = render({ timed, typecheckSeconds, sizes }) + renderResponseSizes(responseSizes);
  writeFileSync(benchmarksPath, [rendered.trimEnd(), ...kept].join('\n\n'));
  console.log('Wrote BENCHMARKS.md');
} finally {
  rmSync(join(projectRoot, 'bench', '.scenarios.compiled.mjs'), { force: true });
}

function render({ timed, typecheckSeconds, sizes }) {
  const { perCallMicros: call, throughputPerSecond: rate, limiterAcquireNanos, simulatedLimit: sim } = timed;
  const costRatio = call.client / call.openapiFetch;
  const rateRatio = rate.client / rate.fetch;
  const sustained = sim.sustainedPerWindow / sim.limit;
  const verdict = (ok) => (ok ? 'met' : '**not met**');
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const cpu = cpus();
  const rows = [
    [
      'Per-call cost vs openapi-fetch (sequential GET, local server)',
      `${costRatio.toFixed(3)}×: client ${call.client.toFixed(0)} µs, openapi-fetch ${call.openapiFetch.toFixed(0)} µs, fetch ${call.fetch.toFixed(0)} µs`,
      '≤ 1.10×',
      verdict(costRatio <= 1.1),
    ],
    [
      'Throughput at concurrency 16 vs bare fetch',
      `${rateRatio.toFixed(3)}×: client ${rate.client.toFixed(0)}/s, openapi-fetch ${rate.openapiFetch.toFixed(0)}/s, fetch ${rate.fetch.toFixed(0)}/s`,
      '≥ 0.95×',
      verdict(rateRatio >= 0.95),
    ],
    [
      'Runtime size of the client (createWorkatoClient + unwrap), minified / gzipped',
      `${kb(sizes.client.minified)} / ${kb(sizes.client.gzipped)}`,
      `≤ ${kb(CODE_BUDGET_BYTES)} minified`,
      verdict(sizes.client.minified <= CODE_BUDGET_BYTES),
    ],
    ['Type check of a small consumer file (median of 3, tsc)', `${typecheckSeconds[1].toFixed(2)} s`, 'measured', '—'],
    [
      `Simulated ${sim.calls} calls through \`${sim.group}\` (${sim.limit}/min)`,
      `${(sustained * 100).toFixed(1)} % of the limit sustained, busiest window ${sim.busiestWindow}, ${sim.tooMany} × 429, ${sim.simulatedMinutes.toFixed(1)} simulated minutes`,
      '≥ 95 %, 0 × 429',
      verdict(sustained >= 0.95 && sim.tooMany === 0),
    ],
  ];
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`bench/run.mjs`); rerun it to refresh this file. Timings are medians of 9 (per call) and 7 (throughput)',
    'alternating rounds against a local HTTP server in a child process (`bench/server.mjs`); they are never',
    'asserted in tests.',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} GiB free), ${platform()} ${release()}`,
    `- Node ${process.version}`,
    '',
    '| figure | measured | goal | |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    '## Details',
    '',
    `- Bare openapi-fetch itself runs at ${(rate.openapiFetch / rate.fetch).toFixed(2)}× the throughput of bare \`fetch\` here and costs`,
    `  ${(call.openapiFetch / call.fetch).toFixed(2)}× per call, so a client built on it cannot reach 0.95× of bare fetch. What the client adds`,
    '  per call: one AbortController and one timer per attempt (the per-attempt timeout, the deadline and',
    '  cancellation), the path checks before encoding, reading and checking the JSON body, and the',
    '  bookkeeping for `unwrap`. Signals are the dearest part on Node 20 (each one is made transferable).',
    `- The client runs with every default on (retries, per-attempt timeout and deadline, response checks, the`,
    `  rate limiter); the operation measured (\`listFolders\`) has no documented limit, so the limiter never`,
    `  waits. One limiter grant costs ${limiterAcquireNanos.toFixed(0)} ns.`,
    `- Sizes (esbuild, minified ESM): the client ${kb(sizes.client.minified)}; the whole entry (also \`paginate\`,`,
    `  \`customerId\`, every error class) ${kb(sizes.code.minified)} / ${kb(sizes.code.gzipped)} gzipped; with the`,
    `  generated data of the ${operationCount} operations ${kb(sizes.codeAndData.minified)} / ${kb(sizes.codeAndData.gzipped)}; with`,
    `  openapi-fetch ${kb(sizes.withOpenapiFetch.minified)} / ${kb(sizes.withOpenapiFetch.gzipped)}. The budget`,
    '  covers the code a client costs; the description data grows with the description, and openapi-fetch',
    '  may be shared with other code.',
    `- Type check: \`tsc -p bench/consumer\` on a 25-line consumer, which pulls in the generated types of all`,
    `  ${operationCount} operations; runs ${typecheckSeconds.map((s) => `${s.toFixed(2)} s`).join(', ')}.`,
    `- Limiter: ${sim.calls} calls queued at once; a fake server enforcing ${sim.limit} per ${sim.windowMs / 1000} s answered`,
    `  ${sim.tooMany} × 429; the busiest ${sim.windowMs / 1000} s window held ${sim.busiestWindow} requests.`,
    '',
  ].join('\n');
}

/** The section of bench/response-size.mjs: what a 50 MB or endless answer costs, with maxResponseBytes. */
function renderResponseSizes(results) {
  return [
    '',
    '## Response size limit',
    '',
    'Peak RSS growth of a fresh process whose client reads one answer from a local server in the same',
    "process (`bench/response-size.mjs`; the server's buffers count too). `maxResponseBytes` defaults to 32 MiB.",
    '',
    '| answer | outcome | time | peak RSS growth |',
    '| --- | --- | --- | --- |',
    ...results.map((r) => `| ${r.case} | ${r.outcome} | ${r.ms} ms | ${r.peakRssGrowthMB} MB |`),
    '',
  ].join('\n');
}
