// `workato-embedded-api mock`: Prism serving the packaged description, behind a thin front on the port the
// user asked for. The front passes every exchange through byte for byte, except one: when a `Prefer` header
// names a status or an example the operation does not have, Prism answers 404, which a client cannot tell
// from an API 404 ("customer not found"). The front turns that answer into a 501 whose body and
// `x-workato-mock-error` header say that the mock, not the API, refused.
import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { findPrism, packageRoot } from './prism.mjs';

export const PREFER_ERROR_TYPE = 'urn:workato-embedded-api:mock:prefer-not-in-description';

function freePort(host) {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function accepts(host, port) {
  return new Promise((resolveProbe) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => resolveProbe(true) || socket.destroy());
    socket.once('timeout', () => resolveProbe(false) || socket.destroy());
    socket.once('error', () => resolveProbe(false));
  });
}

/** Answers a Prism 404 NOT_FOUND (a `Prefer` the description cannot satisfy) as the mock's own 501. */
function preferError(problem, prefer) {
  return {
    type: PREFER_ERROR_TYPE,
    title: 'The mock has no response for this Prefer header',
    status: 501,
    detail: `${problem.detail ?? 'No such response.'} (Prefer: ${prefer}). This answer comes from the workato-embedded-api mock, not from the Workato API.`,
  };
}

/**
 * @param {{ host: string, port: number, dynamic?: boolean, logLevel?: string, document?: string,
 *   readyTimeoutMs?: number, log?: (line: string) => void }} options
 */
export async function startMockCommand(options) {
  const prism = findPrism();
  const prismHost = '127.0.0.1';
  const prismPort = await freePort(prismHost);
  const front = createServer((incoming, outgoing) => {
    const upstream = request(
      { host: prismHost, port: prismPort, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        const isPrismNotFound =
          answer.statusCode === 404 && String(answer.headers['content-type']).startsWith('application/problem+json');
        if (!isPrismNotFound) {
          outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
          answer.pipe(outgoing);
          return;
        }
        const chunks = [];
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.on('end', () => {
          const raw = Buffer.concat(chunks);
          let problem;
          try {
            problem = JSON.parse(raw.toString('utf8'));
          } catch {
            problem = undefined;
          }
          if (problem?.type === 'https://stoplight.io/prism/errors#NOT_FOUND') {
            const body = JSON.stringify(preferError(problem, incoming.headers.prefer ?? ''));
            outgoing.writeHead(501, {
              'content-type': 'application/problem+json',
              'content-length': Buffer.byteLength(body),
              'x-workato-mock-error': 'prefer-not-in-description',
            });
            outgoing.end(body);
          } else {
            outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
            outgoing.end(raw);
          }
        });
      },
    );
    upstream.on('error', (error) => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(`workato-embedded-api mock: Prism did not answer (${error.message})\n`);
    });
    incoming.pipe(upstream);
  });
  await new Promise((resolveListen, reject) => {
    front.once('error', reject);
    front.listen(options.port, options.host, resolveListen);
  });
  const { port } = front.address();
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;

  const document = options.document ?? join(packageRoot, 'generated', 'openapi.yaml');
  const args = ['mock', document, '--host', prismHost, '--port', String(prismPort)];
  args.push('--verboseLevel', options.logLevel ?? 'info');
  if (options.dynamic) args.push('--dynamic');
  // lifeline: Prism dies with this process, however it ends.
  const child = spawn(process.execPath, [join(packageRoot, 'scripts', 'lifeline.mjs'), prism.cli, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // Prism's log names its own, private address; the user knows only the front's.
  const relabel = (into) => (chunk) => into.write(chunk.toString().split(`http://${prismHost}:${prismPort}`).join(url));
  child.stdout.on('data', relabel(process.stdout));
  child.stderr.on('data', relabel(process.stderr));
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  let exit;
  exited.then((value) => {
    exit = value;
  });
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (!(await accepts(prismHost, prismPort))) {
    if (exit) {
      front.close();
      throw new Error(`Prism exited before it was ready (code ${exit.code})`);
    }
    if (Date.now() > deadline) {
      child.stdin.end();
      front.close();
      throw new Error(`Prism did not listen within ${options.readyTimeoutMs ?? 60_000} ms`);
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }

  const stop = async () => {
    const closed = new Promise((resolveClose) => front.close(() => resolveClose()));
    front.closeAllConnections();
    await closed;
    if (!exit) {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  return { url, port, prismVersion: prism.version, stop, exited };
}
