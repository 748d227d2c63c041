#!/usr/bin/env node
// `node bench/response-size.mjs`: what a 50 MB answer costs the client in memory, with the default
// maxResponseBytes (32 MiB) and with a limit above it, for a declared length and for a chunked body; and
// what an endless body costs. Memory is the growth of the process's peak RSS over a baseline, measured in
// a fresh process per case (RSS never shrinks back reliably); the server runs in that process too, so its
// write buffers count. Prints a JSON line per case; `npm run bench` puts them in BENCHMARKS.md. Not asserted.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../scripts/run.mjs';

const compiled = join(projectRoot, 'bench', '.client.compiled.mjs');
const MB = 1_000_000;

export async function measureResponseSize() {
  await compileForNode(join(projectRoot, 'src', 'index.ts'), compiled);

  const CASE = `
import { createServer } from 'node:http';
import { createWorkatoClient, unwrap } from ${JSON.stringify(compiled)};
import { compileForNode } from './compile.mjs';
const [bytes, declare, limit] = process.argv.slice(1).map(Number);
const piece = Buffer.from('"' + 'x'.repeat(65_534) + '",');
const server = createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json', ...(declare ? { 'Content-Length': String(bytes) } : {}) });
  let left = bytes;
  const more = () => {
    while (left > 0 && !response.destroyed) {
      const last = bytes > 0 && left <= piece.length + 2;
      const chunk = left === bytes ? Buffer.from('[') : last ? Buffer.from('"x"]'.padStart(left, ' ')) : piece;
      left -= chunk.length;
      if (!response.write(chunk)) return void response.once('drain', more);
    }
    if (bytes > 0 && !response.destroyed) response.end();
  };
  more();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const api = createWorkatoClient({ token: 't', baseUrl: 'http://127.0.0.1:' + server.address().port, rateLimiter: false, retry: false, ...(limit ? { maxResponseBytes: limit } : {}) });
globalThis.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
const started = performance.now();
const outcome = await unwrap(api.GET('/api/managed_users/{managed_user_id}/connections', { params: { path: { managed_user_id: '97' } } }))
  .then(() => 'read whole', (error) => error.name);
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ outcome, ms: Math.round(performance.now() - started), peakRssGrowthMB: Math.round((peak - before) / 1e5) / 10 }));
server.close();
process.exit(0);
`;

  const cases = [
    ['50 MB, length declared, default limit (32 MiB)', 50 * MB, 1, 0],
    ['50 MB, chunked, default limit (32 MiB)', 50 * MB, 0, 0],
    ['50 MB, chunked, maxResponseBytes 64 MiB', 50 * MB, 0, 64 * 1_048_576],
    ['endless body, default limit (32 MiB)', -1, 0, 0],
  ];
  const results = [];
  for (const [name, bytes, declare, limit] of cases) {
    const run = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--input-type=module',
        '-e',
        CASE,
        String(bytes === -1 ? Number.MAX_SAFE_INTEGER : bytes),
        String(declare),
        String(limit),
      ],
      { encoding: 'utf8', cwd: projectRoot },
    );
    if (run.status !== 0) throw new Error(`${name}: ${run.stderr}`);
    const result = { case: name, ...JSON.parse(run.stdout.trim().split('\n').at(-1)) };
    results.push(result);
  }
  rmSync(compiled, { force: true });
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const result of await measureResponseSize()) console.log(JSON.stringify(result));
}
