#!/usr/bin/env node
// Builds everything in generated/ from the split description in openapi/:
//   openapi.yaml, openapi.json  the bundle (Redocly CLI), for other tools and generators
//   schema.d.ts                 TypeScript types (openapi-typescript), read by src/
//   metadata.ts                 the few facts the client needs at run time (servers, path parameter
//                               rules, rate limits, pagination), so that src/ keeps no second copy
//   api-surface.json            the operationIds and schema names, the names generated clients are
//                               built from: a rename shows in review, and the breaking-change gate
//                               (scripts/check-breaking.mjs) refuses it without a major version
// With --bundle-only it writes the two bundles only. With --check it builds everything into a temporary
// folder and fails if anything differs from generated/ (or from --generated-dir <dir>).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { operationsOf, resolveRef } from './bundle-document.mjs';
import { apiSurface } from './check-breaking.mjs';
import { projectRoot, runTool } from './run.mjs';

const redoclyConfig = parseYaml(readFileSync(join(projectRoot, 'redocly.yaml'), 'utf8'));
const api = redoclyConfig.apis.workato;
const dirFlag = process.argv.indexOf('--generated-dir');
const generatedDir =
  dirFlag > 0 ? resolve(process.argv[dirFlag + 1]) : dirname(resolve(projectRoot, api['x-openapi-ts'].output));
const FILES = ['openapi.yaml', 'openapi.json', 'schema.d.ts', 'metadata.ts', 'api-surface.json'];

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
  writeFileSync(join(outDir, 'api-surface.json'), `${JSON.stringify(apiSurface(document), null, 2)}\n`);
}

const BINARY_TYPE = ts.factory.createUnionTypeNode(
  ['Blob', 'ArrayBuffer', 'Uint8Array'].map((name) => ts.factory.createTypeReferenceNode(name)),
);

function pathParameterRule(document, parameter) {
  const schema = resolveRef(document, parameter.schema);
  const rule = { type: schema.type };
  for (const key of ['pattern', 'minLength', 'minimum']) {
    if (schema[key] !== undefined) rule[key] = schema[key];
  }
  return rule;
}

const WINDOW_MS = { second: 1_000, minute: 60_000, hour: 3_600_000 };

function compactPagination(key, p) {
  if (p.style === 'page') {
    if (p.pageParameter !== 'page' || p.sizeParameter !== 'per_page') throw new Error(`${key}: paging parameters other than page/per_page`);
    return [p.itemsField, p.firstPage, p.maxPageSize, ...(p.totalField ? [p.totalField] : [])];
  }
  if (p.sizeParameter !== undefined && p.sizeParameter !== 'per_page') throw new Error(`${key}: size parameter other than per_page`);
  return [p.itemsField, p.cursorParameter, p.cursorField, p.cursorFrom, ...(p.maxPageSize ? [p.maxPageSize] : [])];
}

// The client ships this file, so it is kept small: the customer prefix of paths is factored out, path
// parameter rules are stored once per parameter name (the generator refuses names with two rules), only
// routes with a documented rate limit or a non-JSON body are listed, and pagination is a tuple.
function renderMetadata(document) {
  const dataCenters = Object.fromEntries(document.servers.map((server) => [server['x-data-center'], server.url]));
  const pathParameters = {};
  const groups = {};
  const limited = [];
  const uploads = [];
  const pagination = [];
  for (const { path, method, operation } of operationsOf(document)) {
    const key = `${method.toUpperCase()} ${path}`;
    for (const parameter of (operation.parameters ?? []).map((p) => resolveRef(document, p))) {
      if (parameter.in !== 'path') continue;
      const rule = pathParameterRule(document, parameter);
      const known = pathParameters[parameter.name];
      if (known && JSON.stringify(known) !== JSON.stringify(rule)) {
        throw new Error(`Path parameter ${parameter.name} has two different schemas; the client keys rules by name.`);
      }
      pathParameters[parameter.name] = rule;
    }
    const { group, limit, window } = operation['x-rate-limit'];
    if (group !== 'unknown') {
      groups[group] = [limit, WINDOW_MS[window]];
      limited.push([key, group]);
    }
    const requestBody = resolveRef(document, operation.requestBody);
    const mediaType = requestBody && Object.keys(requestBody.content)[0];
    if (mediaType && mediaType !== 'application/json') uploads.push([key, mediaType]);
    if (operation['x-pagination']) pagination.push([key, compactPagination(key, operation['x-pagination'])]);
  }
  // Route keys as the client computes them (routeKey in the emitted file): "METHOD path", without the
  // leading /api and with parameter names dropped ({}), the customer prefix written as ${C}.
  const customer = '/managed_users/{}';
  const keyExpression = (key) => {
    const [method, path] = key.split(' ');
    const short = path.slice(4).replace(/\{[^}]*\}/g, '{}');
    return short.startsWith(`${customer}/`) ? `[\`${method} \${C}${short.slice(customer.length)}\`]` : JSON.stringify(`${method} ${short}`);
  };
  const fullPrefix = '/api/managed_users/{managed_user_id}';
  const fullKeyExpression = (key) => {
    const [method, path] = key.split(' ');
    return path.startsWith(`${fullPrefix}/`) ? `[\`${method} \${P}${path.slice(fullPrefix.length)}\`]` : JSON.stringify(key);
  };
  for (const list of [limited, uploads]) {
    const keys = list.map(([key]) => keyExpression(key));
    if (new Set(keys).size !== keys.length) throw new Error('Two operations share a route key; routeKey needs the parameter names.');
  }
  const groupNames = Object.keys(groups);
  const entries = (list) => list.map(([key, value]) => `  ${keyExpression(key)}: ${JSON.stringify(value)},`);
  return [
    '// Generated by scripts/generate.mjs from openapi/. Do not edit: change the description and run',
    '// `npm run generate`.',
    '',
    `export const apiVersion = ${JSON.stringify(document.info.version)};`,
    '',
    `export const dataCenters = ${JSON.stringify(dataCenters, null, 2)} as const;`,
    '',
    '/** Schema facts of every path parameter, by name. */',
    'export const pathParameters = {',
    ...Object.entries(pathParameters).map(([name, rule]) => `  ${name}: ${JSON.stringify(rule)},`),
    '} as const;',
    '',
    '/** Documented rate-limit groups: [requests, window in milliseconds]. */',
    'export const rateLimitGroups = {',
    ...Object.entries(groups).map(([group, limit]) => `  ${JSON.stringify(group)}: ${JSON.stringify(limit)},`),
    '} as const;',
    '',
    '/** The key of an operation in the tables below: "GET /managed_users/{}/connections" for listConnections. */',
    'export function routeKey(method: string, template: string): string {',
    "  return `${method} ${template.slice(4).replace(/\\{[^}]*\\}/g, '{}')}`;",
    '}',
    '',
    `const C = ${JSON.stringify(customer)};`,
    `const P = ${JSON.stringify(fullPrefix)};`,
    'const G = Object.keys(rateLimitGroups) as Array<keyof typeof rateLimitGroups>;',
    '',
    '/** The rate-limit group of every operation that has a documented one, by routeKey. */',
    'export const rateLimitedRoutes: Readonly<Record<string, keyof typeof rateLimitGroups>> = {',
    ...limited.map(([key, group]) => `  ${keyExpression(key)}: G[${groupNames.indexOf(group)}]!,`),
    '};',
    '',
    '/** Request media types other than JSON, by routeKey. */',
    'export const uploadMediaTypes: Readonly<Record<string, string>> = {',
    ...entries(uploads),
    '};',
    '',
    '/**',
    ' * x-pagination of every paginated operation, by "GET <path template>", as a tuple. Numbered pages',
    ' * (`page`, `per_page`): [itemsField, firstPage, maxPageSize, totalField?]. Cursors: [itemsField,',
    ' * cursorParameter, cursorField, cursorFrom, maxPageSize of `per_page` if it has one].',
    ' */',
    'export const pagination = {',
    ...pagination.map(([key, value]) => `  ${fullKeyExpression(key)}: ${JSON.stringify(value)},`),
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
