// The rate limiter on a simulated clock: it never lets more than the limit into any window, queues
// instead of failing, keeps arrival order, frees the place of a cancelled request, and can be shared.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRateLimiter,
  createWorkatoClient,
  rateLimitGroups,
  unwrap,
  WorkatoAbortError,
  WorkatoInputError,
} from '../src/index.js';
import { busiestWindow, simulatedClock } from './support/simulated-clock.js';

const MINUTE = 60_000;

describe('createRateLimiter', () => {
  it('grants a burst up to the limit at once, then one per freed place, never more than the limit per window', async () => {
    const clock = simulatedClock();
    const limiter = createRateLimiter({ clock });
    const granted: number[] = [];
    const all = Array.from({ length: 500 }, () => limiter.acquire('g', 60, MINUTE).then(() => granted.push(clock.now())));
    await clock.run();
    await Promise.all(all);
    expect(granted).toHaveLength(500);
    expect(granted.slice(0, 60).every((at) => at === 0)).toBe(true);
    expect(busiestWindow(granted, MINUTE)).toBe(60);
    // 500 requests at 60 per minute need 8 full windows after the first burst, each with the default
    // arrival margin of 1 s: no other idle time is wasted.
    expect(granted.at(-1)).toBe(8 * (MINUTE + 1_000));
  });

  it('keeps arrival order', async () => {
    const clock = simulatedClock();
    const limiter = createRateLimiter({ clock });
    const order: number[] = [];
    const all = Array.from({ length: 10 }, (_, index) => limiter.acquire('g', 2, 1_000).then(() => order.push(index)));
    await clock.run();
    await Promise.all(all);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('holds the limit for any arrival schedule, limit and cancellation (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 700 }), cancel: fc.boolean() }), { minLength: 1, maxLength: 80 }),
        async (limit, arrivals) => {
          const clock = simulatedClock();
          const limiter = createRateLimiter({ clock });
          const granted: number[] = [];
          const pending: Promise<unknown>[] = [];
          for (const { gap, cancel } of arrivals) {
            await clock.advance(gap);
            const controller = new AbortController();
            pending.push(
              limiter.acquire('g', limit, 1_000, controller.signal).then(
                () => granted.push(clock.now()),
                () => undefined,
              ),
            );
            if (cancel) controller.abort();
          }
          await clock.run();
          await Promise.all(pending);
          expect(busiestWindow(granted, 1_000)).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('frees the place of a request cancelled while it waits', async () => {
    const clock = simulatedClock();
    const limiter = createRateLimiter({ clock });
    await limiter.acquire('g', 1, MINUTE);
    const controller = new AbortController();
    const cancelled = limiter.acquire('g', 1, MINUTE, controller.signal);
    const next = limiter.acquire('g', 1, MINUTE).then(() => clock.now());
    controller.abort(new Error('stop'));
    await expect(cancelled).rejects.toThrow('stop');
    await clock.run();
    // Without the cancelled request, the next one goes at the first free place, one window (and the
    // arrival margin) later.
    expect(await next).toBe(MINUTE + 1_000);
  });

  it('applies a lower limit given for a group, and refuses a bad one', async () => {
    const clock = simulatedClock();
    const limiter = createRateLimiter({ clock, limits: { g: 2 } });
    const granted: number[] = [];
    const all = Array.from({ length: 6 }, () => limiter.acquire('g', 60, MINUTE).then(() => granted.push(clock.now())));
    await clock.run();
    await Promise.all(all);
    expect(busiestWindow(granted, MINUTE)).toBe(2);
    expect(() => createRateLimiter({ limits: { g: 0 } })).toThrow(WorkatoInputError);
  });
});

describe('the client with a limiter', () => {
  const UPDATE = '/api/managed_users/{managed_user_id}/connections/{connection_id}';

  it('shares one limiter between clients of the same workspace and queues their calls', async () => {
    const clock = simulatedClock();
    const limiter = createRateLimiter({ clock });
    const sent: number[] = [];
    const fetch = async () => {
      sent.push(clock.now());
      return Response.json({ id: 5, name: 'Jira' });
    };
    const clients = [1, 2].map(() =>
      createWorkatoClient({
        token: 'shared-token',
        baseUrl: 'http://localhost:9',
        fetch,
        rateLimiter: limiter,
        retry: false,
        deadlineMs: 2_000_000_000,
      }),
    );
    const calls = clients.flatMap((client) =>
      Array.from({ length: 150 }, () =>
        unwrap(client.PUT(UPDATE, { params: { path: { managed_user_id: '97', connection_id: 5 } }, body: { name: 'Jira' } })),
      ),
    );
    await clock.run();
    await Promise.all(calls);
    const { limit, windowMs } = rateLimitGroups['connections.other'];
    expect(limit).toBe(60);
    expect(sent).toHaveLength(300);
    expect(busiestWindow(sent, windowMs)).toBe(limit);
  });

  it('is switched off with rateLimiter: false', async () => {
    let sent = 0;
    const client = createWorkatoClient({
      token: 't',
      baseUrl: 'http://localhost:9',
      rateLimiter: false,
      fetch: async () => {
        sent++;
        return Response.json({ id: 5 });
      },
    });
    await Promise.all(
      Array.from({ length: 100 }, () =>
        unwrap(client.PUT(UPDATE, { params: { path: { managed_user_id: '97', connection_id: 5 } }, body: { name: 'x' } })),
      ),
    );
    expect(sent).toBe(100);
  });

  it('gives up a queued call when the caller aborts', async () => {
    const clock = simulatedClock();
    const limiter = createRateLimiter({ clock });
    const client = createWorkatoClient({
      token: 't',
      baseUrl: 'http://localhost:9',
      rateLimiter: limiter,
      fetch: async () => Response.json({}),
    });
    for (let i = 0; i < 60; i += 1) await limiter.acquire('connections.other', 60, MINUTE);
    const controller = new AbortController();
    const call = unwrap(
      client.PUT(UPDATE, { params: { path: { managed_user_id: '97', connection_id: 5 } }, body: {}, signal: controller.signal }),
    );
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(WorkatoAbortError);
  });
});
