#!/usr/bin/env node
// `npm run docs`: the docs portal, built from the bundle into site/ (not committed): one self-contained
// HTML page (Redoc, inlined, no CDN) that works offline. Before rendering, a copy of the bundle gets what
// Redoc does not show by itself, all generated from the description: a getting-started section, each
// operation's rate limit, pagination and provenance in words, and code samples for the TypeScript client,
// curl, and the Python and Go clients of scripts/clients.mjs (which compiles those two against the generated
// clients). Long sample lines wrap inside their panel. generated/openapi.* stay untouched.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { operationsOf, resolveRef } from './bundle-document.mjs';
import { exampleSource } from './readme.mjs';
import { projectRoot, runTool } from './run.mjs';

// The Go module path and the repository both client packages name (scripts/clients.mjs generates the Go
// client under it; test/clients/go and the Go samples import it by this path).
export const GO_MODULE = 'github.com/workato-embedded-api/workato-embedded-go';

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

Every operation below shows this call and its curl, Python and Go equivalents, its rate limit, pagination
and provenance.
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

/** A value as a Python literal: double quotes, True/False/None, four-space indent. */
function pyLiteral(value, level = 0, inline = false) {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value !== 'object') return JSON.stringify(value);
  const entries = Array.isArray(value) ? value.map((item) => [undefined, item]) : Object.entries(value);
  if (entries.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const items = entries.map(
    ([name, item]) => `${name === undefined ? '' : `${JSON.stringify(name)}: `}${pyLiteral(item, level + 1, inline)}`,
  );
  if (inline) return `${open}${items.join(', ')}${close}`;
  const pad = '    '.repeat(level + 1);
  return `${open}\n${items.map((item) => `${pad}${item},`).join('\n')}\n${'    '.repeat(level)}${close}`;
}

// The names OpenAPI Generator (scripts/clients.mjs) gives: API classes after the tag's words ("API platform"
// -> APIPlatformApi in Python, APIPlatformAPI in Go), methods and parameters after the operation and
// parameter names. scripts/clients.mjs compiles every sample against the generated clients, which proves
// these rules for every operation.
const tagClass = (tag) =>
  tag
    .split(/\s+/)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
const snake = (name) =>
  name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z\d]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
const pascal = (name) =>
  name
    .split(/[^A-Za-z\d]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

/** A query or path value as a Go literal of the type the Go client takes for its schema. */
function goLiteral(value, schema, document) {
  const resolved = resolveRef(document, schema) ?? {};
  if (Array.isArray(value)) {
    const items = resolveRef(document, resolved.items) ?? {};
    const type = items.type === 'integer' ? (items.format === 'int32' ? 'int32' : 'int64') : 'string';
    return `[]${type}{${value.map((item) => goLiteral(item, items, document)).join(', ')}}`;
  }
  if (value !== null && typeof value === 'object') {
    return `map[string]string{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(String(item))}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** A JSON text as a Go string literal: a raw string where it can be one. */
const goString = (text) => (text.includes('`') ? JSON.stringify(text) : `\`${text}\``);

/** The values every sample of an operation sends: the TypeScript sample's, for all four languages. */
function sampleValues(operation, document) {
  const parameters = (operation.parameters ?? []).map((parameter) => resolveRef(document, parameter));
  const path = parameters.filter((p) => p.in === 'path').map((p) => ({ ...p, value: exampleValue(p, document) }));
  const query = parameters.filter((p) => p.in === 'query' && p.required).map((p) => ({ ...p, value: exampleValue(p, document) }));
  const body = requestExample(operation, document);
  if (body?.mediaType === 'application/json') {
    const ref = Object.values(resolveRef(document, operation.requestBody).content)[0].schema?.$ref;
    if (!ref?.startsWith('#/components/schemas/')) {
      throw new Error(`${operation.operationId}: the Python and Go samples need a JSON request body that is a named schema`);
    }
    body.schema = ref.slice('#/components/schemas/'.length);
    // A free-form object (no properties) is a map in both clients, its parameter named request_body.
    const schema = document.components.schemas[body.schema];
    body.freeForm = schema.type === 'object' && !schema.properties && !schema.allOf && Boolean(schema.additionalProperties);
  }
  const success = Object.entries(operation.responses).find(([status]) => /^2/.test(status))?.[1];
  const content = resolveRef(document, success)?.content;
  const returnsBody = Boolean(content);
  const returns = content && Object.values(content)[0].schema?.$ref?.replace('#/components/schemas/', '');
  return { path, query, body, returnsBody, returns, status: Object.keys(operation.responses).find((s) => /^2/.test(s)) };
}

/** The Python sample in parts: the imports, and the statements (scripts/clients.mjs compiles each). */
export function pythonSample(operation, document, where) {
  const { path, query, body, returnsBody, returns, status } = sampleValues(operation, document);
  const deep = query.find((p) => p.style === 'deepObject');
  if (deep) {
    // OpenAPI Generator's Python client types a deepObject parameter as a dict of dicts and sends it as JSON,
    // not as by[column]=value: the sample calls the client's lower-level API, as its generated methods do.
    if (body || !returns) throw new Error(`${operation.operationId}: no Python sample for a deepObject parameter with a body`);
    const pairs = query.flatMap((p) =>
      p.style === 'deepObject'
        ? Object.entries(p.value).map(([key, value]) => [`${p.name}[${key}]`, value])
        : [[p.name, p.value]],
    );
    const [method, resourcePath] = [where.method.toUpperCase(), where.path];
    const statements = [
      'configuration = workato.Configuration(access_token=os.environ["WORKATO_API_TOKEN"])',
      'with workato.ApiClient(configuration) as api_client:',
      `    # The generated ${snake(operation.operationId)}() cannot send \`${deep.name}\` as ${deep.name}[key]=value (OpenAPI Generator`,
      "    # 7.25.0 sends such a parameter as JSON), so this call goes through the client's lower-level API.",
      '    request = api_client.param_serialize(',
      `        method=${JSON.stringify(method)},`,
      `        resource_path=${JSON.stringify(resourcePath)},`,
      `        path_params=${pyLiteral(Object.fromEntries(path.map((p) => [p.name, p.value])), 2, true)},`,
      `        query_params=[${pairs.map(([name, value]) => `(${JSON.stringify(name)}, ${pyLiteral(value, 2, true)})`).join(', ')}],`,
      '        auth_settings=["BearerAuth"],',
      '    )',
      '    response = api_client.call_api(*request)',
      '    response.read()',
      `    result = api_client.response_deserialize(response, {${JSON.stringify(status)}: ${JSON.stringify(returns)}}).data`,
      '    print(result)',
    ].join('\n');
    return { imports: ['import os'], statements };
  }
  const imports = ['import os', ...(body && body.mediaType !== 'application/json' ? ['import pathlib'] : [])];
  const args = [...path, ...query].map((p) => `${snake(p.name)}=${pyLiteral(p.value, 2, true)}`);
  if (body?.mediaType === 'application/json') {
    args.push(
      body.freeForm
        ? `request_body=${pyLiteral(body.value, 2)}`
        : `${snake(body.schema)}=workato.${body.schema}.from_dict(${pyLiteral(body.value, 2)})`,
    );
  } else if (body) args.push('body=pathlib.Path("package.zip").read_bytes()');
  const call = `workato.${tagClass(operation.tags[0])}Api(api_client).${snake(operation.operationId)}(\n${args.map((arg) => `        ${arg},\n`).join('')}    )`;
  const statements = [
    'configuration = workato.Configuration(access_token=os.environ["WORKATO_API_TOKEN"])',
    'with workato.ApiClient(configuration) as api_client:',
    returnsBody ? `    result = ${call}\n    print(result)` : `    ${call}`,
  ].join('\n');
  return { imports, statements };
}

/** The Go sample in parts: the imports, and the statements of `main` (scripts/clients.mjs compiles each). */
export function goSample(operation, document) {
  const { path, query, body, returnsBody } = sampleValues(operation, document);
  const imports = [
    'context',
    ...(body?.mediaType === 'application/json' ? ['encoding/json'] : []),
    ...(returnsBody ? ['fmt'] : []),
    'log',
    'os',
  ];
  const statements = [
    'client := workato.NewAPIClient(workato.NewConfiguration())',
    'ctx := context.WithValue(context.Background(), workato.ContextAccessToken, os.Getenv("WORKATO_API_TOKEN"))',
  ];
  let call = `client.${tagClass(operation.tags[0])}API.${pascal(operation.operationId)}(${['ctx', ...path.map((p) => goLiteral(p.value, p.schema, document))].join(', ')})`;
  for (const p of query) call += `.\n\t${pascal(p.name)}(${goLiteral(p.value, p.schema, document)})`;
  if (body?.mediaType === 'application/json') {
    statements.push(
      `var body ${body.freeForm ? 'map[string]interface{}' : `workato.${body.schema}`}`,
      `if err := json.Unmarshal([]byte(${goString(JSON.stringify(body.value, null, '\t'))}), &body); err != nil {\n\tlog.Fatal(err)\n}`,
    );
    call += `.\n\t${body.freeForm ? 'RequestBody' : body.schema}(body)`;
  } else if (body) {
    statements.push('file, err := os.Open("package.zip")', 'if err != nil {\n\tlog.Fatal(err)\n}', 'defer file.Close()');
    call += '.\n\tBody(file)';
  }
  // err already exists after opening the file; result, where there is one, is new.
  const assign = returnsBody || body?.mediaType === 'application/json' || !body ? ':=' : '=';
  statements.push(`${returnsBody ? 'result, _, err' : '_, err'} ${assign} ${call}.Execute()`);
  statements.push('if err != nil {\n\tlog.Fatal(err)\n}');
  if (returnsBody) statements.push('fmt.Println(result)');
  return { imports, statements: statements.join('\n') };
}

/** Go imports as one block: the standard library, then the client. */
export const goImports = (imports) =>
  `import (\n${[...new Set(imports)]
    .sort()
    .map((name) => `\t"${name}"\n`)
    .join('')}\n\tworkato "${GO_MODULE}"\n)`;

const indent = (text, pad) =>
  text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');

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

  const py = pythonSample(operation, document, { path, method });
  const python = `${py.imports.join('\n')}\n\nimport workato_embedded as workato\n\n${py.statements}`;
  const go = goSample(operation, document);
  const golang = `package main\n\n${goImports(go.imports)}\n\nfunc main() {\n${indent(go.statements, '\t')}\n}`;
  return [
    { lang: 'TypeScript', label: 'TypeScript client', source: typescript },
    { lang: 'curl', label: 'curl', source: curl.join(' \\\n') },
    { lang: 'Python', label: 'Python client', source: python },
    { lang: 'Go', label: 'Go client', source: golang },
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

// Redoc keeps a code sample's long lines on one line, past the panel's edge; they wrap inside it instead (a
// wrapped line copies as one line). Redoc's theme has no setting for it, hence a style on its code blocks.
const WRAP_SAMPLES = `<style>
[data-component-name="CodeBlock/CodeBlockContainer"],
[data-component-name="CodeBlock/CodeBlockContainer"] * { white-space: pre-wrap !important; overflow-wrap: anywhere; }
</style>`;

function offline(html) {
  if (!html.includes('</head>')) throw new Error('The docs page has no </head> to add the code sample style to');
  const page = html
    .replace('</head>', `${WRAP_SAMPLES}</head>`)
    .replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, REDOCLY_MARK);
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
