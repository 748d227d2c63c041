export interface MockOptions {
  port?: number;
  preferredPort?: number;
  host?: string;
  errors?: boolean;
  document?: string;
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  readyTimeoutMs?: number;
  inheritOutput?: boolean;
}

export interface RunningMock {
  url: string;
  port: number;
  pid: number | undefined;
  stop(): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  logTail(): string;
}

export function freePort(host?: string, preferred?: number): Promise<number>;
export function startMock(options?: MockOptions): Promise<RunningMock>;
