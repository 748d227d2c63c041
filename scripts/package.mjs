#!/usr/bin/env node
// `npm run package`: builds dist/ and stages the publishable package in build/package/, with its own
// README (package/README.md, not the repository's) and a manifest holding only what a user needs (no
// scripts, no devDependencies). Then packs it to a tarball in build/.
//
//   npm run package                    stage and pack; prints the tarball's path on stdout
//   npm run package -- --dry-run       stage, then `npm publish --dry-run` the staged package
//   npm publish build/package --provenance   (in CI, with an npm token) publishes it
//
// The repository, homepage and bugs fields that npm's provenance checks come from package.json when it has
// them, else from `git remote get-url origin` when that is a GitHub URL; without either, the package is
// staged all the same and a warning says that it is not provenance-ready.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './run.mjs';

const stage = join(projectRoot, 'build', 'package');
const KEPT_FIELDS = [
  'name',
  'version',
  'description',
  'license',
  'keywords',
  'repository',
  'homepage',
  'bugs',
  'type',
  'sideEffects',
  'exports',
  'types',
  'bin',
  'files',
  'engines',
  'dependencies',
  'peerDependencies',
  'peerDependenciesMeta',
];

function repositoryFromGit() {
  try {
    const origin = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const match = /github\.com[:/]([^/]+)\/(.+?)(?:\.git)?$/.exec(origin);
    return match ? `${match[1]}/${match[2]}` : undefined;
  } catch {
    return undefined;
  }
}

function stagedManifest(manifest, githubRepository) {
  const staged = {};
  for (const field of KEPT_FIELDS) if (manifest[field] !== undefined) staged[field] = manifest[field];
  if (!staged.repository && githubRepository) {
    staged.repository = { type: 'git', url: `git+https://github.com/${githubRepository}.git` };
    staged.homepage = `https://github.com/${githubRepository}#readme`;
    staged.bugs = { url: `https://github.com/${githubRepository}/issues` };
  }
  staged.publishConfig = { access: 'public' };
  return staged;
}

const build = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const staged = stagedManifest(manifest, repositoryFromGit());
if (!staged.repository)
  console.error('warning: no repository in package.json and no GitHub origin: the package is not provenance-ready');

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const entry of [...manifest.files, 'LICENSE']) cpSync(join(projectRoot, entry), join(stage, entry), { recursive: true });
cpSync(join(projectRoot, 'package', 'README.md'), join(stage, 'README.md'));
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(staged, null, 2)}\n`);

const npm = (args) =>
  spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
    cwd: stage,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });

if (process.argv.includes('--dry-run')) {
  const result = npm(['publish', '--dry-run']);
  process.stderr.write(result.stderr);
  process.exit(result.status ?? 1);
}
const result = npm(['pack', '--json', '--pack-destination', join(projectRoot, 'build')]);
if (result.status !== 0) {
  process.stderr.write(result.stderr);
  process.exit(result.status ?? 1);
}
const [packed] = JSON.parse(result.stdout);
console.error(
  `Staged build/package/, packed ${packed.files.length} files, ${packed.size} bytes (${packed.unpackedSize} unpacked)`,
);
console.log(join(projectRoot, 'build', packed.filename));
