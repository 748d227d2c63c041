// Structural promises of the description that lint rules do not cover: the operations of the endpoint
// list sit at their exact method and path, and each one is complete.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { description, describedOperations, examplesOf, resolve } from './support/description.js';

interface Endpoint {
  group: string;
  method: string;
  path: string;
}

// The project's copy of the current Embedded docs' endpoint list: comment lines, a header, then one row per
// endpoint (group, method, path, status, operationId, confidence, doc_url).
export const endpoints: Endpoint[] = readFileSync(new URL('./fixtures/current-endpoints.tsv', import.meta.url), 'utf8')
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

describe.each(describedOperations.map((entry) => [entry.operationId, entry]))('%s', (_id, { operation, path }) => {
  const hasPathParameter = /\{[^}]+\}/.test(path);

  it('is complete: operationId, one described tag, summary, description, externalDocs', () => {
    expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(operation.tags).toHaveLength(1);
    expect(description.tags.map((tag: { name: string }) => tag.name)).toContain(operation.tags[0]);
    expect(operation.summary.length).toBeGreaterThan(10);
    expect(operation.description.length).toBeGreaterThan(40);
    expect(operation.externalDocs.url).toMatch(/^https:\/\/(api-)?docs\.workato\.com\//);
  });

  it('declares the standard failures, 404 where it has a path parameter, and 429 with Retry-After', () => {
    const statuses = Object.keys(operation.responses);
    expect(statuses).toEqual(expect.arrayContaining(['400', '401', '500']));
    expect(statuses.includes('404')).toBe(hasPathParameter);
    if (operation['x-rate-limit'].group !== 'unknown') {
      expect(resolve(operation.responses['429']).headers['Retry-After']).toBeDefined();
    }
  });

  it('has a typed 2xx JSON response with at least one named example', () => {
    const success = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
    expect(success.length).toBeGreaterThan(0);
    for (const status of success) {
      const media = resolve(operation.responses[status]).content['application/json'];
      const schema = resolve(media.schema);
      expect(['object', 'array'].includes(schema.type) || Array.isArray(schema.oneOf)).toBe(true);
      expect(examplesOf(operation.operationId, status).length).toBeGreaterThan(0);
    }
  });

  it('types and describes every parameter', () => {
    for (const parameter of (operation.parameters ?? []).map((p: unknown) => resolve(p))) {
      expect(parameter.description.length, parameter.name).toBeGreaterThan(10);
      // An object only as a deepObject query parameter (`by[code]=ACC`), whose keys are not known in advance.
      const types = parameter.style === 'deepObject' ? /^object$/ : /^(string|integer|boolean|array|number)$/;
      expect(resolve(parameter.schema).type, parameter.name).toMatch(types);
    }
  });

  it('closes its JSON request schema so that unknown properties are refused; other bodies are binary', () => {
    const body = resolve(operation.requestBody);
    if (!body) return;
    expect(body.required).toBe(true);
    const [mediaType, ...others] = Object.keys(body.content);
    expect(others).toEqual([]);
    const schema = resolve(body.content[mediaType as string].schema);
    if (mediaType === 'application/json') expect(schema.additionalProperties).toBe(false);
    else expect(schema).toMatchObject({ type: 'string', format: 'binary' });
  });

  // The client treats any response that is not JSON as malformed; that is only right while every
  // response the description declares is JSON.
  it('answers JSON and nothing else', () => {
    for (const response of Object.values(operation.responses).map((r) => resolve(r))) {
      expect(Object.keys(response.content ?? {})).toEqual(['application/json']);
    }
  });

  it('records provenance and rate limit', () => {
    expect(['doc', 'doc-old', 'dev-analog', 'peer']).toContain(operation['x-provenance'].confidence);
    expect(operation['x-rate-limit'].group).toBeTruthy();
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
