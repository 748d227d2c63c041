import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The packed package has its own step (vitest.package.config.ts): npm installs take seconds.
    exclude: ['test/package.test.ts', '**/node_modules/**'],
    globalSetup: ['test/setup/global-mock.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each file talks to the one shared Prism; a few workers keep its single process busy enough.
    maxWorkers: 4,
  },
});
