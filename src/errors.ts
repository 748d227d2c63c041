/** Base class of every error this package throws. Messages never contain the API token. */
export class WorkatoError extends Error {
  override name = 'WorkatoError';
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
