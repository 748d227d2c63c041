#!/usr/bin/env node
// `npm run lint`: Redocly on the split source and on the bundle, Spectral on the bundle. Any finding
// fails: Redocly's rules are all at error level (redocly.yaml) and Spectral fails from hints up. Spectral
// does not read the split source: past about 150 operations its resolver takes the shared error examples
// (components/examples/errors/, each referenced through components/responses by every operation) for
// example maps and reports them, while the same examples in the bundle pass; Redocly checks the split
// source, layout included.
import { runTool } from './run.mjs';

const steps = [
  ['Redocly, split source and bundle', 'redocly', ['lint', 'workato', 'generated/openapi.yaml', '--format', 'stylish']],
  ['Spectral, bundle', 'spectral', ['lint', 'generated/openapi.yaml', '--fail-severity', 'hint']],
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
