// Starts worker processes (test/support/redis-worker.ts, compiled once) and collects their summaries.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { WorkerConfig } from './redis-worker.js';

export interface WorkerSummary {
  outcomes: Record<string, number>;
  longestMs: number;
  storeErrors: number;
  exitCode: number | null;
}

// The benchmark runs a compiled copy of this module elsewhere and says where the project is.
const root = process.env.WORKATO_PROJECT_ROOT ?? join(import.meta.dirname, '..', '..');
let compiled: Promise<string> | undefined;

function compileWorker(): Promise<string> {
  compiled ??= (async () => {
    // Inside the project, so that the bundle finds ioredis in node_modules.
    const outfile = join(root, 'test-results', 'redis-worker.mjs');
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await esbuild.build({
      entryPoints: [join(root, 'test', 'support', 'redis-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['ioredis'],
      outfile,
      logLevel: 'warning',
    });
    return outfile;
  })();
  return compiled;
}

/** Runs `count` workers side by side; each is killed if it outlives its duration by `graceMs`. */
export async function runWorkers(count: number, config: WorkerConfig, graceMs = 30_000): Promise<WorkerSummary[]> {
  const bundle = await compileWorker();
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<WorkerSummary>((resolve) => {
          const child = spawn(process.execPath, [bundle, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          const killer = setTimeout(() => child.kill('SIGKILL'), config.durationMs + graceMs);
          child.on('exit', (exitCode) => {
            clearTimeout(killer);
            const line = output.trim().split('\n').at(-1) ?? '';
            const summary = line.startsWith('{') ? JSON.parse(line) : { outcomes: {}, longestMs: -1, storeErrors: -1 };
            resolve({ ...summary, exitCode });
          });
        }),
    ),
  );
}
