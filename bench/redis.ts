// The Redis store's benchmark (issue 13), run by bench/redis.mjs: the cost per acquire of the Redis store
// against the in-memory limiter (a limit that never makes anyone wait, so only the bookkeeping is timed),
// and the sustained fraction of the limit for 1, 4 and 16 worker processes sharing one group, with the
// busiest window as the fake server counts arrivals. Prints one JSON object.
import { Redis } from 'ioredis';
import { createRateLimiter } from '../src/index.js';
import { createRedisRateLimiter } from '../src/redis.js';
import { startArrivalServer } from '../test/support/arrival-server.js';
import { startRedis } from '../test/support/redis.js';
import { runWorkers } from '../test/support/redis-workers.js';
import { busiestWindow } from '../test/support/simulated-clock.js';

const redisServer = await startRedis();
const server = await startArrivalServer();
const redis = new Redis({ host: '127.0.0.1', port: redisServer.port });

async function perAcquireMicros(acquire: () => Promise<void>, calls: number): Promise<number> {
  for (let i = 0; i < 200; i += 1) await acquire(); // warm-up
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i += 1) await acquire();
  return Number(process.hrtime.bigint() - started) / 1000 / calls;
}

const CALLS = 5_000;
const memory = createRateLimiter();
const shared = createRedisRateLimiter({ redis, workspace: 'bench-cost', arrivalMarginMs: 0 });
// The first use of a fresh Redis holds one window (the store cannot know what was sent before); the
// timing wants none, so it dates the workspace's epoch far back.
await redis.set('workato:rl:{bench-cost}:epoch', 0);
const inMemoryUs = await perAcquireMicros(() => memory.acquire('g', 1_000_000, 600_000), CALLS);
const redisUs = await perAcquireMicros(() => shared.acquire('g', 1_000_000, 600_000), CALLS);
redis.disconnect();

const LIMIT = 20;
const WINDOW = 8_000;
const MARGIN = 600;
const DURATION = 26_000;
const DEADLINE = 30_000;
const fleets = [];
for (const workers of [1, 4, 16]) {
  const before = server.arrivals.length;
  // The steady state: no first-window hold of a new workspace (see test/redis-store.test.ts).
  const setup = new Redis({ host: '127.0.0.1', port: redisServer.port });
  await setup.set(`workato:rl:{bench-fleet-${workers}}:epoch`, 0);
  setup.disconnect();
  const summaries = await runWorkers(workers, {
    redisPort: redisServer.port,
    url: server.url,
    workspace: `bench-fleet-${workers}`,
    limit: LIMIT,
    windowMs: WINDOW,
    marginMs: MARGIN,
    durationMs: DURATION,
    deadlineMs: DEADLINE,
    concurrency: 4,
  });
  const arrivals = server.arrivals.slice(before).sort((a, b) => a - b);
  // m * LIMIT arrivals from the first to arrival m * LIMIT, which the limit allows in m windows at best.
  const m = Math.floor((arrivals.length - 1) / LIMIT);
  let over = 0;
  for (let end = 0, start = 0; end < arrivals.length; end += 1) {
    while ((arrivals[end] as number) - (arrivals[start] as number) >= WINDOW) start += 1;
    if (end - start + 1 > LIMIT) over += 1;
  }
  fleets.push({
    workers,
    calls: arrivals.length,
    timedOut: summaries.reduce((sum, s) => sum + (s.outcomes.WorkatoTimeoutError ?? 0), 0),
    failed: summaries.reduce(
      (sum, s) =>
        sum + Object.entries(s.outcomes).reduce((n, [k, v]) => n + (k === 'ok' || k === 'WorkatoTimeoutError' ? 0 : v), 0),
      0,
    ),
    sustained: (m * WINDOW) / ((arrivals[m * LIMIT] as number) - (arrivals[0] as number)),
    busiest: busiestWindow(arrivals, WINDOW),
    windowsOver: over,
  });
}
await server.close();
await redisServer.stop();
console.log(
  JSON.stringify({
    calls: CALLS,
    inMemoryUs,
    redisUs,
    limit: LIMIT,
    windowMs: WINDOW,
    marginMs: MARGIN,
    durationMs: DURATION,
    deadlineMs: DEADLINE,
    fleets,
  }),
);
