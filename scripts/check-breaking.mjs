#!/usr/bin/env node
// `npm run check:breaking`: the breaking-change gate. Compares the bundle (generated/openapi.json) with
// the released description kept in baseline/openapi.json. A breaking change passes only when the major
// version of info.version was raised and CHANGELOG.md has a section for the new version that says why.
// `--release` makes the current bundle the new baseline (after a release).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiCompare } from 'api-smart-diff';
import { operationsOf } from './bundle-document.mjs';
import { projectRoot } from './run.mjs';

/** The names generated clients are built from: a rename of one is a breaking change for them. */
export function apiSurface(document) {
  const operationIds = operationsOf(document).map(({ operation }) => operation.operationId);
  return { operationIds: operationIds.sort(), schemas: Object.keys(document.components?.schemas ?? {}).sort() };
}

/** Every breaking change from `before` to `after`, as human-readable lines. */
export function breakingChanges(before, after) {
  const { diffs } = apiCompare(before, after);
  const found = diffs
    // api-smart-diff calls a query parameter's type change non-breaking (the server may accept more);
    // for a generated client it changes a method's signature, so every type change counts.
    .filter((diff) => diff.type === 'breaking' || /^\[Replaced\] type definition/.test(diff.description ?? ''))
    .map((diff) => diff.description ?? diff.path.join('.'));
  const was = apiSurface(before);
  const is = apiSurface(after);
  for (const id of was.operationIds.filter((name) => !is.operationIds.includes(name)))
    found.push(`[Removed or renamed] operationId ${id}`);
  for (const name of was.schemas.filter((schema) => !is.schemas.includes(schema)))
    found.push(`[Removed or renamed] schema ${name}`);
  return [...new Set(found)];
}

const major = (version) => Number(String(version).split('.')[0]);

/** The section of CHANGELOG.md for a version: the text under `## <version>` up to the next `## `. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`).test(line));
  if (start < 0) return '';
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

/** The gate's verdict for a current description against the baseline. */
export function gate({ baseline, current, changelog }) {
  const breaking = breakingChanges(baseline, current);
  if (breaking.length === 0) return { ok: true, breaking, reason: 'no breaking change' };
  const from = baseline.info.version;
  const to = current.info.version;
  if (major(to) <= major(from)) {
    return { ok: false, breaking, reason: `breaking changes need a new major version (baseline ${from}, current ${to})` };
  }
  if (!/breaking/i.test(changelogSection(changelog, to))) {
    return { ok: false, breaking, reason: `CHANGELOG.md needs a "## ${to}" section that explains the breaking changes` };
  }
  return { ok: true, breaking, reason: `major version raised to ${to} and explained in CHANGELOG.md` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (...parts) => readFileSync(join(projectRoot, ...parts), 'utf8');
  if (process.argv.includes('--release')) {
    copyFileSync(join(projectRoot, 'generated', 'openapi.json'), join(projectRoot, 'baseline', 'openapi.json'));
    console.log('baseline/openapi.json is now the released description');
  } else {
    const verdict = gate({
      baseline: JSON.parse(read('baseline', 'openapi.json')),
      current: JSON.parse(read('generated', 'openapi.json')),
      changelog: read('CHANGELOG.md'),
    });
    for (const change of verdict.breaking) console.log(`  breaking: ${change}`);
    console.log(`${verdict.ok ? 'ok' : 'FAILED'}: ${verdict.reason}`);
    process.exitCode = verdict.ok ? 0 : 1;
  }
}
