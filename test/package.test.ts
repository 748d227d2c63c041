// The npm package as a user gets it: `npm pack`, installed into a blank project, a consumer file
// type-checked against the packed declarations and run against the mock.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { examplesOf } from './support/description.js';
import { BUILD_TIMEOUT_MS, SPAWN_TIMEOUT_MS } from './support/timeouts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(root, 'test', 'fixtures', 'package-consumer');
const project = mkdtempSync(join(tmpdir(), 'workato-package-'));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

let packedFiles: string[] = [];

beforeAll(() => {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], root)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  packedFiles = packed!.files.map((file) => file.path);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--no-save', join(project, packed!.filename)], project);
  for (const file of ['consumer.ts', 'tsconfig.json']) copyFileSync(join(fixture, file), join(project, file));
}, BUILD_TIMEOUT_MS);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds the built client, its declarations, the generated types and the bundled description, and no sources or tests', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'dist/src/index.js',
        'dist/src/index.d.ts',
        'dist/generated/metadata.js',
        'dist/generated/schema.d.ts',
        'generated/openapi.json',
        'generated/openapi.yaml',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'package.json',
      ]),
    );
    expect(packedFiles.filter((path) => /^(src|test|openapi|scripts)\//.test(path))).toEqual([]);
  });

  it('has the version of the description it carries', () => {
    const bundled = JSON.parse(readFileSync(join(root, 'generated', 'openapi.json'), 'utf8'));
    expect(manifest.version).toBe(bundled.info.version);
  });

  it('resolves every export of package.json', () => {
    const require = createRequire(join(project, 'package.json'));
    expect(require.resolve('workato-embedded-api/openapi.json')).toMatch(/generated[\\/]openapi\.json$/);
    expect(require.resolve('workato-embedded-api/openapi.yaml')).toMatch(/generated[\\/]openapi\.yaml$/);
    expect(Object.keys(manifest.exports)).toEqual([
      '.',
      './redis',
      './schema',
      './openapi.json',
      './openapi.yaml',
      './package.json',
    ]);
  });

  it(
    'type-checks a consumer file against the packed declarations, and runs it against the mock',
    () => {
      run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], project);
      const output = JSON.parse(run(process.execPath, [join(project, 'out', 'consumer.js'), inject('mockUrl')], project));
      const example = (operationId: string, status: string) => examplesOf(operationId, status)[0]?.value as any;
      expect(output).toEqual({
        listed: example('listConnections', '200').result.length,
        created: example('createConnection', '200').id,
        notFound: { status: 404, body: example('listConnections', '404') },
        apiVersion: manifest.version,
        operations: Object.keys(JSON.parse(readFileSync(join(root, 'generated', 'openapi.json'), 'utf8')).paths).length,
      });
    },
    SPAWN_TIMEOUT_MS,
  );
});
