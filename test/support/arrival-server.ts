// A fake Workato on loopback that only counts: it records when each request arrives (as the server sees
// it, which is what Workato's rate limits count; `/warm-up` is answered and not counted) and answers 200 with a small JSON body, or 429 with a
// Retry-After while told to throttle.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ArrivalServer {
  url: string;
  /** Arrival times (ms, Date.now() of this process) of the requests answered 200, in order. */
  arrivals: number[];
  /** Arrival times of every request, 429s included. */
  all: number[];
  /** Arrival times of the requests answered 429. */
  throttled: number[];
  /** Answers the next request 429 with `Retry-After: seconds`. */
  throttleNext(seconds: number): void;
  close(): Promise<void>;
}

export async function startArrivalServer(): Promise<ArrivalServer> {
  const arrivals: number[] = [];
  const all: number[] = [];
  const throttled: number[] = [];
  let throttle: number | undefined;
  const server: Server = createServer((request, response) => {
    const at = Date.now();
    if (request.url === '/warm-up') {
      request.resume();
      response.end('{}');
      return;
    }
    all.push(at);
    request.resume();
    request.on('end', () => {
      if (throttle !== undefined) {
        throttled.push(at);
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(throttle) });
        throttle = undefined;
        response.end('{"message":"Too many requests"}');
        return;
      }
      arrivals.push(at);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id":5,"name":"Jira"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    all,
    throttled,
    throttleNext(seconds) {
      throttle = seconds;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
