// Every contract case, read from the files of this folder (one per tag folder of openapi/paths/): no
// list to keep by hand. contract.test.ts fails for an operation of the description without a case.
import { readdirSync } from 'node:fs';
import type { ContractCase } from '../harness.js';

const files = readdirSync(new URL('.', import.meta.url)).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
const modules: Array<Record<string, unknown>> = await Promise.all(
  files.map((name) => import(/* @vite-ignore */ `./${name.replace(/\.ts$/, '.js')}`)),
);

export const contractCases: ContractCase<any>[] = modules.flatMap((module) =>
  Object.values(module).flatMap((value) => (Array.isArray(value) ? (value as ContractCase<any>[]) : [])),
);
