// The request path of one call, top to bottom: authorize, read the body once, then attempts until one
// answers or the retries, the deadline or the caller stop them: wait for the rate limiter, fetch with a
// timeout, decide whether to retry, check the response. Every failure leaves as a WorkatoError.
import { WorkatoInputError, WorkatoNetworkError, WorkatoTimeoutError } from './errors.js';
import { startDeadline, untilAborted } from './deadline.js';
import { type OperationFacts, rateLimitOf } from './operation-facts.js';
import type { RateLimiter } from './rate-limiter.js';
import { bearerTokenOf, redactedHeaders, scrubbed } from './redaction.js';
import { checkResponse } from './response-checks.js';
import { backoffMs, parseRetryAfter, retriesFailure, retriesStatus, type RetryPolicy } from './retry.js';
import type { CallOutcome } from './unwrap.js';

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
  /** Asks the caller's token function (a fixed token is in the client's headers already). */
  token: (() => Promise<string>) | undefined;
  retry: RetryPolicy;
  timeoutMs: number;
  deadlineMs: number;
  /** The largest response body read, in bytes; reading stops past it. */
  maxResponseBytes: number;
  limiter: RateLimiter | undefined;
  debug: ((event: DebugEvent) => void) | undefined;
}

/** The operation a request belongs to, as the client knows it from the call. */
export interface CallContext {
  facts: OperationFacts;
  /** The call's method and path template, filled in with its attempts as it goes, for errors and `unwrap`. */
  outcome: CallOutcome;
}

/**
 * One try at sending: a response with its body read (`undefined` when it passed `maxResponseBytes`), or
 * a failure before any response.
 */
type AttemptResult = { response: Response; text: string | undefined } | { failure: unknown; timedOut: boolean };

export function createTransport(options: TransportOptions): (request: Request, call: CallContext) => Promise<Response> {
  const { retry, timeoutMs, deadlineMs, maxResponseBytes, limiter, debug } = options;
  const limiterOf = (call: CallContext) => (limiter ? rateLimitOf(call.facts) : undefined);

  return async function send(request, call) {
    const { outcome } = call;
    const { summary } = outcome;
    const deadline = startDeadline(request.signal, deadlineMs, outcome);
    const report = (event: Omit<DebugEvent, 'method' | 'path' | 'attempt'>) =>
      debug?.({ method: summary.method, path: summary.path, attempt: outcome.attempts, ...event });
    try {
      await prepare(request, call);
      const secret = bearerTokenOf(request.headers);
      // Read once, so that every attempt sends the same bytes.
      const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
      for (;;) {
        await waitForRateLimit(call);
        outcome.attempts += 1;
        if (debug) report({ type: 'attempt', url: request.url, headers: redactedHeaders(request.headers) });
        const result = await fetchWithTimeout(request, body);
        const delayMs = retryDelayMs(call, result);
        if (delayMs !== undefined) {
          report({ type: 'retry', delayMs, reason: retryReason(result) });
          await deadline.sleep(delayMs);
          continue;
        }
        if ('failure' in result) throw failureError(call, result, secret);
        checkResponse(summary, outcome.attempts, result.response, result.text, secret, maxResponseBytes, call.facts.emptySuccess);
        return result.response;
      }
    } catch (error) {
      // Whatever was under way when the deadline passed or the caller aborted, that is the reason.
      if (deadline.ended) throw deadline.stopped();
      throw error;
    } finally {
      deadline.dispose();
    }

    /**
     * Sets what openapi-fetch cannot: the media type of a non-JSON body (it always says JSON), and the
     * bearer token of a token function, asked within the deadline and the caller's signal.
     */
    async function prepare(request: Request, call: CallContext): Promise<void> {
      const mediaType = call.facts.uploadMediaType;
      if (mediaType && request.body !== null) request.headers.set('Content-Type', mediaType);
      if (!options.token) return;
      const token = await untilAborted(options.token(), deadline.phase());
      deadline.endPhase();
      request.headers.set('Authorization', `Bearer ${token}`);
    }

    async function waitForRateLimit(call: CallContext): Promise<void> {
      const limit = limiterOf(call);
      if (!limit || !limiter) return;
      await limiter.acquire(limit.group, limit.limit, limit.windowMs, deadline.phase());
      deadline.endPhase();
    }

    /** One attempt, bounded by `timeoutMs` (and the deadline), its response body included. */
    async function fetchWithTimeout(request: Request, body: Uint8Array<ArrayBuffer> | undefined): Promise<AttemptResult> {
      let timedOut = false;
      const signal = deadline.phase(timeoutMs, () => {
        timedOut = true;
      });
      try {
        const init = body ? { signal, body } : { signal };
        const bounded = <T>(pending: Promise<T>) => (options.trustsSignal ? pending : untilAborted(pending, signal));
        const response = await bounded(options.fetch(request, init));
        // The body too: a fetch that ignores the signal could otherwise dribble one past every bound.
        return { response, text: await bounded(readBody(response, maxResponseBytes)) };
      } catch (failure) {
        if (deadline.ended) throw deadline.stopped();
        return { failure, timedOut };
      } finally {
        deadline.endPhase();
      }
    }
  };

  /** How long to wait before the next attempt, or undefined when this result is final. */
  function retryDelayMs(call: CallContext, result: AttemptResult): number | undefined {
    const { outcome } = call;
    const { summary } = outcome;
    if (outcome.attempts > retry.maxRetries) {
      if ('response' in result) recordRetryAfter(call, result.response);
      return undefined;
    }
    if ('failure' in result) {
      const retryable = result.timedOut
        ? retriesStatus(summary.method, 408)
        : retriesFailure(summary.method, errorCode(result.failure));
      return retryable ? backoffMs(retry, outcome.attempts) : undefined;
    }
    if (!retriesStatus(summary.method, result.response.status)) return undefined;
    return recordRetryAfter(call, result.response) ?? backoffMs(retry, outcome.attempts);
  }

  /**
   * Keeps the server's Retry-After (for WorkatoRateLimitError) and returns it; a 429's goes to the limiter
   * too, so that a shared one holds the group back for every process (`throttled` never throws).
   */
  function recordRetryAfter({ outcome, facts }: CallContext, response: Response): number | undefined {
    if (!retriesStatus(outcome.summary.method, response.status)) return undefined;
    const ms = parseRetryAfter(response.headers.get('retry-after'), Date.now(), retry.maxRetryAfterMs);
    const group = facts.rateLimitGroup;
    if (ms && group && response.status === 429) limiter?.throttled?.(group, ms);
    outcome.retryAfterMs = ms;
    return ms;
  }

  /** The error for an attempt that got no response and is not retried. */
  function failureError(call: CallContext, result: { failure: unknown; timedOut: boolean }, secret: string | undefined) {
    const { outcome } = call;
    const { summary } = outcome;
    if (result.timedOut) {
      return new WorkatoTimeoutError(summary, outcome.attempts, `an attempt timed out after ${timeoutMs} ms`, {
        scope: 'attempt',
        timeoutMs,
      });
    }
    if (result.failure instanceof WorkatoInputError) return result.failure;
    const code = errorCode(result.failure);
    return new WorkatoNetworkError(
      summary,
      outcome.attempts,
      `network error${code ? ` (${code})` : ''}`,
      { code },
      {
        cause: scrubbed(result.failure, secret),
      },
    );
  }
}

/**
 * The body as text, read as a stream and stopped as soon as it passes `limit` bytes (then undefined and
 * the connection is let go), so that an oversized or endless body costs at most `limit` bytes of memory.
 */
async function readBody(response: Response, limit: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  // A declared length past the limit counts as full from the start: the first chunk ends the read.
  let size = Number(response.headers.get('content-length')) > limit ? limit : 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      reader?.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

function retryReason(result: AttemptResult): string {
  if ('response' in result) return `HTTP ${result.response.status}`;
  return result.timedOut ? 'attempt timeout' : (errorCode(result.failure) ?? 'network error');
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
