import { WorkatoInputError } from './errors.js';

/** An environment of a customer that has Workato environments provisioned. */
export type CustomerEnvironment = 'dev' | 'test' | 'prod';

/** A customer workspace, named by Workato's numeric ID or by your own external ID. */
export type CustomerReference =
  | { id: number | string; environment?: CustomerEnvironment }
  | { externalId: string; environment?: CustomerEnvironment };

const ENVIRONMENTS: readonly string[] = ['dev', 'test', 'prod'];

/**
 * Turns a customer reference into the value of the `managed_user_id` path parameter: the numeric ID, or
 * `E` followed by the external ID, with an optional `_dev`, `_test` or `_prod` suffix.
 *
 * The value is returned decoded; the client URL-encodes path parameters when it builds the request, so
 * an external ID such as `acme/eu 7` reaches Workato as the single segment `Eacme%2Feu%207`. Encode it
 * yourself (`encodeURIComponent`) only when you build URLs without this client.
 */
export function customerId(reference: CustomerReference): string {
  if (reference === null || typeof reference !== 'object') {
    throw new WorkatoInputError('customer', 'expected { id } or { externalId }');
  }
  const hasId = 'id' in reference && reference.id !== undefined;
  const hasExternalId = 'externalId' in reference && reference.externalId !== undefined;
  if (hasId === hasExternalId) {
    throw new WorkatoInputError('customer', 'give exactly one of id and externalId');
  }
  const base = hasId
    ? `${numericId((reference as { id: unknown }).id)}`
    : `E${externalId((reference as { externalId: unknown }).externalId)}`;
  const { environment } = reference;
  if (environment === undefined) return base;
  if (typeof environment !== 'string' || !ENVIRONMENTS.includes(environment)) {
    throw new WorkatoInputError('customer.environment', `must be one of ${ENVIRONMENTS.join(', ')}`);
  }
  return `${base}_${environment}`;
}

function numericId(id: unknown): string {
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return String(id);
  if (typeof id === 'string' && /^[1-9]\d*$/.test(id)) return id;
  throw new WorkatoInputError('customer.id', 'must be a positive integer (Workato customer ID)');
}

function externalId(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new WorkatoInputError('customer.externalId', 'must be a non-empty string');
  }
  return value;
}
