// The freshness check must notice any change to generated/, and pass on an untouched copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from './support/timeouts.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'workato-freshness-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function check(generatedDir: string) {
  return spawnSync(process.execPath, ['scripts/generate.mjs', '--check', '--generated-dir', generatedDir], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
}

describe('generate --check', () => {
  it(
    'passes on an exact copy of generated/',
    () => {
      const copy = join(scratch, 'fresh');
      cpSync(join(projectRoot, 'generated'), copy, { recursive: true });
      const run = check(copy);
      expect(run.status, run.stderr).toBe(0);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'fails and names every file that differs',
    () => {
      const copy = join(scratch, 'stale');
      cpSync(join(projectRoot, 'generated'), copy, { recursive: true });
      const files = ['openapi.yaml', 'openapi.json', 'schema.d.ts', 'metadata.ts'];
      for (const file of files) writeFileSync(join(copy, file), `${readFileSync(join(copy, file), 'utf8')}\n`);
      const run = check(copy);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`generated/ is stale: ${files.join(', ')} would change`);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'fails when a generated file is missing',
    () => {
      const copy = join(scratch, 'missing');
      cpSync(join(projectRoot, 'generated'), copy, { recursive: true });
      rmSync(join(copy, 'metadata.ts'));
      const run = check(copy);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('generated/ is stale: metadata.ts would change');
    },
    SPAWN_TIMEOUT_MS,
  );
});
