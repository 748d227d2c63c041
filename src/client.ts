import createClient, { createQuerySerializer, defaultPathSerializer, type Client, type Middleware } from 'openapi-fetch';
import { dataCenters, pathParameters, routeKey, uploadMediaTypes } from '../generated/metadata.js';
import type { paths } from '../generated/schema.js';
import { WorkatoInputError } from './errors.js';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';
import { checkBaseUrl, checkPathParameters, checkToken, NOT_IN_A_URL, type PathParameterRule } from './request-checks.js';
import { retryPolicy, type RetryOptions } from './retry.js';
import { createTransport, requestTemplates, type DebugEvent, type FetchFunction } from './transport.js';

/** A Workato data center, named as in the description's `servers` (`x-data-center`). */
export type DataCenter = keyof typeof dataCenters;

/** Returns the API token for the next request; called once per request, so it may rotate tokens. */
export type TokenProvider = () => string | Promise<string>;

export interface WorkatoClientOptions {
  /** The API token of an API client of your partner workspace, or a function that returns it. */
  token: string | TokenProvider;
  /** The data center of your partner workspace. Give this or `baseUrl`. */
  dataCenter?: DataCenter;
  /** Any other base URL, such as a local mock (`http://127.0.0.1:4010`). https unless it is localhost. */
  baseUrl?: string;
  /** The fetch implementation to use, called like the global `fetch`, which is the default. */
  fetch?: FetchFunction;
  /** Retry policy, or `false` for a single attempt. See README, Retries. */
  retry?: RetryOptions | false;
  /** Longest wait for one attempt, response body included. Default 60 s (Workato gives up after 40 s). */
  timeoutMs?: number;
  /** Longest wait for a call, rate-limit queueing, retries and backoff included. Default 150 s. */
  deadlineMs?: number;
  /**
   * Rate limiting per documented group: a limiter shared by every client of the same partner workspace
   * (`createRateLimiter()`), or `false` to send without waiting. Default: a limiter of this client's own.
   */
  rateLimiter?: RateLimiter | false;
  /** Receives an event per attempt and per retry; the Authorization header is redacted. */
  debug?: (event: DebugEvent) => void;
}

/** The typed openapi-fetch client for the Workato Embedded Partner API. */
export type WorkatoClient = Client<paths, 'application/json'>;

const KNOWN_OPTIONS = new Set(['token', 'dataCenter', 'baseUrl', 'fetch', 'retry', 'timeoutMs', 'deadlineMs', 'rateLimiter', 'debug']);

const rules = pathParameters as Readonly<Record<string, PathParameterRule>>;

/**
 * Creates a client for one partner workspace. Every request carries the bearer token, and its path
 * parameters are checked before anything is sent.
 */
export function createWorkatoClient(options: WorkatoClientOptions): WorkatoClient {
  if (options === null || typeof options !== 'object') {
    throw new WorkatoInputError('options', 'expected an object with token and dataCenter or baseUrl');
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new WorkatoInputError(key, 'is not an option of createWorkatoClient');
  }
  const baseUrl = resolveBaseUrl(options);
  const token = tokenSource(options.token);
  for (const key of ['fetch', 'debug'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'function') throw new WorkatoInputError(key, 'must be a function');
  }
  const { rateLimiter } = options;
  if (rateLimiter !== undefined && rateLimiter !== false && typeof rateLimiter?.acquire !== 'function') {
    throw new WorkatoInputError('rateLimiter', 'must come from createRateLimiter() or be false');
  }
  const transport = createTransport({
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    trustsSignal: options.fetch === undefined,
    retry: retryPolicy(options.retry),
    timeoutMs: milliseconds('timeoutMs', options.timeoutMs, 60_000),
    deadlineMs: milliseconds('deadlineMs', options.deadlineMs, 150_000),
    limiter: rateLimiter === false ? undefined : (rateLimiter ?? createRateLimiter()),
    debug: options.debug,
  });

  const client = createClient<paths, 'application/json'>({
    baseUrl,
    // Workato never redirects; following one could carry the token to another origin. `manual` hands
    // the redirect to the transport, which reports it instead of retrying a network error.
    redirect: 'manual',
    // A fixed token goes into the client's headers; a token function is asked once per request.
    ...(typeof token === 'string' ? { headers: { Authorization: `Bearer ${token}` } } : {}),
    bodySerializer: serializeBody,
    // Checked here, before openapi-fetch encodes the values: a value no URL can carry must end as a
    // WorkatoInputError, not as encodeURIComponent's URIError.
    pathSerializer: (url, values) => {
      const template = url.slice(baseUrl.length);
      checkPathParameters(template, values, rules);
      return defaultPathSerializer(url, values);
    },
    querySerializer: (query) => {
      try {
        return serializeQuery(query);
      } catch (error) {
        if (error instanceof URIError) throw new WorkatoInputError('query', NOT_IN_A_URL);
        throw error;
      }
    },
    fetch: transport,
  });
  client.use(guard(typeof token === 'string' ? undefined : token));
  return client;
}

function milliseconds(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 2_147_483_647) {
    throw new WorkatoInputError(name, 'must be a whole number of milliseconds from 1 to 2147483647');
  }
  return value as number;
}

function resolveBaseUrl(options: WorkatoClientOptions): string {
  const { dataCenter, baseUrl } = options;
  if (dataCenter !== undefined && baseUrl !== undefined) {
    throw new WorkatoInputError('dataCenter', 'give either dataCenter or baseUrl, not both');
  }
  if (baseUrl !== undefined) return checkBaseUrl(baseUrl);
  const known = Object.keys(dataCenters).join(', ');
  if (dataCenter === undefined) throw new WorkatoInputError('dataCenter', `is required (one of ${known}), or give baseUrl`);
  const key = typeof dataCenter === 'string' ? dataCenter.toLowerCase() : dataCenter;
  if (typeof key !== 'string' || !Object.hasOwn(dataCenters, key)) throw new WorkatoInputError('dataCenter', `must be one of ${known}`);
  return dataCenters[key as DataCenter];
}

/** The checked token, or a function that asks the caller's token function and checks its answer. */
function tokenSource(token: unknown): string | (() => Promise<string>) {
  if (typeof token === 'function') {
    return async () => {
      let value: unknown;
      try {
        value = await (token as TokenProvider)();
      } catch (error) {
        throw new WorkatoInputError('token', 'the token function failed', { cause: error });
      }
      return checkToken(value, 'the value returned by the token function');
    };
  }
  return checkToken(token, 'token');
}

/** JSON for everything but binary bodies (package zips), which are sent as they are. */
function serializeBody(body: unknown): BodyInit {
  if (body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body as BodyInit;
  return JSON.stringify(body);
}

const serializeQuery = createQuerySerializer();

/**
 * Runs first on every request: checks the path parameters, sets the request media type the description
 * gives when it is not JSON (openapi-fetch always says JSON), then attaches the bearer token.
 */
function guard(getToken: (() => Promise<string>) | undefined): Middleware {
  return {
    async onRequest({ request, schemaPath, params }) {
      // openapi-fetch only calls pathSerializer when path values were given at all.
      if (!params.path) checkPathParameters(schemaPath, undefined, rules);
      const mediaType = uploadMediaTypes[routeKey(request.method, schemaPath)];
      if (mediaType && request.body !== null) request.headers.set('Content-Type', mediaType);
      if (getToken) request.headers.set('Authorization', `Bearer ${await getToken()}`);
      requestTemplates.set(request, schemaPath);
      return request;
    },
  };
}
