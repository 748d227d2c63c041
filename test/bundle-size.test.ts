// The size budget of the client's runtime code (issue 4): what an application bundles for
// createWorkatoClient and unwrap, minified, without the generated description data and openapi-fetch
// (bench/bundle-size.mjs says why; BENCHMARKS.md has every figure).
import { expect, it } from 'vitest';
import { CODE_BUDGET_BYTES, measureBundle } from '../bench/bundle-size.mjs';

it(`keeps the client's runtime code within ${CODE_BUDGET_BYTES} bytes minified`, async () => {
  const sizes = await measureBundle();
  expect(sizes.client.minified).toBeLessThanOrEqual(CODE_BUDGET_BYTES);
  expect(sizes.client.minified).toBeLessThan(sizes.code.minified);
  expect(sizes.code.minified).toBeLessThan(sizes.codeAndData.minified);
});
