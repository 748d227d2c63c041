// One worker process of the multi-process tests and the benchmark: a client with the Redis limiter that
// keeps `concurrency` calls of one group going against the fake server until `durationMs` has passed,
// then prints one JSON line: how many calls ended how, the longest call, and the store's failures.
// Compiled by esbuild (ioredis left external) and started with `node <bundle> '<json config>'`.
import { Redis } from 'ioredis';
import { createWorkatoClient, unwrap } from '../../src/index.js';
import { createRedisRateLimiter } from '../../src/redis.js';

export interface WorkerConfig {
  redisPort: number;
  url: string;
  workspace: string;
  limit: number;
  windowMs: number;
  marginMs: number;
  durationMs: number;
  concurrency: number;
  deadlineMs: number;
}

const config = JSON.parse(process.argv[2] as string) as WorkerConfig;
const redis = new Redis({ host: '127.0.0.1', port: config.redisPort, retryStrategy: () => 100, lazyConnect: true });
redis.on('error', () => undefined); // reported through onStoreError
await redis.connect();
let storeErrors = 0;
const GROUP = 'connections.other';
const rateLimiter = createRedisRateLimiter({
  redis,
  workspace: config.workspace,
  limits: { [GROUP]: config.limit },
  windows: { [GROUP]: config.windowMs },
  arrivalMarginMs: config.marginMs,
  storeTimeoutMs: 300,
  onStoreError: () => {
    storeErrors += 1;
  },
});
const client = createWorkatoClient({
  token: 'worker-token',
  baseUrl: config.url,
  rateLimiter,
  deadlineMs: config.deadlineMs,
  timeoutMs: config.deadlineMs,
});
// A long-running worker has its HTTP machinery loaded and a connection open; a fresh process's first
// fetch takes hundreds of ms more on a loaded machine, which would be a spread of travel times the
// margin of these short runs does not cover. The server does not count this request.
await (await fetch(`${config.url}/warm-up`)).arrayBuffer();
const outcomes: Record<string, number> = {};
let longestMs = 0;
const endAt = Date.now() + config.durationMs;
await Promise.all(
  Array.from({ length: config.concurrency }, async () => {
    while (Date.now() < endAt) {
      const started = Date.now();
      let outcome = 'ok';
      try {
        await unwrap(
          client.PUT('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
            params: { path: { managed_user_id: '97', connection_id: 5 } },
            body: { name: 'Jira' },
          }),
        );
      } catch (error) {
        outcome = (error as Error).name;
      }
      longestMs = Math.max(longestMs, Date.now() - started);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
  }),
);
redis.disconnect();
console.log(JSON.stringify({ outcomes, longestMs, storeErrors }));
