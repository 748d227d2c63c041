import { describe, expect, it } from 'vitest';
import { createWorkatoClient, customerId, dataCenters, WorkatoError, WorkatoInputError } from '../src/index.js';
import { recordingFetch } from './support/recording-fetch.js';

const TOKEN = 'wrkatoTOKEN-canary-5f1c9e';
const LIST_CONNECTIONS = '/api/managed_users/{managed_user_id}/connections';
const UPDATE_CONNECTION = '/api/managed_users/{managed_user_id}/connections/{connection_id}';

function expectInputError(run: () => unknown, field: string, message: RegExp): WorkatoInputError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(WorkatoInputError);
  const error = thrown as WorkatoInputError;
  expect(error).toBeInstanceOf(WorkatoError);
  expect(error.field).toBe(field);
  expect(error.message).toMatch(message);
  return error;
}

async function rejection(promise: Promise<unknown>): Promise<WorkatoInputError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WorkatoInputError);
  return error as WorkatoInputError;
}

/** Everything an error exposes, as a log line or an error tracker would see it. */
function everythingIn(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    parts.push(current.message, current.stack ?? '', JSON.stringify(current), String(current));
    current = current.cause;
  }
  if (current !== undefined) parts.push(String(current));
  return parts.join('\n');
}

describe('createWorkatoClient options', () => {
  it.each([
    ['no token', { dataCenter: 'us' }, 'token', /non-empty string/],
    ['an empty token', { token: '', dataCenter: 'us' }, 'token', /non-empty string/],
    ['a token with the Bearer prefix', { token: `Bearer ${TOKEN}`, dataCenter: 'us' }, 'token', /without the "Bearer " prefix/],
    ['a token with whitespace', { token: `${TOKEN} \n`, dataCenter: 'us' }, 'token', /cannot have/],
    ['a token that is a number', { token: 12345, dataCenter: 'us' }, 'token', /non-empty string/],
    ['no data center and no base URL', { token: TOKEN }, 'dataCenter', /is required/],
    ['an unknown data center', { token: TOKEN, dataCenter: 'mars' }, 'dataCenter', /must be one of us, eu, jp, sg, au, il/],
    [
      'both a data center and a base URL',
      { token: TOKEN, dataCenter: 'eu', baseUrl: 'https://a.example' },
      'dataCenter',
      /not both/,
    ],
    ['a base URL that is not a URL', { token: TOKEN, baseUrl: 'workato.com' }, 'baseUrl', /not a valid absolute URL/],
    ['a plain-http base URL that is not local', { token: TOKEN, baseUrl: 'http://www.workato.com' }, 'baseUrl', /must use https/],
    ['a base URL of another scheme', { token: TOKEN, baseUrl: 'ftp://localhost' }, 'baseUrl', /must use https/],
    [
      'a base URL with credentials',
      { token: TOKEN, baseUrl: 'https://me:secret@proxy.example' },
      'baseUrl',
      /must not contain credentials/,
    ],
    ['a base URL with a query string', { token: TOKEN, baseUrl: 'https://proxy.example/?x=1' }, 'baseUrl', /query string/],
    [
      'a base URL ending in /api',
      { token: TOKEN, baseUrl: 'https://www.workato.com/api/' },
      'baseUrl',
      /every operation path starts with \/api/,
    ],
    ['an unknown option', { token: TOKEN, dataCenter: 'us', retries: 3 }, 'retries', /is not an option/],
    ['a fetch that is not a function', { token: TOKEN, dataCenter: 'us', fetch: 'fetch' }, 'fetch', /must be a function/],
  ])('refuses %s', (_name, options, field, message) => {
    const error = expectInputError(() => createWorkatoClient(options as never), field, message);
    expect(everythingIn(error)).not.toContain(TOKEN);
  });

  it('accepts every data center of the description, in either case', async () => {
    for (const [center, url] of Object.entries(dataCenters)) {
      for (const spelling of [center, center.toUpperCase()]) {
        const recorder = recordingFetch();
        const client = createWorkatoClient({ token: TOKEN, dataCenter: spelling as never, fetch: recorder.fetch });
        await client.GET(LIST_CONNECTIONS, { params: { path: { managed_user_id: '98178' } } });
        expect(recorder.requests[0]?.url).toBe(`${url}/api/managed_users/98178/connections`);
      }
    }
  });

  it('accepts plain http for localhost and drops a trailing slash', async () => {
    const recorder = recordingFetch();
    const client = createWorkatoClient({ token: TOKEN, baseUrl: 'http://127.0.0.1:4010/', fetch: recorder.fetch });
    await client.GET('/api/integrations/all', { params: { query: { per_page: 100 } } });
    expect(recorder.requests[0]?.url).toBe('http://127.0.0.1:4010/api/integrations/all?per_page=100');
  });

  it('sends the token as a bearer token and refuses redirects', async () => {
    const recorder = recordingFetch();
    const client = createWorkatoClient({ token: TOKEN, dataCenter: 'eu', fetch: recorder.fetch });
    await client.GET(LIST_CONNECTIONS, { params: { path: { managed_user_id: '98178' } } });
    expect(recorder.requests[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(recorder.requests[0]?.redirect).toBe('manual');
  });
});

describe('token functions', () => {
  it('asks the function for every request, so tokens can rotate', async () => {
    const recorder = recordingFetch();
    const tokens = ['first-token', 'second-token'];
    let calls = 0;
    const client = createWorkatoClient({
      token: async () => tokens[calls++] as string,
      dataCenter: 'us',
      fetch: recorder.fetch,
    });
    await client.GET(LIST_CONNECTIONS, { params: { path: { managed_user_id: '1' } } });
    await client.GET(LIST_CONNECTIONS, { params: { path: { managed_user_id: '1' } } });
    expect(recorder.requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer first-token',
      'Bearer second-token',
    ]);
  });

  it.each([
    ['returns an empty string', async () => '', /token function must be a non-empty string/],
    ['returns something else than a string', async () => 42 as unknown as string, /must be a non-empty string/],
    ['returns a token with a line break', async () => `${TOKEN}\r\nX-Injected: 1`, /cannot have/],
  ])('refuses a function that %s, before sending', async (_name, token, message) => {
    const recorder = recordingFetch();
    const client = createWorkatoClient({ token, dataCenter: 'us', fetch: recorder.fetch });
    const error = await rejection(client.GET(LIST_CONNECTIONS, { params: { path: { managed_user_id: '1' } } }));
    expect(error.field).toBe('token');
    expect(error.message).toMatch(message);
    expect(everythingIn(error)).not.toContain(TOKEN);
    expect(recorder.requests).toHaveLength(0);
  });

  it('reports a failing function with its error as the cause, before sending', async () => {
    const recorder = recordingFetch();
    const failure = new Error('vault unreachable');
    const client = createWorkatoClient({
      token: () => Promise.reject(failure),
      dataCenter: 'us',
      fetch: recorder.fetch,
    });
    const error = await rejection(client.GET(LIST_CONNECTIONS, { params: { path: { managed_user_id: '1' } } }));
    expect(error.message).toBe('token: the token function failed');
    expect(error.cause).toBe(failure);
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('path parameters', () => {
  const refused: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['a missing parameter', { managed_user_id: '98178' }, 'path.connection_id', /is missing/],
    ['an empty value', { managed_user_id: '98178', connection_id: '' }, 'path.connection_id', /is empty/],
    ['"."', { managed_user_id: '98178', connection_id: '.' }, 'path.connection_id', /dot segment/],
    ['".."', { managed_user_id: '98178', connection_id: '..' }, 'path.connection_id', /dot segment/],
    ['"%2e%2E"', { managed_user_id: '98178', connection_id: '%2e%2E' }, 'path.connection_id', /dot segment/],
    ['"%252e."', { managed_user_id: '98178', connection_id: '%252e.' }, 'path.connection_id', /dot segment/],
    ['an object', { managed_user_id: '98178', connection_id: { id: 1 } }, 'path.connection_id', /string or a number/],
    [
      'a parameter the path does not have',
      { managed_user_id: '98178', connection_id: '1', id: '2' },
      'path.id',
      /not a parameter/,
    ],
    [
      'a malformed customer ID',
      { managed_user_id: 'acme', connection_id: '1' },
      'path.managed_user_id',
      /a customer ID or E \+ an external ID/,
    ],
    [
      'an unknown environment suffix',
      { managed_user_id: '98178_staging', connection_id: '1' },
      'path.managed_user_id',
      /_dev, _test or _prod/,
    ],
    ['".." as the customer', { managed_user_id: '..', connection_id: '1' }, 'path.managed_user_id', /dot segment/],
  ];

  it.each(refused)('refuses %s before sending', async (_name, path, field, message) => {
    const recorder = recordingFetch();
    const client = createWorkatoClient({ token: TOKEN, dataCenter: 'us', fetch: recorder.fetch });
    const error = await rejection(client.PUT(UPDATE_CONNECTION, { params: { path: path as never }, body: { name: 'x' } }));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(everythingIn(error)).not.toContain(TOKEN);
    expect(recorder.requests).toHaveLength(0);
  });

  it('refuses integer parameters that are not integers or are below their minimum', async () => {
    const recorder = recordingFetch();
    const client = createWorkatoClient({ token: TOKEN, dataCenter: 'us', fetch: recorder.fetch });
    const notInteger = await rejection(client.GET('/api/custom_connectors/{id}', { params: { path: { id: 1.5 } } }));
    expect(notInteger.message).toBe('path.id: must be an integer');
    const belowMinimum = await rejection(client.GET('/api/custom_connectors/{id}', { params: { path: { id: 0 } } }));
    expect(belowMinimum.message).toBe('path.id: must be at least 1');
    expect(recorder.requests).toHaveLength(0);
  });

  it('encodes each value into exactly one path segment', async () => {
    const recorder = recordingFetch();
    const client = createWorkatoClient({ token: TOKEN, dataCenter: 'us', fetch: recorder.fetch });
    const managedUserId = customerId({ externalId: 'acme/eu 7?#%' });
    await client.GET('/api/v2/managed_users/{managed_user_id}/connectors/{connector_name}/input_schema', {
      params: { path: { managed_user_id: managedUserId, connector_name: '../42' } },
    });
    const url = new URL(recorder.requests[0]?.url ?? '');
    const segments = url.pathname.split('/');
    expect(segments).toHaveLength(8);
    expect(decodeURIComponent(segments[4] ?? '')).toBe('Eacme/eu 7?#%');
    expect(decodeURIComponent(segments[6] ?? '')).toBe('../42');
    expect(url.search).toBe('');
  });

  it('accepts integer parameters given as digit strings, as JavaScript callers may', async () => {
    const recorder = recordingFetch();
    const client = createWorkatoClient({ token: TOKEN, dataCenter: 'us', fetch: recorder.fetch });
    await client.DELETE(UPDATE_CONNECTION, { params: { path: { managed_user_id: '98178', connection_id: '1678' as never } } });
    expect(recorder.requests[0]?.url).toBe('https://www.workato.com/api/managed_users/98178/connections/1678');
  });
});

describe('customerId', () => {
  it.each([
    [{ id: 98178 }, '98178'],
    [{ id: '98178' }, '98178'],
    [{ id: 98178, environment: 'prod' }, '98178_prod'],
    [{ externalId: 'A2300' }, 'EA2300'],
    [{ externalId: 'A2300', environment: 'test' }, 'EA2300_test'],
    [{ externalId: 'acme/eu 7' }, 'Eacme/eu 7'],
  ] as const)('%j is %s', (reference, expected) => {
    expect(customerId(reference)).toBe(expected);
  });

  it.each([
    [{ id: 0 }, 'customer.id', /positive integer/],
    [{ id: -3 }, 'customer.id', /positive integer/],
    [{ id: 1.5 }, 'customer.id', /positive integer/],
    [{ id: '98a' }, 'customer.id', /positive integer/],
    [{ id: '' }, 'customer.id', /positive integer/],
    [{ externalId: '' }, 'customer.externalId', /non-empty string/],
    [{ externalId: 42 }, 'customer.externalId', /non-empty string/],
    [{ id: 1, externalId: 'A' }, 'customer', /exactly one of id and externalId/],
    [{}, 'customer', /exactly one of id and externalId/],
    [{ id: 1, environment: 'staging' }, 'customer.environment', /one of dev, test, prod/],
    [null, 'customer', /expected/],
  ])('refuses %j', (reference, field, message) => {
    expectInputError(() => customerId(reference as never), field, message);
  });
});
