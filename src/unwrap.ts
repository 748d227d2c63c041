// `unwrap`: a call's data, or its HTTP error thrown as a WorkatoHttpError. The client attaches each call's
// outcome (how many attempts, the last Retry-After) to its result under `callOutcome`, for the error.
import { WorkatoHttpError, WorkatoRateLimitError, type RequestSummary } from './errors.js';

/** What the transport learnt while answering a call. */
export interface CallOutcome {
  summary: RequestSummary;
  attempts: number;
  retryAfterMs: number | undefined;
}

/** The key of the outcome on a call's result; a symbol, so it never clashes with openapi-fetch's fields. */
export const callOutcome: unique symbol = Symbol('workato.callOutcome');

interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
  [callOutcome]?: CallOutcome;
}

/**
 * Resolves to `data`, or throws the call's HTTP error as a WorkatoHttpError (WorkatoRateLimitError for a
 * 429 that outlasted the retries). Use it to handle every failure in one `catch`.
 */
export async function unwrap<Result extends CallResult>(
  call: Result | Promise<Result>,
): Promise<Exclude<Result['data'], undefined>> {
  const result = await call;
  const { data, error, response } = result;
  if (error === undefined && response.ok) return data as Exclude<Result['data'], undefined>;
  // A result of another client (no outcome) is still reported, by its URL.
  const outcome = result[callOutcome] ?? {
    summary: { method: 'HTTP', path: response.url },
    attempts: 1,
    retryAfterMs: undefined,
  };
  if (response.status === 429) {
    throw new WorkatoRateLimitError(outcome.summary, outcome.attempts, response, error, { retryAfterMs: outcome.retryAfterMs });
  }
  throw new WorkatoHttpError(outcome.summary, outcome.attempts, response, error);
}
