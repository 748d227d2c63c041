// Path safety, as a property: whatever string a caller passes as a path parameter, the request either
// never leaves the process (a WorkatoInputError) or keeps the template's segments, and the server decodes
// exactly the string that was passed.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkatoClient, unwrap, WorkatoInputError } from '../src/index.js';
import { startFaultServer, type FaultServer } from './support/fault-server.js';

const TEMPLATE = '/api/v2/managed_users/{managed_user_id}/connectors/{connector_name}/input_schema';
const SEGMENTS = TEMPLATE.split('/').length;

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

function send(connectorName: unknown) {
  const client = createWorkatoClient({ token: 'path-token', baseUrl: server.url, retry: false, rateLimiter: false });
  return unwrap(client.GET(TEMPLATE, { params: { path: { managed_user_id: '97', connector_name: connectorName as string } } }));
}

/** What the client must refuse: nothing, a dot segment however often percent-encoded, or text no URL can carry. */
function mustRefuse(value: string): boolean {
  if (value === '' || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) return true;
  let current = value;
  for (let round = 0; round < 4; round += 1) {
    if (current === '.' || current === '..') return true;
    try {
      const decoded = decodeURIComponent(current);
      if (decoded === current) return false;
      current = decoded;
    } catch {
      return false;
    }
  }
  return false;
}

const awkward = fc.constantFrom(
  '.',
  '..',
  '%2e',
  '%2E%2e',
  '%252e%252E',
  '/',
  '../..',
  '?x=1',
  '#top',
  '%',
  '%2F',
  ' ',
  '\u0000',
  'é',
  '😀',
);
const anyId = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  awkward,
  fc.array(awkward, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
);

describe('path parameters', () => {
  it('keep the template segments and arrive exactly as given, or are refused before any I/O (property)', async () => {
    await fc.assert(
      fc.asyncProperty(anyId, async (id) => {
        server.received.length = 0;
        const outcome = await send(id).then(
          () => undefined,
          (error: unknown) => error,
        );
        if (mustRefuse(id)) {
          expect(outcome).toBeInstanceOf(WorkatoInputError);
          expect((outcome as WorkatoInputError).field).toBe('path.connector_name');
          expect(server.received).toHaveLength(0);
          return;
        }
        expect(outcome).toBeUndefined();
        expect(server.received).toHaveLength(1);
        const path = (server.received[0]?.url ?? '').split('?')[0] as string;
        const segments = path.split('/');
        expect(segments).toHaveLength(SEGMENTS);
        expect(decodeURIComponent(segments[6] as string)).toBe(id);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['empty', ''],
    ['a dot', '.'],
    ['two dots', '..'],
    ['percent-encoded dots', '%2E%2e'],
    ['twice-encoded dots', '%252e%252e'],
    ['a lone surrogate', '\uD800x'],
  ])('refuses %s before sending', async (_what, id) => {
    server.received.length = 0;
    await expect(send(id)).rejects.toBeInstanceOf(WorkatoInputError);
    expect(server.received).toHaveLength(0);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['an object', { name: 'x' }],
  ])('refuses a value that is %s', async (_what, id) => {
    await expect(send(id)).rejects.toThrow(/path\.connector_name/);
  });
});
