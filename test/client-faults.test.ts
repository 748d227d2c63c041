// The fault matrix: every fault the fault server can produce, for a GET and for a POST, with the outcome
// the README documents. Then the canary: the same faults with a recognisable token, searched for in
// everything the errors expose.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkatoClient,
  unwrap,
  WorkatoAbortError,
  WorkatoError,
  WorkatoHttpError,
  WorkatoNetworkError,
  WorkatoRateLimitError,
  WorkatoResponseError,
  WorkatoTimeoutError,
  type DebugEvent,
  type WorkatoClientOptions,
} from '../src/index.js';
import { OK_BODY, startFaultServer, type Fault, type FaultServer } from './support/fault-server.js';

const LIST = '/api/managed_users/{managed_user_id}/connections';
const BODY = { name: 'Jira of Acme', provider: 'jira', folder_id: 1892 };
const TIMEOUT_MS = 300;

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

function client(overrides: Partial<WorkatoClientOptions> = {}) {
  return createWorkatoClient({
    token: 'fault-matrix-token',
    baseUrl: server.url,
    retry: { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 5_000 },
    timeoutMs: TIMEOUT_MS,
    rateLimiter: false,
    ...overrides,
  });
}

type Method = 'GET' | 'POST';

function send(method: Method, options: Partial<WorkatoClientOptions> = {}, signal?: AbortSignal) {
  const api = client(options);
  const path = { managed_user_id: '97' };
  return method === 'GET'
    ? unwrap(api.GET(LIST, { params: { path }, signal: signal ?? null }))
    : unwrap(api.POST(LIST, { params: { path }, body: BODY, signal: signal ?? null }));
}

async function outcome(promise: Promise<unknown>): Promise<{ value?: unknown; error?: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

interface Expectation {
  /** Resolves with the fault server's default body, or rejects with this class. */
  result: 'ok' | (new (...args: never[]) => WorkatoError);
  /** Requests the server read. */
  requests: number;
  attempts?: number;
  status?: number;
}

interface MatrixCase {
  name: string;
  faults: Fault[];
  GET: Expectation;
  POST: Expectation;
}

const retryAfterOne: Fault = {
  kind: 'json',
  status: 429,
  headers: { 'Retry-After': '1' },
  body: { message: 'Too many requests' },
};
const serverError: Fault = { kind: 'json', status: 500, body: { message: 'Internal error', id: 'f7d1' } };
const unavailable: Fault = { kind: 'json', status: 503, body: { message: 'Service unavailable' } };

const matrix: MatrixCase[] = [
  {
    name: '429 with Retry-After, then success',
    faults: [retryAfterOne],
    GET: { result: 'ok', requests: 2 },
    POST: { result: 'ok', requests: 2 },
  },
  {
    name: '429 on every attempt',
    faults: [retryAfterOne, retryAfterOne, retryAfterOne],
    GET: { result: WorkatoRateLimitError, requests: 3, attempts: 3, status: 429 },
    POST: { result: WorkatoRateLimitError, requests: 3, attempts: 3, status: 429 },
  },
  {
    name: '500, then success',
    faults: [serverError],
    GET: { result: 'ok', requests: 2 },
    POST: { result: WorkatoHttpError, requests: 1, attempts: 1, status: 500 },
  },
  {
    name: '503 on every attempt',
    faults: [unavailable, unavailable, unavailable],
    GET: { result: WorkatoHttpError, requests: 3, attempts: 3, status: 503 },
    POST: { result: WorkatoHttpError, requests: 1, attempts: 1, status: 503 },
  },
  {
    name: 'an HTML 502 page, then success',
    faults: [{ kind: 'html', status: 502 }],
    GET: { result: 'ok', requests: 2 },
    POST: { result: WorkatoResponseError, requests: 1, attempts: 1, status: 502 },
  },
  {
    name: 'truncated JSON',
    faults: [{ kind: 'truncated' }],
    GET: { result: WorkatoResponseError, requests: 1, attempts: 1, status: 200 },
    POST: { result: WorkatoResponseError, requests: 1, attempts: 1, status: 200 },
  },
  {
    name: 'an empty body where JSON is declared',
    faults: [{ kind: 'empty' }],
    GET: { result: WorkatoResponseError, requests: 1, attempts: 1, status: 200 },
    POST: { result: WorkatoResponseError, requests: 1, attempts: 1, status: 200 },
  },
  {
    name: 'a response slower than the attempt timeout, then success',
    faults: [{ kind: 'slow', delayMs: TIMEOUT_MS * 4 }],
    GET: { result: 'ok', requests: 2 },
    POST: { result: WorkatoTimeoutError, requests: 1, attempts: 1 },
  },
  {
    name: 'a redirect, which is never followed',
    faults: [{ kind: 'redirect', location: '/elsewhere' }],
    GET: { result: WorkatoResponseError, requests: 1, attempts: 1, status: 302 },
    POST: { result: WorkatoResponseError, requests: 1, attempts: 1, status: 302 },
  },
  {
    name: 'a connection reset before the request is read, then success',
    faults: [{ kind: 'reset-before-read' }],
    GET: { result: 'ok', requests: 1 },
    POST: { result: WorkatoNetworkError, requests: 0, attempts: 1 },
  },
  {
    name: 'a connection reset after the request is read, then success',
    faults: [{ kind: 'reset-after-read' }],
    GET: { result: 'ok', requests: 2 },
    POST: { result: WorkatoNetworkError, requests: 1, attempts: 1 },
  },
];

describe.each(matrix)('fault matrix: $name', (entry) => {
  it.each(['GET', 'POST'] as const)('%s', async (method) => {
    const expected = entry[method];
    server.received.length = 0;
    server.script(...entry.faults);
    const { value, error } = await outcome(send(method));
    if (expected.result === 'ok') {
      expect(error).toBeUndefined();
      expect(value).toEqual(OK_BODY);
    } else {
      expect(error).toBeInstanceOf(expected.result);
      const failure = error as WorkatoError & { attempts?: number; status?: number; method?: string; path?: string };
      expect(failure.method).toBe(method);
      expect(failure.path).toBe(LIST);
      if (expected.attempts !== undefined) expect(failure.attempts).toBe(expected.attempts);
      if (expected.status !== undefined) expect(failure.status).toBe(expected.status);
    }
    expect(server.received.length).toBe(expected.requests);
    if (method === 'POST') {
      // No POST body ever reaches the server twice unless the server refused it with 429.
      const bodies = server.received.map((request) => request.body.toString('utf8'));
      const refusedWith429 = entry.faults.filter((fault) => fault.kind === 'json' && fault.status === 429).length;
      expect(bodies.length).toBeLessThanOrEqual(1 + refusedWith429);
      for (const body of bodies) expect(body).toBe(JSON.stringify(BODY));
    }
  });
});

describe('retries', () => {
  it('honours Retry-After in seconds before the retry', async () => {
    server.received.length = 0;
    server.script(retryAfterOne);
    const started = Date.now();
    await send('GET');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('honours Retry-After as an HTTP date', async () => {
    server.received.length = 0;
    const inTwoSeconds = new Date(Math.ceil(Date.now() / 1000) * 1000 + 2000).toUTCString();
    server.script({ kind: 'json', status: 503, headers: { 'Retry-After': inTwoSeconds } });
    const started = Date.now();
    await send('GET');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it.each([
    ['malformed', 'soon'],
    ['beyond the cap', '3600'],
    ['negative', '-5'],
  ])('falls back to the backoff for a %s Retry-After', async (_kind, value) => {
    server.received.length = 0;
    server.script({ kind: 'json', status: 429, headers: { 'Retry-After': value } });
    const started = Date.now();
    await send('GET');
    expect(Date.now() - started).toBeLessThan(900);
    expect(server.received.length).toBe(2);
  });

  it('retries a POST whose connection was refused before anything was sent', async () => {
    const closed = await startFaultServer();
    await closed.close();
    const attempts: number[] = [];
    const { error } = await outcome(
      send('POST', { baseUrl: closed.url, debug: (event) => event.type === 'attempt' && attempts.push(event.attempt) }),
    );
    expect(error).toBeInstanceOf(WorkatoNetworkError);
    expect((error as WorkatoNetworkError).code).toBe('ECONNREFUSED');
    expect((error as WorkatoNetworkError).attempts).toBe(3);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('sends a byte-identical body on every attempt', async () => {
    server.received.length = 0;
    server.script(
      { kind: 'json', status: 429, headers: { 'Retry-After': '0' } },
      { kind: 'json', status: 429, headers: { 'Retry-After': '0' } },
    );
    const api = client();
    await unwrap(
      api.PUT('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
        params: { path: { managed_user_id: '97', connection_id: 5 } },
        body: { name: 'Renamed ✓', folder_id: 7 },
      }),
    );
    const bodies = server.received.map((request) => request.body.toString('hex'));
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toBe(Buffer.from(JSON.stringify({ name: 'Renamed ✓', folder_id: 7 })).toString('hex'));
  });

  it('makes a single attempt with retry: false', async () => {
    server.received.length = 0;
    server.script(unavailable);
    const { error } = await outcome(send('GET', { retry: false }));
    expect(error).toBeInstanceOf(WorkatoHttpError);
    expect(server.received.length).toBe(1);
  });
});

describe('timeouts and cancellation', () => {
  function timers(): number {
    return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
  }

  it('stops a backoff sleep at once when the caller aborts, and leaves no timer', async () => {
    server.received.length = 0;
    server.script({ kind: 'json', status: 503, headers: { 'Retry-After': '4' } });
    const before = timers();
    const controller = new AbortController();
    const call = outcome(send('GET', {}, controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const aborted = Date.now();
    controller.abort(new Error('user navigated away'));
    const { error } = await call;
    expect(Date.now() - aborted).toBeLessThan(100);
    expect(error).toBeInstanceOf(WorkatoAbortError);
    expect((error as WorkatoAbortError).cause).toEqual(new Error('user navigated away'));
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('stops a slow response when the caller aborts', async () => {
    server.script({ kind: 'slow', delayMs: 2_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { error } = await outcome(send('GET', { timeoutMs: 10_000 }, controller.signal));
    expect(error).toBeInstanceOf(WorkatoAbortError);
  });

  it('ends the whole call at the deadline, backoff included', async () => {
    server.script({ kind: 'json', status: 503, headers: { 'Retry-After': '3' } });
    const started = Date.now();
    const { error } = await outcome(send('GET', { deadlineMs: 400 }));
    expect(error).toBeInstanceOf(WorkatoTimeoutError);
    expect((error as WorkatoTimeoutError).scope).toBe('deadline');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('reports an attempt timeout after the last retry of a GET', async () => {
    const slow: Fault = { kind: 'slow', delayMs: 1_000 };
    server.script(slow, slow, slow);
    const { error } = await outcome(send('GET', { timeoutMs: 100 }));
    expect(error).toBeInstanceOf(WorkatoTimeoutError);
    expect((error as WorkatoTimeoutError).scope).toBe('attempt');
    expect((error as WorkatoTimeoutError).attempts).toBe(3);
  });
});

describe('the token canary', () => {
  const CANARY = 'CANARY-9d2f61c0-token';

  function exposed(error: unknown): string {
    const parts = [inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), String(error)];
    for (let at: unknown = error; at instanceof Error; at = at.cause) {
      parts.push(at.message, at.stack ?? '', JSON.stringify(at));
    }
    return parts.join('\n');
  }

  it.each(matrix.flatMap((entry) => (['GET', 'POST'] as const).map((method) => [entry.name, method, entry.faults] as const)))(
    '%s, %s: no error and no debug event contains the token',
    async (_name, method, faults) => {
      server.script(...faults);
      const events: DebugEvent[] = [];
      const { error } = await outcome(send(method, { token: CANARY, debug: (event) => events.push(event) }));
      if (error !== undefined) expect(exposed(error)).not.toContain(CANARY);
      expect(events.length).toBeGreaterThan(0);
      expect(JSON.stringify(events)).not.toContain(CANARY);
      expect(JSON.stringify(events)).toContain('Bearer [redacted]');
    },
  );

  it('a refused connection, a deadline and an abort do not expose it either', async () => {
    const closed = await startFaultServer();
    await closed.close();
    const refused = (await outcome(send('POST', { token: CANARY, baseUrl: closed.url }))).error;
    server.script({ kind: 'slow', delayMs: 1_000 });
    const errors = [
      refused,
      (await outcome(send('GET', { token: CANARY, deadlineMs: 50 }))).error,
      (await outcome(send('GET', { token: CANARY }, AbortSignal.abort()))).error,
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(WorkatoError);
      expect(exposed(error)).not.toContain(CANARY);
    }
  });
});

describe('binary uploads', () => {
  it('sends a package zip unchanged as application/octet-stream, with folder_id in the query', async () => {
    server.received.length = 0;
    server.script({ kind: 'json', status: 200, body: { result: { id: 242, operation_type: 'import', status: 'in_progress' } } });
    const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    const result = await unwrap(
      client().POST('/api/managed_users/{managed_user_id}/imports', {
        params: { path: { managed_user_id: '97' }, query: { folder_id: 1827 } },
        body: zip,
      }),
    );
    expect(result).toEqual({ result: { id: 242, operation_type: 'import', status: 'in_progress' } });
    const [request] = server.received;
    expect(request?.headers['content-type']).toBe('application/octet-stream');
    expect(request?.url).toBe('/api/managed_users/97/imports?folder_id=1827');
    expect(request?.body.equals(Buffer.from(zip))).toBe(true);
  });
});
