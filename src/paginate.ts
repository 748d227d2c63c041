import type { FetchOptions } from 'openapi-fetch';
import type { operationFacts } from '../generated/metadata.js';
import type { paths } from '../generated/schema.js';
import type { WorkatoClient } from './client.js';
import { WorkatoInputError, WorkatoPaginationError, WorkatoResponseError } from './errors.js';
import { factsOf } from './operation-facts.js';
import { unwrap } from './unwrap.js';

type Facts = typeof operationFacts;
type PaginatedKey = { [Key in keyof Facts]: Facts[Key] extends { pagination: object } ? Key : never }[keyof Facts];
type PathOf<Key> = Key extends `GET ${infer Path}` ? Path : never;

/** The path templates of the operations that `paginate` can page. */
export type PaginatedPath = Extract<PathOf<PaginatedKey>, keyof paths>;

type SuccessBody<Path extends PaginatedPath> = paths[Path]['get'] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;
type At<Value, Field extends string> = Field extends ''
  ? Value
  : Field extends `${infer Head}.${infer Rest}`
    ? Head extends keyof Value
      ? At<NonNullable<Value[Head]>, Rest>
      : never
    : Field extends keyof Value
      ? NonNullable<Value[Field]>
      : never;
type ItemsField<Path extends PaginatedPath> = Facts[`GET ${Path}` & PaginatedKey] extends {
  pagination: { itemsField: infer Field extends string };
}
  ? Field
  : never;

/** The type of one item of the operation's pages. */
export type PageItem<Path extends PaginatedPath> =
  At<SuccessBody<Path>, ItemsField<Path>> extends ReadonlyArray<infer Item> ? Item : never;

export interface PaginateOptions {
  /** Items per request; defaults to the largest the operation allows, which needs the fewest requests. */
  pageSize?: number;
  /** Paging stops with a WorkatoPaginationError after this many pages. Default 1,000. */
  maxPages?: number;
}

function field(value: unknown, path: string): unknown {
  return path === '' ? value : path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], value);
}

/**
 * Yields every item of a paginated list operation, page after page, as its `x-pagination` describes it.
 * Stops after the last page; refuses to page forever (a repeated page, a cursor that does not move, or
 * more than `maxPages` pages). Every failure is thrown as a WorkatoError.
 */
export async function* paginate<Path extends PaginatedPath>(
  client: WorkatoClient,
  path: Path,
  init?: FetchOptions<paths[Path]['get']>,
  options: PaginateOptions = {},
): AsyncGenerator<PageItem<Path>, void, undefined> {
  const spec = factsOf('GET', path).pagination;
  if (!spec) throw new WorkatoInputError('path', `${String(path)} is not a paginated operation`);
  const { itemsField, maxPageSize } = spec;
  const numbered = spec.style === 'page';
  const totalField = numbered ? spec.totalField : undefined;
  const summary = { method: 'GET', path };
  const pageSize = options.pageSize ?? maxPageSize;
  if (
    options.pageSize !== undefined &&
    !(maxPageSize && Number.isInteger(pageSize) && pageSize! >= 1 && pageSize! <= maxPageSize)
  ) {
    throw new WorkatoInputError(
      'pageSize',
      maxPageSize ? `must be a whole number from 1 to ${maxPageSize}` : 'this operation has no page size',
    );
  }
  const maxPages = options.maxPages ?? 1000;
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new WorkatoInputError('maxPages', 'must be a positive whole number');

  const params = (init as { params?: { query?: Record<string, unknown> } } | undefined)?.params;
  const query: Record<string, unknown> = { ...params?.query };
  if (pageSize && spec.sizeParameter) query[spec.sizeParameter] = pageSize;
  if (numbered) query[spec.pageParameter] ??= spec.firstPage;
  let seen = 0;
  let previousPage: string | undefined;

  for (let pages = 1; ; pages += 1) {
    const body = await unwrap(client.GET(path as never, { ...init, params: { ...params, query } } as never));
    const items = field(body, itemsField);
    if (!Array.isArray(items)) {
      throw new WorkatoResponseError(summary, pages, `HTTP 200 with no list at "${itemsField || '(body)'}"`, {
        status: 200,
        contentType: 'application/json',
        excerpt: JSON.stringify(body).slice(0, 200),
      });
    }
    const fingerprint = JSON.stringify(items);
    if (items.length > 0 && fingerprint === previousPage) {
      throw new WorkatoPaginationError(summary, pages, `page ${pages} repeats the previous page, so paging would not end`);
    }
    previousPage = fingerprint;
    yield* items as PageItem<Path>[];
    seen += items.length;

    const total = totalField ? field(body, totalField) : undefined;
    if (items.length === 0 || (pageSize && items.length < pageSize) || (typeof total === 'number' && seen >= total)) return;
    if (pages >= maxPages) throw new WorkatoPaginationError(summary, pages, `stopped after maxPages (${maxPages}) pages`);
    if (spec.style === 'page') {
      query[spec.pageParameter] = (query[spec.pageParameter] as number) + 1;
    } else {
      const { cursorField, cursorParameter } = spec;
      const cursors = items.map((item) => (item as Record<string, unknown>)[cursorField]);
      const next = spec.cursorFrom === 'min' ? cursors.reduce((a, b) => Math.min(b as number, a as number)) : cursors.at(-1);
      if (next === undefined || next === null || next === query[cursorParameter]) {
        throw new WorkatoPaginationError(summary, pages, `the ${cursorField} cursor did not move, so paging would not end`);
      }
      query[cursorParameter] = next;
    }
  }
}
