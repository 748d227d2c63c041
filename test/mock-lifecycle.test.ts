// The mock must never outlive whoever started it: not the test run (even when vitest is killed), and
// not `npm start` after Ctrl-C.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../scripts/mock-server.mjs';

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

describe('mock lifecycle', () => {
  it('stops Prism when the process that started it is killed with SIGKILL', async () => {
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
  });

  it('npm start prints its URL and stops cleanly on Ctrl-C (SIGINT)', async () => {
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
  });

  it('npm start refuses a PORT that is not a port number', async () => {
    const mock = startAndWaitFor(['scripts/mock.mjs'], /never printed/, { PORT: 'eighty' });
    await expect(mock.line).rejects.toThrow(/PORT must be a port number/);
    expect(await mock.exited).toBe(2);
  });
});
