// Keeps the API token out of everything the client reports: error messages, stacks, causes, excerpts
// of bodies and debug events.

/** The text with every occurrence of the secret replaced. */
export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}

/** The bearer token a request carries, to be cut out of what is reported about it. */
export function bearerTokenOf(headers: Headers): string | undefined {
  return headers.get('authorization')?.replace(/^Bearer /, '') || undefined;
}

/** A copy of an error chain with the secret cut out of every message and stack. */
export function scrubbed(error: unknown, secret: string | undefined, depth = 0): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const cause = depth < 4 && source.cause !== undefined ? { cause: scrubbed(source.cause, secret, depth + 1) } : undefined;
  const copy = new Error(redact(source.message, secret), cause);
  copy.name = source.name;
  copy.stack = redact(source.stack ?? '', secret);
  const code = (source as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}

/** The request headers as a plain object, with the Authorization header's token replaced. */
export function redactedHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].map(([name, value]) => [name, name === 'authorization' ? 'Bearer [redacted]' : value]));
}
