#!/usr/bin/env node
// `npm run readme`: keeps README.md in step with what it shows. The code between `<!-- example: NAME -->`
// and `<!-- /example -->` is examples/NAME.ts (type-checked by `npm run typecheck`); the table between
// `<!-- coverage -->` and `<!-- /coverage -->` is counted from the bundle. With --check it changes nothing
// and fails when README.md is out of step.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { operationsOf } from './bundle-document.mjs';
import { projectRoot } from './run.mjs';

const readmePath = join(projectRoot, 'README.md');

/** The source of one example, as the README and the docs portal show it. */
export function exampleSource(name) {
  return readFileSync(join(projectRoot, 'examples', `${name}.ts`), 'utf8').trimEnd();
}

function count(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

/** The coverage table: operations, provenance, rate limits, pagination and deprecations. */
export function coverageTable(document) {
  const operations = operationsOf(document).map(({ operation }) => operation);
  const limited = operations.filter((operation) => operation['x-rate-limit'].group !== 'unknown');
  const groups = count(limited.map((operation) => operation['x-rate-limit'].group));
  const rows = [
    ['operations', String(operations.length)],
    [
      'provenance',
      count(operations.map((operation) => operation['x-provenance'].confidence))
        .map(([k, n]) => `\`${k}\` ${n}`)
        .join(', '),
    ],
    ['verified against a current page', String(operations.filter((operation) => operation['x-provenance'].verified).length)],
    [
      'rate limits',
      `${limited.length} operations in ${groups.length} documented groups; ${operations.length - limited.length} with no documented figure (\`unknown\`)`,
    ],
    [
      'rate-limit windows',
      count(limited.map((operation) => `${operation['x-rate-limit'].limit} per ${operation['x-rate-limit'].window}`))
        .map(([k, n]) => `${k}: ${n}`)
        .join('; '),
    ],
    [
      'rate-limit groups',
      [...new Map(limited.map((operation) => [operation['x-rate-limit'].group, operation['x-rate-limit']])).values()]
        .sort((a, b) => a.group.localeCompare(b.group))
        .map(({ group, limit, window }) => `\`${group}\` ${limit}/${window}`)
        .join(', '),
    ],
    [
      'pagination styles',
      count(operations.filter((operation) => operation['x-pagination']).map((operation) => operation['x-pagination'].style))
        .map(([k, n]) => `\`${k}\` ${n}`)
        .join(', '),
    ],
    ['deprecated', String(operations.filter((operation) => operation.deprecated).length)],
    [
      'source decisions recorded',
      String(operations.reduce((sum, operation) => sum + (operation['x-source-decisions']?.length ?? 0), 0)),
    ],
  ];
  return ['| what | count |', '| --- | --- |', ...rows.map(([what, value]) => `| ${what} | ${value} |`)].join('\n');
}

export function renderReadme(text, document) {
  const withExamples = text.replace(
    /<!-- example: ([\w-]+) -->\n[\s\S]*?<!-- \/example -->/g,
    (_match, name) => `<!-- example: ${name} -->\n\`\`\`ts\n${exampleSource(name)}\n\`\`\`\n<!-- /example -->`,
  );
  return withExamples.replace(
    /<!-- coverage -->\n[\s\S]*?<!-- \/coverage -->/,
    `<!-- coverage -->\n${coverageTable(document)}\n<!-- /coverage -->`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const document = JSON.parse(readFileSync(join(projectRoot, 'generated', 'openapi.json'), 'utf8'));
  const current = readFileSync(readmePath, 'utf8');
  const rendered = renderReadme(current, document);
  if (process.argv.includes('--check')) {
    if (rendered !== current) {
      console.error('README.md is out of step with examples/ or the description: run `npm run readme` and commit it.');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(readmePath, rendered);
  }
}
