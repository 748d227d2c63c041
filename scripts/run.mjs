// Runs the command-line tools of node_modules without npx (no extra shell or npm process, works the
// same on every platform) and with their telemetry and update notices off.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(resolve(projectRoot, 'package.json'));

const TOOLS = {
  redocly: '@redocly/cli/bin/cli.js',
  spectral: '@stoplight/spectral-cli/dist/index.js',
  tsc: 'typescript/bin/tsc',
  vitest: 'vitest/vitest.mjs',
};

/** Runs a tool with inherited output; returns its exit code. */
export function runTool(tool, args, { capture = false } = {}) {
  const entry = require.resolve(TOOLS[tool]);
  const result = spawnSync(process.execPath, [entry, ...args], {
    cwd: projectRoot,
    stdio: capture ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  if (result.error) throw result.error;
  return capture ? result : result.status ?? 1;
}
