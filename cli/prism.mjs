// Finds Prism, which the package declares as an optional peer dependency: the client never needs it, the
// `mock` and `proxy` commands do. A missing Prism gets a message saying what to install, not a stack trace.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PRISM_RANGE = '5.14.2';

/** The paths of Prism's CLI and its HTTP library, resolved from the user's project (or this package). */
export function findPrism() {
  const require = createRequire(join(packageRoot, 'package.json'));
  let cliManifest;
  try {
    cliManifest = require.resolve('@stoplight/prism-cli/package.json');
  } catch {
    throw new Error(
      `the mock and the proxy need Prism, an optional peer dependency of workato-embedded-api: ` +
        `npm install --save-dev @stoplight/prism-cli@${PRISM_RANGE}`,
    );
  }
  const fromCli = createRequire(cliManifest);
  return {
    version: fromCli('./package.json').version,
    cli: join(dirname(cliManifest), 'dist', 'index.js'),
    http: () => fromCli(fromCli.resolve('@stoplight/prism-http')),
  };
}
