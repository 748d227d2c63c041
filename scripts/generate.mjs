#!/usr/bin/env node
// Builds everything in generated/ from the split description in openapi/:
//   openapi.yaml, openapi.json  the bundle (Redocly CLI), for other tools and generators
//   schema.d.ts                 TypeScript types (openapi-typescript), read by src/
//   metadata.ts                 plain data of the facts the client needs at run time (servers, path
//                               parameter rules, rate limits, pagination), so that src/ keeps no second copy
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
const generatedDir = dirFlag > 0 ? resolve(process.argv[dirFlag + 1]) : dirname(resolve(projectRoot, api['x-openapi-ts'].output));
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

/**
 * The facts the client acts on at run time, as plain data: servers, path-parameter rules, rate-limit
 * groups, and per operation (keyed by "METHOD /path/template" exactly as the description writes it) its
 * rate-limit group, a request media type other than JSON, and its x-pagination as written.
 * src/operation-facts.ts reads it; nothing here is code.
 */
function metadataOf(document) {
  const dataCenters = Object.fromEntries(document.servers.map((server) => [server['x-data-center'], server.url]));
  // Path-parameter rules are few and shared by many operations: stored once, referred to by index.
  const pathParameterRules = [];
  const ruleIndex = (rule) => {
    const key = JSON.stringify(rule);
    const found = pathParameterRules.findIndex((known) => JSON.stringify(known) === key);
    return found >= 0 ? found : pathParameterRules.push(rule) - 1;
  };
  const rateLimitGroups = {};
  const operationFacts = {};
  for (const { path, method, operation } of operationsOf(document)) {
    const facts = {};
    for (const parameter of (operation.parameters ?? []).map((p) => resolveRef(document, p))) {
      if (parameter.in !== 'path') continue;
      facts.pathParameters ??= {};
      facts.pathParameters[parameter.name] = ruleIndex(pathParameterRule(document, parameter));
    }
    const { group, limit, window } = operation['x-rate-limit'];
    if (group !== 'unknown') {
      const windowMs = WINDOW_MS[window];
      const known = rateLimitGroups[group];
      if (known && (known.limit !== limit || known.windowMs !== windowMs)) {
        throw new Error(`Rate-limit group ${group} has two different limits.`);
      }
      rateLimitGroups[group] = { limit, windowMs };
      facts.rateLimitGroup = group;
    }
    const requestBody = resolveRef(document, operation.requestBody);
    const mediaType = requestBody && Object.keys(requestBody.content)[0];
    if (mediaType && mediaType !== 'application/json') facts.uploadMediaType = mediaType;
    if (operation['x-pagination']) facts.pagination = operation['x-pagination'];
    const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
    if (successes.some(([, response]) => !resolveRef(document, response).content)) facts.emptySuccess = true;
    if (Object.keys(facts).length > 0) operationFacts[`${method.toUpperCase()} ${path}`] = facts;
  }
  return { apiVersion: document.info.version, dataCenters, pathParameterRules, rateLimitGroups, operationFacts };
}

const METADATA_DOCS = {
  apiVersion: 'The version of the description the client was built from.',
  dataCenters: 'The base URL of each data center, by its `x-data-center` name.',
  pathParameterRules:
    'The schema facts of path parameters that decide whether a value is acceptable; operations refer to them by index.',
  rateLimitGroups: 'Documented rate-limit groups: at most `limit` requests per `windowMs`, per partner workspace.',
  operationFacts:
    'Per operation, by "METHOD /path/template": its path parameters (an index into pathParameterRules), its rate-limit group, a request media type other than JSON, its x-pagination, and whether a success may have an empty body.',
};

function renderMetadata(document) {
  const lines = [
    '// Generated by scripts/generate.mjs from openapi/. Do not edit: change the description and run',
    '// `npm run generate`. Plain data; src/operation-facts.ts reads it.',
  ];
  for (const [name, value] of Object.entries(metadataOf(document))) {
    lines.push('', `/** ${METADATA_DOCS[name]} */`, `export const ${name} = ${JSON.stringify(value, null, 2)} as const;`);
  }
  return `${lines.join('\n')}\n`;
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
