import { defineConfig } from 'vitest/config';

// The package step of `npm test`: test/package.test.ts alone, with no shared mock (it starts the package's
// own). Timeouts are generous because npm installs and Prism's start depend on the machine's load.
export default defineConfig({
  test: {
    include: ['test/package.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
