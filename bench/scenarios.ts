// The timed benchmarks, run by bench/run.mjs (which compiles this file and writes BENCHMARKS.md). Prints
// one JSON object. Everything runs against a local HTTP server in this process or a simulated clock.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { createRateLimiter, createWorkatoClient, rateLimitGroups, unwrap } from '../src/index.js';
import { busiestWindow, simulatedClock } from '../test/support/simulated-clock.js';

const FOLDERS = '/api/managed_users/{managed_user_id}/folders';
const TOKEN = 'bench-token-0123456789';

/** Starts bench/server.mjs as a child process and resolves with its URL. */
async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./server.mjs', import.meta.url))], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`bench/server.mjs exited with ${code}`)));
  });
  return { url, stop: () => child.stdin.end() };
}

type Call = () => Promise<unknown>;

function callers(url: string): Record<'fetch' | 'openapiFetch' | 'client', Call> {
  const bare = createClient<paths>({ baseUrl: url, headers: { Authorization: `Bearer ${TOKEN}` } });
  // Every default on: retries, timeouts, the limiter (folders have no documented limit, so it never waits).
  const client = createWorkatoClient({ token: TOKEN, baseUrl: url });
  const params = { params: { path: { managed_user_id: '97' } } };
  return {
    fetch: async () =>
      (await fetch(`${url}/api/managed_users/97/folders`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json(),
    openapiFetch: async () => (await bare.GET(FOLDERS, params)).data,
    client: () => unwrap(client.GET(FOLDERS, params)),
  };
}

async function sequential(call: Call, calls: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i += 1) await call();
  return Number(process.hrtime.bigint() - started) / 1000 / calls;
}

async function concurrent(call: Call, calls: number, concurrency: number): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) {
        next += 1;
        await call();
      }
    }),
  );
  return calls / (Number(process.hrtime.bigint() - started) / 1e9);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Rounds alternate between the contenders so that drift of the machine affects all of them alike. */
async function compare(run: (call: Call) => Promise<number>, calls: Record<string, Call>, rounds: number) {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(calls).map((name) => [name, []]));
  for (const call of Object.values(calls)) await run(call); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, call] of Object.entries(calls)) samples[name]!.push(await run(call));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

async function limiterCost(): Promise<number> {
  const limiter = createRateLimiter();
  const count = 200_000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) await limiter.acquire('bench', Number.MAX_SAFE_INTEGER, 60_000);
  return Number(process.hrtime.bigint() - started) / count;
}

/** 2,000 calls through a 60-per-minute group on a simulated clock, against a server that enforces the limit. */
async function simulatedLimit() {
  const group = 'connections.other';
  const { limit, windowMs } = rateLimitGroups[group];
  const clock = simulatedClock();
  const received: number[] = [];
  let tooMany = 0;
  const fetch = async () => {
    const now = clock.now();
    if (received.filter((at) => at > now - windowMs).length >= limit) {
      tooMany += 1;
      return Response.json({ message: 'Too many requests' }, { status: 429, headers: { 'Retry-After': '1' } });
    }
    received.push(now);
    return Response.json({ id: 5, name: 'Jira' });
  };
  const client = createWorkatoClient({
    token: TOKEN,
    baseUrl: 'http://localhost:9',
    fetch,
    rateLimiter: createRateLimiter({ clock }),
    deadlineMs: 2_147_483_647,
  });
  const calls = 2_000;
  const all = Array.from({ length: calls }, () =>
    unwrap(
      client.PUT('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
        params: { path: { managed_user_id: '97', connection_id: 5 } },
        body: { name: 'Jira' },
      }),
    ),
  );
  await clock.run();
  await Promise.all(all);
  const first = Math.min(...received);
  const last = Math.max(...received);
  // Sends per window over the run's complete windows, against the limit.
  const completeWindows = Math.floor((last - first) / windowMs);
  const inCompleteWindows = received.filter((at) => at < first + completeWindows * windowMs).length;
  return {
    group,
    limit,
    windowMs,
    calls,
    simulatedMinutes: (last - first) / 60_000,
    sustainedPerWindow: inCompleteWindows / completeWindows,
    busiestWindow: busiestWindow(received, windowMs),
    tooMany,
  };
}

const { url, stop } = await startServer();
const contenders = callers(url);
const perCallMicros = await compare((call) => sequential(call, 2_000), contenders, 9);
const throughput = await compare((call) => concurrent(call, 4_000, 16), contenders, 7);
stop();

console.log(
  JSON.stringify({
    perCallMicros,
    throughputPerSecond: throughput,
    limiterAcquireNanos: await limiterCost(),
    simulatedLimit: await simulatedLimit(),
  }),
);
