// Starts a Prism mock of generated/openapi.yaml through lifeline.mjs (so that it dies with whoever started
// it), waits until it listens, and stops it again. Used by `npm run mock` and by the tests' global setup.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const prismCli = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
const LOG_TAIL_LINES = 40;

/** Returns `preferred` if it is free on host, otherwise a port the OS reports free right now. */
export function freePort(host = '127.0.0.1', preferred = 0) {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error) => {
      if (preferred !== 0 && error.code === 'EADDRINUSE') resolvePort(freePort(host, 0));
      else reject(error);
    });
    server.listen(preferred, host, () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * @param {object} [options]
 * @param {number} [options.port] port to listen on; when omitted, preferredPort if free, else any free port
 * @param {number} [options.preferredPort]
 * @param {string} [options.host]
 * @param {boolean} [options.errors] answer 422/500 for requests and examples that break the description
 * @param {string} [options.document] description to serve
 * @param {string} [options.logLevel] Prism's log level
 * @param {number} [options.readyTimeoutMs] how long Prism may take to listen; 2 minutes by default, since a
 *   loaded machine (npm test runs Java, Go and tsc beside it) slows its start of a few seconds many times over
 * @param {boolean} [options.inheritOutput] print Prism's log instead of keeping only its tail
 */
export async function startMock(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host, options.preferredPort ?? 0));
  const document = options.document ?? join(projectRoot, 'generated', 'openapi.yaml');
  const args = ['mock', document, '--host', host, '--port', String(port), '--verboseLevel', options.logLevel ?? 'warn'];
  if (options.errors) args.push('--errors');

  const launcher = spawn(process.execPath, [join(projectRoot, 'scripts', 'lifeline.mjs'), prismCli, ...args], {
    cwd: projectRoot,
    stdio: ['pipe', options.inheritOutput ? 'inherit' : 'pipe', options.inheritOutput ? 'inherit' : 'pipe'],
  });
  const tail = [];
  const keep = (chunk) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - LOG_TAIL_LINES));
  };
  launcher.stdout?.on('data', keep);
  launcher.stderr?.on('data', keep);

  const exited = new Promise((resolveExit) => launcher.once('exit', (code, signal) => resolveExit({ code, signal })));
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const stop = async () => {
    if (launcher.exitCode !== null || launcher.signalCode !== null) return;
    launcher.stdin.end();
    const timer = setTimeout(() => launcher.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitUntilListening(host, port, exited, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- last lines of Prism's log ---\n${tail.join('\n')}`);
  }
  return { url, port, pid: launcher.pid, stop, exited, logTail: () => tail.join('\n') };
}

/** Resolves when something accepts TCP connections on host:port; Prism listens only once it is ready. */
function accepts(host, port) {
  return new Promise((resolveProbe) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolveProbe(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolveProbe(false);
    });
    socket.once('error', () => resolveProbe(false));
  });
}

async function waitUntilListening(host, port, exited, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exit;
  exited.then((value) => {
    exit = value;
  });
  while (Date.now() < deadline) {
    if (exit) throw new Error(`Prism exited before it was ready (code ${exit.code}, signal ${exit.signal})`);
    if (await accepts(host, port)) return;
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error(`Prism did not listen on ${host}:${port} within ${timeoutMs} ms`);
}
