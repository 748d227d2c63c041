// What lint cannot check (lint covers names, tags, summaries, externalDocs, standard responses, 404s,
// 429 with Retry-After, examples and vendor extensions): the operations of the endpoint list sit at
// their exact method and path, parameters are typed, request bodies are closed, answers are JSON, and
// required response properties follow the documented samples.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { description, describedOperations, resolve } from './support/description.js';

interface Endpoint {
  group: string;
  method: string;
  path: string;
}

type Json = Record<string, any>;

// The project's copy of the current Embedded docs' endpoint list: comment lines, a header, then one row per
// endpoint (group, method, path, status, operationId, confidence, doc_url).
const endpoints: Endpoint[] = readFileSync(new URL('./fixtures/current-endpoints.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .filter((line) => !line.startsWith('#'))
  .slice(1)
  .map((line) => {
    const [group, method, path] = line.split('\t') as [string, string, string];
    return { group, method, path };
  });

const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

// The coverage test: the project's copy of the endpoint list and the bundle hold the same operations.
describe('endpoint list', () => {
  const listed = new Set(endpoints.map(({ method, path }) => key(method, path)));
  const described = new Set(describedOperations.map(({ method, path }) => key(method, path)));

  it('lists each endpoint once', () => {
    expect(listed.size).toBe(endpoints.length);
  });

  it.each([...listed].map((route) => [route]))('%s is described', (route) => {
    expect(described.has(route)).toBe(true);
  });

  it('the description holds no operation outside the endpoint list', () => {
    expect([...described].filter((route) => !listed.has(route))).toEqual([]);
    expect(describedOperations).toHaveLength(listed.size);
  });
});

const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}');

/**
 * Walks a response schema together with the documented samples that reach each object of it, and lists
 * every property whose `required` status disagrees with the samples: required but missing from a sample,
 * or carried by every sample but optional. Per operation: a schema shared with another operation is
 * judged by this operation's samples only.
 */
function requiredMismatches(operation: Json): string[] {
  const found: string[] = [];
  const walk = (node: unknown, values: unknown[], where: string) => {
    const schema = resolve(node);
    if (!schema || values.length === 0) return;
    if (Array.isArray(schema.allOf)) {
      const parts = schema.allOf.map((part: unknown) => resolve(part));
      walk(
        {
          type: 'object',
          properties: Object.assign({}, ...parts.map((part: Json) => part.properties ?? {})),
          required: parts.flatMap((part: Json) => part.required ?? []),
        },
        values,
        where,
      );
      return;
    }
    if (schema.type === 'array' && schema.items) {
      walk(
        schema.items,
        values.flatMap((value) => (Array.isArray(value) ? value : [])),
        `${where}[]`,
      );
      return;
    }
    if (!schema.properties) return;
    const objects = values.filter((value): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value));
    if (objects.length === 0) return;
    const required = new Set<string>(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties as Json)) {
      const carried = objects.every((value) => Object.hasOwn(value, name));
      // A property that only a request option brings (`includes[]=tags`) stays optional, however often
      // the samples asked for it; `x-present-when` says when it comes.
      const conditional = resolve(property)?.['x-present-when'] !== undefined;
      if (carried !== required.has(name) && !(conditional && carried && !required.has(name))) {
        found.push(
          `${where}.${name} is ${required.has(name) ? 'required but missing from a sample' : 'in every sample but optional'}`,
        );
      }
      const inner = objects.map((value) => value[name]).filter((value) => value !== null && value !== undefined);
      walk(property, inner, `${where}.${name}`);
    }
  };
  for (const [status, response] of Object.entries((operation.responses ?? {}) as Json)) {
    const media = resolve(response)?.content?.['application/json'];
    if (!media?.schema) continue;
    const samples = Object.values((media.examples ?? {}) as Json)
      .map((example) => resolve(example))
      .filter((example) => Array.isArray(example['x-samples']))
      .map((example) => example.value);
    walk(media.schema, samples, status);
  }
  return found;
}

describe.each(describedOperations.map((entry) => [entry.operationId, entry]))('%s', (_id, { operation, method, path }) => {
  // Where the description writes a path parameter differently from the list (and so from the page), the
  // operation says so: a reader comparing it with Workato's page must not have to guess.
  it('records any path parameter it names differently from the endpoint list', () => {
    const row = endpoints.find((endpoint) => endpoint.method === method && shape(endpoint.path) === shape(path));
    if (!row || row.path === path) return;
    const decisions = (operation['x-source-decisions'] ?? []) as Json[];
    const record = decisions.find((decision) => decision.topic === 'Path parameter names');
    expect(record, `${path}: add an x-source-decisions entry with topic "Path parameter names"`).toBeDefined();
    for (const [name] of path.matchAll(/\{[^}]+\}/g))
      expect(`${record?.sources} ${record?.decision}`).toContain(name.slice(1, -1));
  });

  it('requires exactly the response properties that every documented sample of it carries', () => {
    const mismatches = requiredMismatches(operation);
    expect(mismatches, mismatches.join('; ')).toEqual([]);
  });

  it('types every parameter', () => {
    for (const parameter of (operation.parameters ?? []).map((p: unknown) => resolve(p))) {
      // An object only as a deepObject query parameter (`by[code]=ACC`), whose keys are not known in advance.
      const types = parameter.style === 'deepObject' ? /^object$/ : /^(string|integer|boolean|array|number)$/;
      expect(resolve(parameter.schema).type, parameter.name).toMatch(types);
    }
  });

  // Closed, so that a typo is refused; optional only where no field is required; open only where no page
  // gives the fields at all, which the operation must say (x-provenance.inferred) rather than guess them.
  it('closes its JSON request schema so that unknown properties are refused; other bodies are binary', () => {
    const body = resolve(operation.requestBody);
    if (!body) return;
    const [mediaType, ...others] = Object.keys(body.content);
    expect(others).toEqual([]);
    const schema = resolve(body.content[mediaType as string].schema);
    expect(body.required === true || (schema.required ?? []).length === 0).toBe(true);
    if (mediaType !== 'application/json') {
      expect(schema).toMatchObject({ type: 'string', format: 'binary' });
    } else if (schema.additionalProperties === true && schema.properties === undefined) {
      expect(operation['x-provenance'].inferred?.length, 'an open request body needs x-provenance.inferred').toBeGreaterThan(0);
    } else {
      expect(schema.additionalProperties).toBe(false);
    }
  });

  // The client treats any response that is not JSON as malformed; that is only right while every
  // response the description declares is JSON, or (a success only) declared without a body.
  it('answers JSON and nothing else, or a success without a body', () => {
    for (const [status, response] of Object.entries(operation.responses as Json).map(([s, r]) => [s, resolve(r)] as const)) {
      if (!response.content && status.startsWith('2')) continue;
      expect(Object.keys(response.content ?? {}), status).toEqual(['application/json']);
    }
  });
});

describe('servers', () => {
  it('has one https server per data center', () => {
    const centers = description.servers.map((server: { 'x-data-center': string }) => server['x-data-center']);
    expect(centers).toEqual(['us', 'eu', 'jp', 'sg', 'au', 'il']);
    for (const server of description.servers) {
      expect(server.url).toMatch(/^https:\/\/[a-z.]+\.workato\.com$/);
      expect(server.description).toMatch(/data center/);
    }
  });

  it('applies bearer security to every operation from one declaration', () => {
    expect(description.components.securitySchemes).toEqual({
      BearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    expect(description.security).toEqual([{ BearerAuth: [] }]);
    for (const { operation } of describedOperations) expect(operation.security).toBeUndefined();
  });
});
