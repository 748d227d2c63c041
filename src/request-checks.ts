import { WorkatoInputError } from './errors.js';

/** The schema facts of a path parameter that decide whether a value is acceptable. */
export interface PathParameterRule {
  readonly type: 'string' | 'integer';
  readonly pattern?: string;
  readonly minLength?: number;
  readonly minimum?: number;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Validates a base URL and returns it without a trailing slash. */
export function checkBaseUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new WorkatoInputError('baseUrl', 'must be a non-empty URL string');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new WorkatoInputError('baseUrl', 'is not a valid absolute URL');
  }
  const local = LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new WorkatoInputError('baseUrl', 'must use https (http only for localhost)');
  }
  if (url.username || url.password) {
    throw new WorkatoInputError('baseUrl', 'must not contain credentials; pass the API token as `token`');
  }
  if (url.search || url.hash) {
    throw new WorkatoInputError('baseUrl', 'must not contain a query string or fragment');
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (/\/api$/.test(path)) {
    throw new WorkatoInputError('baseUrl', 'must not end with /api (every operation path starts with /api)');
  }
  return `${url.origin}${path}`;
}

// RFC 6750 b64token: what a bearer token may contain. Anything else would either be refused by fetch
// with an error that quotes the header value (leaking the token) or be sent mangled.
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Checks a token value without ever quoting it. */
export function checkToken(token: unknown, origin: string): string {
  if (typeof token !== 'string' || token.length === 0) {
    throw new WorkatoInputError('token', `${origin} must be a non-empty string`);
  }
  if (/^bearer\s/i.test(token)) {
    throw new WorkatoInputError('token', `${origin} must be the bare API token, without the "Bearer " prefix`);
  }
  if (!BEARER_TOKEN.test(token)) {
    throw new WorkatoInputError('token', `${origin} contains characters a bearer token cannot have (such as spaces or quotes)`);
  }
  return token;
}

const TEMPLATE_PARAMETER = /\{([^{}]+)\}/g;

/**
 * Refuses path parameter values that would send the request somewhere else than the template says:
 * missing or empty values, dot segments (`.`, `..`, also percent-encoded), values of the wrong type and
 * values that break the parameter's schema.
 */
export function checkPathParameters(
  template: string,
  values: Record<string, unknown> | undefined,
  rules: Readonly<Record<string, PathParameterRule>> | undefined,
): void {
  const names = templateNames(template);
  for (const name of Object.keys(values ?? {})) {
    if (!names.includes(name)) {
      throw new WorkatoInputError(`path.${name}`, `is not a parameter of ${template}`);
    }
  }
  for (const name of names) {
    checkPathValue(`path.${name}`, values?.[name], rules?.[name]);
  }
}

function checkPathValue(field: string, value: unknown, rule: PathParameterRule | undefined): void {
  if (value === undefined || value === null) {
    throw new WorkatoInputError(field, 'is missing');
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new WorkatoInputError(field, 'must be a finite number');
  } else if (typeof value !== 'string') {
    throw new WorkatoInputError(field, `must be a string or a number, not ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const text = String(value);
  if (text.length === 0) {
    throw new WorkatoInputError(field, 'is empty');
  }
  if (LONE_SURROGATE.test(text)) {
    throw new WorkatoInputError(field, NOT_IN_A_URL);
  }
  if (isDotSegment(text)) {
    throw new WorkatoInputError(field, `is a dot segment ("${text}"), which would change the request path`);
  }
  if (!rule) return;
  if (rule.type === 'integer') {
    if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      throw new WorkatoInputError(field, 'must be an integer');
    }
    if (rule.minimum !== undefined && Number(text) < rule.minimum) {
      throw new WorkatoInputError(field, `must be at least ${rule.minimum}`);
    }
    return;
  }
  if (rule.minLength !== undefined && text.length < rule.minLength) {
    throw new WorkatoInputError(field, `must be at least ${rule.minLength} characters long`);
  }
  if (rule.pattern !== undefined && !compiled(rule.pattern).test(text)) {
    throw new WorkatoInputError(
      field,
      field === 'path.managed_user_id'
        ? 'must be a customer ID or E + an external ID, optionally ending in _dev, _test or _prod (see customerId())'
        : `does not match the pattern ${rule.pattern}`,
    );
  }
}

// Both are asked for on every request, always for the same few templates and patterns.
const namesByTemplate = new Map<string, string[]>();
const patterns = new Map<string, RegExp>();

function templateNames(template: string): string[] {
  let names = namesByTemplate.get(template);
  if (!names)
    namesByTemplate.set(template, (names = [...template.matchAll(TEMPLATE_PARAMETER)].map((match) => match[1] as string)));
  return names;
}

function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) patterns.set(pattern, (regex = new RegExp(pattern)));
  return regex;
}

export const NOT_IN_A_URL = 'contains a lone UTF-16 surrogate, which no URL can carry';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True for `.` and `..`, however many times they were percent-encoded. */
function isDotSegment(text: string): boolean {
  // Decoded until it no longer changes, however deep the encoding: each round shortens the text, so the
  // loop ends.
  for (let current = text; ; ) {
    if (current === '.' || current === '..') return true;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (decoded === current) return false;
    current = decoded;
  }
}
