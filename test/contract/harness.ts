// The contract harness: each operation supplies typed calls in test/contract/cases/*.ts, and
// contract.test.ts drives them against the Prism mock, reading expectations from the description.
import type { operations } from '../../generated/schema.js';
import type { WorkatoClient } from '../../src/index.js';
import type { RawClient } from '../support/clients.js';
import { examplesOf } from '../support/description.js';

/** The JSON body of a response; `undefined` for a response without one (a 204). */
type JsonBody<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : undefined;

/** The operation's success response: its 200, or its 204 when it answers without a body. */
type SuccessResponse<Responses> = 200 extends keyof Responses
  ? Responses[200]
  : 204 extends keyof Responses
    ? Responses[204]
    : never;

/** The JSON body of the operation's success response, as the generated types define it. */
export type SuccessBody<Id extends keyof operations> = JsonBody<SuccessResponse<operations[Id]['responses']>>;

/** The JSON request body of the operation, as the generated types define it. */
export type RequestBody<Id extends keyof operations> = operations[Id] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/**
 * A named request example of the description, typed as the operation's request body. The seed-sample
 * test proves these examples match the schema; here they are what the contract tests send.
 */
export function requestExample<Id extends keyof operations>(operationId: Id, name?: string): RequestBody<Id> {
  const examples = examplesOf(operationId, 'request');
  const chosen = name === undefined ? examples[0] : examples.find((example) => example.name === name);
  if (!chosen) throw new Error(`${operationId} has no request example ${name ?? ''}`);
  return structuredClone(chosen.value) as RequestBody<Id>;
}

/** What an openapi-fetch call resolves to, reduced to what the harness reads. */
export interface CallResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

export interface CallOptions {
  /** Extra headers, such as Prism's `Prefer`; empty for a plain call. */
  headers: Record<string, string>;
  /** For operations with a request body: which named request example to send. */
  requestExample?: string;
}

export interface InvalidRequest {
  /** What is wrong with the request. */
  name: string;
  /** Where the mock must report the violation: `path.<name>`, `query.<name>` or `body[.<property>]`. */
  violates: string;
  /** Sends it through the unchecked client, which lets it leave the process. */
  send(client: RawClient): Promise<{ response: Response }>;
}

export interface ContractCase<Id extends keyof operations = keyof operations> {
  operationId: Id;
  /**
   * Sends a valid request through the project's client. The return type ties the call to the
   * operation: a call to another path or method does not compile.
   */
  call(client: WorkatoClient, options: CallOptions): Promise<CallResult<SuccessBody<Id>>>;
  /** The same request through the unchecked client, used to show the 401 without a token. */
  callRaw(client: RawClient): Promise<{ error?: unknown; response: Response }>;
  /** Requests that break the description. At least one per operation. */
  invalid: InvalidRequest[];
}

/** Declares the contract case of one operation, keeping its literal operationId for type checks. */
export function contractCase<Id extends keyof operations>(definition: ContractCase<Id>): ContractCase<Id> {
  return definition;
}
