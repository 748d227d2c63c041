// The breaking-change gate (scripts/check-breaking.mjs): it passes on the current description, catches
// each seeded breaking edit, and lets a breaking change through only with a new major version explained
// in the changelog.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakingChanges, changelogSection, gate } from '../scripts/check-breaking.mjs';
import { HEAVY_TIMEOUT_MS } from './support/timeouts.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const current = JSON.parse(read('generated/openapi.json'));
const baseline = JSON.parse(read('baseline/openapi.json'));
const changelog = read('CHANGELOG.md');

type Document = typeof current;
const edited = (edit: (document: Document) => void): Document => {
  const copy = structuredClone(current);
  edit(copy);
  return copy;
};
const queryParameter = (document: Document, path: string, name: string) =>
  document.paths[path].get.parameters.find((parameter: { name?: string }) => parameter.name === name);

const seededBreaks: Array<[string, (document: Document) => void, RegExp]> = [
  [
    'an operation removed',
    (d) => delete d.paths['/api/managed_users/{managed_user_id}/folders'].get,
    /Removed\] operation GET .*\/folders/,
  ],
  [
    'an optional parameter made required',
    (d) => (queryParameter(d, '/api/managed_users/{managed_user_id}/connections', 'provider').required = true),
    /required status to required query parameter `provider`/,
  ],
  [
    "a parameter's type changed",
    (d) => (queryParameter(d, '/api/managed_users/{managed_user_id}/connections', 'folder_id').schema = { type: 'string' }),
    /type definition in query parameter `folder_id`/,
  ],
  [
    'a required request property added',
    (d) => d.components.schemas.CreateConnectionRequest.required.push('name'),
    /required status to `name`/,
  ],
  [
    'a schema renamed',
    (d) => {
      d.components.schemas.ProjectFolder = d.components.schemas.Folder;
      delete d.components.schemas.Folder;
    },
    /renamed\] schema Folder/,
  ],
];

// Each case diffs the whole description: seconds on an idle machine, more than 20 s under load.
describe('breaking-change gate', { timeout: HEAVY_TIMEOUT_MS }, () => {
  it('passes on the current description', () => {
    expect(gate({ baseline, current, changelog })).toMatchObject({ ok: true, breaking: [] });
  });

  it.each(seededBreaks)('catches %s', (_name, edit, expected) => {
    const after = edited(edit);
    const breaking = breakingChanges(current, after);
    expect(
      breaking.some((line) => expected.test(line)),
      breaking.join('\n'),
    ).toBe(true);
    expect(gate({ baseline: current, current: after, changelog }).ok).toBe(false);
  });

  it('lets a non-breaking change through (a new optional query parameter)', () => {
    const after = edited((d) =>
      d.paths['/api/managed_users/{managed_user_id}/folders'].get.parameters.push({
        name: 'updated_after',
        in: 'query',
        description: 'Only folders changed after this instant.',
        schema: { type: 'string', format: 'date-time' },
      }),
    );
    expect(gate({ baseline: current, current: after, changelog })).toMatchObject({ ok: true, breaking: [] });
  });

  it('lets a breaking change through only with a new major version explained in the changelog', () => {
    const after = edited((d) => {
      delete d.paths['/api/managed_users/{managed_user_id}/folders'].get;
      d.info.version = '1.0.0';
    });
    expect(gate({ baseline: current, current: after, changelog }).reason).toMatch(/CHANGELOG.md needs a "## 1.0.0" section/);
    const explained = `${changelog}\n## 1.0.0\n\nBreaking: listFolders is removed.\n`;
    expect(gate({ baseline: current, current: after, changelog: explained })).toMatchObject({ ok: true });
    const minorOnly = edited((d) => {
      delete d.paths['/api/managed_users/{managed_user_id}/folders'].get;
      d.info.version = '0.2.0';
    });
    expect(gate({ baseline: current, current: minorOnly, changelog: explained }).reason).toMatch(/need a new major version/);
  });

  it('reads a version section of the changelog up to the next one', () => {
    expect(changelogSection('## 2.0.0\n\nBreaking: x.\n\n## 1.0.0\n\nold', '2.0.0')).toBe('Breaking: x.');
    expect(changelogSection('## 1.0.0\n\nold', '2.0.0')).toBe('');
  });
});
