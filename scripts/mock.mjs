#!/usr/bin/env node
// `npm start` / `npm run mock`: serves the whole description with Prism until Ctrl-C.
// PORT picks the port (default: 4010, or a free one if 4010 is taken). Prism always refuses requests that
// break the description; MOCK_ERRORS=1 also makes it answer 500 where an example breaks its own schema.
import { startMock } from './mock-server.mjs';

const port = process.env.PORT ? Number(process.env.PORT) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(2);
}

const mock = await startMock({ port, preferredPort: 4010, errors: process.env.MOCK_ERRORS === '1', inheritOutput: true });
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
mock.exited.then(({ code }) => {
  if (!stopping) {
    console.error(`Prism stopped unexpectedly (exit code ${code}).`);
    process.exit(1);
  }
});
