// Reading the bundled description (generated/openapi.json), shared by the scripts that walk it.

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** The node a local `$ref` (`#/components/...`) points at, following chains of them, or the node itself. */
export function resolveRef(document, node) {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    if (!current.$ref.startsWith('#/')) throw new Error(`Only local references are expected in the bundle: ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at, token) => at?.[token.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  }
  return current;
}

/** Every operation of the bundle with its path and lower-case method. */
export function operationsOf(document) {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] })),
  );
}
