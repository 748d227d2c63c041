// The fetch that openapi-fetch calls: rate limiting, retries, timeouts and response checks, so that every
// failure reaches the caller as a WorkatoError and openapi-fetch only ever sees well-formed JSON.
import { rateLimitedRoutes, rateLimitGroups, routeKey } from '../generated/metadata.js';
import {
  WorkatoAbortError,
  WorkatoHttpError,
  WorkatoNetworkError,
  WorkatoRateLimitError,
  WorkatoResponseError,
  WorkatoTimeoutError,
  type RequestSummary,
} from './errors.js';
import { systemClock, type RateLimiter } from './rate-limiter.js';
import { backoffMs, parseRetryAfter, retriesFailure, retriesStatus, type RetryPolicy } from './retry.js';

/** What the client reports to `debug`, with the Authorization header redacted. */
export interface DebugEvent {
  type: 'attempt' | 'retry';
  method: string;
  path: string;
  attempt: number;
  url?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Why a retry happens: `HTTP 503`, `ECONNRESET`, `attempt timeout`... */
  reason?: string;
}

/** The fetch the client calls: the global `fetch`, or one given in the options. */
export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  fetch: FetchFunction;
  /** True for the global fetch, which honours `init.signal`; any other fetch is raced against it. */
  trustsSignal: boolean;
  retry: RetryPolicy;
  timeoutMs: number;
  deadlineMs: number;
  limiter: RateLimiter | undefined;
  debug: ((event: DebugEvent) => void) | undefined;
}

interface Outcome {
  summary: RequestSummary;
  attempts: number;
  retryAfterMs: number | undefined;
}

/** The path template of each request, recorded by the client's middleware (which knows it). */
export const requestTemplates = new WeakMap<Request, string>();
/** What the transport learnt about each response it returned, for `unwrap`. */
const outcomes = new WeakMap<Response, Outcome>();

export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  const { retry, timeoutMs, deadlineMs, limiter, debug } = options;
  return async (request) => {
    const method = request.method;
    const path = requestTemplates.get(request) ?? new URL(request.url).pathname;
    const summary = { method, path };
    const group = rateLimitedRoutes[routeKey(method, path)];
    const limit = group && rateLimitGroups[group];
    const secret = () => request.headers.get('authorization')?.replace(/^Bearer /, '');
    // Read once, so that every attempt sends the same bytes.
    const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());

    // Each phase of the call (a rate-limit wait, an attempt, a backoff) gets one AbortController and
    // one timer, which ends the phase at its own limit or at the call's deadline, whichever comes first;
    // the caller's abort ends it at once. AbortSignal.any and a second timer would do the same at a
    // cost that shows in every call.
    const caller = request.signal;
    const deadlineAt = Date.now() + deadlineMs;
    let phase: AbortController | undefined;
    let phaseTimer: ReturnType<typeof setTimeout> | undefined;
    let ended: 'caller' | 'deadline' | undefined;
    const onCallerAbort = () => {
      ended ??= 'caller';
      phase?.abort();
    };
    caller.addEventListener('abort', onCallerAbort);
    let attempts = 0;
    let retryAfterMs: number | undefined;
    const report = (event: Omit<DebugEvent, 'method' | 'path' | 'attempt'>) => debug?.({ method, path, attempt: attempts, ...event });
    const timeout = (scope: 'attempt' | 'deadline', ms: number) =>
      new WorkatoTimeoutError(summary, attempts, `${scope === 'attempt' ? 'an attempt' : 'the call'} timed out after ${ms} ms`, { scope, timeoutMs: ms });
    const stopped = () =>
      ended === 'caller'
        ? new WorkatoAbortError(summary, attempts, 'aborted by the caller', undefined, { cause: caller.reason })
        : timeout('deadline', deadlineMs);
    /** Starts a phase; `onLimit` runs if the phase outlasts `limitMs` (not the deadline). */
    const nextPhase = (limitMs = Number.POSITIVE_INFINITY, onLimit?: () => void) => {
      clearTimeout(phaseTimer);
      if (caller.aborted) ended ??= 'caller';
      const left = deadlineAt - Date.now();
      if (left <= 0) ended ??= 'deadline';
      if (ended) throw stopped();
      const current = new AbortController();
      phase = current;
      const atDeadline = left <= limitMs;
      phaseTimer = setTimeout(() => {
        if (atDeadline) ended ??= 'deadline';
        else onLimit?.();
        current.abort();
      }, Math.min(left, limitMs));
      return current;
    };
    const pause = async (delayMs: number, reason: string) => {
      report({ type: 'retry', delayMs, reason });
      // The phase timer wakes the sleep at the deadline; the sleep's own timer ends it on time.
      await systemClock.sleep(delayMs, nextPhase().signal);
    };

    try {
      for (;;) {
        if (limiter && group && limit) await limiter.acquire(group, limit[0], limit[1], nextPhase().signal);
        let timedOut = false;
        const attempt = nextPhase(timeoutMs, () => {
          timedOut = true;
        });
        attempts += 1;
        if (debug) report({ type: 'attempt', url: request.url, headers: redactHeaders(request.headers) });
        let response: Response;
        let text: string;
        try {
          const init = body ? { signal: attempt.signal, body } : { signal: attempt.signal };
          response = await (options.trustsSignal ? options.fetch(request, init) : untilAborted(options.fetch(request, init), attempt.signal));
          text = await response.text();
        } catch (error) {
          if (ended) throw stopped();
          const code = timedOut ? undefined : errorCode(error);
          const retryable = timedOut ? retriesStatus(method, 408) : retriesFailure(method, code);
          if (retryable && attempts <= retry.maxRetries) {
            await pause(backoffMs(retry, attempts), timedOut ? 'attempt timeout' : (code ?? 'network error'));
            continue;
          }
          if (timedOut) throw timeout('attempt', timeoutMs);
          throw new WorkatoNetworkError(summary, attempts, `network error${code ? ` (${code})` : ''}`, { code }, { cause: scrubbed(error, secret()) });
        } finally {
          clearTimeout(phaseTimer);
        }
        const status = response.status;
        if (retriesStatus(method, status)) {
          retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now(), retry.maxRetryAfterMs);
          if (attempts <= retry.maxRetries) {
            await pause(retryAfterMs ?? backoffMs(retry, attempts), `HTTP ${status}`);
            continue;
          }
        }
        checkResponse(summary, attempts, response, text, secret);
        outcomes.set(response, { summary, attempts, retryAfterMs });
        return response;
      }
    } catch (error) {
      if (ended && !(error instanceof WorkatoAbortError || error instanceof WorkatoTimeoutError)) throw stopped();
      throw error;
    } finally {
      clearTimeout(phaseTimer);
      caller.removeEventListener('abort', onCallerAbort);
    }
  };
}

/** Settles with the promise, or rejects as soon as the signal aborts (for a fetch that ignores it). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Workato answers JSON, errors included; anything else is reported instead of handed to openapi-fetch.
 * The body was read to check it, so the response answers `json()` and `text()` from what was read: no
 * second Response is built (that would copy the headers and stream the body again).
 */
function checkResponse(summary: RequestSummary, attempts: number, response: Response, text: string, secret: () => string | undefined): void {
  const { status } = response;
  const contentType = response.headers.get('content-type');
  const fail = (problem: string) =>
    new WorkatoResponseError(summary, attempts, `HTTP ${status} with ${problem}`, { status, contentType, excerpt: redact(text, secret()).slice(0, 200) });
  if (response.type === 'opaqueredirect' || (status > 299 && status < 400)) throw fail('a redirect, which the client never follows');
  if (status === 204 || summary.method === 'HEAD') return;
  if (text.trim() === '') throw fail('an empty body where JSON is declared');
  if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType ?? '')) {
    throw fail(`a ${contentType ?? 'untyped'} body where JSON is declared`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fail('a body that is not valid JSON (truncated?)');
  }
  Object.defineProperties(response, { json: { value: async () => parsed }, text: { value: async () => text } });
}

/**
 * Resolves to `data`, or throws the call's HTTP error as a WorkatoHttpError (WorkatoRateLimitError for a
 * 429 that outlasted the retries). Use it to handle every failure in one `catch`.
 */
export async function unwrap<Result extends { data?: unknown; error?: unknown; response: Response }>(
  call: Result | Promise<Result>,
): Promise<Exclude<Result['data'], undefined>> {
  const { data, error, response } = await call;
  if (error === undefined && response.ok) return data as Exclude<Result['data'], undefined>;
  // A response of another client (no outcome) is still reported, by its URL.
  const outcome = outcomes.get(response) ?? { summary: { method: 'HTTP', path: response.url }, attempts: 1, retryAfterMs: undefined };
  if (response.status === 429) {
    throw new WorkatoRateLimitError(outcome.summary, outcome.attempts, response, error, { retryAfterMs: outcome.retryAfterMs });
  }
  throw new WorkatoHttpError(outcome.summary, outcome.attempts, response, error);
}

/** The system error code of a failed fetch (`ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`...). */
function errorCode(error: unknown): string | undefined {
  for (let at: unknown = error, depth = 0; at && depth < 5; depth += 1) {
    const found = (at as { code?: unknown }).code ?? (at as { errors?: Array<{ code?: unknown }> }).errors?.[0]?.code;
    if (typeof found === 'string') return found;
    at = (at as { cause?: unknown }).cause;
  }
  return undefined;
}

function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}

/** A copy of an error chain with the token cut out of every message and stack. */
function scrubbed(error: unknown, secret: string | undefined, depth = 0): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const cause = depth < 4 && source.cause !== undefined ? { cause: scrubbed(source.cause, secret, depth + 1) } : undefined;
  const copy = new Error(redact(source.message, secret), cause);
  copy.name = source.name;
  copy.stack = redact(source.stack ?? '', secret);
  const code = (source as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}

function redactHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].map(([name, value]) => [name, name === 'authorization' ? 'Bearer [redacted]' : value]));
}
