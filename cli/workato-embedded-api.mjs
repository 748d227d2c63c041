#!/usr/bin/env node
// The package's command: `npx workato-embedded-api mock` serves a mock of the whole API, `proxy` checks
// real traffic against the description and writes a drift report. Both need Prism, an optional peer
// dependency (`npm install --save-dev @stoplight/prism-cli@5.14.2`). Arguments are parsed by node:util's
// parseArgs: strict, so an unknown or malformed option is refused with its name before anything starts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from './prism.mjs';

const HELP = {
  main: `Usage: workato-embedded-api <command> [options]

Commands:
  mock    serve a mock of the Workato Embedded Partner API (Prism, the description's examples)
  proxy   forward requests to Workato (or any upstream) unchanged, check them and their answers
          against the description, and write a drift report

Run "workato-embedded-api <command> --help" for a command's options.
Both commands need Prism: npm install --save-dev @stoplight/prism-cli@5.14.2`,
  mock: `Usage: workato-embedded-api mock [options]

Serves every operation of the description from its examples until Ctrl-C (or SIGTERM).
Requests that break the description are refused (422, 401). A Prefer header picks a response:
"Prefer: code=404", "Prefer: example=<name>"; one the operation does not have is answered 501
with the header x-workato-mock-error, never a 404 a client could take for the API's.

Options:
  --port <n>         port to listen on (default 4010; 0 for any free port)
  --host <address>   address to listen on (default 127.0.0.1)
  --dynamic          generate responses from the schemas instead of the examples
  --log-level <l>    Prism's log: trace, debug, info (default: one line per request), warn, error, silent
  -h, --help         this help`,
  proxy: `Usage: workato-embedded-api proxy --upstream <url | data center> [options]

Listens like the API; point your client's baseUrl at it. Every request is forwarded unchanged, every
answer comes back unchanged; each exchange is checked against the description (Prism's validator, with
objects closed so that undocumented fields show). The drift report (JSON Lines) gets one line per
violation and a summary line, rewritten after every exchange. It holds no token, header, path
parameter or body value: only operation names, locations, keys and JSON types. Attach it to an issue.

Options:
  --upstream <u>     https URL, or a data center: us, eu, jp, sg, au, il (required)
  --port <n>         port to listen on (default 4011; 0 for any free port)
  --host <address>   address to listen on (default 127.0.0.1)
  --report <file>    drift report to write (default workato-drift-report.jsonl)
  --quiet            no line per request on stderr
  -h, --help         this help`,
};

const OPTIONS = {
  mock: {
    port: { type: 'string' },
    host: { type: 'string' },
    dynamic: { type: 'boolean' },
    'log-level': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  proxy: {
    upstream: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    report: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
};
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

class UsageError extends Error {}

function portOf(value, fallback) {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port must be a port number (0-65535), not "${value}"`);
  return port;
}

function upstreamOf(value) {
  if (value === undefined) throw new UsageError('proxy needs --upstream: an https URL or a data center (us, eu, jp, sg, au, il)');
  const { servers } = JSON.parse(readFileSync(join(packageRoot, 'generated', 'openapi.json'), 'utf8'));
  const server = servers.find((candidate) => candidate['x-data-center'] === value);
  if (server) return server.url;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `--upstream must be an http(s) URL or one of ${servers.map((s) => s['x-data-center']).join(', ')}, not "${value}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--upstream must be http(s), not "${url.protocol}"`);
  return url.href;
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP.main);
    return;
  }
  if (command === '--version') {
    console.log(JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version);
    return;
  }
  if (!(command in OPTIONS)) throw new UsageError(`unknown command "${command}"; use mock or proxy (--help lists them)`);
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: OPTIONS[command], strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (values.help) {
    console.log(HELP[command]);
    return;
  }
  const host = values.host ?? '127.0.0.1';
  let running;
  let stopping = false;
  if (command === 'mock') {
    const logLevel = values['log-level'] ?? 'info';
    if (!LOG_LEVELS.includes(logLevel))
      throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}"`);
    const port = portOf(values.port, 4010);
    const { startMockCommand } = await import('./mock.mjs');
    running = await startMockCommand({ host, port, dynamic: values.dynamic ?? false, logLevel });
    console.log(`Workato Embedded API mock (Prism ${running.prismVersion}) listening on ${running.url}`);
    running.exited.then(({ code }) => {
      if (!stopping) {
        console.error(`Prism stopped unexpectedly (exit code ${code}).`);
        process.exit(1);
      }
    });
  } else {
    const upstream = upstreamOf(values.upstream);
    const port = portOf(values.port, 4011);
    const report = values.report ?? 'workato-drift-report.jsonl';
    const { startProxy } = await import('./proxy.mjs');
    running = await startProxy({
      upstream,
      host,
      port,
      report,
      log: values.quiet ? undefined : (line) => console.error(line),
    });
    console.log(`Workato Embedded API validating proxy listening on ${running.url}, forwarding to ${upstream}`);
    console.log(`Drift report: ${report}`);
  }
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    await running.stop();
    console.log(`Stopped (${signal}).`);
    process.exit(0);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`workato-embedded-api: ${error.message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
