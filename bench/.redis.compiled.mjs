// bench/redis.ts
import { Redis } from 'ioredis';

// src/errors.ts
var WorkatoError = class extends Error {
  name = 'WorkatoError';
  /** What `JSON.stringify` shows: the name, the message and the error's own fields, never a stack. */
  toJSON() {
    return { message: this.message, ...this };
  }
};
var WorkatoInputError = class extends WorkatoError {
  name = 'WorkatoInputError';
  /** Which option or parameter was refused, such as `baseUrl` or `path.managed_user_id`. */
  field;
  constructor(field, problem, options) {
    super(`${field}: ${problem}`, options);
    this.field = field;
  }
};

// src/rate-limiter.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
function createRateLimiter(options = {}) {
  const clock = options.clock ?? systemClock;
  const margin = options.arrivalMarginMs ?? 1e3;
  if (!Number.isInteger(margin) || margin < 0) throw new WorkatoInputError('arrivalMarginMs', 'must be an integer >= 0');
  for (const [group, limit] of Object.entries(options.limits ?? {})) {
    if (!Number.isInteger(limit) || limit < 1) throw new WorkatoInputError(`limits.${group}`, 'must be a positive integer');
  }
  const groups = /* @__PURE__ */ new Map();
  function pump(state) {
    const now = clock.now();
    while (state.sent.length > 0 && state.sent[0] <= now - state.windowMs) state.sent.shift();
    while (state.queue.length > 0 && state.sent.length < state.limit) {
      state.sent.push(now);
      state.queue.shift().resolve();
    }
    if (state.queue.length === 0 || state.timer) return;
    const timer = new AbortController();
    state.timer = timer;
    const wait = state.sent[state.sent.length - state.limit] + state.windowMs - now;
    clock.sleep(wait, timer.signal).then(
      () => {
        state.timer = void 0;
        pump(state);
      },
      () => void 0,
    );
  }
  return {
    acquire(group, documentedLimit, windowMs, signal) {
      signal?.throwIfAborted();
      const limit = Math.min(documentedLimit, options.limits?.[group] ?? documentedLimit);
      let state = groups.get(group);
      if (!state) groups.set(group, (state = { limit, windowMs: windowMs + margin, sent: [], queue: [], timer: void 0 }));
      const current = state;
      return new Promise((resolve, reject) => {
        const onAbort = () => {
          current.queue.splice(current.queue.indexOf(waiter), 1);
          if (current.queue.length === 0) {
            current.timer?.abort();
            current.timer = void 0;
          }
          reject(signal?.reason);
        };
        const waiter = {
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        current.queue.push(waiter);
        pump(current);
      });
    },
  };
}

// src/redis.ts
var WorkatoStoreError = class extends WorkatoError {
  name = 'WorkatoStoreError';
};
var ACQUIRE = `
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local epoch = tonumber(redis.call('GET', KEYS[3]))
if not epoch then
  epoch = now
  redis.call('SET', KEYS[3], now)
end
local wait = epoch + window - now
local hold = tonumber(redis.call('GET', KEYS[2]))
if hold and hold - now > wait then wait = hold - now end
if wait > 0 then return wait end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
if count < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
return tonumber(oldest[2]) + window - now
`;
var THROTTLE = `
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ends = now + tonumber(ARGV[1])
local hold = tonumber(redis.call('GET', KEYS[1]))
if not hold or hold < ends then redis.call('SET', KEYS[1], ends, 'PX', ARGV[1]) end
return 0
`;
var UNAVAILABLE_PAUSE_MS = 200;
function createRedisRateLimiter(options) {
  const { redis: redis2, workspace, onStoreError } = options;
  if (typeof redis2?.defineCommand !== 'function') throw new WorkatoInputError('redis', 'must be an ioredis Redis or Cluster');
  if (typeof workspace !== 'string' || !/^[^{}\s]+$/.test(workspace)) {
    throw new WorkatoInputError('workspace', 'must be a non-empty string without braces or spaces');
  }
  const margin = options.arrivalMarginMs ?? 1e3;
  if (!Number.isInteger(margin) || margin < 0) throw new WorkatoInputError('arrivalMarginMs', 'must be an integer >= 0');
  const storeTimeoutMs = options.storeTimeoutMs ?? 1e3;
  if (!Number.isInteger(storeTimeoutMs) || storeTimeoutMs < 1) {
    throw new WorkatoInputError('storeTimeoutMs', 'must be a positive integer');
  }
  for (const [name, values] of [
    ['limits', options.limits],
    ['windows', options.windows],
  ]) {
    for (const [group, value] of Object.entries(values ?? {})) {
      if (!Number.isInteger(value) || value < 1) throw new WorkatoInputError(`${name}.${group}`, 'must be a positive integer');
    }
  }
  const fallback = options.whenUnavailable ?? 'wait';
  if (fallback !== 'wait' && typeof fallback?.acquire !== 'function') {
    throw new WorkatoInputError('whenUnavailable', "must be 'wait' or a limiter from createRateLimiter()");
  }
  const base = `${options.prefix ?? 'workato:rl:'}{${workspace}}:`;
  if (!('workatoRateLimitAcquire' in redis2)) {
    redis2.defineCommand('workatoRateLimitAcquire', { numberOfKeys: 3, lua: ACQUIRE });
    redis2.defineCommand('workatoRateLimitThrottle', { numberOfKeys: 1, lua: THROTTLE });
  }
  const scripts = redis2;
  const instance = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  let grants = 0;
  const tails = /* @__PURE__ */ new Map();
  function storeFailure(what, cause) {
    const error = new WorkatoStoreError(`the Redis rate-limit store failed to ${what}`, { cause });
    onStoreError?.(error);
    return error;
  }
  function answer(pending, signal) {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        done();
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no answer within ${storeTimeoutMs} ms`));
      }, storeTimeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      pending.then(
        (value) => {
          done();
          resolve(value);
        },
        (error) => {
          done();
          reject(error);
        },
      );
    });
  }
  async function take(group, limit, windowMs, signal) {
    const keys = [`${base}${group}`, `${base}${group}:hold`, `${base}epoch`];
    for (;;) {
      signal?.throwIfAborted();
      let wait;
      try {
        grants += 1;
        const pending = scripts.workatoRateLimitAcquire(...keys, limit, windowMs + margin, `${instance}-${grants}`);
        wait = Number(await answer(pending, signal));
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        storeFailure('grant a place', error);
        if (fallback !== 'wait') return fallback.acquire(group, limit, windowMs, signal);
        wait = UNAVAILABLE_PAUSE_MS;
      }
      if (wait <= 0) return;
      await systemClock.sleep(wait, signal);
    }
  }
  return {
    acquire(group, documentedLimit, documentedWindowMs, signal) {
      signal?.throwIfAborted();
      const limit = Math.min(documentedLimit, options.limits?.[group] ?? documentedLimit);
      const windowMs = options.windows?.[group] ?? documentedWindowMs;
      const previous = tails.get(group) ?? Promise.resolve();
      const mine = previous.then(() => take(group, limit, windowMs, signal));
      const tail = mine.catch(() => void 0);
      tails.set(group, tail);
      tail.then(() => {
        if (tails.get(group) === tail) tails.delete(group);
      });
      return waitOrAbort(mine, signal);
    },
    throttled(group, retryAfterMs) {
      if (!(retryAfterMs > 0)) return;
      answer(scripts.workatoRateLimitThrottle(`${base}${group}:hold`, Math.ceil(retryAfterMs)), void 0).catch((error) =>
        storeFailure('share a Retry-After', error),
      );
    },
  };
}
function waitOrAbort(pending, signal) {
  if (!signal) return pending;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

// test/support/arrival-server.ts
import { createServer } from 'node:http';
async function startArrivalServer() {
  const arrivals = [];
  const all = [];
  const throttled = [];
  let throttle;
  const server2 = createServer((request, response) => {
    const at = Date.now();
    all.push(at);
    request.resume();
    request.on('end', () => {
      if (throttle !== void 0) {
        throttled.push(at);
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(throttle) });
        throttle = void 0;
        response.end('{"message":"Too many requests"}');
        return;
      }
      arrivals.push(at);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id":5,"name":"Jira"}');
    });
  });
  await new Promise((resolve) => server2.listen(0, '127.0.0.1', resolve));
  const { port } = server2.address();
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    all,
    throttled,
    throttleNext(seconds) {
      throttle = seconds;
    },
    close: () =>
      new Promise((resolve) => {
        server2.closeAllConnections();
        server2.close(() => resolve());
      }),
  };
}

// test/support/redis.ts
import { spawn } from 'node:child_process';
import { createServer as createServer2 } from 'node:net';
import { join } from 'node:path';
async function freePort() {
  const server2 = createServer2();
  await new Promise((resolve) => server2.listen(0, '127.0.0.1', resolve));
  const { port } = server2.address();
  await new Promise((resolve) => server2.close(resolve));
  return port;
}
async function startRedis() {
  const port = await freePort();
  const root2 = process.env.WORKATO_PROJECT_ROOT ?? join(import.meta.dirname, '..', '..');
  const child = spawn(process.execPath, [join(root2, 'test', 'support', 'redis-server.mjs'), String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let readyCount = 0;
  let onReady;
  child.stdout?.on('data', (chunk) => {
    readyCount += (String(chunk).match(/^ready /gm) ?? []).length;
    onReady?.();
  });
  const exited = new Promise((resolve) => child.on('exit', () => resolve()));
  const readyAt = (count) =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (readyCount >= count) resolve();
      };
      onReady = check;
      exited.then(() => reject(new Error('redis-server exited before it was ready (is it installed?)')));
      check();
    });
  await readyAt(1);
  return {
    port,
    async crash() {
      child.kill('SIGUSR1');
      for (;;) {
        const refused = await new Promise((resolve) => {
          const probe = createServer2();
          probe.once('error', () => resolve(false));
          probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
        });
        if (refused) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async restart() {
      const next = readyCount + 1;
      child.kill('SIGUSR2');
      await readyAt(next);
    },
    async stop() {
      child.stdin?.end();
      await exited;
    },
  };
}

// test/support/redis-workers.ts
import { spawn as spawn2 } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join as join2 } from 'node:path';
import * as esbuild from 'esbuild';
var root = process.env.WORKATO_PROJECT_ROOT ?? join2(import.meta.dirname, '..', '..');
var compiled;
function compileWorker() {
  compiled ??= (async () => {
    const outfile = join2(root, 'test-results', 'redis-worker.mjs');
    mkdirSync(join2(root, 'test-results'), { recursive: true });
    await esbuild.build({
      entryPoints: [join2(root, 'test', 'support', 'redis-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['ioredis'],
      outfile,
      logLevel: 'warning',
    });
    return outfile;
  })();
  return compiled;
}
async function runWorkers(count, config, graceMs = 3e4) {
  const bundle = await compileWorker();
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve) => {
          const child = spawn2(process.execPath, [bundle, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          const killer = setTimeout(() => child.kill('SIGKILL'), config.durationMs + graceMs);
          child.on('exit', (exitCode) => {
            clearTimeout(killer);
            const line = output.trim().split('\n').at(-1) ?? '';
            const summary = line.startsWith('{') ? JSON.parse(line) : { outcomes: {}, longestMs: -1, storeErrors: -1 };
            resolve({ ...summary, exitCode });
          });
        }),
    ),
  );
}

// test/support/simulated-clock.ts
function busiestWindow(times, windowMs) {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while (sorted[end] - sorted[start] >= windowMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

// bench/redis.ts
var redisServer = await startRedis();
var server = await startArrivalServer();
var redis = new Redis({ host: '127.0.0.1', port: redisServer.port });
async function perAcquireMicros(acquire, calls) {
  for (let i = 0; i < 200; i += 1) await acquire();
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i += 1) await acquire();
  return Number(process.hrtime.bigint() - started) / 1e3 / calls;
}
var CALLS = 5e3;
var memory = createRateLimiter();
var shared = createRedisRateLimiter({ redis, workspace: 'bench-cost', arrivalMarginMs: 0 });
await shared.acquire('warm', 1, 1);
var inMemoryUs = await perAcquireMicros(() => memory.acquire('g', 1e6, 6e5), CALLS);
var redisUs = await perAcquireMicros(() => shared.acquire('g', 1e6, 6e5), CALLS);
redis.disconnect();
var LIMIT = 20;
var WINDOW = 2e3;
var MARGIN = 200;
var DURATION = 12e3;
var fleets = [];
for (const workers of [1, 4, 16]) {
  const before = server.arrivals.length;
  const summaries = await runWorkers(workers, {
    redisPort: redisServer.port,
    url: server.url,
    workspace: `bench-fleet-${workers}`,
    limit: LIMIT,
    windowMs: WINDOW,
    marginMs: MARGIN,
    durationMs: DURATION,
    concurrency: 4,
    deadlineMs: 3e4,
  });
  const arrivals = server.arrivals.slice(before).sort((a, b) => a - b);
  const span = arrivals.at(-1) - arrivals[0] + WINDOW;
  let over = 0;
  for (let end = 0, start = 0; end < arrivals.length; end += 1) {
    while (arrivals[end] - arrivals[start] >= WINDOW) start += 1;
    if (end - start + 1 > LIMIT) over += 1;
  }
  fleets.push({
    workers,
    calls: arrivals.length,
    failed: summaries.reduce((sum, s) => sum + Object.entries(s.outcomes).reduce((n, [k, v]) => n + (k === 'ok' ? 0 : v), 0), 0),
    sustained: (arrivals.length * WINDOW) / (LIMIT * span),
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
    fleets,
  }),
);
