#!/usr/bin/env node
// `npm run lint`: Redocly and Spectral, each on the split source and on the bundle. Any finding fails:
// Redocly's rules are all at error level (redocly.yaml) and Spectral fails from hints up.
import { runTool } from './run.mjs';

const steps = [
  ['Redocly, split source and bundle', 'redocly', ['lint', 'workato', 'generated/openapi.yaml', '--format', 'stylish']],
  ['Spectral, split source and bundle', 'spectral', ['lint', 'openapi/openapi.yaml', 'generated/openapi.yaml', '--fail-severity', 'hint']],
];

let failed = 0;
for (const [title, tool, args] of steps) {
  console.log(`\n== ${title}`);
  const code = runTool(tool, args);
  if (code !== 0) {
    failed += 1;
    console.error(`== ${title}: FAILED (exit code ${code})`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
