#!/usr/bin/env node
// `npm run build` (and `npm pack`, through prepack): compiles src/ and generated/metadata.ts to ESM with
// type declarations in dist/, and puts the generated types beside them, where the declarations of
// dist/src/ look for them (`../generated/schema.js`).
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, runTool } from './run.mjs';

const dist = join(projectRoot, 'dist');
rmSync(dist, { recursive: true, force: true });
const code = runTool('tsc', ['-p', join(projectRoot, 'tsconfig.build.json')]);
if (code !== 0) {
  process.exitCode = code;
} else {
  mkdirSync(join(dist, 'generated'), { recursive: true });
  copyFileSync(join(projectRoot, 'generated', 'schema.d.ts'), join(dist, 'generated', 'schema.d.ts'));
  // A CommonJS face of the same types, for `require` resolution under node16 (where a type-only import of
  // an ES module from CommonJS needs resolution-mode): a re-export, not a second copy of 740 kB.
  writeFileSync(
    join(dist, 'generated', 'schema.d.cts'),
    "export type { $defs, components, operations, paths, webhooks } from './schema.js' with { 'resolution-mode': 'import' };\n",
  );
  console.error('Built dist/'); // stderr: npm pack --json owns stdout
}
