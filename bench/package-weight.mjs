#!/usr/bin/env node
// `npm run bench:package`: what the package weighs for a user. Packs it (scripts/package.mjs), installs the
// tarball into a blank project (the client only), then adds Prism (the mock and the proxy), and writes
// the sizes to the package-weight section of BENCHMARKS.md (bench/run.mjs keeps that section).
// Sizes are apparent sizes of the files (what a download or a Docker layer carries), not disk blocks.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../scripts/run.mjs';

const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function bytesIn(path) {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + bytesIn(join(path, entry)), 0);
}

/** Every installed package, nested ones included (npm query, npm's own view of the tree). */
function packagesIn(project) {
  return JSON.parse(run('npm', ['query', '*'], project)).filter((node) => node.location !== '').length;
}

const tarball = run(process.execPath, [join(projectRoot, 'scripts', 'package.mjs')], projectRoot).trim();
const prism = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).devDependencies['@stoplight/prism-cli'];
const project = mkdtempSync(join(tmpdir(), 'workato-weight-'));
try {
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'weight', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', tarball], project);
  const modules = join(project, 'node_modules');
  const own = join(modules, 'workato-embedded-api');
  const client = {
    packages: packagesIn(project),
    bytes: bytesIn(modules),
    runtime: bytesIn(join(own, 'dist', 'src')) + bytesIn(join(own, 'dist', 'generated', 'metadata.js')),
    types:
      bytesIn(join(own, 'dist')) - bytesIn(join(own, 'dist', 'src')) - bytesIn(join(own, 'dist', 'generated', 'metadata.js')),
    description: bytesIn(join(own, 'generated')),
    command: bytesIn(join(own, 'cli')),
  };
  run('npm', ['install', '--prefer-offline', '--save-dev', `@stoplight/prism-cli@${prism}`], project);
  const withMock = { packages: packagesIn(project), bytes: bytesIn(modules) };
  const tarballBytes = lstatSync(tarball).size;

  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  const kb = (bytes) => `${(bytes / 1e3).toFixed(0)} kB`;
  const section = `<!-- package-weight -->
## Package weight

Written by \`npm run bench:package\` (\`bench/package-weight.mjs\`), ${new Date().toISOString()}, npm ${run('npm', ['--version'], project).trim()}.
Apparent sizes of the installed files.

| a user who installs | packages | node_modules |
| --- | --- | --- |
| the client only (\`npm install workato-embedded-api\`) | ${client.packages} | ${mb(client.bytes)} |
| also the mock and proxy (\`@stoplight/prism-cli@${prism}\`, optional peer) | ${withMock.packages} | ${mb(withMock.bytes)} |

- The tarball: ${kb(tarballBytes)}. Of the installed package: runtime JavaScript ${kb(client.runtime)} (dist/src and the
  generated metadata), type declarations ${kb(client.types)}, the bundled description (JSON and YAML)
  ${mb(client.description)}, the command (\`cli/\`) ${kb(client.command)}; the rest of the client-only install is
  openapi-fetch and its helper types.
- Prism adds ${withMock.packages - client.packages} packages and ${mb(withMock.bytes - client.bytes)}; it is a devDependency of the
  user's project, never loaded by the client.
<!-- /package-weight -->
`;
  const path = join(projectRoot, 'BENCHMARKS.md');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const marked = /<!-- package-weight -->[\s\S]*<!-- \/package-weight -->\n?/;
  writeFileSync(path, marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}`);
  console.log(section);
} finally {
  rmSync(project, { recursive: true, force: true });
}
