// `workato-embedded-api/redis`: the rate limiter on Redis, one budget for every process and host of a
// partner workspace (issue 13). A separate entry point: users who do not import it bundle none of it, and
// ioredis (the client the caller already runs, passed in) is an optional peer dependency, imported here
// for its types only.
//
// The window of a group is a sorted set of grant times kept by a Lua script, so that checking the window
// and taking a place is one atomic step however many processes ask. Times are Redis's own (TIME), so the
// hosts' clocks do not matter. A 429 with Retry-After holds the group back for everyone (a key with the
// time it ends). A Redis that lost its data (restart without persistence, flush, eviction) cannot know
// what was sent in the last window, so it holds every group for one window after it comes back (the
// "epoch" key).
import type { Cluster, Redis } from 'ioredis';
import { WorkatoError, WorkatoInputError } from './errors.js';
import { type RateLimiter, systemClock } from './rate-limiter.js';

/** The store could not be used: Redis down, too slow (`storeTimeoutMs`) or refusing the script. */
export class WorkatoStoreError extends WorkatoError {
  override name = 'WorkatoStoreError';
}

export interface RedisRateLimiterOptions {
  /** The ioredis client (a `Redis` or a `Cluster`) to keep the windows in; its connection is the caller's. */
  redis: Redis | Cluster;
  /**
   * The partner workspace this budget belongs to (its ID or any stable name): every process of one
   * workspace must give the same, and different workspaces different ones. Part of every key.
   */
  workspace: string;
  /** Lower limits for some groups, as for `createRateLimiter`. A group's documented limit is the most. */
  limits?: Record<string, number>;
  /** As for `createRateLimiter`: a grant keeps its place for its window plus this; default 1000 ms. */
  arrivalMarginMs?: number;
  /** Shorter windows (ms) for some groups, for tests and benchmarks; the documented window otherwise. */
  windows?: Record<string, number>;
  /** Prefix of every key, default `workato:rl:`. */
  prefix?: string;
  /** Longest wait for one answer of Redis before it counts as unavailable; default 1000 ms. */
  storeTimeoutMs?: number;
  /**
   * What a call does while Redis is unavailable. `'wait'` (the default, fail closed): it keeps asking
   * Redis, a pause apart, until Redis answers or the call's deadline or signal ends it (the client then
   * throws its WorkatoTimeoutError or WorkatoAbortError). A limiter (`createRateLimiter({ limits })` with
   * this process's share): the call goes through it instead, which keeps this process within that share
   * but not the fleet within the limit unless every share adds up to it.
   */
  whenUnavailable?: 'wait' | RateLimiter;
  /** Told of every failure of the store (for logs); the limiter never throws it to a call. */
  onStoreError?: (error: WorkatoStoreError) => void;
}

export interface RedisRateLimiter extends RateLimiter {
  throttled(group: string, retryAfterMs: number): void;
}

const ACQUIRE = `
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

const THROTTLE = `
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ends = now + tonumber(ARGV[1])
local hold = tonumber(redis.call('GET', KEYS[1]))
if not hold or hold < ends then redis.call('SET', KEYS[1], ends, 'PX', ARGV[1]) end
return 0
`;

interface Scripts {
  workatoRateLimitAcquire(
    window: string,
    hold: string,
    epoch: string,
    limit: number,
    windowMs: number,
    id: string,
  ): Promise<number>;
  workatoRateLimitThrottle(hold: string, retryAfterMs: number): Promise<number>;
}

/** The pause between two tries while Redis is unavailable. */
const UNAVAILABLE_PAUSE_MS = 200;

export function createRedisRateLimiter(options: RedisRateLimiterOptions): RedisRateLimiter {
  const { redis, workspace, onStoreError } = options;
  if (typeof redis?.defineCommand !== 'function') throw new WorkatoInputError('redis', 'must be an ioredis Redis or Cluster');
  if (typeof workspace !== 'string' || !/^[^{}\s]+$/.test(workspace)) {
    throw new WorkatoInputError('workspace', 'must be a non-empty string without braces or spaces');
  }
  const margin = options.arrivalMarginMs ?? 1000;
  if (!Number.isInteger(margin) || margin < 0) throw new WorkatoInputError('arrivalMarginMs', 'must be an integer >= 0');
  const storeTimeoutMs = options.storeTimeoutMs ?? 1000;
  if (!Number.isInteger(storeTimeoutMs) || storeTimeoutMs < 1) {
    throw new WorkatoInputError('storeTimeoutMs', 'must be a positive integer');
  }
  for (const [name, values] of [
    ['limits', options.limits],
    ['windows', options.windows],
  ] as const) {
    for (const [group, value] of Object.entries(values ?? {})) {
      if (!Number.isInteger(value) || value < 1) throw new WorkatoInputError(`${name}.${group}`, 'must be a positive integer');
    }
  }
  const fallback = options.whenUnavailable ?? 'wait';
  if (fallback !== 'wait' && typeof fallback?.acquire !== 'function') {
    throw new WorkatoInputError('whenUnavailable', "must be 'wait' or a limiter from createRateLimiter()");
  }
  // The hash tag keeps a workspace's keys in one slot of a Redis Cluster, as its scripts need.
  const base = `${options.prefix ?? 'workato:rl:'}{${workspace}}:`;
  if (!('workatoRateLimitAcquire' in redis)) {
    redis.defineCommand('workatoRateLimitAcquire', { numberOfKeys: 3, lua: ACQUIRE });
    redis.defineCommand('workatoRateLimitThrottle', { numberOfKeys: 1, lua: THROTTLE });
  }
  const scripts = redis as unknown as Scripts;
  const instance = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  let grants = 0;
  /** Per group, the end of this process's queue: one caller at a time asks Redis, in arrival order. */
  const tails = new Map<string, Promise<unknown>>();

  function storeFailure(what: string, cause: unknown): WorkatoStoreError {
    const error = new WorkatoStoreError(`the Redis rate-limit store failed to ${what}`, { cause });
    onStoreError?.(error);
    return error;
  }

  /** One answer of Redis, or a rejection after `storeTimeoutMs` or when the signal aborts. */
  function answer<T>(pending: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
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

  async function take(group: string, limit: number, windowMs: number, signal: AbortSignal | undefined): Promise<void> {
    const keys = [`${base}${group}`, `${base}${group}:hold`, `${base}epoch`] as const;
    for (;;) {
      signal?.throwIfAborted();
      let wait: number;
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
      const tail = mine.catch(() => undefined);
      tails.set(group, tail);
      tail.then(() => {
        if (tails.get(group) === tail) tails.delete(group);
      });
      return waitOrAbort(mine, signal);
    },
    throttled(group, retryAfterMs) {
      if (!(retryAfterMs > 0)) return;
      answer(scripts.workatoRateLimitThrottle(`${base}${group}:hold`, Math.ceil(retryAfterMs)), undefined).catch((error) =>
        storeFailure('share a Retry-After', error),
      );
    },
  };
}

/** A queued caller whose signal aborts leaves at once; its turn, when it comes, is skipped. */
function waitOrAbort(pending: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
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
