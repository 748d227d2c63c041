// Workato answers JSON, errors included; anything else becomes a WorkatoResponseError here instead of
// reaching openapi-fetch, which would hand a string or a raw SyntaxError to the caller.
import { WorkatoResponseError, WorkatoResponseTooLargeError, type RequestSummary } from './errors.js';
import { redact } from './redaction.js';

/**
 * Checks a response whose body was read as `text`. The response then answers `json()` and `text()` from
 * what was read: no second Response is built (that would copy the headers and stream the body again).
 * An error body is answered with the token cut out, since some gateways echo the request's headers.
 * `body` is undefined when it passed `maxResponseBytes` and was not read to its end.
 */
export function checkResponse(
  summary: RequestSummary,
  attempts: number,
  response: Response,
  body: string | undefined,
  secret: string | undefined,
  maxResponseBytes: number,
  emptySuccess = false,
): void {
  const text = body === undefined ? '' : response.status >= 400 ? redact(body, secret) : body;
  const { status } = response;
  const contentType = response.headers.get('content-type');
  const fail = (problem: string, limitBytes?: number) =>
    new (limitBytes ? WorkatoResponseTooLargeError : WorkatoResponseError)(summary, attempts, `HTTP ${status} with ${problem}`, {
      status,
      contentType,
      excerpt: redact(text, secret).slice(0, 200),
      ...(limitBytes && { limitBytes }),
    });
  if (body === undefined) throw fail(`a body over ${maxResponseBytes} bytes (maxResponseBytes)`, maxResponseBytes);
  if (response.type === 'opaqueredirect' || (status > 299 && status < 400))
    throw fail('a redirect, which the client never follows');
  if (status === 204 || summary.method === 'HEAD' || (emptySuccess && response.ok && text === '')) return;
  if (text.trim() === '') throw fail('an empty body where JSON is declared');
  if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType ?? '')) {
    throw fail(`a ${contentType ?? 'untyped'} body where JSON is declared`);
  }
  let parsed: unknown;
  let answer = text;
  try {
    parsed = JSON.parse(text);
    // An echo may come JSON-escaped (`\/` for `/`, `\u0041`): redacted again once unescaped.
    if (status >= 400) parsed = JSON.parse((answer = redact(JSON.stringify(parsed), secret)));
  } catch {
    throw fail('a body that is not valid JSON (truncated?)');
  }
  Object.defineProperties(response, { json: { value: async () => parsed }, text: { value: async () => answer } });
}
