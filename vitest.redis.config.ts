import { defineConfig } from 'vitest/config';

// The Redis store's tests (test/redis-store.test.ts), in their own step of `npm test`: they start their
// own redis-server and need no Prism mock. Timeouts are set per test.
export default defineConfig({
  test: {
    include: ['test/redis-store.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
