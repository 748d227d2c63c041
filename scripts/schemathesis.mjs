#!/usr/bin/env node
// `npm test -- schemathesis`: property-based testing of the Prism mock and the description with
// Schemathesis (pinned, from PyPI, in a cached virtual environment under build/cache/). Every operation gets
// its documented examples, then generated valid requests (coverage and fuzzing phases, 5 per operation, fixed
// seed); every response must conform to the description and carry a documented status, and no valid
// request may be refused. Output: build/schemathesis/ (an NDJSON report).
//
// Limits of Prism, not of the description, are kept out of the run (listed in CONTRIBUTING.md):
// - Prism takes an empty query value or an empty binary body for an absent one, so the tested copy asks
//   for at least one character in required query strings and required binary bodies;
// - Prism refuses int64 values beyond JavaScript's safe integers (2^53 - 1) as a violation although the
//   description sets no maximum, so the copy of the description given to Schemathesis (not the one Prism
//   serves) carries that maximum on int64 schemas without one;
// - Prism crashes (TypeError: Invalid character in header content ["sl-violations"]) on an invalid request
//   whose violation message holds a control character, such as an unknown property named "\u0002", so
//   generated invalid requests (negative mode) cannot be run against it; and Prism checks that a token is
//   present, not that it is valid, so the `ignored_auth` check is left out, and it answers 405 without an
//   `Allow` header (`unsupported_method` left out).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMock } from './mock-server.mjs';
import { projectRoot } from './run.mjs';

const SCHEMATHESIS = 'schemathesis==4.32.5';
const SAFE_MAX = 9007199254740991;
const out = join(projectRoot, 'build', 'schemathesis');
const cache = join(projectRoot, 'build', 'cache');
const TIMEOUT_MS = 600_000;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: TIMEOUT_MS, killSignal: 'SIGKILL', ...options });
  if (result.status !== 0) {
    const why = result.error
      ? result.error.message
      : result.signal
        ? `killed after ${TIMEOUT_MS / 1000} s`
        : `exit code ${result.status}`;
    throw new Error(`${command} ${args.slice(0, 2).join(' ')} failed (${why})`);
  }
}

function schemathesisBin() {
  const venv = join(cache, `venv-st-${createHash('sha256').update(SCHEMATHESIS).digest('hex').slice(0, 12)}`);
  if (!existsSync(join(venv, '.complete'))) {
    rmSync(venv, { recursive: true, force: true });
    run(process.env.PYTHON ?? 'python3', ['-m', 'venv', venv]);
    run(join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', SCHEMATHESIS]);
    writeFileSync(join(venv, '.complete'), '');
  }
  return join(venv, 'bin', 'schemathesis');
}

/** The description with Prism's safe-integer limits made explicit on int64 schemas that set none. */
function withSafeIntegers(node) {
  if (Array.isArray(node)) return node.map(withSafeIntegers);
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withSafeIntegers(value)]));
  if (copy.type === 'integer' && copy.format === 'int64') {
    if (copy.maximum === undefined) copy.maximum = SAFE_MAX;
    if (copy.minimum === undefined) copy.minimum = -SAFE_MAX;
  }
  return copy;
}

/**
 * Prism takes an empty query value (`prefix=`) and an empty binary body for absent ones and refuses them
 * when required; the tested copy asks for at least one character there.
 */
function withoutEmptyRequired(description) {
  for (const item of Object.values(description.paths)) {
    for (const operation of Object.values(item)) {
      for (const reference of operation.parameters ?? []) {
        const parameter = reference.$ref ? description.components.parameters[reference.$ref.split('/').pop()] : reference;
        const schema = parameter.schema;
        if (parameter.in === 'query' && parameter.required && schema?.type === 'string' && schema.minLength === undefined) {
          schema.minLength = 1;
        }
      }
      for (const media of Object.values(operation.requestBody?.content ?? {})) {
        if (operation.requestBody.required && media.schema?.format === 'binary') media.schema.minLength = 1;
      }
    }
  }
  return description;
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const description = JSON.parse(readFileSync(join(projectRoot, 'generated', 'openapi.json'), 'utf8'));
  const tested = join(out, 'openapi.json');
  writeFileSync(tested, JSON.stringify(withoutEmptyRequired(withSafeIntegers(description))));
  const bin = schemathesisBin();
  const mock = await startMock({ logLevel: 'error' });
  try {
    run(
      bin,
      [
        'run',
        tested,
        '--url',
        mock.url,
        '--header',
        'Authorization: Bearer schemathesis-token',
        '--mode',
        'positive',
        '--phases',
        'examples,coverage,fuzzing',
        '--max-examples',
        '5',
        '--seed',
        '1',
        '--workers',
        '2',
        '--checks',
        'all',
        '--exclude-checks',
        'ignored_auth,unsupported_method',
        '--generation-codec',
        'ascii',
        '--request-timeout',
        '30',
        '--report',
        'ndjson',
        '--report-dir',
        out,
        '--no-color',
      ],
      { cwd: out },
    ); // Schemathesis keeps its replay cache (.schemathesis/) in the working directory
  } finally {
    await mock.stop();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
