// The Debian packages `npm test` needs beyond Node.js, per step: Chromium for the docs-portal test (vitest);
// Java 17 for OpenAPI Generator, Go and Python with venv for the generated clients (clients; their own
// dependencies come from Maven Central, the Go module proxy and PyPI); Python with venv for Schemathesis;
// redis-server for the Redis limiter store (redis). `npm test` calls ensureSystemPackages() first: as root with apt-get (a
// fresh CI machine, a container) it installs what is missing, as .ci/run does; otherwise it stops at once
// with the exact command to run, rather than failing minutes later with a message naming neither.
// NPM_TEST_NO_INSTALL=1 never installs (the tests of this script use it).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const works = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const onPath = (command) => works('sh', ['-c', `command -v ${command}`]);
const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** What each step needs: a check, and the Debian packages that satisfy it. */
const NEEDS = {
  vitest: [{ what: 'Chromium', ok: () => executable(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'), packages: ['chromium'] }],
  clients: [
    { what: 'Java', ok: () => onPath('java'), packages: ['default-jre-headless'] },
    { what: 'Go', ok: () => onPath('go'), packages: ['golang-go'] },
    {
      what: 'Python with venv',
      ok: () => works('python3', ['-c', 'import ensurepip, venv']),
      packages: ['python3', 'python3-venv'],
    },
  ],
  schemathesis: [
    {
      what: 'Python with venv',
      ok: () => works('python3', ['-c', 'import ensurepip, venv']),
      packages: ['python3', 'python3-venv'],
    },
  ],
  redis: [{ what: 'redis-server', ok: () => onPath('redis-server'), packages: ['redis-server'] }],
};

/** The Debian packages missing for these steps, and what they are for. */
export function missingPackages(steps) {
  const missing = steps.flatMap((step) => NEEDS[step] ?? []).filter((need) => !need.ok());
  return { what: missing.map((need) => need.what), packages: [...new Set(missing.flatMap((need) => need.packages))] };
}

/**
 * Installs what the steps need where it can (root with apt-get), or returns the reason it cannot with
 * the exact command. Returns undefined when everything is there.
 */
export function ensureSystemPackages(steps, { log = console.log } = {}) {
  const { what, packages } = missingPackages(steps);
  if (packages.length === 0) return undefined;
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && onPath('apt-get') && process.env.NPM_TEST_NO_INSTALL !== '1';
  if (!canInstall) {
    return `npm test needs ${what.join(', ')}, not installed here. Run this (as root), then npm test again:\n\n  sudo sh -c '${command}'\n`;
  }
  log(`Installing ${packages.join(' ')} (for ${what.join(', ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) return `apt-get ${args.join(' ')} failed. Run it yourself, then npm test again:\n\n  ${command}\n`;
  }
  const still = missingPackages(steps);
  return still.packages.length === 0 ? undefined : `Still missing after apt-get: ${still.what.join(', ')}`;
}
