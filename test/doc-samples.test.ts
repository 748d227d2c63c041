// Documented samples live once, as named examples of the description, each with the pages it was copied
// from in `x-samples` (lint validates every example with every object closed, and the shape of
// `x-samples`). What lint cannot see is checked here: each sample is carried once, samples of the five
// source pages are all there, and a sample left out says why (test/fixtures/excluded-samples.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describedOperations, resolve } from './support/description.js';

interface SampleProvenance {
  id: string;
  sources: string[];
  note?: string;
}

interface Carried {
  sample: SampleProvenance;
  where: string;
}

type Json = Record<string, any>;

/** Every example object of the operations (request bodies, responses, parameters) with its location. */
function examplesOfOperation(operationId: string, operation: Json): Array<[string, Json]> {
  const found: Array<[string, Json]> = [];
  const fromMedia = (where: string, holder: Json | undefined) => {
    for (const [type, media] of Object.entries((holder?.content ?? {}) as Json)) {
      for (const [name, example] of Object.entries((media.examples ?? {}) as Json)) {
        found.push([`${operationId} ${where} ${type} ${name}`, resolve(example)]);
      }
    }
  };
  fromMedia('request', resolve(operation.requestBody));
  for (const [status, response] of Object.entries((operation.responses ?? {}) as Json)) fromMedia(status, resolve(response));
  for (const parameter of (operation.parameters ?? []) as Json[]) {
    const resolved = resolve(parameter);
    for (const [name, example] of Object.entries((resolved.examples ?? {}) as Json)) {
      found.push([`${operationId} ${resolved.in}.${resolved.name} ${name}`, resolve(example)]);
    }
  }
  return found;
}

const carried: Carried[] = [];
const seen = new Set<Json>();
for (const { operationId, operation } of describedOperations) {
  for (const [where, example] of examplesOfOperation(operationId, operation)) {
    // A shared example (the error table's) is one sample, however many operations reference it.
    if (seen.has(example)) continue;
    seen.add(example);
    for (const sample of (example['x-samples'] ?? []) as SampleProvenance[]) carried.push({ sample, where });
  }
}

const excluded = JSON.parse(readFileSync(new URL('./fixtures/excluded-samples.json', import.meta.url), 'utf8')) as {
  excluded: Array<{ id: string; reason: string }>;
};

describe('documented samples', () => {
  it('each sample is carried by exactly one example', () => {
    const ids = carried.map(({ sample }) => sample.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  it('all 27 samples of the five source pages are carried', () => {
    expect(carried.filter(({ sample }) => sample.id.startsWith('seed')).length).toBe(27);
  });

  it('a sample left out is not also carried, and says why', () => {
    const ids = new Set(carried.map(({ sample }) => sample.id));
    for (const { id, reason } of excluded.excluded) {
      expect(ids.has(id), id).toBe(false);
      expect(reason.length, id).toBeGreaterThan(20);
    }
  });
});
