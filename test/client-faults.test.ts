// The fault matrix: every fault the fault server can produce, for a GET and for a POST, with the outcome
// the README documents. Then the canary: the same faults with a recognisable token, searched for in
// everything the errors expose.
//
// Time: no case depends on the machine's speed. The attempt timeout is generous (ATTEMPT_TIMEOUT_MS)
// except in the cases about timeouts, where the server never answers (`hang`) rather than answering
// "late"; bounds on elapsed time are only lower bounds (a Retry-After honoured) or far from the value
// they guard (an abort that ends a 10 s sleep well before 10 s). A 300 ms attempt timeout used to let a
// loaded machine time out the first attempt of a GET, retry it, and take the server's next (default,
// successful) answer: `truncated JSON › GET` then resolved instead of rejecting.
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
  WorkatoInputError,
  WorkatoResponseError,
  WorkatoResponseTooLargeError,
  WorkatoTimeoutError,
  type DebugEvent,
  type WorkatoClientOptions,
} from '../src/index.js';
import { OK_BODY, startFaultServer, type Fault, type FaultServer } from './support/fault-server.js';

const LIST = '/api/managed_users/{managed_user_id}/connections';
const BODY = { name: 'Jira of Acme', provider: 'jira', folder_id: 1892 };
/** Far above any localhost answer on a loaded machine; cases about timeouts set their own. */
const ATTEMPT_TIMEOUT_MS = 30_000;
/** For the cases where an attempt must time out: the server hangs, and the retry must answer within it. */
const SHORT_TIMEOUT_MS = 2_000;
/** The size limit of the size cases: 1 MiB. */
const LIMIT = 1_048_576;

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
    timeoutMs: ATTEMPT_TIMEOUT_MS,
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
  options?: Partial<WorkatoClientOptions>;
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
    name: 'an answer that never comes, then success',
    faults: [{ kind: 'hang' }],
    options: { timeoutMs: SHORT_TIMEOUT_MS },
    GET: { result: 'ok', requests: 2 },
    POST: { result: WorkatoTimeoutError, requests: 1, attempts: 1 },
  },
  {
    name: 'an error body that echoes the token',
    faults: [{ kind: 'echo', status: 401 }],
    GET: { result: WorkatoHttpError, requests: 1, attempts: 1, status: 401 },
    POST: { result: WorkatoHttpError, requests: 1, attempts: 1, status: 401 },
  },
  {
    name: 'a body past maxResponseBytes, its length declared',
    faults: [{ kind: 'large', bytes: LIMIT * 3, declareLength: true }],
    options: { maxResponseBytes: LIMIT },
    GET: { result: WorkatoResponseTooLargeError, requests: 1, attempts: 1, status: 200 },
    POST: { result: WorkatoResponseTooLargeError, requests: 1, attempts: 1, status: 200 },
  },
  {
    name: 'a chunked body past maxResponseBytes',
    faults: [{ kind: 'large', bytes: LIMIT * 3, declareLength: false }],
    options: { maxResponseBytes: LIMIT },
    GET: { result: WorkatoResponseTooLargeError, requests: 1, attempts: 1, status: 200 },
    POST: { result: WorkatoResponseTooLargeError, requests: 1, attempts: 1, status: 200 },
  },
  {
    name: 'an endless body',
    faults: [{ kind: 'endless' }],
    options: { maxResponseBytes: LIMIT },
    GET: { result: WorkatoResponseTooLargeError, requests: 1, attempts: 1, status: 200 },
    POST: { result: WorkatoResponseTooLargeError, requests: 1, attempts: 1, status: 200 },
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
    const events: DebugEvent[] = [];
    const { value, error } = await outcome(send(method, { ...entry.options, debug: (event) => events.push(event) }));
    // Should an unplanned retry take the server's next answer, the events say why it happened.
    const retries = JSON.stringify(events.filter((event) => event.type === 'retry'));
    if (expected.result === 'ok') {
      expect(error, retries).toBeUndefined();
      expect(value).toEqual(OK_BODY);
    } else {
      expect(error, retries).toBeInstanceOf(expected.result);
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

describe('a loaded machine', () => {
  it('a stall of the whole process in mid-call does not turn a fault into a retry that takes the next answer', async () => {
    // What a loaded machine does to the suite: the process gets no CPU for a while just after sending.
    // With the old 300 ms attempt timeout this GET timed out, was retried, and resolved with the server's
    // next (default) answer instead of rejecting on the truncated body.
    server.received.length = 0;
    server.script({ kind: 'truncated' });
    const events: DebugEvent[] = [];
    const call = outcome(send('GET', { debug: (event) => events.push(event) }));
    for (let turn = 0; turn < 2; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    const until = Date.now() + 400;
    while (Date.now() < until) {
      // the stall
    }
    const { error } = await call;
    expect(error, JSON.stringify(events)).toBeInstanceOf(WorkatoResponseError);
    expect(events.filter((event) => event.type === 'retry')).toEqual([]);
    expect(server.received.length).toBe(1);
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
    const events: DebugEvent[] = [];
    await send('GET', { debug: (event) => events.push(event) });
    // The backoff of client() is capped at 20 ms: the delay chosen, not the time it took.
    const [retry] = events.filter((event) => event.type === 'retry');
    expect(retry?.delayMs).toBeLessThanOrEqual(20);
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
    // The sleep would last 4 s; ended by the abort, it is over long before (a bound any machine meets).
    expect(Date.now() - aborted).toBeLessThan(3_000);
    expect(error).toBeInstanceOf(WorkatoAbortError);
    expect((error as WorkatoAbortError).cause).toEqual(new Error('user navigated away'));
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('stops a slow response when the caller aborts', async () => {
    server.script({ kind: 'hang' });
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
    // Without the deadline the backoff alone would last 3 s.
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('reports an attempt timeout after the last retry of a GET', async () => {
    const hang: Fault = { kind: 'hang' };
    server.script(hang, hang, hang);
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

  it.each(
    matrix.flatMap((entry) =>
      (['GET', 'POST'] as const).map((method) => [entry.name, method, entry.faults, entry.options ?? {}] as const),
    ),
  )('%s, %s: no error and no debug event contains the token', async (_name, method, faults, options) => {
    server.script(...faults);
    const events: DebugEvent[] = [];
    const { error } = await outcome(send(method, { ...options, token: CANARY, debug: (event) => events.push(event) }));
    if (error !== undefined) expect(exposed(error)).not.toContain(CANARY);
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain(CANARY);
    expect(JSON.stringify(events)).toContain('Bearer [redacted]');
  });

  it('a refused connection, a deadline and an abort do not expose it either', async () => {
    const closed = await startFaultServer();
    await closed.close();
    const refused = (await outcome(send('POST', { token: CANARY, baseUrl: closed.url }))).error;
    server.script({ kind: 'hang' });
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

describe('slow and hanging credentials', () => {
  const never = () => new Promise<string>(() => {});

  it('a token function that never settles ends at the deadline, and nothing is sent', async () => {
    server.received.length = 0;
    const { error } = await outcome(send('GET', { token: never, deadlineMs: 300 }));
    expect(error).toBeInstanceOf(WorkatoTimeoutError);
    expect((error as WorkatoTimeoutError).scope).toBe('deadline');
    expect((error as WorkatoTimeoutError).attempts).toBe(0);
    expect(server.received.length).toBe(0);
  });

  it("a token function that never settles ends at the caller's abort, with its reason", async () => {
    server.received.length = 0;
    const controller = new AbortController();
    const call = outcome(send('POST', { token: never }, controller.signal));
    setTimeout(() => controller.abort(new Error('shutting down')), 20);
    const { error } = await call;
    expect(error).toBeInstanceOf(WorkatoAbortError);
    expect((error as WorkatoAbortError).cause).toEqual(new Error('shutting down'));
    expect(server.received.length).toBe(0);
  });

  it('the token function counts against the deadline: a slow one leaves less for the attempt', async () => {
    server.received.length = 0;
    server.script({ kind: 'hang' });
    const slowToken = () => new Promise<string>((resolve) => setTimeout(() => resolve('slow-token'), 200));
    const { error } = await outcome(send('GET', { token: slowToken, deadlineMs: 600 }));
    expect(error).toBeInstanceOf(WorkatoTimeoutError);
    expect((error as WorkatoTimeoutError).scope).toBe('deadline');
    expect(server.received.map((request) => request.headers.authorization)).toEqual(['Bearer slow-token']);
  });

  it('a token function that throws synchronously is a WorkatoInputError, not a raw throw', async () => {
    const { error } = await outcome(
      send('GET', {
        token: () => {
          throw new Error('vault sealed');
        },
      }),
    );
    expect(error).toBeInstanceOf(WorkatoInputError);
    expect((error as WorkatoInputError).field).toBe('token');
    expect((error as WorkatoInputError).cause).toEqual(new Error('vault sealed'));
  });
});

describe('servers that echo the token', () => {
  it('an echoed token is cut out of the parsed body, the message and every other field', async () => {
    const token = 'echo-me-7f3a9c';
    server.script({ kind: 'echo', status: 403 });
    const { error } = await outcome(send('GET', { token }));
    expect(error).toBeInstanceOf(WorkatoHttpError);
    const failure = error as WorkatoHttpError;
    expect(failure.status).toBe(403);
    expect(failure.body).toMatchObject({ message: 'Unauthorized: header Authorization: Bearer [redacted] was refused' });
    for (const shown of [failure.message, String(failure), JSON.stringify(failure), inspect(failure, { depth: 10 })]) {
      expect(shown).not.toContain(token);
    }
  });

  it('an echo JSON-escaped the way PHP writes it (\\/ and \\u00XX) is cut out too', async () => {
    const token = 'Echo/Slash+Upper/9Q==';
    server.script({ kind: 'echo', status: 401, escaped: true });
    const { error } = await outcome(send('GET', { token }));
    expect(error).toBeInstanceOf(WorkatoHttpError);
    const failure = error as WorkatoHttpError;
    expect(failure.body).toMatchObject({ message: 'Unauthorized: header Authorization: Bearer [redacted] was refused' });
    for (const shown of [failure.message, JSON.stringify(failure), inspect(failure, { depth: 10 })]) {
      expect(shown).not.toContain(token);
    }
  });

  it('the data of { data, error } carries no echoed token either', async () => {
    const token = 'echo-me-too-51be';
    server.script({ kind: 'echo', status: 401 });
    const api = client({ token });
    const result = await api.GET(LIST, { params: { path: { managed_user_id: '97' } } });
    expect(result.error).toBeDefined();
    expect(JSON.stringify(result.error)).not.toContain(token);
    expect(JSON.stringify(result.error)).toContain('[redacted]');
  });
});

describe('per-call overrides', () => {
  it.each([
    ['baseUrl', 'http://attacker.example'],
    ['fetch', () => Promise.resolve(new Response('{}'))],
    ['Request', Request],
    ['redirect', 'follow'],
    ['pathSerializer', () => '/api/elsewhere'],
  ])('a per-call %s is refused before anything is sent', async (name, value) => {
    server.received.length = 0;
    let called = false;
    const override =
      typeof value === 'function' && name === 'fetch' ? () => ((called = true), (value as () => unknown)()) : value;
    const api = client();
    const init = { params: { path: { managed_user_id: '97' } }, [name]: override };
    const { error } = await outcome(api.GET(LIST, init as never));
    expect(error).toBeInstanceOf(WorkatoInputError);
    expect((error as WorkatoInputError).field).toBe(name);
    expect((error as WorkatoInputError).message).toContain('cannot be set per call');
    expect(called).toBe(false);
    expect(server.received.length).toBe(0);
  });

  it('refuses overrides given to request() and to every method alike', async () => {
    const api = client();
    const init = { params: { path: { managed_user_id: '97' } }, redirect: 'follow' };
    for (const call of [
      () => api.request('get', LIST, init as never),
      () =>
        api.DELETE('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
          params: { path: { managed_user_id: '97', connection_id: 3 } },
          baseUrl: 'https://example.com',
        } as never),
    ]) {
      expect((await outcome(call())).error).toBeInstanceOf(WorkatoInputError);
    }
  });
});

describe('dot segments, however deeply percent-encoded', () => {
  /** `value` percent-encoded `times` times (only the dots, then each `%` again). */
  function encoded(value: string, times: number): string {
    let out = value.replaceAll('.', '%2E');
    for (let round = 1; round < times; round += 1) out = out.replaceAll('%', '%25');
    return out;
  }

  it.each([1, 2, 3, 4, 6, 10])('refuses .. and . encoded %i times', async (times) => {
    server.received.length = 0;
    const api = client();
    for (const value of [encoded('..', times), encoded('.', times), encoded('..', times).toLowerCase()]) {
      const { error } = await outcome(api.GET(LIST, { params: { path: { managed_user_id: value } } }));
      expect(error, value).toBeInstanceOf(WorkatoInputError);
      expect((error as WorkatoInputError).field).toBe('path.managed_user_id');
    }
    expect(server.received.length).toBe(0);
  });
});

describe('response size', () => {
  it('reads a body of exactly maxResponseBytes', async () => {
    server.script({ kind: 'large', bytes: LIMIT, declareLength: false });
    const value = (await send('GET', { maxResponseBytes: LIMIT })) as unknown as string[];
    expect(Array.isArray(value)).toBe(true);
    expect(value.length).toBeGreaterThan(10);
  });

  it('stops one byte past it, and says which limit', async () => {
    server.script({ kind: 'large', bytes: LIMIT + 1, declareLength: false });
    const { error } = await outcome(send('GET', { maxResponseBytes: LIMIT }));
    expect(error).toBeInstanceOf(WorkatoResponseTooLargeError);
    expect(error).toBeInstanceOf(WorkatoResponseError);
    const failure = error as WorkatoResponseTooLargeError;
    expect(failure.limitBytes).toBe(LIMIT);
    expect(failure.message).toBe(`GET ${LIST}: HTTP 200 with a body over ${LIMIT} bytes (maxResponseBytes)`);
  });

  it('lets go of an endless body: the server is stopped after little more than the limit', async () => {
    server.bytesStreamed = 0;
    server.script({ kind: 'endless' });
    const { error } = await outcome(send('GET', { maxResponseBytes: LIMIT }));
    expect(error).toBeInstanceOf(WorkatoResponseTooLargeError);
    // Give the server's writes time to fail on the closed connection, then nothing more is sent.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = server.bytesStreamed;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.bytesStreamed).toBe(after);
    // The limit, plus what the sockets' buffers held when the client let go (generous: 16 MiB).
    expect(after).toBeLessThan(LIMIT + 16 * 1_048_576);
  });

  it('defaults to 32 MiB, refusing a longer declared length', async () => {
    server.script({ kind: 'large', bytes: 40 * 1_048_576, declareLength: true });
    const { error } = await outcome(send('GET'));
    expect(error).toBeInstanceOf(WorkatoResponseTooLargeError);
    expect((error as WorkatoResponseTooLargeError).limitBytes).toBe(33_554_432);
  });

  it.each([0, -1, 1.5, '1024', Number.POSITIVE_INFINITY])('refuses maxResponseBytes %s', (value) => {
    expect(() => client({ maxResponseBytes: value as number })).toThrow(
      new WorkatoInputError('maxResponseBytes', 'must be a whole number of bytes from 1 to 2147483647'),
    );
  });
});

describe('a fetch of your own that ignores the signal', () => {
  it('a body that never ends still ends at the attempt timeout', async () => {
    const stalled = () =>
      Promise.resolve(
        new Response(new ReadableStream({ pull: () => new Promise<void>(() => {}) }), {
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    const { error } = await outcome(send('POST', { fetch: stalled, timeoutMs: 200 }));
    expect(error).toBeInstanceOf(WorkatoTimeoutError);
    expect((error as WorkatoTimeoutError).scope).toBe('attempt');
  });
});
