#!/usr/bin/env node
// `npm run bench:redis`: compiles and runs bench/redis.ts (needs redis-server installed; it starts its own
// on a free loopback port) and writes its figures into BENCHMARKS.md, between the `redis` markers (kept
// there by `npm run bench`). About a minute and a half, mostly waiting out windows.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../scripts/run.mjs';
import { compileForNode } from './compile.mjs';

const compiled = join(projectRoot, 'bench', '.redis.compiled.mjs');
try {
  await compileForNode(join(projectRoot, 'bench', 'redis.ts'), compiled, { external: ['ioredis', 'esbuild'] });
  const run = spawnSync(process.execPath, [compiled], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, WORKATO_PROJECT_ROOT: projectRoot },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`bench/redis.ts failed with exit code ${run.status}`);
  const r = JSON.parse(run.stdout.trim().split('\n').at(-1));
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  const section = [
    '<!-- redis -->',
    '## The Redis limiter store (`npm run bench:redis`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, redis-server on loopback.`,
    '',
    `Cost per acquire, ${r.calls} in a row with a limit that never makes anyone wait (only the bookkeeping):`,
    '',
    '| store | µs per acquire |',
    '| --- | ---: |',
    `| in memory (\`createRateLimiter\`) | ${r.inMemoryUs.toFixed(2)} |`,
    `| Redis (\`createRedisRateLimiter\`, one Lua script call) | ${r.redisUs.toFixed(1)} |`,
    '',
    `Worker processes sharing one group through Redis (each 4 calls at a time against a loopback server that counts arrivals), limit ${r.limit} per ${r.windowMs / 1000} s window, arrival margin ${r.marginMs} ms, ${r.durationMs / 1000} s per run. Sustained = m windows / (time from the first arrival to arrival m x limit), the largest such m; it is 100 % only if every window is full; the margin's bound is window / (window + margin) = ${pct(r.windowMs / (r.windowMs + r.marginMs))}.`,
    '',
    '| workers | calls sent | ended at their deadline | other failures | sustained fraction of the limit | busiest server window | windows over the limit |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.fleets.map(
      (f) =>
        `| ${f.workers} | ${f.calls} | ${f.timedOut} | ${f.failed} | ${pct(f.sustained)} | ${f.busiest} / ${r.limit} | ${f.windowsOver} |`,
    ),
    '',
    `Each worker keeps 4 calls waiting, so 16 workers queue 64 calls for ${r.limit} places a window: a call that cannot get a place within its deadline (${r.deadlineMs / 1000} s) ends with WorkatoTimeoutError, as it should. The sustained fraction can read a little above the margin's bound because it is measured on arrivals, whose travel times vary. The per-acquire costs are one run on a machine whose load varies; compare them within a run.`,
    '<!-- /redis -->',
    '',
  ].join('\n');
  const path = join(projectRoot, 'BENCHMARKS.md');
  const current = readFileSync(path, 'utf8');
  const kept = current.replace(/<!-- redis -->[\s\S]*<!-- \/redis -->\n?/, '');
  writeFileSync(path, `${kept.trimEnd()}\n\n${section}`);
  console.log(section);
} finally {
  rmSync(compiled, { force: true });
}
