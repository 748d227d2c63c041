#!/usr/bin/env node
// `npm run clients` (the `clients` step of `npm test`): generates a Python and a Go client from
// generated/openapi.yaml with OpenAPI Generator (pinned below; its jar comes from Maven Central and is
// checked against a pinned SHA-256), adds the hand-written helpers of clients/<language>/, builds both, and
// runs their tests (test/clients/): every response example of the description decoded by the generated
// models, then a workflow against one Prism mock. It also proves that the names generate cleanly: no
// generated model name is numbered or renamed by the generator, and it compiles the docs portal's Python and
// Go samples (scripts/docs.mjs) against the generated clients.
//
// Output goes to build/clients/ (not committed). Caches: the jar in build/cache/, the Python virtual
// environment in build/cache/venv-<hash of the requirements> (pip's own cache in the user cache), Go's
// modules and build cache in the user cache (Go's defaults). Needs Java 11+, Python 3.10+ with venv, Go 1.23+.
// Whatever a generator stumbles on is fixed in the description, not here.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { operationsOf } from './bundle-document.mjs';
import { GO_MODULE, goImports, goSample, pythonSample } from './docs.mjs';
import { startMock } from './mock-server.mjs';
import { binOf, projectRoot } from './run.mjs';

export const GENERATOR_VERSION = '7.25.0';
const GENERATOR_SHA256 = '41ce4f6b07f196676439d710759fa1ced7a08066d06ff1bf314681470289efae';
const GENERATOR_URL = `https://repo1.maven.org/maven2/org/openapitools/openapi-generator-cli/${GENERATOR_VERSION}/openapi-generator-cli-${GENERATOR_VERSION}.jar`;
// Test-only Python packages, pinned; the client's own dependencies come from its pyproject.toml.
const PYTHON_TEST_REQUIREMENTS = ['pytest==8.4.2'];

const out = join(projectRoot, 'build', 'clients');
const cache = join(projectRoot, 'build', 'cache');
const description = join(projectRoot, 'generated', 'openapi.yaml');
const info = parse(readFileSync(description, 'utf8')).info;

// A stuck step fails with its name instead of hanging the test run; generous, since the machine may be busy.
const STEP_TIMEOUT_MS = 300_000;

function step(title, command, args, options = {}) {
  const started = performance.now();
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: STEP_TIMEOUT_MS, killSignal: 'SIGKILL', ...options });
  if (result.status !== 0) {
    const why = result.error
      ? result.error.message
      : result.signal
        ? `killed after ${STEP_TIMEOUT_MS / 1000} s`
        : `exit code ${result.status}`;
    throw new Error(`${title} failed (${why})`);
  }
  console.log(`   (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

/** The pinned generator jar: from build/cache, else Maven's local repository, else Maven Central. */
async function generatorJar() {
  const jar = join(cache, `openapi-generator-cli-${GENERATOR_VERSION}.jar`);
  if (existsSync(jar)) return jar;
  mkdirSync(cache, { recursive: true });
  const local = join(homedir(), '.m2', 'repository', 'org', 'openapitools', 'openapi-generator-cli', GENERATOR_VERSION);
  let bytes;
  const localJar = join(local, `openapi-generator-cli-${GENERATOR_VERSION}.jar`);
  if (existsSync(localJar)) bytes = readFileSync(localJar);
  else {
    console.log(`Downloading ${GENERATOR_URL}`);
    const response = await fetch(GENERATOR_URL);
    if (!response.ok) throw new Error(`${GENERATOR_URL} answered ${response.status}`);
    bytes = Buffer.from(await response.arrayBuffer());
  }
  if (sha256(bytes) !== GENERATOR_SHA256) {
    throw new Error(`openapi-generator-cli ${GENERATOR_VERSION}: SHA-256 ${sha256(bytes)}, expected ${GENERATOR_SHA256}`);
  }
  writeFileSync(`${jar}.part`, bytes);
  renameSync(`${jar}.part`, jar);
  return jar;
}

function generate(jar, generator, output, properties) {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${value}`);
  const started = performance.now();
  console.log(`\n== generate the ${generator} client`);
  const result = spawnSync(
    'java',
    [
      '-jar',
      jar,
      'generate',
      '--input-spec',
      description,
      '--generator-name',
      generator,
      '--output',
      output,
      '--git-host',
      'github.com',
      '--git-user-id',
      GO_MODULE.split('/')[1],
      '--git-repo-id',
      GO_MODULE.split('/')[2],
      '--additional-properties',
      props.join(','),
    ],
    { encoding: 'utf8' },
  );
  const log = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`generating the ${generator} client failed:\n${log}`);
  // A generator that numbers a type (FooAnyOf1) or renames one says so; neither may happen.
  const renamed = log.split('\n').filter((line) => /renamed to/i.test(line) && !isKeywordProperty(line));
  if (renamed.length > 0) throw new Error(`the ${generator} generator renamed types:\n${renamed.join('\n')}`);
  console.log(`   (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

// Python's generator reports a property named `from` (a Python keyword) as a renamed model name, though it
// makes no such model: the property becomes `var_from`, serialized as `from`. Checked below from the output.
const isKeywordProperty = (line) =>
  /^\S* ?WARN .*AbstractPythonCodegen - From \(reserved word\)/.test(line.replace(/^\[main\] /, ''));

/** Model names a generator made that are numbered or prefixed: the naming proof. */
export function badModelNames(names, schemaNames) {
  const known = new Set(schemaNames);
  return names.filter((name) => !known.has(name) && (/\d$/.test(name) || /^Model[A-Z]/.test(name)));
}

function pythonModelNames(dir) {
  const source = readFileSync(join(dir, 'workato_embedded', 'models', '__init__.py'), 'utf8');
  return [...source.matchAll(/^from workato_embedded\.models\.\w+ import (\w+)$/gm)].map((match) => match[1]);
}

function goModelNames(dir) {
  const names = [];
  for (const file of readdirSync(dir).filter((name) => name.startsWith('model_') && name.endsWith('.go'))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/^type (\w+) (?:struct|string|int|map|\[\])/gm)) {
      if (!match[1].startsWith('Nullable')) names.push(match[1]);
    }
  }
  return names;
}

function checkNames(language, names) {
  const schemas = Object.keys(parse(readFileSync(description, 'utf8')).components.schemas);
  const bad = badModelNames(names, schemas);
  if (bad.length > 0) throw new Error(`${language}: numbered or renamed model names: ${bad.join(', ')}`);
  console.log(`${language}: ${names.length} type names, none numbered or renamed`);
}

/** A virtual environment with the client's dependencies and pytest, reused while they stay the same. */
function pythonEnv(clientDir) {
  const pyproject = readFileSync(join(clientDir, 'pyproject.toml'), 'utf8');
  const dependencies = pyproject.match(/^dependencies = \[[^\]]*\]/m)?.[0];
  if (!dependencies) throw new Error('no dependencies in the generated pyproject.toml');
  const key = sha256(`${dependencies}\n${PYTHON_TEST_REQUIREMENTS.join('\n')}`).slice(0, 12);
  const venv = join(cache, `venv-${key}`);
  const python = join(venv, 'bin', 'python');
  if (!existsSync(join(venv, '.complete'))) {
    rmSync(venv, { recursive: true, force: true });
    step('create the Python virtual environment', process.env.PYTHON ?? 'python3', ['-m', 'venv', venv]);
    const requirements = [...dependencies.matchAll(/"([^"]+)"/g)].map((match) => match[1].replace(/ \((.*)\)/, '$1'));
    step('install the client dependencies and pytest from PyPI', python, [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      ...requirements,
      ...PYTHON_TEST_REQUIREMENTS,
    ]);
    writeFileSync(join(venv, '.complete'), '');
  }
  return python;
}

/**
 * The TypeScript side checked by a second generator: @hey-api/openapi-ts (pinned in package.json) makes
 * types and an SDK from the bundle, which must type-check under `strict` with no numbered or renamed type.
 */
function heyApi() {
  const dir = join(out, 'typescript');
  step('generate the TypeScript client with @hey-api/openapi-ts', process.execPath, [
    binOf('openapi-ts'),
    '--input',
    join(projectRoot, 'generated', 'openapi.json'),
    '--output',
    dir,
    '--client',
    '@hey-api/client-fetch',
    '--silent',
    '--no-log-file',
  ]);
  const types = readFileSync(join(dir, 'types.gen.ts'), 'utf8');
  checkNames(
    'TypeScript (@hey-api/openapi-ts)',
    [...types.matchAll(/^export type (\w+)/gm)].map((match) => match[1]),
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
      },
      include: ['./**/*.ts'],
    }),
  );
  step('type-check it under strict', process.execPath, [binOf('tsc'), '-p', dir]);
}

/**
 * The docs portal's Python and Go samples (scripts/docs.mjs), one function per operation, compiled against
 * the generated clients but never run: build/clients/python/portal_samples.py, which
 * test/clients/python/test_samples.py imports and checks call by call, and samples_test.go in the Go
 * client, which `go vet` and `go test` compile.
 */
function writeSamples(python, go) {
  const document = JSON.parse(readFileSync(join(projectRoot, 'generated', 'openapi.json'), 'utf8'));
  const operations = operationsOf(document);
  const py = operations.map(({ operation, ...where }) => ({ operation, ...pythonSample(operation, document, where) }));
  const pyImports = [...new Set(py.flatMap((sample) => sample.imports))].sort();
  writeFileSync(
    join(python, 'portal_samples.py'),
    `"""Generated by scripts/clients.mjs from the docs portal's samples: compiled and checked, never run."""\n\n${pyImports.join('\n')}\n\nimport workato_embedded as workato\n${py
      .map(({ operation, statements }) => `\n\ndef sample_${operation.operationId}():\n${indentBy(statements, '    ')}\n`)
      .join('')}`,
  );
  const golang = operations.map(({ operation }) => ({ operation, ...goSample(operation, document) }));
  writeFileSync(
    join(go, 'samples_test.go'),
    `// Generated by scripts/clients.mjs from the docs portal's samples: compiled, never run.\n\npackage workato_test\n\n${goImports(
      golang.flatMap((sample) => sample.imports),
    )}\n${golang
      .map(
        ({ operation, statements }) =>
          `\nfunc sample${operation.operationId[0].toUpperCase()}${operation.operationId.slice(1)}() {\n${indentBy(statements, '\t')}\n}\n`,
      )
      .join('')}`,
  );
  console.log(`Docs portal samples: ${py.length} Python and ${golang.length} Go functions written`);
}

const indentBy = (text, pad) =>
  text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');

async function main() {
  const started = performance.now();
  rmSync(out, { recursive: true, force: true });
  heyApi();
  const jar = await generatorJar();
  const python = join(out, 'python');
  const go = join(out, 'go');
  const [, owner, repo] = GO_MODULE.split('/');
  const repository = `https://github.com/${owner}/${repo}`;
  generate(jar, 'python', python, {
    packageName: 'workato_embedded',
    projectName: 'workato-embedded-api',
    packageVersion: info.version,
    packageUrl: repository,
    licenseInfo: 'Apache-2.0',
  });
  generate(jar, 'go', go, {
    packageName: 'workato',
    packageVersion: info.version,
    isGoSubmodule: false,
    withGoMod: true,
    generateInterfaces: false,
    disallowAdditionalPropertiesIfNotPresent: false,
  });
  // The generator names the distribution after the import package and credits itself as author.
  writeFileSync(
    join(python, 'pyproject.toml'),
    readFileSync(join(python, 'pyproject.toml'), 'utf8')
      .replace(/^name = "workato_embedded"$/m, 'name = "workato-embedded-api"')
      .replace(/^authors = \[\n[^\]]*\]/m, 'authors = [\n  {name = "workato-embedded-api contributors"},\n]'),
  );
  // The generator writes github.com/<user>/<repo> and an old go directive; state both.
  writeFileSync(
    join(go, 'go.mod'),
    readFileSync(join(go, 'go.mod'), 'utf8')
      .replace(/^module .*$/m, `module ${GO_MODULE}`)
      .replace(/^go .*$/m, 'go 1.23'),
  );
  // Generated test stubs are placeholders; the tests of test/clients/ replace them.
  rmSync(join(python, 'test'), { recursive: true, force: true });
  rmSync(join(go, 'test'), { recursive: true, force: true });
  copyFileSync(join(projectRoot, 'clients', 'python', 'customer_id.py'), join(python, 'workato_embedded', 'customer_id.py'));
  copyFileSync(join(projectRoot, 'clients', 'go', 'customer_id.go'), join(go, 'customer_id.go'));
  for (const file of readdirSync(join(projectRoot, 'test', 'clients', 'go'))) {
    copyFileSync(join(projectRoot, 'test', 'clients', 'go', file), join(go, file));
  }

  writeSamples(python, go);

  checkNames('Python', pythonModelNames(python));
  checkNames('Go', goModelNames(go));

  const py = pythonEnv(python);
  const goEnv = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' };
  step('format the Go client (gofmt)', 'gofmt', ['-w', '.'], { cwd: go });
  step('build the Go client', 'go', ['vet', './...'], { cwd: go, env: goEnv });

  const mock = await startMock({ logLevel: 'error' });
  try {
    const env = {
      WORKATO_MOCK_URL: mock.url,
      WORKATO_DESCRIPTION: join(projectRoot, 'generated', 'openapi.json'),
      WORKATO_SAMPLES_PY: join(python, 'portal_samples.py'),
    };
    step(
      'test the Python client: every response example, then a workflow against the mock',
      py,
      ['-m', 'pytest', '-q', '-s', '-p', 'no:cacheprovider', join(projectRoot, 'test', 'clients', 'python')],
      { env: { ...process.env, ...env, PYTHONPATH: python, PYTHONDONTWRITEBYTECODE: '1' } },
    );
    step(
      'test the Go client: every response example, then a workflow against the mock',
      'go',
      ['test', '-count=1', '-v', './...'],
      {
        cwd: go,
        env: { ...goEnv, ...env },
      },
    );
  } finally {
    await mock.stop();
  }
  console.log(`\nPython and Go clients generated, built and tested in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
