#!/usr/bin/env node
// Builds everything in generated/ from the split description in openapi/:
//   openapi.yaml, openapi.json  the bundle (Redocly CLI), for other tools and generators
//   schema.d.ts                 TypeScript types (openapi-typescript), read by src/
//   metadata.ts                 the few facts the client needs at run time (servers, path parameter
//                               rules, rate limits, pagination), so that src/ keeps no second copy
// With --bundle-only it writes the two bundles only. With --check it builds everything into a temporary
// folder and fails if anything differs from generated/ (or from --generated-dir <dir>).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { projectRoot, runTool } from './run.mjs';

const redoclyConfig = parseYaml(readFileSync(join(projectRoot, 'redocly.yaml'), 'utf8'));
const api = redoclyConfig.apis.workato;
const dirFlag = process.argv.indexOf('--generated-dir');
const generatedDir =
  dirFlag > 0 ? resolve(process.argv[dirFlag + 1]) : dirname(resolve(projectRoot, api['x-openapi-ts'].output));
const FILES = ['openapi.yaml', 'openapi.json', 'schema.d.ts', 'metadata.ts'];

function redocly(args) {
  const run = runTool('redocly', args, { capture: true });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`redocly ${args.join(' ')} failed with exit code ${run.status}`);
  }
}

function bundle(outDir) {
  redocly(['bundle', 'workato', '--output', join(outDir, 'openapi.yaml')]);
  redocly(['bundle', 'workato', '--ext', 'json', '--output', join(outDir, 'openapi.json')]);
}

async function build(outDir) {
  bundle(outDir);
  const bundleUrl = pathToFileURL(join(outDir, 'openapi.yaml'));
  const types = astToString(
    await openapiTS(bundleUrl, {
      // A property with a default is optional to send; without this it would become required.
      defaultNonNullable: false,
      // Binary bodies (package zips) are bytes in JavaScript, not the strings openapi-typescript assumes.
      transform: (schema) => (schema.format === 'binary' ? BINARY_TYPE : undefined),
      silent: true,
    }),
  );
  writeFileSync(join(outDir, 'schema.d.ts'), `${COMMENT_HEADER}${types}`);
  const document = JSON.parse(readFileSync(join(outDir, 'openapi.json'), 'utf8'));
  writeFileSync(join(outDir, 'metadata.ts'), renderMetadata(document));
}

const BINARY_TYPE = ts.factory.createUnionTypeNode(
  ['Blob', 'ArrayBuffer', 'Uint8Array'].map((name) => ts.factory.createTypeReferenceNode(name)),
);

function resolveRef(document, node) {
  if (!node || typeof node.$ref !== 'string') return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((at, token) => at[token.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

function pathParameterRule(document, parameter) {
  const schema = resolveRef(document, parameter.schema);
  const rule = { type: schema.type };
  for (const key of ['pattern', 'minLength', 'minimum']) {
    if (schema[key] !== undefined) rule[key] = schema[key];
  }
  return rule;
}

const WINDOW_MS = { minute: 60_000, hour: 3_600_000 };

// The client ships this file, so it is kept small: routes are keyed by "METHOD template" with the
// customer prefix factored out, and path-parameter rules and rate-limit groups are stored once.
function renderMetadata(document) {
  const dataCenters = Object.fromEntries(document.servers.map((server) => [server['x-data-center'], server.url]));
  const rules = [];
  const ruleIndex = (rule) => {
    const key = JSON.stringify(rule);
    let index = rules.findIndex((known) => JSON.stringify(known) === key);
    if (index < 0) index = rules.push(rule) - 1;
    return index;
  };
  const groups = {};
  const routes = [];
  const pagination = [];
  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(pathItem)) {
      if (!operation || typeof operation !== 'object' || !operation.operationId) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const parameters = (operation.parameters ?? []).map((p) => resolveRef(document, p));
      const byName = new Map(parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
      const pathRules = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ruleIndex(pathParameterRule(document, byName.get(name))));
      const { group, limit, window } = operation['x-rate-limit'];
      if (group !== 'unknown') groups[group] = [limit, WINDOW_MS[window]];
      const requestBody = resolveRef(document, operation.requestBody);
      const mediaType = requestBody && Object.keys(requestBody.content)[0];
      const route = [group === 'unknown' ? 0 : group, pathRules];
      if (mediaType && mediaType !== 'application/json') route.push(mediaType);
      routes.push([key, route]);
      if (operation['x-pagination']) pagination.push([key, operation['x-pagination']]);
    }
  }
  const customerPrefix = '/api/managed_users/{managed_user_id}';
  const keyExpression = (key) => {
    const [method, path] = key.split(' ');
    return path.startsWith(`${customerPrefix}/`)
      ? `[\`${method} \${C}${path.slice(customerPrefix.length)}\`]`
      : JSON.stringify(key);
  };
  const entries = (list) => list.map(([key, value]) => `  ${keyExpression(key)}: ${JSON.stringify(value)},`);
  return [
    '// Generated by scripts/generate.mjs from openapi/. Do not edit: change the description and run',
    '// `npm run generate`.',
    '',
    `export const apiVersion = ${JSON.stringify(document.info.version)};`,
    '',
    `export const dataCenters = ${JSON.stringify(dataCenters, null, 2)} as const;`,
    '',
    '/** Schema facts of path parameters, referenced by index from `routes`. */',
    `export const pathRules = ${JSON.stringify(rules)} as const;`,
    '',
    '/** Documented rate-limit groups: [requests, window in milliseconds]. */',
    'export const rateLimitGroups = {',
    ...Object.entries(groups).map(([group, limit]) => `  ${JSON.stringify(group)}: ${JSON.stringify(limit)},`),
    '} as const;',
    '',
    `const C = ${JSON.stringify(customerPrefix)};`,
    '',
    '/**',
    ' * Every operation, keyed by "METHOD path template": [rate-limit group (0 where the docs give none),',
    ' * rule index of each path parameter in template order, request media type when it is not JSON].',
    ' */',
    'export const routes = {',
    ...entries(routes),
    '} as const;',
    '',
    '/** x-pagination of every paginated operation, keyed like `routes`. */',
    'export const pagination = {',
    ...entries(pagination),
    '} as const;',
    '',
  ].join('\n');
}

async function main() {
  const check = process.argv.includes('--check');
  if (process.argv.includes('--bundle-only')) {
    bundle(generatedDir);
    console.log('Bundled openapi/ into generated/openapi.yaml and generated/openapi.json');
    return;
  }
  if (!check) {
    await build(generatedDir);
    console.log(`Generated ${FILES.map((f) => relative(projectRoot, join(generatedDir, f))).join(', ')}`);
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'workato-generate-'));
  try {
    await build(scratch);
    const stale = FILES.filter((file) => {
      const committed = join(generatedDir, file);
      return !existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(join(scratch, file), 'utf8');
    });
    if (stale.length > 0) {
      console.error(`generated/ is stale: ${stale.join(', ')} would change. Run \`npm run generate\` and commit the result.`);
      process.exitCode = 1;
    } else {
      console.log(`generated/ is fresh (${FILES.length} files match a rebuild).`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
