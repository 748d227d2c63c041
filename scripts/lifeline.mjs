#!/usr/bin/env node
// `node lifeline.mjs <node arguments...>` runs `node <node arguments...>` as a child and lives exactly as
// long as its own parent: when the parent's end of our stdin pipe closes (the parent exited, crashed or
// was killed with SIGKILL), the child gets SIGTERM, then SIGKILL if it lingers. A plain spawn would
// outlive a killed parent, and a Prism child would keep holding its port. SIGINT, SIGTERM and SIGHUP
// sent to us are passed on to the child; we exit with the child's exit code.
import { spawn } from 'node:child_process';

const child = spawn(process.execPath, process.argv.slice(2), { stdio: ['ignore', 'inherit', 'inherit'] });

function killSoon(signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  setTimeout(() => child.kill('SIGKILL'), 3000).unref();
}

const parentGone = () => killSoon('SIGTERM');
process.stdin.on('end', parentGone);
process.stdin.on('close', parentGone);
process.stdin.on('error', parentGone);
process.stdin.resume();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => killSoon(signal));

child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
