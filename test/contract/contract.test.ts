// Drives every operation of the description through the project's client against the Prism mock
// (started with --errors by test/setup/global-mock.ts). Expectations come from the description itself:
// every named example of every declared response must come back unchanged.
import { describe, expect, it } from 'vitest';
import { mockClient, rawClient } from '../support/clients.js';
import { declaredStatuses, describedOperations, examplesOf } from '../support/description.js';
import { contractCases } from './cases/index.js';

describe('contract coverage', () => {
  it('every operation of the description has exactly one contract case', () => {
    const described = describedOperations.map(({ operationId }) => operationId).sort();
    const covered = contractCases.map(({ operationId }) => operationId).sort();
    expect(covered).toEqual(described);
  });

  // An operation that takes no parameter and no body cannot be sent a request that breaks its description.
  it.each(contractCases.map((contract) => [contract.operationId, contract]))(
    '%s has at least one invalid request if it takes input',
    (_id, contract) => {
      const { operation } = describedOperations.find((entry) => entry.operationId === contract.operationId)!;
      const takesInput = (operation.parameters ?? []).length > 0 || operation.requestBody !== undefined;
      expect(contract.invalid.length > 0).toBe(takesInput);
    },
  );
});

for (const contract of contractCases) {
  const { operationId } = contract;
  const statuses = declaredStatuses(operationId);
  const successStatuses = statuses.filter((status) => status.startsWith('2'));
  const errorStatuses = statuses.filter((status) => !status.startsWith('2'));
  const requestExamples = examplesOf(operationId, 'request');

  describe(operationId, () => {
    const client = mockClient();

    for (const status of successStatuses) {
      for (const example of examplesOf(operationId, status)) {
        it(`returns the ${status} example "${example.name}" unchanged`, async () => {
          const { data, error, response } = await contract.call(client, {
            headers: { Prefer: `code=${status}, example=${example.name}` },
          });
          expect(error).toBeUndefined();
          expect(response.status).toBe(Number(status));
          expect(data).toEqual(example.value);
        });
      }
    }

    for (const example of requestExamples) {
      it(`accepts the request example "${example.name}"`, async () => {
        const { response } = await contract.call(client, { headers: {}, requestExample: example.name });
        expect(response.status).toBe(Number(successStatuses[0]));
      });
    }

    for (const status of errorStatuses) {
      const examples = examplesOf(operationId, status);
      it(`declares a named example for ${status}`, () => {
        expect(examples.length).toBeGreaterThan(0);
      });
      for (const example of examples) {
        it(`answers ${status} with its documented body "${example.name}"`, async () => {
          const { data, error, response } = await contract.call(client, {
            headers: { Prefer: `code=${status}, example=${example.name}` },
          });
          expect(data).toBeUndefined();
          expect(response.status).toBe(Number(status));
          expect(error).toEqual(example.value);
          if (status === '429') {
            expect(response.headers.get('Retry-After')).toMatch(/\S/);
          }
        });
      }
    }

    it('answers 401 to a request without a token', async () => {
      const { error, response } = await contract.callRaw(rawClient({ token: null }));
      expect(response.status).toBe(401);
      expect(error).toEqual(examplesOf(operationId, '401')[0]?.value);
    });

    // Prism refuses a request that breaks the description with the operation's declared 400 (Workato's
    // documented answer to a bad request) and lists what is wrong in the sl-violations header; it would
    // fall back to a 422 problem document only for an operation that declared no 400.
    for (const invalid of contract.invalid) {
      it(`refuses ${invalid.name}: 400 with a violation at ${invalid.violates}`, async () => {
        const { response } = await invalid.send(rawClient());
        expect(response.status).toBe(400);
        const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]') as Array<{
          location: string[];
          severity: string;
        }>;
        const where = ['request', ...invalid.violates.split('.')];
        const matching = violations.filter(
          (violation) => violation.severity === 'Error' && where.every((part, index) => violation.location[index] === part),
        );
        expect(matching.length, JSON.stringify(violations)).toBeGreaterThan(0);
      });
    }
  });
}
