// Every JSON sample of Workato's documentation must validate against its operation's schema (closed, so
// that a field the description forgot fails) and be carried by the description as the named example the
// fixture names. The samples are copied as data: test/fixtures/seed-samples.json holds those of the five
// source pages, test/fixtures/doc-samples/<group>.json those of the other documentation pages.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  declaredStatuses,
  describedOperations,
  examplesOf,
  queryParameterValidator,
  resolve,
  schemaPointer,
  validatorAt,
  operationById,
} from './support/description.js';

interface DocSample {
  id: string;
  /** Source pages: seed numbers in seed-samples.json, URLs in doc-samples/. */
  seeds?: string[];
  sources?: string[];
  operationId: string;
  direction: 'request' | 'response' | 'query';
  status?: number;
  example: string;
  value: Record<string, unknown>;
}

interface SampleFile {
  samples: DocSample[];
  excluded?: Array<{ id: string; reason: string }>;
}

const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as SampleFile;
const seedFile = read(new URL('./fixtures/seed-samples.json', import.meta.url));
const docsDir = new URL('./fixtures/doc-samples/', import.meta.url);
const docFiles = readdirSync(docsDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => read(new URL(name, docsDir)));
const fixture = {
  samples: [seedFile, ...docFiles].flatMap((file) => file.samples),
  excluded: [seedFile, ...docFiles].flatMap((file) => file.excluded ?? []),
};

function operationsFor(sample: DocSample): string[] {
  // Samples of the index page's response-code table apply to every operation declaring that status.
  if (sample.operationId !== '*') return [sample.operationId];
  return describedOperations
    .filter(({ operationId }) => declaredStatuses(operationId).includes(String(sample.status)))
    .map(({ operationId }) => operationId);
}

describe('documented samples', () => {
  it('the fixtures hold every sample once, each with its source', () => {
    const ids = fixture.samples.map((sample) => sample.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seedFile.samples.length).toBe(27);
    for (const sample of fixture.samples) expect((sample.seeds ?? sample.sources ?? []).length, sample.id).toBeGreaterThan(0);
    for (const excluded of fixture.excluded) expect(excluded.reason.length).toBeGreaterThan(20);
  });

  for (const sample of fixture.samples) {
    const targets = operationsFor(sample);

    it(`${sample.id} (${sample.direction} of ${sample.operationId}) targets at least one operation`, () => {
      expect(targets.length).toBeGreaterThan(0);
    });

    for (const operationId of targets) {
      it(`${sample.id} validates against ${operationId} ${sample.direction} ${sample.status ?? ''}, with no undeclared field`, () => {
        if (sample.direction === 'query') {
          for (const [name, value] of Object.entries(sample.value)) {
            const validate = queryParameterValidator(operationId, name);
            expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
          }
          return;
        }
        const where = sample.direction === 'request' ? 'request' : String(sample.status);
        const validate = validatorAt(schemaPointer(operationId, where), { closed: true });
        expect(validate(sample.value), JSON.stringify(validate.errors)).toBe(true);
      });

      it(`${sample.id} is the named example "${sample.example}" of ${operationId}`, () => {
        if (sample.direction === 'query') {
          const parameter = (operationById(operationId).operation.parameters as unknown[])
            .map((p) => resolve(p))
            .find((p) => p.in === 'query' && Object.hasOwn(sample.value, p.name));
          expect(parameter?.examples?.[sample.example]?.value).toEqual(Object.values(sample.value)[0]);
          return;
        }
        const where = sample.direction === 'request' ? 'request' : String(sample.status);
        const example = examplesOf(operationId, where).find((candidate) => candidate.name === sample.example);
        expect(example, `no example named ${sample.example}`).toBeDefined();
        expect(example?.value).toEqual(sample.value);
      });
    }
  }
});
