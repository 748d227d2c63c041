// Runs the command-line tools of node_modules without npx (no extra shell or npm process, works the
// same on every platform) and with their telemetry and update notices off.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Command name → the package whose `bin` provides it. */
const TOOLS = {
  biome: '@biomejs/biome',
  redocly: '@redocly/cli',
  spectral: '@stoplight/spectral-cli',
  'openapi-ts': '@hey-api/openapi-ts',
  tsc: 'typescript',
  vitest: 'vitest',
};

/** The entry script of a tool's command. */
export function binOf(command) {
  const packageDir = join(projectRoot, 'node_modules', TOOLS[command]);
  const { bin } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  return join(packageDir, typeof bin === 'string' ? bin : bin[command]);
}

/** Runs a tool with inherited output; returns its exit code (or the whole result with `capture`). */
export function runTool(tool, args, { capture = false } = {}) {
  const entry = binOf(tool);
  const result = spawnSync(process.execPath, [entry, ...args], {
    cwd: projectRoot,
    stdio: capture ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: toolEnv(),
  });
  if (result.error) throw result.error;
  return capture ? result : (result.status ?? 1);
}

/** The environment the tools run in: telemetry and update notices off. */
export function toolEnv() {
  return { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
}
