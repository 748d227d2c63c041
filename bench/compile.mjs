// Bundles a TypeScript entry of the benchmarks into one ES module that Node runs directly.
import * as esbuild from 'esbuild';

/** Compiles `entry` to `outfile` for Node 20; `options` add to or override esbuild's (`external`, `outbase`). */
export async function compileForNode(entry, outfile, options = {}) {
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    ...options,
  });
}
