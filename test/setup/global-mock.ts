import type { TestProject } from 'vitest/node';
import { startMock } from '../../scripts/mock-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

/** One Prism for the whole run, with --errors so that invalid examples fail loudly as 500s. */
export default async function setup(project: TestProject) {
  // Prism starts in a few seconds on an idle machine; the bound is for a loaded one (test/support/timeouts.ts).
  const mock = await startMock({ errors: true, readyTimeoutMs: 120_000 });
  project.provide('mockUrl', mock.url);
  return async () => {
    await mock.stop();
  };
}
