// Redocly plugin with the house rules that configurable rules cannot express: they depend on the path
// an operation lives at, on several nodes at once, or on files the description does not reference.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { HTTP_METHODS } from '../scripts/bundle-document.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const extensionsSchema = JSON.parse(readFileSync(join(here, 'vendor-extensions.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validateExtensions = ajv.compile(extensionsSchema);
const validateExampleExtensions = ajv.compile({
  definitions: extensionsSchema.definitions,
  $ref: '#/definitions/exampleExtensions',
});
const openapiDir = resolve(here, '..', 'openapi');
const componentsDir = join(openapiDir, 'components');
const pathsDir = join(openapiDir, 'paths');

function resolved(node, ctx) {
  return node?.$ref ? ctx.resolve(node).node : node;
}

function NotFoundWithPathParameters() {
  return {
    Paths: {
      PathItem: {
        enter(pathItem, ctx) {
          if (!/\{[^}]+\}/.test(ctx.key)) return;
          for (const method of HTTP_METHODS) {
            const operation = resolved(pathItem[method], ctx);
            if (operation && !(operation.responses && '404' in operation.responses)) {
              ctx.report({
                message: `${method.toUpperCase()} ${ctx.key} has a path parameter but declares no 404 response.`,
                location: ctx.location.child([method]),
              });
            }
          }
        },
      },
    },
  };
}

function ExampleOnSuccessJson() {
  return {
    Response: {
      MediaType: {
        enter(mediaType, ctx) {
          const status = String(ctx.parentLocations?.Response?.pointer?.split('/').pop() ?? '');
          if (!/^2\d\d$/.test(status) || !/json/.test(String(ctx.key))) return;
          if (mediaType.example === undefined && (!mediaType.examples || Object.keys(mediaType.examples).length === 0)) {
            ctx.report({
              message: `The ${status} ${ctx.key} response has no example.`,
              location: ctx.location,
            });
          }
        },
      },
    },
  };
}

function VendorExtensions() {
  return {
    Example(example, ctx) {
      const extensions = Object.fromEntries(Object.entries(example).filter(([key]) => key.startsWith('x-')));
      if (!validateExampleExtensions(extensions)) {
        for (const error of validateExampleExtensions.errors) {
          ctx.report({
            message: `Example extensions: ${error.instancePath || '(example)'} ${error.message}.`,
            location: ctx.location,
          });
        }
      }
    },
    Operation(operation, ctx) {
      const extensions = Object.fromEntries(Object.entries(operation).filter(([key]) => key.startsWith('x-')));
      if (!validateExtensions(extensions)) {
        for (const error of validateExtensions.errors) {
          ctx.report({
            message: `Vendor extensions: ${error.instancePath || '(operation)'} ${error.message}.`,
            location: ctx.location,
          });
        }
      }
      const rateLimit = operation['x-rate-limit'];
      const responses = operation.responses ?? {};
      if (rateLimit && rateLimit.group !== 'unknown') {
        const tooMany = resolved(responses['429'], ctx);
        if (!tooMany?.headers?.['Retry-After']) {
          ctx.report({
            message: 'A rate-limited operation must declare a 429 response with a Retry-After header.',
            location: ctx.location.child(['responses']),
          });
        }
      }
      const pagination = operation['x-pagination'];
      if (pagination) {
        const parameters = (operation.parameters ?? []).map((p) => resolved(p, ctx));
        const byName = (name) => parameters.find((p) => p.in === 'query' && p.name === name);
        for (const key of ['pageParameter', 'sizeParameter', 'cursorParameter']) {
          if (pagination[key] !== undefined && !byName(pagination[key])) {
            ctx.report({
              message: `x-pagination.${key} names "${pagination[key]}", which is not a query parameter of the operation.`,
              location: ctx.location.child(['x-pagination', key]),
            });
          }
        }
        const size = pagination.sizeParameter && byName(pagination.sizeParameter);
        if (size) {
          const schema = resolved(size.schema, ctx) ?? {};
          if (pagination.defaultPageSize !== undefined && schema.default !== pagination.defaultPageSize) {
            ctx.report({
              message: `x-pagination.defaultPageSize is ${pagination.defaultPageSize} but ${size.name} defaults to ${schema.default}.`,
              location: ctx.location.child(['x-pagination', 'defaultPageSize']),
            });
          }
          if (pagination.maxPageSize !== undefined && schema.maximum !== pagination.maxPageSize) {
            ctx.report({
              message: `x-pagination.maxPageSize is ${pagination.maxPageSize} but ${size.name} has maximum ${schema.maximum}.`,
              location: ctx.location.child(['x-pagination', 'maxPageSize']),
            });
          }
        }
      }
    },
  };
}

const COMPOSITION_KEYS = ['properties', 'additionalProperties', 'allOf', 'oneOf', 'anyOf', 'not', 'items', '$ref'];

/**
 * A placeholder is a schema that says nothing about its value: `{}`, or an object with neither
 * properties nor an explicit additionalProperties. A deliberate free-form object spells out
 * `additionalProperties` (true or a schema) and says why in its description; a value of any type
 * (an item of a mixed JSON array, which OpenAPI 3.0 cannot type and generators cannot build as a oneOf
 * of primitives) has no `type` and a description that says what it holds.
 */
function NoPlaceholderSchemas() {
  return {
    Schema(schema, ctx) {
      if (schema.$ref) return;
      // `required` alone is the constraint part of an allOf (`allOf: [$ref, {required: [...]}]`).
      const saysSomething =
        COMPOSITION_KEYS.some((key) => schema[key] !== undefined) || schema.enum !== undefined || Array.isArray(schema.required);
      const describedAnyValue =
        schema.type === undefined && typeof schema.description === 'string' && schema.description.length >= 20;
      const isObject = schema.type === 'object' || (schema.type === undefined && !describedAnyValue);
      if (isObject && !saysSomething) {
        ctx.report({
          message: 'Placeholder schema: an object with no properties and no explicit additionalProperties.',
          location: ctx.location,
        });
      }
    },
  };
}

/** Deprecation is stated in words, not only as a flag: since when, and what replaces the operation. */
function DeprecationExplained() {
  return {
    Operation(operation, ctx) {
      if (operation.deprecated !== true) return;
      const firstParagraph = String(operation.description ?? '').split(/\n\s*\n/)[0];
      if (!/deprecated/i.test(firstParagraph)) {
        ctx.report({
          message: 'A deprecated operation says so, with its date and replacement, in the first paragraph of its description.',
          location: ctx.location.child(['description']),
        });
      }
    },
  };
}

const PAGING_PARAMETERS = ['page', 'per_page', 'page[number]', 'since_id', 'offset_job_id'];

/** A client pages generically from x-pagination, so an operation that takes paging parameters needs it. */
function PaginationDeclared() {
  return {
    Operation(operation, ctx) {
      if (operation['x-pagination']) return;
      const names = (operation.parameters ?? []).map((p) => resolved(p, ctx)).filter((p) => p && p.in === 'query');
      const paging = names.map((p) => p.name).filter((name) => PAGING_PARAMETERS.includes(name));
      if (paging.length > 0) {
        ctx.report({
          message: `The operation takes ${paging.join(', ')} but declares no x-pagination; add one naming its paging parameters (see "Vendor extensions" in CONTRIBUTING.md).`,
          location: ctx.location,
        });
      }
    },
  };
}

// Names the runtimes of generated clients use themselves (OpenAPI Generator's Python and Go packages
// export their client as ApiClient/APIClient): a schema of that name hides or breaks it.
const GENERATOR_RESERVED_NAMES = new Set([
  'ApiClient',
  'APIClient',
  'Configuration',
  'ApiException',
  'ApiResponse',
  'APIResponse',
  'ServerConfiguration',
  'Rest',
  'Model',
  'Exceptions',
]);

function NoGeneratorReservedNames() {
  return {
    // The split source names a schema by its file; the bundle by its key under components.schemas.
    Root: {
      leave(_root, ctx) {
        const source = resolve(ctx.location.source.absoluteRef);
        if (!source.startsWith(resolve(componentsDir, '..'))) return;
        for (const file of readdirSync(join(componentsDir, 'schemas'))) {
          const name = file.replace(/\.ya?ml$/, '');
          if (GENERATOR_RESERVED_NAMES.has(name)) {
            ctx.report({
              message: `Schema name ${name} is used by generated clients' own runtime; choose another.`,
              location: ctx.location,
            });
          }
        }
      },
    },
    NamedSchemas: {
      Schema(_schema, ctx) {
        if (GENERATOR_RESERVED_NAMES.has(String(ctx.key))) {
          ctx.report({
            message: `Schema name ${ctx.key} is used by generated clients' own runtime; choose another.`,
            location: ctx.location.key(),
          });
        }
      },
    },
  };
}

/** Every file under a folder, README.md files included. */
function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** The folder of a tag: `Custom OAuth profiles` -> `custom-oauth-profiles`. */
function tagFolder(tag) {
  return String(tag)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const pascal = (operationId) => operationId.charAt(0).toUpperCase() + operationId.slice(1);
const relative = (file) => file.slice(openapiDir.length + 1);
const LAYOUT = 'see "Layout" in CONTRIBUTING.md';

/** True while linting the split source (whose root is openapi/openapi.yaml), not the bundle. */
function lintingSource(ctx) {
  return resolve(ctx.location.source.absoluteRef).startsWith(openapiDir);
}

/**
 * DigitalOcean's layout: every method of openapi.yaml is a $ref to its own file,
 * paths/<folder of its tag>/<operationId>.yaml.
 */
function OperationFileLayout() {
  return {
    Operation(operation, ctx) {
      if (!lintingSource(ctx)) return;
      const file = resolve(ctx.location.source.absoluteRef);
      if (!file.startsWith(pathsDir)) {
        ctx.report({
          message: `Operation ${operation.operationId} is written inline in ${relative(file)}; every method must be a $ref to paths/<tag folder>/<operationId>.yaml (${LAYOUT}).`,
          location: ctx.location,
        });
        return;
      }
      const expected = join(pathsDir, tagFolder(operation.tags?.[0] ?? ''), `${operation.operationId}.yaml`);
      if (file !== expected) {
        ctx.report({
          message: `Operation ${operation.operationId} (tag ${operation.tags?.[0]}) lives in ${relative(file)}; move it to ${relative(expected)} (${LAYOUT}).`,
          location: ctx.location.child(['operationId']),
        });
      }
    },
  };
}

/**
 * No stray or unreferenced file anywhere under openapi/: each file is the root, a README.md, or a YAML
 * file the description references. An example of an operation sits in the folder of its tag and is
 * named after it: examples/<tag folder>/<OperationId><Case>.yaml.
 */
function NoStrayFiles() {
  const referenced = new Set();
  const exampleUsers = new Map();
  let rootFile;
  return {
    ref(ref, { resolve: resolveRef, location }) {
      const target = resolveRef(ref).location?.source?.absoluteRef;
      if (!target) return;
      const file = resolve(target);
      referenced.add(file);
      const from = resolve(location.source.absoluteRef);
      if (file.startsWith(join(componentsDir, 'examples')) && from.startsWith(pathsDir)) {
        exampleUsers.set(file, [...(exampleUsers.get(file) ?? []), from]);
      }
    },
    Root: {
      enter(_root, ctx) {
        rootFile = resolve(ctx.location.source.absoluteRef);
      },
      leave(_root, ctx) {
        if (!lintingSource(ctx)) return;
        for (const file of listFiles(openapiDir)) {
          if (file === rootFile || file.endsWith('/README.md')) continue;
          if (!/\.yaml$/.test(file)) {
            ctx.report({
              message: `Stray file ${relative(file)}: only .yaml files and README.md belong under openapi/ (${LAYOUT}).`,
              location: ctx.location,
            });
          } else if (!referenced.has(file)) {
            ctx.report({
              message: `File ${relative(file)} is not referenced by the description: reference it or delete it (${LAYOUT}).`,
              location: ctx.location,
            });
          }
        }
        for (const [example, users] of exampleUsers) {
          const fits = users.some((user) => {
            const [folder, operationFile] = user.slice(pathsDir.length + 1).split('/');
            const operationId = String(operationFile).replace(/\.yaml$/, '');
            return example.startsWith(join(componentsDir, 'examples', String(folder), pascal(operationId)));
          });
          if (!fits) {
            const [folder, operationFile] = String(users[0])
              .slice(pathsDir.length + 1)
              .split('/');
            ctx.report({
              message: `Example ${relative(example)} must be examples/${folder}/${pascal(String(operationFile).replace(/\.yaml$/, ''))}<Case>.yaml, in the folder of its operation's tag and named after it (${LAYOUT}).`,
              location: ctx.location,
            });
          }
        }
      },
    },
  };
}

export default function houseRules() {
  return {
    id: 'house',
    rules: {
      oas3: {
        'not-found-with-path-parameters': NotFoundWithPathParameters,
        'example-on-success-json': ExampleOnSuccessJson,
        'vendor-extensions': VendorExtensions,
        'operation-file-layout': OperationFileLayout,
        'no-stray-files': NoStrayFiles,
        'no-placeholder-schemas': NoPlaceholderSchemas,
        'deprecation-explained': DeprecationExplained,
        'pagination-declared': PaginationDeclared,
        'no-generator-reserved-names': NoGeneratorReservedNames,
      },
    },
  };
}
