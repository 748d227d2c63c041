/**
 * Base class of every error this package throws. Messages name the method and the path template, never
 * a URL with values or a header, so the API token cannot appear in them.
 */
export class WorkatoError extends Error {
  override name = 'WorkatoError';

  /** What `JSON.stringify` shows: the name, the message and the error's own fields, never a stack. */
  toJSON(): Record<string, unknown> {
    const fields: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== 'response' && key !== 'name') fields[key] = value;
    }
    return fields;
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
  readonly method: string;
  readonly path: string;
  /** How many times the request was sent, retries included (0 if it never left the process). */
  readonly attempts: number;

  constructor(request: RequestSummary, attempts: number, problem: string, options?: ErrorOptions) {
    super(`${request.method} ${request.path}: ${problem}`, options);
    this.method = request.method;
    this.path = request.path;
    this.attempts = attempts;
  }
}

/** Workato answered with an error status. `body` is the parsed error body, typically `{message}`. */
export class WorkatoHttpError extends WorkatoRequestError {
  override name = 'WorkatoHttpError';
  readonly status: number;
  readonly body: unknown;
  /** The response, for its headers; not part of the JSON form. */
  declare readonly response: Response;

  constructor(request: RequestSummary, attempts: number, response: Response, body: unknown) {
    const message = typeof (body as { message?: unknown })?.message === 'string' ? `: ${(body as { message: string }).message}` : '';
    super(request, attempts, `HTTP ${response.status}${message}`);
    this.status = response.status;
    this.body = body;
    Object.defineProperty(this, 'response', { value: response, enumerable: false });
  }
}

/** Workato still answered 429 after every retry; `retryAfterMs` is its last `Retry-After`, if it sent one. */
export class WorkatoRateLimitError extends WorkatoHttpError {
  override name = 'WorkatoRateLimitError';
  readonly retryAfterMs: number | undefined;

  constructor(request: RequestSummary, attempts: number, response: Response, body: unknown, retryAfterMs: number | undefined) {
    super(request, attempts, response, body);
    this.retryAfterMs = retryAfterMs;
  }
}

/** No response: the connection was refused, reset or failed otherwise. `code` is the system code if known. */
export class WorkatoNetworkError extends WorkatoRequestError {
  override name = 'WorkatoNetworkError';
  readonly code: string | undefined;

  constructor(request: RequestSummary, attempts: number, code: string | undefined, options?: ErrorOptions) {
    super(request, attempts, `network error${code ? ` (${code})` : ''}`, options);
    this.code = code;
  }
}

/** An attempt took longer than `timeoutMs`, or the whole call longer than `deadlineMs`. */
export class WorkatoTimeoutError extends WorkatoRequestError {
  override name = 'WorkatoTimeoutError';
  readonly scope: 'attempt' | 'deadline';
  readonly timeoutMs: number;

  constructor(request: RequestSummary, attempts: number, scope: 'attempt' | 'deadline', timeoutMs: number) {
    super(request, attempts, `${scope === 'attempt' ? 'the attempt' : 'the call'} timed out after ${timeoutMs} ms`);
    this.scope = scope;
    this.timeoutMs = timeoutMs;
  }
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
  readonly status: number;
  readonly contentType: string | null;
  readonly excerpt: string;

  constructor(request: RequestSummary, attempts: number, status: number, contentType: string | null, problem: string, body: string) {
    super(request, attempts, `HTTP ${status} with ${problem}`);
    this.status = status;
    this.contentType = contentType;
    this.excerpt = body.slice(0, 200);
  }
}

/** Paging stopped because it would not end: the page limit was reached or a page repeated. */
export class WorkatoPaginationError extends WorkatoRequestError {
  override name = 'WorkatoPaginationError';
}
