#!/usr/bin/env node
// `node redis-server.mjs <port>`: runs Debian's redis-server on 127.0.0.1:<port>, in memory only (no
// RDB, no AOF, so a restart loses every key, the worst case), and lives exactly as long as its parent:
// when the parent's end of our stdin pipe closes (it exited, crashed or was killed with SIGKILL), Redis
// is killed too, so no test run leaves a server behind. Prints `ready <port>` each time Redis accepts
// connections. SIGUSR1 kills Redis (a crash), SIGUSR2 starts it again on the same port.
import { spawn } from 'node:child_process';

const port = process.argv[2];
if (!/^\d+$/.test(port ?? '')) {
  console.error('usage: redis-server.mjs <port>');
  process.exit(2);
}
let redis;
let stopping = false;

function start() {
  redis = spawn(
    'redis-server',
    ['--port', port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let seen = '';
  redis.stdout.on('data', (chunk) => {
    if (seen === undefined) return;
    seen += chunk;
    if (seen.includes('Ready to accept connections')) {
      seen = undefined;
      console.log(`ready ${port}`);
    }
  });
  redis.on('error', (error) => {
    console.error(`redis-server could not start: ${error.message} (apt-get install -y redis-server)`);
    process.exit(1);
  });
  const current = redis;
  redis.on('exit', (code, signal) => {
    if (stopping) process.exit(0);
    if (redis === current && signal !== 'SIGKILL') {
      console.error(`redis-server exited (${code ?? signal})`);
      process.exit(1);
    }
  });
}

function stop() {
  stopping = true;
  if (!redis || redis.exitCode !== null || redis.signalCode !== null) process.exit(0);
  redis.kill('SIGKILL');
}

process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.on('error', stop);
process.stdin.resume();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
process.on('SIGUSR1', () => redis?.kill('SIGKILL'));
process.on('SIGUSR2', () => {
  if (redis && redis.exitCode === null && redis.signalCode === null) return;
  start();
});
start();
