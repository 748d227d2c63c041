// Every JSON sample of the Workato pages this description transcribes (copied into
// test/fixtures/seed-samples.json) must validate against its operation's schema and be carried by the
// description as the named example the fixture names.
import { readFileSync } from 'node:fs';
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

interface SeedSample {
  id: string;
  seeds: string[];
  operationId: string;
  direction: 'request' | 'response' | 'query';
  status?: number;
  example: string;
  value: Record<string, unknown>;
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/seed-samples.json', import.meta.url), 'utf8')) as {
  samples: SeedSample[];
  excluded: Array<{ id: string; reason: string }>;
};

function operationsFor(sample: SeedSample): string[] {
  // Samples of the index page's response-code table apply to every operation declaring that status.
  if (sample.operationId !== '*') return [sample.operationId];
  return describedOperations
    .filter(({ operationId }) => declaredStatuses(operationId).includes(String(sample.status)))
    .map(({ operationId }) => operationId);
}

describe('seed samples', () => {
  it('the fixture holds every sample exactly once', () => {
    const ids = fixture.samples.map((sample) => sample.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(fixture.samples.length).toBeGreaterThanOrEqual(27);
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
