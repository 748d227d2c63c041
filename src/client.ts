import createClient, { createQuerySerializer, defaultPathSerializer, type Client } from 'openapi-fetch';
import { dataCenters } from '../generated/metadata.js';
import type { paths } from '../generated/schema.js';
import { WorkatoInputError } from './errors.js';
import { factsOf, pathRulesOf } from './operation-facts.js';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';
import { checkBaseUrl, checkPathParameters, checkToken, NOT_IN_A_URL } from './request-checks.js';
import { retryPolicy, type RetryOptions } from './retry.js';
import { createTransport, type CallContext, type DebugEvent, type FetchFunction } from './transport.js';
import { callOutcome } from './unwrap.js';

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
   * The largest response body the client reads, in bytes. Past it, reading stops and the call rejects with
   * a `WorkatoResponseTooLargeError`. Default 32 MiB (33554432).
   */
  maxResponseBytes?: number;
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

const KNOWN_OPTIONS = new Set([
  'token',
  'dataCenter',
  'baseUrl',
  'fetch',
  'retry',
  'timeoutMs',
  'deadlineMs',
  'maxResponseBytes',
  'rateLimiter',
  'debug',
]);

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
  const send = createTransport({
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    trustsSignal: options.fetch === undefined,
    token: typeof token === 'string' ? undefined : token,
    retry: retryPolicy(options.retry),
    timeoutMs: milliseconds('timeoutMs', options.timeoutMs, 60_000),
    deadlineMs: milliseconds('deadlineMs', options.deadlineMs, 150_000),
    maxResponseBytes: milliseconds('maxResponseBytes', options.maxResponseBytes, 33_554_432, 'bytes'),
    limiter: rateLimiter === false ? undefined : (rateLimiter ?? createRateLimiter()),
    debug: options.debug,
  });

  const base = createClient<paths, 'application/json'>({
    baseUrl,
    // Workato never redirects; following one could carry the token to another origin. `manual` hands
    // the redirect to the transport, which reports it instead of retrying a network error.
    redirect: 'manual',
    // A fixed token goes into the client's headers; a token function is asked once per call.
    ...(typeof token === 'string' ? { headers: { Authorization: `Bearer ${token}` } } : {}),
    bodySerializer: serializeBody,
    querySerializer: (query) => {
      try {
        return serializeQuery(query);
      } catch (error) {
        if (error instanceof URIError) throw new WorkatoInputError('query', NOT_IN_A_URL);
        throw error;
      }
    },
  });

  /**
   * Every call goes through here: per-call options that would bypass the client's protections are
   * refused, the operation's facts are looked up from its path template, and the call's own transport
   * (which knows the operation) is handed to openapi-fetch as its fetch.
   */
  const call = async (method: string, template: string, init: Record<string, unknown> | undefined) => {
    checkCallOptions(init);
    const facts = factsOf(method, template);
    const rules = pathRulesOf(facts);
    // openapi-fetch only calls pathSerializer when path values were given at all.
    if (!(init?.params as { path?: unknown } | undefined)?.path) checkPathParameters(template, undefined, rules);
    const context: CallContext = {
      facts,
      outcome: { summary: { method, path: template }, attempts: 0, retryAfterMs: undefined },
    };
    const result = await base.request(
      method as never,
      template as never,
      {
        ...init,
        fetch: (request: Request) => send(request, context),
        // Checked here, before openapi-fetch encodes the values: a value no URL can carry must end as a
        // WorkatoInputError, not as encodeURIComponent's URIError.
        pathSerializer: (url: string, values: Record<string, unknown>) => {
          checkPathParameters(template, values, rules);
          return defaultPathSerializer(url, values);
        },
      } as never,
    );
    // Not enumerable, so that logging a result does not show it; unwrap reads it.
    Object.defineProperty(result, callOutcome, { value: context.outcome });
    return result;
  };
  const client = { ...base } as Record<string, unknown>;
  client.request = (method: string, template: string, init?: Record<string, unknown>) =>
    call(method.toUpperCase(), template, init);
  for (const method of HTTP_METHODS) {
    client[method] = (template: string, init?: Record<string, unknown>) => call(method, template, init);
  }
  return client as unknown as WorkatoClient;
}

const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * openapi-fetch takes these per call too; each would bypass a protection of the client (the checked
 * base URL, the transport with its retries, timeouts and typed errors, the refusal to follow redirects,
 * the path checks), so a call that gives one is refused before anything is sent.
 */
const CLIENT_LEVEL_OPTIONS = ['baseUrl', 'fetch', 'Request', 'redirect', 'pathSerializer'];

function checkCallOptions(init: Record<string, unknown> | undefined): void {
  if (init === undefined || init === null) return;
  if (typeof init !== 'object') throw new WorkatoInputError('init', 'must be an object of call options');
  for (const name of CLIENT_LEVEL_OPTIONS) {
    if (init[name] !== undefined) {
      throw new WorkatoInputError(name, 'cannot be set per call (it would bypass the client)');
    }
  }
}

/** A whole number of milliseconds (or of `unit`) from 1 to 2^31 - 1, or the default. */
function milliseconds(name: string, value: unknown, fallback: number, unit = 'milliseconds'): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 2_147_483_647) {
    throw new WorkatoInputError(name, `must be a whole number of ${unit} from 1 to 2147483647`);
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
  if (typeof key !== 'string' || !Object.hasOwn(dataCenters, key))
    throw new WorkatoInputError('dataCenter', `must be one of ${known}`);
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
