// Read-only access to the bundled description (generated/openapi.json) for the tests.
import { readFileSync } from 'node:fs';
import { operationsOf, resolveRef } from '../../scripts/bundle-document.mjs';

type Json = Record<string, any>;

export const description: Json = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8'));

export interface DescribedOperation {
  operationId: string;
  method: string;
  path: string;
  operation: Json;
}

export function resolve<T = Json>(node: any): T {
  return resolveRef(description, node) as T;
}

export const describedOperations: DescribedOperation[] = operationsOf(description).map(({ path, method, operation }) => ({
  operationId: operation.operationId as string,
  method: method.toUpperCase(),
  path,
  operation,
}));

export function operationById(operationId: string): DescribedOperation {
  const found = describedOperations.find((entry) => entry.operationId === operationId);
  if (!found) throw new Error(`No operation ${operationId} in the description`);
  return found;
}

export interface NamedExample {
  name: string;
  value: unknown;
}

/** The named examples of one response (or of the request body when status is 'request'). */
export function examplesOf(operationId: string, status: string | 'request'): NamedExample[] {
  const { operation } = operationById(operationId);
  const holder = status === 'request' ? resolve(operation.requestBody) : resolve(operation.responses?.[status]);
  const media = holder?.content?.['application/json'];
  if (!media) return [];
  if (media.examples) {
    return Object.entries(media.examples as Json).map(([name, example]) => ({ name, value: resolve(example).value }));
  }
  return media.example === undefined ? [] : [{ name: 'example', value: media.example }];
}

export function declaredStatuses(operationId: string): string[] {
  return Object.keys(operationById(operationId).operation.responses ?? {});
}
