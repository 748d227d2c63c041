// The npm package as a user gets it: `npm run package` stages and packs it, the tarball goes into blank
// ESM and CommonJS projects, and from there the client runs (import and require), the types resolve
// (node16, nodenext, bundler), and the package's command serves the mock and runs the proxy.
// Its own step of `npm test` (package), with vitest.package.config.ts: npm installs take seconds.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesOf } from './support/description.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(root, 'test', 'fixtures', 'package-consumer');
const work = mkdtempSync(join(tmpdir(), 'workato-package-'));
const esm = join(work, 'esm');
const cjs = join(work, 'cjs');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const description = JSON.parse(readFileSync(join(root, 'generated', 'openapi.json'), 'utf8'));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function run(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, ...extraEnv } });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Starts `workato-embedded-api ...` and resolves with the URL it prints once it listens. */
function startCommand(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  // The command npm linked into node_modules/.bin, run by node directly so that SIGTERM reaches it (npx
  // would stand between and not pass it on); `npx workato-embedded-api` itself runs --help and a refusal.
  const bin = join(esm, 'node_modules', '.bin', 'workato-embedded-api');
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: esm,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    // Generous: Prism reads the whole description before it listens, slower on a loaded machine.
    const timer = setTimeout(() => reject(new Error(`no "listening on" line within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s,]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`workato-embedded-api ${args[0]} exited (${code}):\n${output}`));
    });
  });
}

/** SIGTERM, as CI or Ctrl-C would; SIGKILL after 20 s so that a hung command cannot outlive the test. */
function stop(child: ChildProcess | undefined): Promise<number | string | null> {
  if (!child || child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(child?.exitCode ?? child?.signalCode ?? null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
    child.kill('SIGTERM');
  });
}

let packedFiles: string[] = [];
let staged: any;
let mock: { child: ChildProcess; url: string; output: () => string } | undefined;
let proxy: { child: ChildProcess; url: string; output: () => string } | undefined;

beforeAll(() => {
  const tarball = run(process.execPath, [join(root, 'scripts', 'package.mjs')], root).trim();
  const listing = run('tar', ['tzf', tarball], work);
  packedFiles = listing
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));
  staged = JSON.parse(readFileSync(join(root, 'build', 'package', 'package.json'), 'utf8'));
  for (const [dir, type] of [
    [esm, 'module'],
    [cjs, 'commonjs'],
  ] as const) {
    run('mkdir', ['-p', dir], work);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `partner-${type}`, private: true, type }));
    run('npm', ['install', '--prefer-offline', tarball], dir);
  }
  for (const file of ['consumer.ts', 'tsconfig.json']) copyFileSync(join(fixture, file), join(esm, file));
}, 180_000);

afterAll(async () => {
  await stop(proxy?.child);
  await stop(mock?.child);
  rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the built client, its declarations, the description, the command and its own README, and no sources or tests', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'dist/src/index.js',
        'dist/src/index.d.ts',
        'dist/generated/metadata.js',
        'dist/generated/schema.d.ts',
        'generated/openapi.json',
        'generated/openapi.yaml',
        'cli/workato-embedded-api.mjs',
        'cli/mock.mjs',
        'cli/proxy.mjs',
        'cli/prism.mjs',
        'scripts/lifeline.mjs',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'package.json',
      ]),
    );
    expect(packedFiles.filter((path) => /^(src|test|openapi|package)\//.test(path))).toEqual([]);
    expect(packedFiles.filter((path) => path.startsWith('scripts/'))).toEqual(['scripts/lifeline.mjs']);
    const readme = readFileSync(join(esm, 'node_modules', 'workato-embedded-api', 'README.md'), 'utf8');
    expect(readme).toBe(readFileSync(join(root, 'package', 'README.md'), 'utf8'));
  });

  it('has a manifest for users: no scripts or devDependencies, Prism an optional peer, engines, licence, keywords', () => {
    expect(staged.scripts).toBeUndefined();
    expect(staged.devDependencies).toBeUndefined();
    expect(staged.dependencies).toEqual(manifest.dependencies);
    expect(Object.keys(staged.dependencies)).toEqual(['openapi-fetch']);
    // Both peers are optional: Prism for the mock and proxy commands, ioredis for the Redis limiter store.
    expect(staged.peerDependencies).toEqual({
      '@stoplight/prism-cli': manifest.devDependencies['@stoplight/prism-cli'].replace(/^/, '~'),
      ioredis: manifest.peerDependencies.ioredis,
    });
    expect(staged.peerDependenciesMeta).toEqual({ '@stoplight/prism-cli': { optional: true }, ioredis: { optional: true } });
    expect(staged).toMatchObject({
      license: 'Apache-2.0',
      engines: manifest.engines,
      bin: { 'workato-embedded-api': 'cli/workato-embedded-api.mjs' },
    });
    expect(staged.keywords.length).toBeGreaterThan(3);
  });

  it('has the version of the description it carries', () => {
    expect(manifest.version).toBe(description.info.version);
  });

  it('publishes cleanly (npm publish --dry-run: no field corrected or dropped)', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--dry-run'], {
      cwd: root,
      encoding: 'utf8',
      env,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('workato-embedded-api-0.1.0.tgz'.replace('0.1.0', manifest.version));
    expect(result.stderr).not.toMatch(/auto-corrected|invalid and removed|npm error/i);
  });

  it('resolves every export of package.json, from import and from require', () => {
    for (const dir of [esm, cjs]) {
      const require = createRequire(join(dir, 'package.json'));
      expect(require.resolve('workato-embedded-api')).toMatch(/dist[\\/]src[\\/]index\.js$/);
      expect(require.resolve('workato-embedded-api/openapi.json')).toMatch(/generated[\\/]openapi\.json$/);
      expect(require.resolve('workato-embedded-api/openapi.yaml')).toMatch(/generated[\\/]openapi\.yaml$/);
    }
    expect(Object.keys(manifest.exports)).toEqual([
      '.',
      './redis',
      './schema',
      './openapi.json',
      './openapi.yaml',
      './package.json',
    ]);
  });

  it('loads with require() in a CommonJS project, the same classes as import', () => {
    const script = `
      const workato = require('workato-embedded-api');
      import('workato-embedded-api').then((esm) => {
        console.log(JSON.stringify({ apiVersion: workato.apiVersion, create: typeof workato.createWorkatoClient,
          sameClass: workato.WorkatoHttpError === esm.WorkatoHttpError, customer: workato.customerId({ id: 98178 }) }));
      });`;
    writeFileSync(join(cjs, 'require.js'), script);
    const output = JSON.parse(run(process.execPath, ['--no-warnings', 'require.js'], cjs));
    expect(output).toEqual({ apiVersion: manifest.version, create: 'function', sameClass: true, customer: '98178' });
  });

  it('resolves workato-embedded-api/schema for type-only imports under node16, nodenext and bundler, from ESM and CommonJS', async () => {
    // The consumer file (ESM, NodeNext) is compiled in the same batch; the README test runs it.
    const consumer = new Promise<string>((resolve) => {
      const child = spawn(process.execPath, [tsc, '-p', esm], { cwd: esm, env });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => resolve(code === 0 ? '' : `consumer.ts: ${output}`));
    });
    const settings = [
      [esm, 'Node16', 'Node16'],
      [esm, 'ESNext', 'Bundler'],
      [cjs, 'NodeNext', 'NodeNext'],
      [cjs, 'Node16', 'Node16'],
    ] as const;
    // Side by side: each tsc reads the 740 kB of schema declarations.
    const results = await Promise.all(
      settings.map(([dir, module, resolution]) => {
        const name = `types-${module}-${resolution}`.toLowerCase();
        writeFileSync(
          join(dir, `${name}.ts`),
          `import type { paths, components } from 'workato-embedded-api/schema';
export type Listed = paths['/api/managed_users/{managed_user_id}/connections']['get']['responses'][200]['content']['application/json'];
export const id: components['schemas']['Connection']['id'] = 1;
// @ts-expect-error the schema knows the type of id: the types resolved, they are not any
export const wrong: components['schemas']['Connection']['id'] = 'one';
`,
        );
        const compilerOptions = {
          module,
          moduleResolution: resolution,
          target: 'ES2022',
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: true,
        };
        writeFileSync(join(dir, `${name}.json`), JSON.stringify({ compilerOptions, files: [`${name}.ts`] }));
        return new Promise<string>((resolve) => {
          const child = spawn(process.execPath, [tsc, '-p', `${name}.json`], { cwd: dir, env });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.on('close', (code) => resolve(code === 0 ? '' : `${dir} ${name}: ${output}`));
        });
      }),
    );
    expect([...results, await consumer].filter(Boolean)).toEqual([]);
  });

  it('serves the mock from the package command, with --help and a clear error for a Prefer the description lacks', async () => {
    run(
      'npm',
      ['install', '--prefer-offline', '--save-dev', `@stoplight/prism-cli@${manifest.devDependencies['@stoplight/prism-cli']}`],
      esm,
    );
    const help = run('npx', ['--no-install', 'workato-embedded-api', 'mock', '--help'], esm);
    expect(help).toMatch(/--port[\s\S]*--host[\s\S]*--dynamic/);
    const refused = spawnSync('npx', ['--no-install', 'workato-embedded-api', 'mock', '--port', 'eighty'], {
      cwd: esm,
      encoding: 'utf8',
      env,
    });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--port must be a port number');

    mock = await startCommand(['mock', '--port', '0']);
    const headers = { authorization: 'Bearer any-token' };
    const listed = await fetch(`${mock.url}/api/managed_users/98178/connections`, { headers });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual(examplesOf('listConnections', '200')[0]!.value);
    const documented404 = await fetch(`${mock.url}/api/managed_users/98178/connections`, {
      headers: { ...headers, prefer: 'code=404' },
    });
    expect(documented404.status).toBe(404);
    for (const prefer of ['code=418', 'example=no-such-example']) {
      const lacking = await fetch(`${mock.url}/api/managed_users/98178/connections`, { headers: { ...headers, prefer } });
      expect(lacking.status).toBe(501);
      expect(lacking.headers.get('x-workato-mock-error')).toBe('prefer-not-in-description');
      expect((await lacking.json()).detail).toMatch(/not from the Workato API/);
    }
    // Request logging is on by default, with the address the user knows.
    expect(mock.output()).toContain(`${mock.url}/api/managed_users/98178/connections`);
  }, 120_000);

  it("runs the package README's example and the consumer file against it, from import", () => {
    const readme = readFileSync(join(root, 'package', 'README.md'), 'utf8');
    const example = /<!-- example: package-quick-start -->\n```js\n([\s\S]*?)```/.exec(readme)![1]!;
    writeFileSync(join(esm, 'readme-example.mjs'), example);
    const printed = run(process.execPath, ['readme-example.mjs'], esm, {
      WORKATO_API_TOKEN: 'any-token',
      WORKATO_BASE_URL: mock!.url,
    });
    const connections = (examplesOf('listConnections', '200')[0]!.value as any).result;
    expect(printed.trim().split('\n')).toEqual(connections.map((connection: any) => `${connection.id} ${connection.name}`));

    const output = JSON.parse(run(process.execPath, [join(esm, 'out', 'consumer.js'), mock!.url], esm));
    expect(output).toEqual({
      listed: connections.length,
      created: (examplesOf('createConnection', '200')[0]!.value as any).id,
      notFound: { status: 404, body: examplesOf('listConnections', '404')[0]!.value },
      apiVersion: manifest.version,
      operations: Object.keys(description.paths).length,
    });
  });

  it('runs the proxy from the package command in front of the mock, and reports the conforming traffic as such', async () => {
    const report = join(esm, 'drift.jsonl');
    proxy = await startCommand(['proxy', '--upstream', mock!.url, '--port', '0', '--report', report]);
    const example = join(esm, 'readme-example.mjs');
    run(process.execPath, [example], esm, { WORKATO_API_TOKEN: 'secret-token-through-proxy', WORKATO_BASE_URL: proxy.url });
    const lines = readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ summary: true, exchanges: 1, conforming: 1, violations: 0, operationsConforming: 1 }),
    ]);
    expect(readFileSync(report, 'utf8')).not.toContain('secret-token-through-proxy');
    expect(await stop(proxy.child)).toBe(0);
    expect(await stop(mock!.child)).toBe(0);
  }, 60_000);
});
