#!/usr/bin/env node
// `npm run clients`: generates a Python and a Go client from generated/openapi.yaml with OpenAPI
// Generator 4.3.1 (its jar ships inside the pinned npm package, so nothing is downloaded), builds both,
// and runs their smoke tests (test/clients/) against a Prism mock: list connections, create one, and see
// a 404 as an error. Output goes to build/clients/ (not committed). Needs Java 17, /usr/bin/python3 with urllib3,
// dateutil, six and certifi, and Go with golang.org/x/oauth2 in /usr/share/gocode (Debian's packages;
// .ci/run installs them). Whatever a generator stumbles on is fixed in the description, not here.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startMock } from './mock-server.mjs';
import { projectRoot } from './run.mjs';

const out = join(projectRoot, 'build', 'clients');
const jar = join(projectRoot, 'node_modules', 'openapi-generator-cli-4', 'bin', 'openapi-generator.jar');
const description = join(projectRoot, 'generated', 'openapi.yaml');
const gopath = join(out, 'go');
// Debian's Python, which has Debian's urllib3, dateutil, six and certifi whatever else is on PATH.
const python3 = process.env.PYTHON ?? '/usr/bin/python3';
const goEnv = {
  ...process.env,
  GO111MODULE: 'off',
  GOPATH: `${gopath}:/usr/share/gocode`,
  GOCACHE: join(out, 'go-cache'),
  GOFLAGS: '',
};

function step(title, command, args, options = {}) {
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${title} failed (${result.error ? result.error.message : `exit code ${result.status}`})`);
  }
}

function generate(generator, output, packageName) {
  step(`generate the ${generator} client`, 'java', [
    '-jar',
    jar,
    'generate',
    '--input-spec',
    description,
    '--generator-name',
    generator,
    '--output',
    output,
    '--package-name',
    packageName,
    '--skip-validate-spec',
  ]);
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  const python = join(out, 'python');
  const go = join(gopath, 'src', 'workato');
  generate('python', python, 'workato_embedded');
  generate('go-experimental', go, 'workato');
  step('compile the Python client', python3, ['-m', 'compileall', '-q', join(python, 'workato_embedded')]);
  step('build the Go client', 'go', ['build', './...'], { cwd: go, env: goEnv });

  const smoke = join(gopath, 'src', 'smoke');
  mkdirSync(smoke, { recursive: true });
  copyFileSync(join(projectRoot, 'test', 'clients', 'smoke_test.go'), join(smoke, 'smoke_test.go'));

  const mock = await startMock({ logLevel: 'error' });
  try {
    step('smoke-test the Python client against the mock', python3, [join(projectRoot, 'test', 'clients', 'smoke.py'), mock.url], {
      env: { ...process.env, PYTHONPATH: python },
    });
    step('smoke-test the Go client against the mock', 'go', ['test', '-count=1', '-v', 'smoke'], {
      cwd: smoke,
      env: { ...goEnv, WORKATO_MOCK_URL: mock.url },
    });
  } finally {
    await mock.stop();
  }
  console.log('\nPython and Go clients generated, built and smoke-tested.');
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
