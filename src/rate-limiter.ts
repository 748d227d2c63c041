import { WorkatoInputError } from './errors.js';

/** Time as the limiter sees it; tests and benchmarks pass a simulated clock. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts; leaves no timer behind. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
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

export interface RateLimiterOptions {
  /**
   * Lower limits for some groups, such as `{ 'connections.other': 30 }` when another process uses the
   * same partner workspace. A group's documented limit is the most it allows.
   */
  limits?: Record<string, number>;
  clock?: Clock;
}

/**
 * Queues requests per rate-limit group so that no window of the group's length ever holds more than its
 * limit. Workato counts per partner workspace, so give every client of one workspace the same limiter.
 */
export interface RateLimiter {
  /** Waits, in arrival order, until one more request of the group fits in its window. */
  acquire(group: string, limit: number, windowMs: number, signal?: AbortSignal): Promise<void>;
}

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const clock = options.clock ?? systemClock;
  for (const [group, limit] of Object.entries(options.limits ?? {})) {
    if (!Number.isInteger(limit) || limit < 1) throw new WorkatoInputError(`limits.${group}`, 'must be a positive integer');
  }
  // Per group, the send times granted and not yet expired, in order. A new request gets the earliest
  // time, not before the latest grant, at which the `limit` most recent grants lie a full window back.
  const grants = new Map<string, number[]>();

  return {
    async acquire(group, documentedLimit, windowMs, signal) {
      signal?.throwIfAborted();
      const limit = Math.min(documentedLimit, options.limits?.[group] ?? documentedLimit);
      const now = clock.now();
      const times = grants.get(group) ?? [];
      grants.set(group, times);
      // Grants at or before now - window can no longer share a window with any future grant.
      while (times.length > 0 && (times[0] as number) <= now - windowMs) times.shift();
      // Never before the latest grant: then only the window that ends at the new grant can overflow.
      const latest = Math.max(now, times.at(-1) ?? now);
      const at = times.length < limit ? latest : Math.max(latest, (times[times.length - limit] as number) + windowMs);
      times.push(at);
      if (at <= now) return;
      try {
        await clock.sleep(at - now, signal);
      } catch (reason) {
        // A cancelled grant frees its place; the later grants were computed with it, so they stay within the limit.
        times.splice(times.indexOf(at), 1);
        throw reason;
      }
    },
  };
}
