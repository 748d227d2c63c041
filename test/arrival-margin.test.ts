// The limiter counts departures, Workato counts arrivals (issue 12): a request slow on the way and a later
// fast one can land in one server window. A fake server on loopback counts arrivals per sliding window;
// the way there is simulated by holding each request before it is sent (the first burst slow, the rest
// fast, the worst order). Windows of 1 s keep the test short; the spread (400 ms) and the margins are far
// from any timer's precision, so a loaded machine does not change the outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter, type RateLimiter } from '../src/index.js';
import { type ArrivalServer, startArrivalServer } from './support/arrival-server.js';
import { busiestWindow } from './support/simulated-clock.js';

const WINDOW = 1_000;
const LIMIT = 10;
const SLOW = 400;
const FAST = 20;

let server: ArrivalServer;
beforeAll(async () => {
  server = await startArrivalServer();
});
afterAll(() => server.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A burst of `count` through the limiter; the first `LIMIT` take `SLOW` ms on the way, the rest `FAST`. */
async function burst(limiter: RateLimiter, count: number): Promise<number[]> {
  const before = server.arrivals.length;
  await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      await limiter.acquire('g', LIMIT, WINDOW);
      await sleep(index < LIMIT ? SLOW : FAST);
      const response = await fetch(`${server.url}/api/managed_users/97/connections/5`, { method: 'PUT', body: '{}' });
      await response.arrayBuffer();
    }),
  );
  return server.arrivals.slice(before);
}

describe('the arrival margin of the in-process limiter', () => {
  it('without a margin, the server sees more than the limit in one window (the problem)', async () => {
    const arrivals = await burst(createRateLimiter({ arrivalMarginMs: 0 }), LIMIT + 5);
    expect(arrivals).toHaveLength(LIMIT + 5);
    expect(busiestWindow(arrivals, WINDOW)).toBeGreaterThan(LIMIT);
  });

  it('with the default margin (1 s, wider than the spread of travel times), no server window holds more than the limit', async () => {
    const arrivals = await burst(createRateLimiter(), LIMIT + 5);
    expect(arrivals).toHaveLength(LIMIT + 5);
    expect(busiestWindow(arrivals, WINDOW)).toBe(LIMIT);
  });

  it('refuses a margin that is not a whole number of milliseconds >= 0', () => {
    expect(() => createRateLimiter({ arrivalMarginMs: -1 })).toThrow(/arrivalMarginMs/);
    expect(() => createRateLimiter({ arrivalMarginMs: 0.5 })).toThrow(/arrivalMarginMs/);
  });
});
