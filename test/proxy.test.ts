// The validating proxy (cli/proxy.mjs) between a client and a fake Workato on loopback that answers
// conforming bodies and planted drifts: every drift is in the report, nothing conforming is, every byte is
// forwarded unchanged both ways, and no token, path parameter or body value reaches the report.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DriftLine, type DriftSummary, type RunningProxy, startProxy } from '../cli/proxy.mjs';
import { examplesOf } from './support/description.js';

const TOKEN = 'tok-5ecret-bearer-value-000111';
const CUSTOMER = 'Esecret-customer-4242';
const SECRET_NAME = 'secret-connection-name-777';
const SECRET_EXTRA = 'secret-undocumented-value-888';
const SECRET_ID = 'secret-id-as-a-string-999';
const SECRETS = [TOKEN, CUSTOMER, SECRET_NAME, SECRET_EXTRA, SECRET_ID, 'secret-teapot-body-555'];

const listed = structuredClone(examplesOf('listConnections', '200')[0]!.value) as { result: Array<Record<string, unknown>> };
listed.result[0]!.name = SECRET_NAME;
const connection = () => structuredClone(listed.result[0]!);
const created = examplesOf('createConnection', '200')[0]!.value;
const createRequest = examplesOf('createConnection', 'request')[0]!.value;
const notFound = examplesOf('listConnections', '404')[0]!.value;

/** What the fake upstream answers, by the test's `x-case` header. */
const CASES: Record<string, { status: number; body: unknown }> = {
  conforming: { status: 200, body: listed },
  'conforming-404': { status: 404, body: notFound },
  extra: { status: 200, body: { result: [{ ...connection(), undocumented_field: SECRET_EXTRA }] } },
  missing: { status: 200, body: { result: [(({ provider: _, ...rest }) => rest)(connection())] } },
  'wrong-type': { status: 200, body: { result: [{ ...connection(), id: SECRET_ID }] } },
  'undocumented-status': { status: 418, body: { message: 'secret-teapot-body-555' } },
  created: { status: 200, body: created },
};

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}
const seen: Seen[] = [];
let upstream: Server;
let proxy: RunningProxy;
const dir = mkdtempSync(join(tmpdir(), 'workato-proxy-'));
const reportPath = join(dir, 'drift.jsonl');

beforeAll(async () => {
  upstream = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    seen.push({ method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks) });
    const answer = CASES[String(request.headers['x-case'])] ?? CASES.conforming!;
    // Odd spacing: the proxy must pass the bytes on, not a re-serialized body.
    response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', 'x-upstream': 'fake' });
    response.end(JSON.stringify(answer.body, null, 3));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const { port } = upstream.address() as AddressInfo;
  proxy = await startProxy({ upstream: `http://127.0.0.1:${port}`, host: '127.0.0.1', port: 0, report: reportPath });
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  await new Promise((resolve) => upstream?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

async function call(path: string, xCase: string, init: { method?: string; body?: string } = {}) {
  const response = await fetch(`${proxy.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${TOKEN}`, 'x-case': xCase, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    ...(init.body ? { body: init.body } : {}),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function report(): { lines: DriftLine[]; summary: DriftSummary } {
  const parsed = readFileSync(reportPath, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  return { lines: parsed.filter((line) => !line.summary), summary: parsed.find((line) => line.summary) };
}

const list = `/api/managed_users/${encodeURIComponent(CUSTOMER)}/connections`;
const byCase = new Map<string, DriftLine[]>();

describe('the validating proxy', () => {
  it('forwards each request and answer unchanged, and reports each exchange before answering', async () => {
    for (const xCase of ['conforming', 'conforming-404', 'extra', 'missing', 'wrong-type', 'undocumented-status']) {
      const before = report().lines.length;
      const answer = await call(`${list}?page=1`, xCase);
      expect(answer.status).toBe(CASES[xCase]!.status);
      expect(answer.text).toBe(JSON.stringify(CASES[xCase]!.body, null, 3));
      expect(answer.headers.get('x-upstream')).toBe('fake');
      byCase.set(xCase, report().lines.slice(before));
    }
    const body = ` ${JSON.stringify(createRequest)}\n`;
    const before = report().lines.length;
    const answer = await call(list, 'created', { method: 'POST', body });
    expect(answer.text).toBe(JSON.stringify(created, null, 3));
    byCase.set('created', report().lines.slice(before));
    const post = seen.at(-1)!;
    expect(post).toMatchObject({ method: 'POST', url: list });
    expect(post.body.toString('utf8')).toBe(body);
    expect(post.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen[0]!.url).toBe(`${list}?page=1`);
  });

  it('reports nothing for conforming exchanges', () => {
    expect(byCase.get('conforming')).toEqual([]);
    expect(byCase.get('conforming-404')).toEqual([]);
    expect(byCase.get('created')).toEqual([]);
  });

  it('reports every planted drift, once, with where it is, what was expected and the type that came back', () => {
    const common = { operation: 'listConnections', method: 'GET', path: '/api/managed_users/{managed_user_id}/connections' };
    expect(byCase.get('extra')).toEqual([
      expect.objectContaining({
        ...common,
        status: 200,
        in: 'response',
        part: 'body',
        where: '/result/0/undocumented_field',
        keyword: 'additionalProperties',
        got: 'string',
      }),
    ]);
    expect(byCase.get('missing')).toEqual([
      expect.objectContaining({
        ...common,
        status: 200,
        in: 'response',
        part: 'body',
        where: '/result/0/provider',
        keyword: 'required',
        got: 'absent',
      }),
    ]);
    expect(byCase.get('wrong-type')).toEqual([
      expect.objectContaining({
        ...common,
        status: 200,
        in: 'response',
        part: 'body',
        where: '/result/0/id',
        keyword: 'type',
        got: 'string',
      }),
    ]);
    expect(byCase.get('wrong-type')![0]!.expected).toMatch(/must be integer/);
    expect(byCase.get('undocumented-status')).toEqual([
      expect.objectContaining({ ...common, status: 418, in: 'response', part: 'status', got: 'status 418' }),
    ]);
    expect(byCase.get('undocumented-status')![0]!.expected).toMatch(/200,400,401,404,429,500/);
  });

  it('reports a request no operation describes by a masked path', async () => {
    const before = report().lines.length;
    await call(`/api/managed_users/${CUSTOMER}/no_such_thing`, 'conforming');
    expect(report().lines.slice(before)).toEqual([
      expect.objectContaining({ operation: '(undocumented) GET /api/managed_users/{...}/{...}', part: 'route', got: 'none' }),
    ]);
  });

  it('sums up the operations seen and conforming', () => {
    const { summary } = report();
    expect(summary).toMatchObject({ exchanges: 8, conforming: 3, violations: 5, operationsSeen: 3, operationsConforming: 1 });
    expect(summary.operations.find((operation) => operation.operation === 'listConnections')).toEqual({
      operation: 'listConnections',
      seen: 6,
      conforming: 2,
      statuses: { 200: 4, 404: 1, 418: 1 },
    });
  });

  it('writes no token, header, path parameter or body value', () => {
    const text = readFileSync(reportPath, 'utf8');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(CUSTOMER));
    expect(text).not.toMatch(/bearer/i);
  });
});
