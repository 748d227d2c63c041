import type { FetchOptions } from 'openapi-fetch';
import { pagination } from '../generated/metadata.js';
import type { paths } from '../generated/schema.js';
import type { WorkatoClient } from './client.js';
import { WorkatoInputError, WorkatoPaginationError, WorkatoResponseError } from './errors.js';
import { unwrap } from './transport.js';

type PaginatedKey = keyof typeof pagination;
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
type ItemsField<Path extends PaginatedPath> = (typeof pagination)[`GET ${Path}` & PaginatedKey][0];

/** The type of one item of the operation's pages. */
export type PageItem<Path extends PaginatedPath> =
  At<SuccessBody<Path>, ItemsField<Path>> extends ReadonlyArray<infer Item> ? Item : never;

export interface PaginateOptions {
  /** Items per request; defaults to the largest the operation allows, which needs the fewest requests. */
  pageSize?: number;
  /** Paging stops with a WorkatoPaginationError after this many pages. Default 1,000. */
  maxPages?: number;
}

type Spec = readonly [itemsField: string, firstPageOrCursor: number | string, ...rest: ReadonlyArray<string | number>];

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
  const spec = (pagination as unknown as Record<string, Spec>)[`GET ${path}`];
  if (!spec) throw new WorkatoInputError('path', `${String(path)} is not a paginated operation`);
  // Numbered pages: [items, firstPage, maxPageSize, totalField?]; cursors: [items, parameter, field, from, maxPageSize?].
  const [itemsField, start] = spec;
  const numbered = typeof start === 'number';
  const [cursorParameter, cursorField, cursorFrom] = spec.slice(1) as string[];
  const maxPageSize = (numbered ? spec[2] : spec[4]) as number | undefined;
  const totalField = numbered ? (spec[3] as string | undefined) : undefined;
  const summary = { method: 'GET', path };
  const pageSize = options.pageSize ?? maxPageSize;
  if (options.pageSize !== undefined && !(maxPageSize && Number.isInteger(pageSize) && pageSize! >= 1 && pageSize! <= maxPageSize)) {
    throw new WorkatoInputError('pageSize', maxPageSize ? `must be a whole number from 1 to ${maxPageSize}` : 'this operation has no page size');
  }
  const maxPages = options.maxPages ?? 1000;
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new WorkatoInputError('maxPages', 'must be a positive whole number');

  const params = (init as { params?: { query?: Record<string, unknown> } } | undefined)?.params;
  const query: Record<string, unknown> = { ...params?.query };
  if (pageSize) query.per_page = pageSize;
  if (numbered) query.page ??= start;
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
    if (numbered) {
      query.page = (query.page as number) + 1;
    } else {
      const cursors = items.map((item) => (item as Record<string, unknown>)[cursorField!]);
      const next = cursorFrom === 'min' ? cursors.reduce((a, b) => ((b as number) < (a as number) ? b : a)) : cursors.at(-1);
      if (next === undefined || next === null || next === query[cursorParameter!]) {
        throw new WorkatoPaginationError(summary, pages, `the ${cursorField} cursor did not move, so paging would not end`);
      }
      query[cursorParameter!] = next;
    }
  }
}
