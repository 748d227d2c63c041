import { WorkatoInputError } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Backoff before the first retry; doubles each time, with full jitter. Default 500 ms. */
  baseDelayMs?: number;
  /** Cap of the backoff. Default 8 s. */
  maxDelayMs?: number;
  /** The longest `Retry-After` honoured; a longer (or malformed) one falls back to the backoff. Default 60 s. */
  maxRetryAfterMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const defaultRetryPolicy: RetryPolicy = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { ...defaultRetryPolicy, maxRetries: 0 };
  const policy = { ...defaultRetryPolicy, ...options };
  for (const [key, value] of Object.entries(policy)) {
    if (!Number.isInteger(value) || value < 0) throw new WorkatoInputError(`retry.${key}`, 'must be a non-negative integer');
  }
  return policy;
}

// GET, PUT and DELETE do the same thing however often they arrive; POST (and PATCH) may not.
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Whether a response status is worth another attempt for this method. */
export function retriesStatus(method: string, status: number): boolean {
  return IDEMPOTENT.has(method) ? RETRYABLE_STATUSES.has(status) : status === 429;
}

/**
 * Whether a failure without response is worth another attempt: any for idempotent methods; for the
 * others only a refused connection, which proves the request never reached the server.
 */
export function retriesFailure(method: string, code: string | undefined): boolean {
  return IDEMPOTENT.has(method) || code === 'ECONNREFUSED';
}

/**
 * `Retry-After` in milliseconds, as seconds or an HTTP date; undefined when absent, malformed, negative
 * or beyond the cap, so that the caller falls back to its backoff.
 */
export function parseRetryAfter(value: string | null, now: number, capMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else if (/ GMT$/.test(text))
    ms = Date.parse(text) - now; // an HTTP date; NaN if malformed
  else return undefined;
  return Number.isFinite(ms) && ms >= 0 && ms <= capMs ? ms : undefined;
}

/** Full-jitter exponential backoff for retry number `retry` (1 for the first retry). */
export function backoffMs(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(random() * ceiling);
}
