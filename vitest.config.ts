import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Their own steps of npm test: the Redis store (vitest.redis.config.ts) starts a redis-server and waits
    // out windows; the packed package (vitest.package.config.ts) runs npm installs.
    exclude: ['test/redis-store.test.ts', 'test/package.test.ts', '**/node_modules/**'],
    globalSetup: ['test/setup/global-mock.ts'],
    // For tests that run in this process; tests that spawn tsc, npm, a generator, Prism or Chromium set the
    // generous bounds of test/support/timeouts.ts, since a loaded machine slows them many times over.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each file talks to the one shared Prism; a few workers keep its single process busy enough.
    maxWorkers: 4,
  },
});
