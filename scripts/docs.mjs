#!/usr/bin/env node
// `npm run docs`: the docs portal, built from the bundle into site/ (not committed): one self-contained
// HTML page (Redoc, inlined, no CDN) that works offline. Before rendering, a copy of the bundle gets what
// Redoc does not show by itself, all generated from the description: a getting-started section, each
// operation's rate limit, pagination and provenance in words, and code samples for the TypeScript client
// and for curl. generated/openapi.* stay untouched.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { operationsOf, resolveRef } from './bundle-document.mjs';
import { exampleSource } from './readme.mjs';
import { projectRoot, runTool } from './run.mjs';

const CONFIDENCE = {
  doc: 'the current Workato documentation',
  'doc-old': 'older Workato documentation only',
  'dev-analog': "Workato's documentation of the equivalent Developer API endpoint, assumed to carry over",
  peer: 'a third-party client only',
};

/**
 * The getting-started page: the description's own introduction (data centers, authentication, customer
 * IDs, errors and rate limits) under one heading, with the hosts, the mock and the client added.
 */
function gettingStarted(document) {
  const description = document.info.description.trimEnd();
  const firstSection = description.search(/^## /m);
  const intro = firstSection < 0 ? description : description.slice(0, firstSection).trimEnd();
  const sections = firstSection < 0 ? '' : description.slice(firstSection);
  const hosts = document.servers.map((server) => `| \`${server['x-data-center']}\` | ${server.url} |`).join('\n');
  return `${intro}

# Getting started

${sections}

## Data center hosts

| \`dataCenter\` | host |
| --- | --- |
${hosts}

## The mock

\`npm ci && npm start\` in this project serves a mock of every operation on http://127.0.0.1:4010, answering
the documented examples with any bearer token. Ask for another documented answer with
\`Prefer: code=404\` or \`Prefer: example=<name>\`.

\`\`\`sh
curl -H 'Authorization: Bearer test' http://127.0.0.1:4010/api/managed_users/97/connections
\`\`\`

## The TypeScript client

\`\`\`ts
${exampleSource('quick-start')}
\`\`\`

Every operation below shows this call and its curl equivalent, its rate limit, pagination and provenance.
`;
}

function exampleValue(parameter, document) {
  const schema = resolveRef(document, parameter.schema) ?? {};
  if (parameter.example !== undefined) return parameter.example;
  const [named] = Object.values(parameter.examples ?? {});
  if (named) return resolveRef(document, named).value;
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  return schema.type === 'integer' ? 1 : 'value';
}

function requestExample(operation, document) {
  const body = resolveRef(document, operation.requestBody);
  if (!body) return undefined;
  const [mediaType, content] = Object.entries(body.content)[0];
  if (mediaType !== 'application/json') return { mediaType };
  const examples = Object.values(content.examples ?? {}).map((example) => resolveRef(document, example));
  return { mediaType, value: examples[0]?.value ?? content.example ?? {} };
}

/** A value as a TypeScript literal, in the style of the README: single quotes, bare keys. */
function tsLiteral(value, level = 0, inline = false) {
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Array.isArray(value) ? value.map((item) => [undefined, item]) : Object.entries(value);
  if (entries.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const items = entries.map(
    ([name, item]) => `${name === undefined ? '' : `${key(name)}: `}${tsLiteral(item, level + 1, inline)}`,
  );
  if (inline) return `${open} ${items.join(', ')} ${close}`;
  const pad = '  '.repeat(level + 1);
  return `${open}\n${items.map((item) => `${pad}${item},`).join('\n')}\n${'  '.repeat(level)}${close}`;
}

function codeSamples(path, method, operation, document) {
  const parameters = (operation.parameters ?? []).map((parameter) => resolveRef(document, parameter));
  const pathValues = Object.fromEntries(
    parameters.filter((p) => p.in === 'path').map((p) => [p.name, exampleValue(p, document)]),
  );
  const queryValues = Object.fromEntries(
    parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, exampleValue(p, document)]),
  );
  const body = requestExample(operation, document);

  const params = [];
  if (Object.keys(pathValues).length) params.push(`path: ${tsLiteral(pathValues, 1, true)}`);
  if (Object.keys(queryValues).length) params.push(`query: ${tsLiteral(queryValues, 1, true)}`);
  const init = [];
  if (params.length) init.push(`params: { ${params.join(', ')} }`);
  if (body?.mediaType === 'application/json') init.push(`body: ${tsLiteral(body.value, 1)}`);
  if (body && body.mediaType !== 'application/json') init.push(`body: await readFile('package.zip')`);
  const typescript = [
    "import { createWorkatoClient, unwrap } from 'workato-embedded-api';",
    ...(body && body.mediaType !== 'application/json' ? ["import { readFile } from 'node:fs/promises';"] : []),
    '',
    "const workato = createWorkatoClient({ token: process.env.WORKATO_API_TOKEN!, dataCenter: 'us' });",
    '',
    `const result = await unwrap(workato.${method.toUpperCase()}('${path}'${init.length ? `, {\n  ${init.join(',\n  ')},\n}` : ''}));`,
  ].join('\n');

  let url = `https://www.workato.com${path.replace(/\{([^}]+)\}/g, (_m, name) => encodeURIComponent(String(pathValues[name])))}`;
  const search = new URLSearchParams(Object.entries(queryValues).map(([name, value]) => [name, String(value)])).toString();
  if (search) url += `?${search}`;
  const curl = [`curl -X ${method.toUpperCase()} '${url}'`, `  -H "Authorization: Bearer $WORKATO_API_TOKEN"`];
  if (body?.mediaType === 'application/json')
    curl.push(`  -H 'Content-Type: application/json'`, `  -d '${JSON.stringify(body.value)}'`);
  else if (body) curl.push(`  -H 'Content-Type: ${body.mediaType}'`, `  --data-binary @package.zip`);
  return [
    { lang: 'TypeScript', label: 'TypeScript client', source: typescript },
    { lang: 'curl', label: 'curl', source: curl.join(' \\\n') },
  ];
}

function facts(operation) {
  const lines = [];
  const limit = operation['x-rate-limit'];
  lines.push(
    limit.group === 'unknown'
      ? '**Rate limit**: not documented by Workato.'
      : `**Rate limit**: ${limit.limit} requests per ${limit.window} in the group \`${limit.group}\`, counted per partner workspace.`,
  );
  const paging = operation['x-pagination'];
  if (paging) {
    lines.push(
      paging.style === 'page'
        ? `**Pagination**: pages \`${paging.pageParameter}\` from ${paging.firstPage}, \`${paging.sizeParameter}\` up to ${paging.maxPageSize} (default ${paging.defaultPageSize}); items in \`${paging.itemsField || 'the body'}\`.`
        : `**Pagination**: by \`${paging.cursorParameter}\`, set to the ${paging.cursorFrom === 'min' ? 'smallest' : 'last'} \`${paging.cursorField}\` of the previous page; items in \`${paging.itemsField || 'the body'}\`.`,
    );
  }
  const provenance = operation['x-provenance'];
  lines.push(`**Provenance**: \`${provenance.confidence}\`, ${CONFIDENCE[provenance.confidence]}.`);
  if (provenance.inferred) lines.push(`Inferred from weaker sources: ${provenance.inferred.join('; ')}`);
  for (const decision of operation['x-source-decisions'] ?? []) {
    lines.push(`- *${decision.topic}*: ${decision.decision}${decision.rule ? ` (${decision.rule})` : ''}`);
  }
  return lines.join('\n\n');
}

// The inlined Redoc still shows Redocly's logo from its CDN; the same mark, drawn inline, keeps the page
// free of network requests.
const REDOCLY_MARK = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#888">Redocly</text></svg>',
)}`;

function offline(html) {
  const page = html.replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, REDOCLY_MARK);
  const left = page.match(/<(?:script|link|img)[^>]+(?:src|href)="https?:\/\/[^"]+"/g);
  if (left) throw new Error(`The docs page still loads from the network: ${left.join(', ')}`);
  return page;
}

export function portalDocument(bundle) {
  const document = structuredClone(bundle);
  document.info.description = gettingStarted(document);
  for (const { path, method, operation } of operationsOf(document)) {
    operation.description = `${operation.description.trimEnd()}\n\n---\n\n${facts(operation)}\n`;
    operation['x-codeSamples'] = codeSamples(path, method, operation, document);
  }
  return document;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = join(projectRoot, 'site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const bundle = JSON.parse(readFileSync(join(projectRoot, 'generated', 'openapi.json'), 'utf8'));
  const portal = join(site, 'portal.yaml');
  writeFileSync(portal, stringify(portalDocument(bundle), { lineWidth: 0 }));
  const code = runTool('redocly', [
    'build-docs',
    portal,
    '--inlineBundle',
    // redocly.yaml has the portal's options (openapi:); its lint rules are for the source, not this copy.
    '--config',
    join(projectRoot, 'redocly.yaml'),
    '--title',
    'Workato Embedded Partner API',
    '--output',
    join(site, 'index.html'),
    '--lint-config',
    'off',
  ]);
  rmSync(portal);
  if (code === 0) {
    const page = join(site, 'index.html');
    writeFileSync(page, offline(readFileSync(page, 'utf8')));
    console.log(`Docs portal: ${page} (open it directly; it needs no network)`);
  }
  process.exitCode = code;
}
