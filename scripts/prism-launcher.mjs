#!/usr/bin/env node
// Runs Prism as a child and lives exactly as long as its own parent: when the parent's end of our stdin
// pipe closes (the parent exited, crashed or was killed with SIGKILL), Prism is stopped and we exit.
// A plain spawn of Prism would outlive a killed parent and keep holding its port.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');

const prism = spawn(process.execPath, [prismCli, ...process.argv.slice(2)], {
  stdio: ['ignore', 'inherit', 'inherit'],
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  prism.kill('SIGTERM');
  // Prism normally exits at once; never let a stuck child keep the port.
  setTimeout(() => prism.kill('SIGKILL'), 2000).unref();
}

process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.on('error', stop);
process.stdin.resume();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);

prism.on('exit', (code, signal) => {
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
