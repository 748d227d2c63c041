export interface ProxyOptions {
  upstream: string;
  host: string;
  port: number;
  report?: string;
  document?: string;
  log?: (line: string) => void;
}

export interface DriftLine {
  operation: string;
  method: string;
  path: string;
  status: number;
  in: 'request' | 'response' | 'proxy';
  part: string;
  where: string;
  keyword: string;
  severity: string;
  expected: string;
  got?: string;
}

export interface DriftSummary {
  summary: true;
  exchanges: number;
  conforming: number;
  violations: number;
  operationsSeen: number;
  operationsConforming: number;
  operations: Array<{ operation: string; seen: number; conforming: number; statuses: Record<string, number> }>;
}

export class DriftReport {
  constructor(path?: string);
  lines: DriftLine[];
  summary(): DriftSummary;
  text(): string;
}

export interface RunningProxy {
  url: string;
  port: number;
  report: DriftReport;
  prismVersion: string;
  stop(): Promise<void>;
}

export function strictDocument<T>(document: T): T;
export function jsonType(value: unknown): string;
export function startProxy(options: ProxyOptions): Promise<RunningProxy>;
