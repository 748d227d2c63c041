/**
 * Base class of every error this package throws. Messages name the method and the path template, never
 * a URL with values or a header, so the API token cannot appear in them.
 */
export class WorkatoError extends Error {
  override name = 'WorkatoError';

  /** What `JSON.stringify` shows: the name, the message and the error's own fields, never a stack. */
  toJSON(): Record<string, unknown> {
    return { message: this.message, ...(this as object) };
  }
}

/**
 * A value given to the client is unusable, so no request was sent: a missing token, an unknown data
 * center, a malformed customer ID, a path parameter that would change the request's path.
 */
export class WorkatoInputError extends WorkatoError {
  override name = 'WorkatoInputError';
  /** Which option or parameter was refused, such as `baseUrl` or `path.managed_user_id`. */
  readonly field: string;

  constructor(field: string, problem: string, options?: ErrorOptions) {
    super(`${field}: ${problem}`, options);
    this.field = field;
  }
}

/** Which call failed: the method and the path template of the operation, such as `GET /api/folders`. */
export interface RequestSummary {
  readonly method: string;
  readonly path: string;
}

/** Base class of the errors of a request that was (or would have been) sent. */
export class WorkatoRequestError extends WorkatoError {
  override name = 'WorkatoRequestError';
  declare readonly method: string;
  declare readonly path: string;
  /** How many times the request was sent, retries included (pages, for a WorkatoPaginationError). */
  declare readonly attempts: number;

  constructor(request: RequestSummary, attempts: number, problem: string, fields?: object, options?: ErrorOptions) {
    super(`${request.method} ${request.path}: ${problem}`, options);
    Object.assign(this, { method: request.method, path: request.path, attempts }, fields);
  }
}

/** Workato answered with an error status. `body` is the parsed error body, typically `{message}`. */
export class WorkatoHttpError extends WorkatoRequestError {
  override name = 'WorkatoHttpError';
  declare readonly status: number;
  declare readonly body: unknown;
  /** The response, for its headers; not part of the JSON form. */
  declare readonly response: Response;

  constructor(request: RequestSummary, attempts: number, response: Response, body: unknown, fields?: object) {
    const message = (body as { message?: unknown } | null)?.message;
    super(request, attempts, `HTTP ${response.status}${typeof message === 'string' ? `: ${message}` : ''}`, {
      status: response.status,
      body,
      ...fields,
    });
    Object.defineProperty(this, 'response', { value: response });
  }
}

/** Workato still answered 429 after every retry; `retryAfterMs` is its last `Retry-After`, if it sent one. */
export class WorkatoRateLimitError extends WorkatoHttpError {
  override name = 'WorkatoRateLimitError';
  declare readonly retryAfterMs: number | undefined;
}

/** No response: the connection was refused, reset or failed otherwise. `code` is the system code if known. */
export class WorkatoNetworkError extends WorkatoRequestError {
  override name = 'WorkatoNetworkError';
  declare readonly code: string | undefined;
}

/** An attempt took longer than `timeoutMs` (`scope: 'attempt'`), or the whole call longer than `deadlineMs`. */
export class WorkatoTimeoutError extends WorkatoRequestError {
  override name = 'WorkatoTimeoutError';
  declare readonly scope: 'attempt' | 'deadline';
  declare readonly timeoutMs: number;
}

/** The caller's `AbortSignal` stopped the call; `cause` is the signal's reason. */
export class WorkatoAbortError extends WorkatoRequestError {
  override name = 'WorkatoAbortError';
}

/**
 * The response is not the JSON the description declares: an HTML error page, truncated JSON or an
 * empty body. `excerpt` holds the first 200 characters of the body.
 */
export class WorkatoResponseError extends WorkatoRequestError {
  override name = 'WorkatoResponseError';
  declare readonly status: number;
  declare readonly contentType: string | null;
  declare readonly excerpt: string;
}

/**
 * The response body passed the client's `maxResponseBytes` (default 32 MiB); reading stopped there, so
 * `excerpt` is empty. `limitBytes` is the limit.
 */
export class WorkatoResponseTooLargeError extends WorkatoResponseError {
  override name = 'WorkatoResponseTooLargeError';
  declare readonly limitBytes: number;
}

/** Paging stopped because it would not end: the page limit was reached or a page repeated. */
export class WorkatoPaginationError extends WorkatoRequestError {
  override name = 'WorkatoPaginationError';
}
