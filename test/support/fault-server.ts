// A small HTTP server that answers with scripted faults, for the client's retry, timeout and error tests.
// It listens on 127.0.0.1 only, closes every connection after one response (so that each attempt opens
// a new one), answers at most `maxRequests` requests, and stops by itself after `idleMs` without traffic.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  | { kind: 'json'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'html'; status: number }
  | { kind: 'truncated' }
  | { kind: 'empty' }
  | { kind: 'redirect'; location: string }
  | { kind: 'reset-before-read' }
  | { kind: 'reset-after-read' }
  /** Reads the request and never answers; the connection stays open until the client lets it go. */
  | { kind: 'hang' }
  /**
   * An error status whose JSON body repeats the request's Authorization header, as some gateways do;
   * `escaped` writes it as PHP's json_encode does, `/` as `\/` and letters as `\u00XX` escapes.
   */
  | { kind: 'echo'; status: number; escaped?: boolean }
  /** A 200 JSON array of `bytes` bytes, with its Content-Length declared or (chunked) not. */
  | { kind: 'large'; bytes: number; declareLength: boolean }
  /** A 200 JSON body that never ends: chunks are written as fast as the client reads them. */
  | { kind: 'endless' };

export interface ReceivedRequest {
  method: string;
  /** The raw request target, as it arrived (not decoded). */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface FaultServer {
  url: string;
  /** Bytes written by `large` and `endless` answers so far. */
  bytesStreamed: number;
  /** Requests that were read, in order (a reset before reading leaves none). */
  received: ReceivedRequest[];
  /** Connections dropped before anything was read. */
  refusedBeforeRead: number;
  /** Queues the answers to the next requests; once they are used up, requests get `200 {"ok":true}`. */
  script(...faults: Fault[]): void;
  close(): Promise<void>;
}

export const OK_BODY = { ok: true };

export async function startFaultServer({ idleMs = 15_000, maxRequests = 500 } = {}): Promise<FaultServer> {
  const queue: Fault[] = [];
  const sockets = new Set<Socket>();
  let served = 0;
  let idleTimer: NodeJS.Timeout | undefined;

  const server = createServer((request, response) => {
    touch();
    served += 1;
    const fault =
      served > maxRequests
        ? ({ kind: 'json', status: 503, body: { message: 'fault server: request cap reached' } } as const)
        : queue.shift();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      state.received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      answer(fault, response);
    });
  });

  function answer(fault: Fault | undefined, response: import('node:http').ServerResponse): void {
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': 'application/json', Connection: 'close', ...headers });
      response.end(JSON.stringify(body));
    };
    switch (fault?.kind) {
      case undefined:
        return void json(200, OK_BODY);
      case 'json':
        return void json(fault.status, fault.body ?? { message: `fault server: ${fault.status}` }, fault.headers);
      case 'html':
        response.writeHead(fault.status, { 'Content-Type': 'text/html', Connection: 'close' });
        return void response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      case 'truncated':
        response.writeHead(200, { 'Content-Type': 'application/json', Connection: 'close' });
        return void response.end('{"result": [{"id": 1, "name": "Sal');
      case 'empty':
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '0', Connection: 'close' });
        return void response.end();
      case 'redirect':
        response.writeHead(302, { Location: fault.location, Connection: 'close' });
        return void response.end();
      case 'reset-after-read':
        return void response.socket?.destroy();
      case 'hang':
        return;
      case 'echo': {
        const body = JSON.stringify({
          message: `Unauthorized: header Authorization: ${response.req.headers.authorization ?? ''} was refused`,
          request: { headers: response.req.headers },
        });
        response.writeHead(fault.status, { 'Content-Type': 'application/json', Connection: 'close' });
        const phpEscape = (text: string) =>
          text.replaceAll('/', '\\/').replace(/[A-Z]/g, (letter) => `\\u00${letter.charCodeAt(0).toString(16)}`);
        return void response.end(fault.escaped ? phpEscape(body) : body);
      }
      case 'large': {
        // [ "xxxx...", ... ]: valid JSON of exactly `bytes` bytes, written in 64 KiB pieces.
        const piece = `"${'x'.repeat(65_534)}"`;
        const headers: Record<string, string> = { 'Content-Type': 'application/json', Connection: 'close' };
        if (fault.declareLength) headers['Content-Length'] = String(fault.bytes);
        response.writeHead(200, headers);
        let left = fault.bytes - 2;
        let first = true;
        response.write('[');
        const more = () => {
          while (left > 0 && !response.destroyed) {
            const next = left >= piece.length + 1 ? `${first ? ' ' : ','}${piece}` : ' '.repeat(left);
            first = false;
            left -= next.length;
            state.bytesStreamed += next.length;
            if (!response.write(next)) return void response.once('drain', more);
          }
          if (!response.destroyed) response.end(']');
        };
        return void more();
      }
      case 'endless': {
        response.writeHead(200, { 'Content-Type': 'application/json', Connection: 'close' });
        const chunk = `${' '.repeat(65_535)}\n`;
        response.write('[');
        const more = () => {
          while (!response.destroyed) {
            state.bytesStreamed += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', more);
          }
        };
        return void more();
      }
      case 'reset-before-read':
        throw new Error('unreachable: handled on connection');
    }
  }

  server.on('connection', (socket: Socket) => {
    touch();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (queue[0]?.kind === 'reset-before-read') {
      queue.shift();
      state.refusedBeforeRead += 1;
      socket.resetAndDestroy();
    }
  });

  function touch(): void {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void state.close(), idleMs);
    idleTimer.unref();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  touch();

  const state: FaultServer = {
    url: `http://127.0.0.1:${port}`,
    bytesStreamed: 0,
    received: [],
    refusedBeforeRead: 0,
    script: (...faults) => {
      queue.length = 0;
      queue.push(...faults);
    },
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(idleTimer);
        for (const socket of sockets) socket.destroy();
        if (!server.listening) return resolve();
        server.close(() => resolve());
      }),
  };
  return state;
}
