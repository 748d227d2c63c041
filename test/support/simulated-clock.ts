// A clock for the rate limiter whose time only moves when run() moves it, so that minutes of traffic
// can be simulated in milliseconds, deterministically.
import type { Clock } from '../../src/index.js';

interface Sleeper {
  at: number;
  resolve: () => void;
}

export interface SimulatedClock extends Clock {
  /** Advances time to each pending wake-up in order until nothing sleeps any more. */
  run(): Promise<void>;
  /** Advances time by `ms`, waking every sleeper due by then, in order. */
  advance(ms: number): Promise<void>;
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function simulatedClock(start = 0): SimulatedClock {
  let now = start;
  const sleepers: Sleeper[] = [];
  async function wakeUntil(until: number): Promise<void> {
    await settle();
    for (;;) {
      sleepers.sort((a, b) => a.at - b.at);
      const next = sleepers[0];
      if (!next || next.at > until) return;
      sleepers.shift();
      now = Math.max(now, next.at);
      next.resolve();
      await settle();
    }
  }

  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const sleeper: Sleeper = { at: now + ms, resolve };
        sleepers.push(sleeper);
        signal?.addEventListener(
          'abort',
          () => {
            sleepers.splice(sleepers.indexOf(sleeper), 1);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    },
    run() {
      return wakeUntil(Number.POSITIVE_INFINITY);
    },
    async advance(ms) {
      const until = now + ms;
      await wakeUntil(until);
      now = Math.max(now, until);
    },
  };
}

/** The largest number of events inside any window of `windowMs` (half-open, as Workato counts). */
export function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}
