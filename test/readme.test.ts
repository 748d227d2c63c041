// README.md shows the code of examples/ (type-checked) and figures counted from the description; both
// must be what `npm run readme` would write, so that neither drifts from what they describe.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderReadme } from '../scripts/readme.mjs';
import { description } from './support/description.js';

it('README.md is in step with examples/ and the description (npm run readme)', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toContain('<!-- example: quick-start -->');
  expect(readme).toContain('<!-- coverage -->');
  expect(renderReadme(readme, description)).toBe(readme);
});
