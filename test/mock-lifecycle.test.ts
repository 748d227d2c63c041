// The mock must never outlive whoever started it: not the test run (even when vitest is killed), and
// not `npm start` after Ctrl-C.
import { spawn } from 'node:child_process';
import { connect, createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../scripts/mock-server.mjs';
import { SPAWN_TIMEOUT_MS } from './support/timeouts.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const lifeline = fileURLToPath(new URL('../scripts/lifeline.mjs', import.meta.url));

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function eventually(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((wake) => setTimeout(wake, 100));
  }
  return condition();
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `node <args>` under lifeline.mjs, so that it cannot outlive this test run even if vitest is
 * killed, and resolves with the first output matching `pattern`. Signals sent to the returned child
 * reach the process itself.
 */
function startAndWaitFor(args: string[], pattern: RegExp, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [lifeline, ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const line = new Promise<RegExpMatchArray>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) resolve(match);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${pattern}:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, line, exited, output: () => output };
}

const npmCli = process.env.npm_execpath;

/**
 * `npm start` as a process manager runs it: npm itself is the process that gets the signal. In its own
 * process group, so that the cleanup can reach whatever is left if the test fails.
 */
function npmStart(env: Record<string, string>) {
  const [command, args] = npmCli?.endsWith('.js') ? [process.execPath, [npmCli, 'start']] : ['npm', ['start']];
  const child = spawn(command, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const line = new Promise<RegExpMatchArray>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (match) resolve(match);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanup = () => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return { child, line, exited, cleanup, output: () => output };
}

describe('npm start under a process manager', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s to the npm process stops the mock, its lifeline and Prism',
    async (signal) => {
      const port = await freePort();
      const started = npmStart({ PORT: String(port) });
      try {
        await started.line;
        expect(await listening(port)).toBe(true);
        process.kill(started.child.pid as number, signal);
        await started.exited;
        expect(await eventually(async () => !(await listening(port)), 15_000)).toBe(true);
        // Nothing of the group is left: npm, the shell, the mock script, the lifeline and Prism.
        expect(await eventually(async () => !groupAlive(started.child.pid as number), 15_000)).toBe(true);
      } finally {
        started.cleanup();
      }
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'says plainly when 4010 is taken and which port answers instead',
    async () => {
      // Hold 4010 for the test (or find it held by another process already: taken either way).
      const holder: Server | undefined = await new Promise((resolve) => {
        const server = createServer();
        server.once('error', () => resolve(undefined));
        server.listen(4010, '127.0.0.1', () => resolve(server));
      });
      const started = npmStart({ PORT: '' });
      try {
        const [, port] = await started.line;
        expect(Number(port)).not.toBe(4010);
        expect(started.output()).toContain(
          `Port 4010 is taken by another process (a mock still running?), so this mock answers on port ${port} instead.`,
        );
        process.kill(started.child.pid as number, 'SIGTERM');
        await started.exited;
        expect(await eventually(async () => !(await listening(Number(port))), 15_000)).toBe(true);
      } finally {
        started.cleanup();
        holder?.close();
      }
    },
    SPAWN_TIMEOUT_MS,
  );
});

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('mock lifecycle', () => {
  it(
    'stops Prism when the process that started it is killed with SIGKILL',
    async () => {
      const owner = startAndWaitFor(
        [
          '--input-type=module',
          '-e',
          `import { startMock } from './scripts/mock-server.mjs';
         const mock = await startMock();
         console.log('READY ' + mock.port + ' ' + mock.pid + ' ' + process.pid);
         setInterval(() => {}, 1000);`,
        ],
        /READY (\d+) (\d+) (\d+)/,
      );
      const [, port, launcherPid, ownerPid] = await owner.line;
      expect(await listening(Number(port))).toBe(true);

      process.kill(Number(ownerPid), 'SIGKILL');
      await owner.exited;

      expect(await eventually(async () => !(await listening(Number(port))), 10_000)).toBe(true);
      expect(await eventually(async () => !processAlive(Number(launcherPid)), 10_000)).toBe(true);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'npm start prints its URL and stops cleanly on Ctrl-C (SIGINT)',
    async () => {
      const port = await freePort();
      const mock = startAndWaitFor(['scripts/mock.mjs'], /listening on (http:\/\/127\.0\.0\.1:(\d+))/, { PORT: String(port) });
      const [, url] = await mock.line;
      expect(url).toBe(`http://127.0.0.1:${port}`);

      const answer = await fetch(`${url}/api/integrations/all?per_page=1`, { headers: { Authorization: 'Bearer token' } });
      expect(answer.status).toBe(200);

      mock.child.kill('SIGINT');
      expect(await mock.exited).toBe(0);
      expect(mock.output()).toMatch(/Mock stopped \(SIGINT\)/);
      expect(await listening(port)).toBe(false);
    },
    SPAWN_TIMEOUT_MS,
  );

  it('npm start refuses a PORT that is not a port number', async () => {
    const mock = startAndWaitFor(['scripts/mock.mjs'], /never printed/, { PORT: 'eighty' });
    await expect(mock.line).rejects.toThrow(/PORT must be a port number/);
    expect(await mock.exited).toBe(2);
  });
});
