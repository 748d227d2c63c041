import createClient from 'openapi-fetch';
import { inject } from 'vitest';
import type { paths } from '../../generated/schema.js';
import { createWorkatoClient, type WorkatoClient } from '../../src/index.js';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

/**
 * The project's client, pointed at the Prism mock of the test run. The contract tests ask the mock for
 * each declared status once, so retries and rate limiting (tested against the fault server) are off.
 */
export function mockClient(): WorkatoClient {
  return createWorkatoClient({ token: TEST_TOKEN, baseUrl: inject('mockUrl'), retry: false, rateLimiter: false });
}

/**
 * A bare openapi-fetch client with the same types but none of the client's checks: it sends what the
 * project's client would refuse, so that the tests can show what the mock (and Workato) do with it.
 */
export function rawClient({ token = TEST_TOKEN as string | null } = {}) {
  return createClient<paths>({
    baseUrl: inject('mockUrl'),
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
}

export type RawClient = ReturnType<typeof rawClient>;
