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
  /**
   * How much longer than its window a send keeps its place, default 1000 ms. The limiter counts sends,
   * Workato counts arrivals: a request that takes longer on the way than a later one would otherwise land
   * in the same server window. The margin covers any spread of travel times up to it; it costs
   * `margin / (window + margin)` of the sustained rate (1.6 % of a 60 s window).
   */
  arrivalMarginMs?: number;
  clock?: Clock;
}

/**
 * Queues requests per rate-limit group so that no window of the group's length ever holds more than its
 * limit. Workato counts per partner workspace, so give every client of one workspace the same limiter.
 */
export interface RateLimiter {
  /** Waits, in arrival order, until one more request of the group fits in its window. */
  acquire(group: string, limit: number, windowMs: number, signal?: AbortSignal): Promise<void>;
  /**
   * Told by the client when Workato answered 429 with `Retry-After` (in ms): a shared store holds the group
   * back for every process until then. Optional; the in-process limiter leaves it to the call's retry.
   */
  throttled?(group: string, retryAfterMs: number): void;
}

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const clock = options.clock ?? systemClock;
  const margin = options.arrivalMarginMs ?? 1000;
  if (!Number.isInteger(margin) || margin < 0) throw new WorkatoInputError('arrivalMarginMs', 'must be an integer >= 0');
  for (const [group, limit] of Object.entries(options.limits ?? {})) {
    if (!Number.isInteger(limit) || limit < 1) throw new WorkatoInputError(`limits.${group}`, 'must be a positive integer');
  }
  const groups = new Map<string, GroupState>();

  // Grants in arrival order: a waiter is let through as soon as the window holds fewer than `limit`
  // sends; one timer per group waits for the oldest send to leave the window, and stops when nobody waits.
  function pump(state: GroupState): void {
    const now = clock.now();
    while (state.sent.length > 0 && (state.sent[0] as number) <= now - state.windowMs) state.sent.shift();
    while (state.queue.length > 0 && state.sent.length < state.limit) {
      state.sent.push(now);
      (state.queue.shift() as Waiter).resolve();
    }
    if (state.queue.length === 0 || state.timer) return;
    const timer = new AbortController();
    state.timer = timer;
    const wait = (state.sent[state.sent.length - state.limit] as number) + state.windowMs - now;
    clock.sleep(wait, timer.signal).then(
      () => {
        state.timer = undefined;
        pump(state);
      },
      () => undefined,
    );
  }

  return {
    acquire(group, documentedLimit, windowMs, signal) {
      signal?.throwIfAborted();
      const limit = Math.min(documentedLimit, options.limits?.[group] ?? documentedLimit);
      let state = groups.get(group);
      if (!state) groups.set(group, (state = { limit, windowMs: windowMs + margin, sent: [], queue: [], timer: undefined }));
      const current = state;
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          current.queue.splice(current.queue.indexOf(waiter), 1);
          if (current.queue.length === 0) {
            current.timer?.abort();
            current.timer = undefined;
          }
          reject(signal?.reason);
        };
        const waiter: Waiter = {
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

interface Waiter {
  resolve(): void;
}

interface GroupState {
  limit: number;
  /** The group's window with the arrival margin. */
  windowMs: number;
  /** Send times still inside the window, oldest first. */
  sent: number[];
  queue: Waiter[];
  timer: AbortController | undefined;
}
