// `npm test` on a machine without its system packages: it installs them where it can (root with apt-get)
// or stops at once naming the packages and the exact command; never minutes later with a vague failure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from './support/timeouts.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

it(
  'stops before running anything, with the exact apt-get command, when Chromium is missing',
  () => {
    const result = spawnSync(process.execPath, ['scripts/test.mjs', 'docs-portal'], {
      cwd: projectRoot,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', NPM_TEST_NO_INSTALL: '1' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm test needs Chromium, not installed here');
    expect(result.stderr).toContain("sudo sh -c 'apt-get update && apt-get install -y chromium'");
    expect(result.stdout).not.toContain('===== vitest');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  },
  SPAWN_TIMEOUT_MS,
);

it(
  'asks nothing of a step that needs no system package',
  async () => {
    const { missingPackages } = await import('../scripts/system-packages.mjs');
    expect(missingPackages(['code', 'lint', 'types'])).toEqual({ what: [], packages: [] });
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      expect(missingPackages(['vitest']).packages).toEqual(['chromium']);
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
  },
  SPAWN_TIMEOUT_MS,
);
