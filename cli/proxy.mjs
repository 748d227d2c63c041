// `workato-embedded-api proxy`: a validating proxy between a partner's code and a Workato data center (or any
// upstream) that writes a drift report.
//
// Every request goes to the upstream unchanged (same method, path, query, headers but Host, body bytes) and
// every answer comes back unchanged (status, headers, body bytes, compression included). Beside that, each
// exchange is checked against the description by Prism's own validator (@stoplight/prism-http, a public
// API: createInstance with our forwarder, so Prism routes, validates the request, its security and the
// answer exactly as `prism proxy` would). We do not run `prism proxy` itself because it re-serializes
// bodies, adds headers, and answers from its mock when the upstream says 501: not "unchanged".
//
// The description is checked in a strict form: every object schema that lists its properties and leaves
// `additionalProperties` unsaid is closed, so that a field Workato sends and the description lacks is
// reported (the description's open objects, `additionalProperties: true`, stay open).
//
// The report (JSON Lines) holds one line per violation and a summary line. It never holds a value: not the
// token, not a header, not a path parameter (operations are named by their template), not a body value.
// Where a value matters, its JSON type is written instead ("string", "integer", "absent").
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { findPrism, packageRoot } from './prism.mjs';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);
const SEVERITY = ['error', 'warning', 'information', 'hint'];
const MIN_SCRUBBED_LENGTH = 8; // shorter strings are words of the messages themselves ("status")

/** A copy of the description in which every object schema that lists properties and says nothing of
 * additional ones is closed. Schemas inside an allOf are left open when a sibling adds properties. */
export function strictDocument(document) {
  const copy = structuredClone(document);
  const keepOpen = new Set();
  const visitAllOf = (node) => {
    if (Array.isArray(node)) return node.forEach(visitAllOf);
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node.allOf)) {
      const adds = node.allOf.filter((member) => member && typeof member === 'object' && member.properties);
      if (adds.length > 1 || (adds.length === 1 && node.allOf.some((member) => member.$ref))) {
        for (const member of node.allOf) keepOpen.add(member.$ref ? resolve(copy, member.$ref) : member);
      }
    }
    for (const value of Object.values(node)) visitAllOf(value);
  };
  visitAllOf(copy);
  const close = (node) => {
    if (Array.isArray(node)) return node.forEach(close);
    if (!node || typeof node !== 'object') return;
    const isSchema = node.properties && typeof node.properties === 'object' && !Array.isArray(node.properties);
    if (isSchema && !('additionalProperties' in node) && !node.allOf && !node.anyOf && !node.oneOf && !keepOpen.has(node)) {
      node.additionalProperties = false;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'example' && key !== 'examples') close(value);
  };
  close(copy.paths);
  close(copy.components);
  return copy;
}

function resolve(document, ref) {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

export function jsonType(value) {
  if (value === undefined) return 'absent';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function parseBody(raw, contentType) {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if (/json/i.test(contentType ?? '')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function decode(raw, encoding) {
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(raw);
    if (encoding === 'deflate') return inflateSync(raw);
    if (encoding === 'br') return brotliDecompressSync(raw);
  } catch {
    return Buffer.alloc(0);
  }
  return raw;
}

function stringLeaves(value, into) {
  if (typeof value === 'string') {
    if (value.length >= MIN_SCRUBBED_LENGTH) into.add(value);
  } else if (value && typeof value === 'object') for (const item of Object.values(value)) stringLeaves(item, into);
  return into;
}

/** Removes from Prism's message every string the exchange carried (headers, path, query, bodies). */
function scrub(message, secrets) {
  let clean = message;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) clean = clean.split(secret).join('<redacted>');
  return clean;
}

/** A path with every segment that is no literal of the description's paths replaced by `{...}`. */
function maskPath(path, literals) {
  return path
    .split('/')
    .map((segment) => (segment === '' || literals.has(segment) ? segment : '{...}'))
    .join('/');
}

export class DriftReport {
  constructor(path) {
    this.path = path;
    this.lines = [];
    this.operations = new Map();
    this.exchanges = 0;
    this.conforming = 0;
  }

  /** Records one exchange: the operation (or undefined), its status and the redacted violations. */
  add({ operation, method, template, status, violations }) {
    this.exchanges += 1;
    if (violations.length === 0) this.conforming += 1;
    const key = operation ?? `(undocumented) ${method} ${template}`;
    const seen = this.operations.get(key) ?? { operation: key, seen: 0, conforming: 0, statuses: {} };
    seen.seen += 1;
    if (violations.length === 0) seen.conforming += 1;
    seen.statuses[status] = (seen.statuses[status] ?? 0) + 1;
    this.operations.set(key, seen);
    for (const violation of violations) this.lines.push({ operation: key, method, path: template, status, ...violation });
    this.write();
  }

  summary() {
    const operations = [...this.operations.values()].sort((a, b) => a.operation.localeCompare(b.operation));
    return {
      summary: true,
      exchanges: this.exchanges,
      conforming: this.conforming,
      violations: this.lines.length,
      operationsSeen: operations.length,
      operationsConforming: operations.filter((operation) => operation.seen === operation.conforming).length,
      operations,
    };
  }

  text() {
    return `${[...this.lines, this.summary()].map((line) => JSON.stringify(line)).join('\n')}\n`;
  }

  write() {
    if (!this.path) return;
    const temporary = `${this.path}.${randomUUID()}.tmp`;
    writeFileSync(temporary, this.text());
    renameSync(temporary, this.path);
  }
}

function violationOf(validation, side, bodies) {
  const [part, ...rest] = validation.path ?? [];
  const violation = {
    in: side,
    part: part ?? (side === 'response' ? 'status' : 'request'),
    where: '',
    keyword: String(validation.code ?? ''),
    severity: SEVERITY[validation.severity] ?? String(validation.severity),
    expected: validation.message,
  };
  if (part === 'body') {
    let pointer = rest;
    let got = rest.reduce((node, key) => (node == null ? undefined : node[key]), bodies[side]);
    const missing = /must have required property '([^']+)'/.exec(validation.message ?? '');
    const extra = /; found '([^']+)'/.exec(validation.message ?? '');
    if (missing) {
      pointer = [...rest, missing[1]];
      got = undefined;
    } else if (extra) {
      pointer = [...rest, extra[1]];
      got = got?.[extra[1]];
    }
    violation.where = `/${pointer.map((key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
    violation.got = jsonType(got);
  } else if (part === undefined && side === 'response') {
    violation.got = `status ${bodies.status}`;
  } else if (part !== undefined) {
    violation.where = rest.join('.');
  }
  return violation;
}

/**
 * @param {{ upstream: string, host: string, port: number, report?: string, document?: string,
 *   log?: (line: string) => void }} options
 */
export async function startProxy(options) {
  const upstream = new URL(options.upstream);
  if (upstream.protocol !== 'https:' && upstream.protocol !== 'http:')
    throw new Error(`--upstream must be an http(s) URL or a data center name, not "${options.upstream}"`);
  const prism = findPrism();
  const { createInstance, getHttpOperationsFromSpec } = prism.http();
  const documentPath = options.document ?? join(packageRoot, 'generated', 'openapi.json');
  const document = JSON.parse(readFileSync(documentPath, 'utf8'));
  const operations = await getHttpOperationsFromSpec(strictDocument(document));
  const literals = new Set(Object.keys(document.paths).flatMap((path) => path.split('/').filter((s) => !s.includes('{'))));
  const log = options.log ?? (() => {});
  const report = new DriftReport(options.report);
  report.write();

  const answers = new WeakMap();
  const silent = { child: () => silent, info() {}, warn() {}, error() {}, debug() {}, trace() {}, success() {}, fatal() {} };
  const validator = createInstance(
    { isProxy: true, upstream, errors: false, validateRequest: true, validateResponse: true, checkSecurity: true, mock: {} },
    {
      logger: silent,
      // Prism's forwarder, replaced: the answer is the upstream's, already fetched byte for byte.
      forward: (params, _baseUrl, _upstreamProxy, resource) => () => async () => {
        const entry = answers.get(params.data);
        entry.resource = resource;
        return { _tag: 'Right', right: entry.output };
      },
    },
  );

  const send = (incoming, body) =>
    new Promise((resolveAnswer, reject) => {
      const target = new URL(incoming.url ?? '/', upstream);
      const headers = {};
      for (const [name, value] of Object.entries(incoming.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
      if (body.length > 0 || incoming.headers['content-length'] !== undefined) headers['content-length'] = String(body.length);
      const forward = (upstream.protocol === 'https:' ? httpsRequest : httpRequest)(
        target,
        { method: incoming.method, headers },
        (answer) => {
          const chunks = [];
          answer.on('data', (chunk) => chunks.push(chunk));
          answer.on('error', reject);
          answer.on('end', () => resolveAnswer({ answer, raw: Buffer.concat(chunks) }));
        },
      );
      forward.on('error', reject);
      forward.end(body);
    });

  const server = createServer(async (incoming, outgoing) => {
    const chunks = [];
    for await (const chunk of incoming) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    let upstreamAnswer;
    try {
      upstreamAnswer = await send(incoming, body);
    } catch (error) {
      log(
        `${incoming.method} ${maskPath(new URL(incoming.url ?? '/', upstream).pathname, literals)}: upstream failed (${error.code ?? error.message})`,
      );
      outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(`workato-embedded-api proxy: the upstream did not answer (${error.code ?? 'error'})\n`);
      return;
    }
    const { answer, raw } = upstreamAnswer;
    try {
      await check(incoming, body, answer, raw);
    } finally {
      // The answer goes back once the exchange is in the report (checking takes a few milliseconds), so
      // that whoever reads the report after the call sees it.
      const headers = [];
      for (let i = 0; i < answer.rawHeaders.length; i += 2)
        if (!HOP_BY_HOP.has(answer.rawHeaders[i].toLowerCase())) headers.push(answer.rawHeaders[i], answer.rawHeaders[i + 1]);
      outgoing.writeHead(answer.statusCode ?? 502, headers);
      outgoing.end(raw);
    }
  });

  async function check(incoming, body, answer, raw) {
    const url = new URL(incoming.url ?? '/', 'http://proxy.invalid');
    const query = {};
    for (const key of url.searchParams.keys()) {
      const values = url.searchParams.getAll(key);
      query[key] = values.length === 1 ? values[0] : values;
    }
    const requestBody = parseBody(body, incoming.headers['content-type']);
    const input = {
      method: (incoming.method ?? 'get').toLowerCase(),
      url: { path: url.pathname, query },
      headers: incoming.headers,
      body: requestBody ?? null,
    };
    const responseHeaders = {};
    for (const [name, value] of Object.entries(answer.headers))
      responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
    delete responseHeaders['content-encoding'];
    const responseBody = parseBody(decode(raw, answer.headers['content-encoding']), answer.headers['content-type']);
    const entry = { output: { statusCode: answer.statusCode, headers: responseHeaders, body: responseBody } };
    answers.set(input, entry);
    const result = await validator.request(input, operations)();
    const secrets = stringLeaves(
      [Object.values(incoming.headers), url.pathname.split('/'), query, requestBody, responseBody],
      new Set(),
    );
    const template = entry.resource?.path ?? maskPath(url.pathname, literals);
    const operation = entry.resource
      ? (entry.resource.iid ?? `${entry.resource.method.toUpperCase()} ${entry.resource.path}`)
      : undefined;
    let violations;
    if (result._tag === 'Left') {
      violations = [
        {
          in: 'proxy',
          part: 'validator',
          where: '',
          keyword: 'error',
          severity: 'error',
          expected: String(result.left?.message ?? result.left),
        },
      ];
    } else {
      const { validations } = result.right;
      if (!entry.resource) {
        violations = [
          {
            in: 'request',
            part: 'route',
            where: '',
            keyword: 'route',
            severity: 'error',
            expected: 'an operation of the description',
            got: 'none',
          },
        ];
      } else {
        const bodies = { request: requestBody, response: responseBody, status: answer.statusCode };
        violations = [
          ...validations.input.map((v) => violationOf(v, 'request', bodies)),
          ...validations.output.map((v) => violationOf(v, 'response', bodies)),
        ];
      }
    }
    for (const violation of violations) violation.expected = scrub(String(violation.expected ?? ''), secrets);
    report.add({ operation, method: input.method.toUpperCase(), template, status: answer.statusCode, violations });
    log(
      `${input.method.toUpperCase()} ${template} ${operation ? `(${operation}) ` : ''}-> ${answer.statusCode}: ${
        violations.length === 0 ? 'conforms' : `${violations.length} violation${violations.length === 1 ? '' : 's'}`
      }`,
    );
  }

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolveListen);
  });
  const { port } = server.address();
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  const stop = async () => {
    const closed = new Promise((resolveClose) => server.close(() => resolveClose()));
    server.closeAllConnections();
    await closed;
    report.write();
  };
  return { url, port, report, stop, prismVersion: prism.version };
}
