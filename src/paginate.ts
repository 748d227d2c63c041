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
type ItemsField<Path extends PaginatedPath> = (typeof pagination)[`GET ${Path}` & PaginatedKey]['itemsField'];

/** The type of one item of the operation's pages. */
export type PageItem<Path extends PaginatedPath> =
  At<SuccessBody<Path>, ItemsField<Path>> extends ReadonlyArray<infer Item> ? Item : never;

export interface PaginateOptions {
  /** Items per request; defaults to the largest the operation allows, which needs the fewest requests. */
  pageSize?: number;
  /** Paging stops with a WorkatoPaginationError after this many pages. Default 1,000. */
  maxPages?: number;
}

type PaginationSpec = {
  style: 'page' | 'since-id' | 'offset-job-id';
  pageParameter?: string;
  sizeParameter?: string;
  firstPage?: number;
  maxPageSize?: number;
  cursorParameter?: string;
  cursorField?: string;
  cursorFrom?: 'min' | 'last';
  itemsField: string;
  totalField?: string;
};

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
  const spec = (pagination as unknown as Record<string, PaginationSpec>)[`GET ${path}`];
  if (!spec) throw new WorkatoInputError('path', `${String(path)} is not a paginated operation`);
  const summary = { method: 'GET', path };
  const { sizeParameter, maxPageSize } = spec;
  const pageSize = options.pageSize ?? maxPageSize;
  if (options.pageSize !== undefined && (!sizeParameter || !Number.isInteger(pageSize) || pageSize! < 1 || pageSize! > maxPageSize!)) {
    throw new WorkatoInputError('pageSize', sizeParameter ? `must be a whole number from 1 to ${maxPageSize}` : 'this operation has no page size');
  }
  const maxPages = options.maxPages ?? 1000;
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new WorkatoInputError('maxPages', 'must be a positive whole number');

  const params = (init as { params?: { query?: Record<string, unknown> } } | undefined)?.params;
  const query: Record<string, unknown> = { ...params?.query };
  if (sizeParameter) query[sizeParameter] = pageSize;
  if (spec.style === 'page') query[spec.pageParameter!] ??= spec.firstPage;
  let seen = 0;
  let previousPage: string | undefined;

  for (let pages = 1; ; pages += 1) {
    const body = await unwrap(client.GET(path as never, { ...init, params: { ...params, query } } as never));
    const items = field(body, spec.itemsField);
    if (!Array.isArray(items)) {
      throw new WorkatoResponseError(summary, 1, 200, 'application/json', `no list at "${spec.itemsField || '(body)'}"`, JSON.stringify(body));
    }
    const fingerprint = JSON.stringify(items);
    if (items.length > 0 && fingerprint === previousPage) {
      throw new WorkatoPaginationError(summary, pages, `page ${pages} repeats the previous page, so paging would not end`);
    }
    previousPage = fingerprint;
    yield* items as PageItem<Path>[];
    seen += items.length;

    const total = spec.totalField ? field(body, spec.totalField) : undefined;
    const lastPage = items.length === 0 || (sizeParameter !== undefined && items.length < pageSize!) || (typeof total === 'number' && seen >= total);
    if (lastPage) return;
    if (pages >= maxPages) throw new WorkatoPaginationError(summary, pages, `stopped after maxPages (${maxPages}) pages`);
    if (spec.style === 'page') {
      query[spec.pageParameter!] = (query[spec.pageParameter!] as number) + 1;
    } else {
      const cursors = items.map((item) => (item as Record<string, unknown>)[spec.cursorField!]);
      const next = spec.cursorFrom === 'min' ? cursors.reduce((a, b) => ((b as number) < (a as number) ? b : a)) : cursors.at(-1);
      if (next === undefined || next === null || next === query[spec.cursorParameter!]) {
        throw new WorkatoPaginationError(summary, pages, `the ${spec.cursorField} cursor did not move, so paging would not end`);
      }
      query[spec.cursorParameter!] = next;
    }
  }
}
