// A real redis-server for the tests of the Redis store, on a free loopback port, stopped when the test
// file ends or its process dies (test/support/redis-server.mjs watches its stdin for that).
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface RedisServer {
  port: number;
  /** Kills Redis (a crash: every key is lost); resolves once it is gone. */
  crash(): Promise<void>;
  /** Starts it again on the same port; resolves once it accepts connections. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const root = process.env.WORKATO_PROJECT_ROOT ?? join(import.meta.dirname, '..', '..');
  const child: ChildProcess = spawn(process.execPath, [join(root, 'test', 'support', 'redis-server.mjs'), String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let readyCount = 0;
  let onReady: (() => void) | undefined;
  child.stdout?.on('data', (chunk: Buffer) => {
    readyCount += (String(chunk).match(/^ready /gm) ?? []).length;
    onReady?.();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const readyAt = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (readyCount >= count) resolve();
      };
      onReady = check;
      exited.then(() => reject(new Error('redis-server exited before it was ready (is it installed?)')));
      check();
    });
  await readyAt(1);
  return {
    port,
    async crash() {
      child.kill('SIGUSR1');
      // Wait until the port is free again: Redis is gone.
      for (;;) {
        const refused = await new Promise<boolean>((resolve) => {
          const probe = createServer();
          probe.once('error', () => resolve(false));
          probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
        });
        if (refused) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async restart() {
      const next = readyCount + 1;
      child.kill('SIGUSR2');
      await readyAt(next);
    },
    async stop() {
      child.stdin?.end();
      await exited;
    },
  };
}
