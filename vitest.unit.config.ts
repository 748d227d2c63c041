import { defineConfig } from 'vitest/config';

// The unit tests of `npm run check`: no Prism mock, so no global set-up.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 20_000 },
});
