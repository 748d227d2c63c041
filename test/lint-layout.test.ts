// The layout of openapi/ is enforced by lint (house/operation-file-layout, house/no-stray-files), not by
// convention: each way of breaking it, made in a scratch copy of the project, must fail lint with a
// message that says what to do. The same goes for a list paged with bracketed parameters (`page[number]`)
// that declares no x-pagination (house/pagination-declared).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS } from './support/timeouts.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const scratchRoot = mkdtempSync(join(tmpdir(), 'workato-layout-'));
afterAll(() => rmSync(scratchRoot, { recursive: true, force: true }));

interface Breakage {
  name: string;
  /** Changes the scratch copy of the project. */
  apply(dir: string): void;
  /** What the lint output must say; undefined for the untouched copy, which must pass. */
  expected?: RegExp;
}

function editRoot(dir: string, from: string, to: string) {
  const file = join(dir, 'openapi', 'openapi.yaml');
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`openapi.yaml does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

const breakages: Breakage[] = [
  { name: 'an untouched copy', apply: () => undefined },
  {
    name: 'a stray file',
    apply: (dir) => writeFileSync(join(dir, 'openapi', 'paths', 'folders', 'notes.txt'), 'scratch notes\n'),
    expected: /Stray file paths\/folders\/notes\.txt/,
  },
  {
    name: 'an unreferenced file',
    apply: (dir) =>
      writeFileSync(
        join(dir, 'openapi', 'components', 'schemas', 'Orphan.yaml'),
        'type: object\nproperties:\n  id:\n    type: integer\n',
      ),
    expected: /File components\/schemas\/Orphan\.yaml is not referenced/,
  },
  {
    name: 'a file not named after its operationId',
    apply: (dir) => {
      renameSync(join(dir, 'openapi/paths/folders/listFolders.yaml'), join(dir, 'openapi/paths/folders/listAllFolders.yaml'));
      editRoot(dir, 'paths/folders/listFolders.yaml', 'paths/folders/listAllFolders.yaml');
    },
    expected:
      /listFolders \(tag Folders\) lives in paths\/folders\/listAllFolders\.yaml; move it to paths\/folders\/listFolders\.yaml/,
  },
  {
    name: 'a folder that does not match the tag',
    apply: (dir) => {
      renameSync(join(dir, 'openapi/paths/folders/listFolders.yaml'), join(dir, 'openapi/paths/recipes/listFolders.yaml'));
      editRoot(dir, 'paths/folders/listFolders.yaml', 'paths/recipes/listFolders.yaml');
    },
    expected: /lives in paths\/recipes\/listFolders\.yaml; move it to paths\/folders\/listFolders\.yaml/,
  },
  {
    name: 'an operation outside paths/',
    apply: (dir) => {
      const text = readFileSync(join(dir, 'openapi/paths/folders/listFolders.yaml'), 'utf8').replaceAll(
        '../../components/',
        'components/',
      );
      writeFileSync(join(dir, 'openapi/listFolders.yaml'), text);
      rmSync(join(dir, 'openapi/paths/folders/listFolders.yaml'));
      editRoot(dir, 'paths/folders/listFolders.yaml', 'listFolders.yaml');
    },
    expected: /every method must be a \$ref to paths\/<tag folder>\/<operationId>\.yaml/,
  },
  {
    name: 'an example in another folder than its operation',
    apply: (dir) => {
      const from = 'components/examples/folders/ListFoldersOneFolder.yaml';
      const to = 'components/examples/recipes/ListFoldersOneFolder.yaml';
      renameSync(join(dir, 'openapi', from), join(dir, 'openapi', to));
      const operation = join(dir, 'openapi/paths/folders/listFolders.yaml');
      writeFileSync(operation, readFileSync(operation, 'utf8').replace(from, to));
    },
    expected:
      /Example components\/examples\/recipes\/ListFoldersOneFolder\.yaml must be examples\/folders\/ListFolders<Case>\.yaml/,
  },
  {
    name: 'a list paged with page[number] that declares no x-pagination',
    apply: (dir) => {
      const operation = join(dir, 'openapi/paths/project-roles/listProjectRoles.yaml');
      const text = readFileSync(operation, 'utf8');
      const block = /\nx-pagination:\n(?: {2}.*\n)+/;
      if (!block.test(text)) throw new Error('listProjectRoles.yaml has no x-pagination block');
      writeFileSync(operation, text.replace(block, '\n'));
    },
    expected: /The operation takes page\[number\] but declares no x-pagination/,
  },
];

function lintCopy(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const cli = join(projectRoot, 'node_modules/@redocly/cli/bin/cli.js');
    const child = spawn(process.execPath, [cli, 'lint', 'workato', '--format', 'stylish'], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

const results = new Map<string, { code: number; output: string }>();

beforeAll(async () => {
  await Promise.all(
    breakages.map(async (breakage, index) => {
      const dir = join(scratchRoot, String(index));
      for (const part of ['openapi', 'lint', 'scripts', 'redocly.yaml', 'package.json']) {
        cpSync(join(projectRoot, part), join(dir, part), { recursive: true });
      }
      symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
      breakage.apply(dir);
      results.set(breakage.name, await lintCopy(dir));
    }),
  );
}, BUILD_TIMEOUT_MS);

describe('lint enforces the layout of openapi/', () => {
  for (const breakage of breakages) {
    it(breakage.expected ? `fails on ${breakage.name}, saying what to do` : `passes on ${breakage.name}`, () => {
      const result = results.get(breakage.name);
      if (!breakage.expected) {
        expect(result?.code, result?.output).toBe(0);
        return;
      }
      expect(result?.code).not.toBe(0);
      expect(result?.output).toMatch(breakage.expected);
      expect(result?.output).toContain('CONTRIBUTING.md');
    });
  }
});
