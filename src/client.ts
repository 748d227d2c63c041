import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { dataCenters, operationMetadata } from '../generated/metadata.js';
import type { paths } from '../generated/schema.js';
import { WorkatoInputError } from './errors.js';
import { checkBaseUrl, checkPathParameters, checkToken, type PathParameterRule } from './request-checks.js';

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
  /** The fetch implementation to use; defaults to the global `fetch`. */
  fetch?: (request: Request) => Promise<Response>;
}

/** The typed openapi-fetch client for the Workato Embedded Partner API. */
export type WorkatoClient = Client<paths, 'application/json'>;

const KNOWN_OPTIONS = new Set(['token', 'dataCenter', 'baseUrl', 'fetch']);

interface RouteFacts {
  readonly pathParameters: Readonly<Record<string, PathParameterRule>>;
  readonly requestMediaType?: string;
}

const routes = new Map<string, RouteFacts>(
  Object.values(operationMetadata).map((operation) => [`${operation.method} ${operation.path}`, operation as RouteFacts]),
);

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
  const getToken = tokenSource(options.token);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new WorkatoInputError('fetch', 'must be a function');
  }

  const client = createClient<paths, 'application/json'>({
    baseUrl,
    // Workato never redirects; following one could carry the token to another origin.
    redirect: 'error',
    bodySerializer: serializeBody,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(guard(getToken));
  return client;
}

function resolveBaseUrl(options: WorkatoClientOptions): string {
  const { dataCenter, baseUrl } = options;
  if (dataCenter !== undefined && baseUrl !== undefined) {
    throw new WorkatoInputError('dataCenter', 'give either dataCenter or baseUrl, not both');
  }
  if (baseUrl !== undefined) return checkBaseUrl(baseUrl);
  if (dataCenter === undefined) {
    throw new WorkatoInputError('dataCenter', `is required (one of ${Object.keys(dataCenters).join(', ')}), or give baseUrl`);
  }
  const key = typeof dataCenter === 'string' ? dataCenter.toLowerCase() : dataCenter;
  if (typeof key !== 'string' || !Object.hasOwn(dataCenters, key)) {
    throw new WorkatoInputError('dataCenter', `must be one of ${Object.keys(dataCenters).join(', ')}`);
  }
  return dataCenters[key as DataCenter];
}

function tokenSource(token: unknown): () => Promise<string> {
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
  const checked = checkToken(token, 'token');
  return async () => checked;
}

/** JSON for everything but binary bodies (package zips), which are sent as they are. */
function serializeBody(body: unknown): BodyInit {
  if (body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body as BodyInit;
  return JSON.stringify(body);
}

/**
 * Runs first on every request: checks the path parameters, sets the request media type the description
 * gives when it is not JSON (openapi-fetch always says JSON), then attaches the bearer token.
 */
function guard(getToken: () => Promise<string>): Middleware {
  return {
    async onRequest({ request, schemaPath, params }) {
      const route = routes.get(`${request.method} ${schemaPath}`);
      checkPathParameters(schemaPath, params.path as Record<string, unknown> | undefined, route?.pathParameters);
      if (route?.requestMediaType && route.requestMediaType !== 'application/json' && request.body !== null) {
        request.headers.set('Content-Type', route.requestMediaType);
      }
      request.headers.set('Authorization', `Bearer ${await getToken()}`);
      return request;
    },
  };
}
