// Read-only access to the bundled description (generated/openapi.json) for the tests.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { operationsOf, resolveRef } from '../../scripts/bundle-document.mjs';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

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

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
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

function createAjv(document: Json): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  ajv.addKeyword({ keyword: 'example' });
  // The root of the description is not a schema; its keys are declared as inert keywords so that
  // schemas deep inside it can be compiled by JSON pointer while strict mode still checks every schema.
  ajv.addVocabulary([...new Set(['xml', 'externalDocs', ...Object.keys(document)])]);
  ajv.addSchema(document, 'openapi');
  return ajv;
}

/** A copy of the description in which every object schema refuses properties it does not declare. */
function closeObjectSchemas(node: any): any {
  if (Array.isArray(node)) return node.map(closeObjectSchemas);
  if (!node || typeof node !== 'object') return node;
  const copy: Json = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, closeObjectSchemas(v)]));
  if (copy.properties && typeof copy.properties === 'object' && copy.additionalProperties === undefined) {
    copy.additionalProperties = false;
  }
  return copy;
}

const validators = {
  open: { ajv: createAjv(description), compiled: new Map<string, ValidateFunction>() },
  closed: { ajv: createAjv(closeObjectSchemas(description)), compiled: new Map<string, ValidateFunction>() },
};

/**
 * A validator for the schema at a JSON pointer into the description. With `closed`, object schemas
 * refuse undeclared properties: a documented sample must not carry a field the description forgot.
 */
export function validatorAt(jsonPointer: string, { closed = false } = {}): ValidateFunction {
  const { ajv, compiled } = closed ? validators.closed : validators.open;
  let validate = compiled.get(jsonPointer);
  if (!validate) {
    validate = ajv.getSchema(`openapi#${jsonPointer}`);
    if (!validate) throw new Error(`No schema at ${jsonPointer}`);
    compiled.set(jsonPointer, validate);
  }
  return validate;
}

export function operationPointer(operationId: string): string {
  const { method, path } = operationById(operationId);
  return `/paths/${escapePointer(path)}/${method.toLowerCase()}`;
}

/** JSON pointer of the JSON schema of a response status or of the request body. */
export function schemaPointer(operationId: string, status: string | 'request'): string {
  const { operation } = operationById(operationId);
  const base = operationPointer(operationId);
  if (status === 'request') {
    const body = operation.requestBody;
    return body.$ref
      ? `${body.$ref.slice(1)}/content/application~1json/schema`
      : `${base}/requestBody/content/application~1json/schema`;
  }
  const response = operation.responses[status];
  return response.$ref
    ? `${response.$ref.slice(1)}/content/application~1json/schema`
    : `${base}/responses/${status}/content/application~1json/schema`;
}

/** Validates a value against the schema of a query parameter. */
export function queryParameterValidator(operationId: string, name: string): ValidateFunction {
  const { operation } = operationById(operationId);
  const index = (operation.parameters as Json[]).findIndex((p) => {
    const parameter = resolve(p);
    return parameter.in === 'query' && parameter.name === name;
  });
  if (index < 0) throw new Error(`${operationId} has no query parameter ${name}`);
  const raw = operation.parameters[index];
  const target = raw.$ref ? `${raw.$ref.slice(1)}/schema` : `${operationPointer(operationId)}/parameters/${index}/schema`;
  return validatorAt(target);
}
