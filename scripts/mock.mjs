#!/usr/bin/env node
// `npm start` / `npm run mock`: serves the whole description with Prism until Ctrl-C, SIGTERM or SIGINT,
// or until the process that started it goes away (npm runs this through `sh -c`: a process manager's
// SIGTERM to npm ends npm and the shell, but is never passed on to us, so we watch for our parent).
// PORT picks the port (default: 4010, or a free one if 4010 is taken, said plainly). Prism always refuses
// requests that break the description; MOCK_ERRORS=1 also makes it answer 500 where an example breaks its
// own schema.
import { startMock } from './mock-server.mjs';

const port = process.env.PORT ? Number(process.env.PORT) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(2);
}

const PREFERRED_PORT = 4010;
const mock = await startMock({
  port,
  preferredPort: PREFERRED_PORT,
  errors: process.env.MOCK_ERRORS === '1',
  inheritOutput: true,
});
if (port === undefined && mock.port !== PREFERRED_PORT) {
  console.log(
    `Port ${PREFERRED_PORT} is taken by another process (a mock still running?), so this mock answers on port ${mock.port} instead.`,
  );
}
console.log(`Workato Embedded API mock listening on ${mock.url}`);
console.log(`Try: curl -H 'Authorization: Bearer any-token' ${mock.url}/api/managed_users/98178/connections`);
console.log('Press Ctrl-C to stop.');

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  await mock.stop();
  console.log(`Mock stopped (${signal}).`);
  process.exit(0);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGHUP', () => shutdown('SIGHUP'));
// Re-parented: whoever started us (npm, its shell, a terminal) is gone.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown('parent exited');
}, 250).unref();
mock.exited.then(({ code }) => {
  if (!stopping) {
    console.error(`Prism stopped unexpectedly (exit code ${code}).`);
    process.exit(1);
  }
});
