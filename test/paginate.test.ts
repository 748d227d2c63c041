// paginate() pages every paginated operation from its x-pagination data: numbered pages (from 1 or 0),
// since_id and offset_job_id cursors; it stops at the last page and refuses to page forever.
import { describe, expect, it } from 'vitest';
import {
  createWorkatoClient,
  operationFacts,
  paginate,
  WorkatoHttpError,
  WorkatoInputError,
  WorkatoPaginationError,
  type PaginatedPath,
} from '../src/index.js';
import { describedOperations } from './support/description.js';

type Answer = (url: URL) => unknown;

function clientServing(answer: Answer) {
  const requests: URL[] = [];
  const client = createWorkatoClient({
    token: 'page-token',
    baseUrl: 'http://localhost:9',
    retry: false,
    rateLimiter: false,
    fetch: async (request) => {
      const url = new URL(request.url);
      requests.push(url);
      const body = answer(url);
      return body instanceof Response ? body : Response.json(body);
    },
  });
  return { client, requests };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const numbers = (count: number, from = 1) => Array.from({ length: count }, (_, index) => from + index);

describe('paginate', () => {
  it('reads integrations/all with the largest page size and stops at the total count', async () => {
    const connectors = numbers(230).map((n) => ({ name: `app_${n}`, title: `App ${n}`, categories: [] }));
    const { client, requests } = clientServing((url) => {
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('per_page'));
      return { items: connectors.slice((page - 1) * size, page * size), count: connectors.length };
    });
    const names = (await collect(paginate(client, '/api/integrations/all'))).map((connector) => connector.name);
    expect(names).toEqual(connectors.map((connector) => connector.name));
    expect(requests.map((url) => url.search)).toEqual(['?per_page=100&page=1', '?per_page=100&page=2', '?per_page=100&page=3']);
  });

  it('stops at the first page shorter than the page size, keeping the caller’s filters', async () => {
    const folders = numbers(7).map((id) => ({ id, name: `Folder ${id}`, parent_id: 3 }));
    const { client, requests } = clientServing((url) => {
      const page = Number(url.searchParams.get('page'));
      return { result: folders.slice((page - 1) * 3, page * 3) };
    });
    const ids = await collect(
      paginate(
        client,
        '/api/managed_users/{managed_user_id}/folders',
        { params: { path: { managed_user_id: '97' }, query: { parent_id: 3 } } },
        { pageSize: 3 },
      ),
    );
    expect(ids.map((folder) => folder.id)).toEqual(numbers(7));
    expect(requests).toHaveLength(3);
    expect(requests.every((url) => url.searchParams.get('parent_id') === '3')).toBe(true);
  });

  it('starts recipe search at page 0', async () => {
    const { client, requests } = clientServing(() => ({ items: [] }));
    await collect(paginate(client, '/api/recipes/search', { params: { query: { applications: 'salesforce' } } }));
    expect(requests[0]?.searchParams.get('page')).toBe('0');
    expect(requests[0]?.searchParams.get('per_page')).toBe('20');
  });

  it('pages recipes by since_id, taking the smallest id of each page', async () => {
    const ids = numbers(25).reverse();
    const { client, requests } = clientServing((url) => {
      const since = url.searchParams.get('since_id');
      const size = Number(url.searchParams.get('per_page'));
      const older = since === null ? ids : ids.filter((id) => id < Number(since));
      return { result: older.slice(0, size).map((id) => ({ id, name: `Recipe ${id}` })) };
    });
    const recipes = await collect(
      paginate(
        client,
        '/api/managed_users/{managed_user_id}/recipes',
        { params: { path: { managed_user_id: '97' } } },
        { pageSize: 10 },
      ),
    );
    expect(recipes.map((recipe) => recipe.id)).toEqual(ids);
    expect(requests.map((url) => url.searchParams.get('since_id'))).toEqual([null, '16', '6']);
  });

  it('pages jobs by offset_job_id, taking the last job of each page, until a page is empty', async () => {
    const jobs = ['j-9', 'j-8', 'j-7', 'j-6', 'j-5'];
    const { client, requests } = clientServing((url) => {
      const offset = url.searchParams.get('offset_job_id');
      const start = offset === null ? 0 : jobs.indexOf(offset) + 1;
      return { items: jobs.slice(start, start + 2).map((id) => ({ id, status: 'succeeded' })) };
    });
    const listed = await collect(
      paginate(client, '/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs', {
        params: { path: { managed_user_id: '97', recipe_id: 5 } },
      }),
    );
    expect(listed.map((job) => job.id)).toEqual(jobs);
    expect(requests.map((url) => url.searchParams.get('offset_job_id'))).toEqual([null, 'j-8', 'j-6', 'j-5']);
  });

  it('pages the bracketed page[number] and page[size] lists (collaborator groups), stopping at the total', async () => {
    const groups = numbers(230).map((n) => ({ id: `pf-${n}`, name: `Group ${n}` }));
    const { client, requests } = clientServing((url) => {
      const page = Number(url.searchParams.get('page[number]'));
      const size = Number(url.searchParams.get('page[size]'));
      return { data: groups.slice((page - 1) * size, page * size), total: groups.length, page: { number: page, size } };
    });
    const listed = await collect(
      paginate(client, '/api/managed_users/{managed_user_id}/user_groups', {
        params: { path: { managed_user_id: '97' } },
      }),
    );
    expect(listed.map((group) => group.id)).toEqual(groups.map((group) => group.id));
    expect(requests.map((url) => [url.searchParams.get('page[number]'), url.searchParams.get('page[size]')])).toEqual([
      ['1', '100'],
      ['2', '100'],
      ['3', '100'],
    ]);
    expect(requests.every((url) => !url.searchParams.has('page') && !url.searchParams.has('per_page'))).toBe(true);
  });

  it('stops a bracketed list at its total even when the last page is full (project roles)', async () => {
    const roles = numbers(4).map((id) => ({ id, name: `Role ${id}` }));
    const { client, requests } = clientServing((url) => {
      const page = Number(url.searchParams.get('page[number]'));
      return { data: roles.slice((page - 1) * 2, page * 2), total: roles.length, page: { number: page, size: 2 } };
    });
    const listed = await collect(
      paginate(
        client,
        '/api/managed_users/{managed_user_id}/project_roles',
        { params: { path: { managed_user_id: '97' } } },
        { pageSize: 2 },
      ),
    );
    expect(listed.map((role) => role.id)).toEqual(numbers(4));
    expect(requests).toHaveLength(2);
  });

  it('pages a bare-array list (roles)', async () => {
    const { client } = clientServing((url) => (url.searchParams.get('page') === '1' ? [{ id: 1, name: 'Ops' }] : []));
    const roles = await collect(
      paginate(client, '/api/managed_users/{managed_user_id}/roles', { params: { path: { managed_user_id: '97' } } }),
    );
    expect(roles.map((role) => role.name)).toEqual(['Ops']);
  });

  it('refuses to page forever when the server ignores the page parameter', async () => {
    const { client, requests } = clientServing(() => ({ result: numbers(100).map((id) => ({ id, name: `T${id}` })) }));
    const paging = collect(
      paginate(client, '/api/managed_users/{managed_user_id}/lookup_tables', { params: { path: { managed_user_id: '97' } } }),
    );
    await expect(paging).rejects.toBeInstanceOf(WorkatoPaginationError);
    expect(requests).toHaveLength(2);
  });

  it('stops after maxPages pages', async () => {
    const { client } = clientServing((url) => ({
      result: numbers(2, Number(url.searchParams.get('page')) * 10).map((id) => ({ id, name: `C${id}` })),
    }));
    const paging = collect(paginate(client, '/api/managed_users', undefined, { pageSize: 2, maxPages: 5 }));
    await expect(paging).rejects.toThrow(/maxPages \(5\)/);
  });

  it('refuses a cursor that does not move', async () => {
    let served = 0;
    const { client } = clientServing(() => ({ items: [{ id: `j-${(served += 1) + 10}` }, { id: 'j-1' }] }));
    const paging = collect(
      paginate(client, '/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs', {
        params: { path: { managed_user_id: '97', recipe_id: 5 } },
      }),
    );
    await expect(paging).rejects.toThrow(/cursor did not move/);
  });

  it('throws the HTTP error of a failed page', async () => {
    const { client } = clientServing(() => Response.json({ message: 'Not found' }, { status: 404 }));
    await expect(
      collect(paginate(client, '/api/managed_users/{managed_user_id}/folders', { params: { path: { managed_user_id: '97' } } })),
    ).rejects.toBeInstanceOf(WorkatoHttpError);
  });

  it('refuses a page size beyond the operation’s maximum, and a path that is not paginated', async () => {
    const { client, requests } = clientServing(() => ({ items: [] }));
    await expect(collect(paginate(client, '/api/integrations/all', undefined, { pageSize: 101 }))).rejects.toBeInstanceOf(
      WorkatoInputError,
    );
    await expect(collect(paginate(client, '/api/integrations' as PaginatedPath))).rejects.toThrow(/not a paginated operation/);
    expect(requests).toHaveLength(0);
  });

  it('knows every paginated operation of the description, and nothing else', () => {
    const paginated = describedOperations
      .filter(({ operation }) => operation['x-pagination'])
      .map(({ method, path }) => `${method} ${path}`);
    const known = Object.entries(operationFacts as Record<string, { pagination?: unknown }>)
      .filter(([, facts]) => facts.pagination)
      .map(([key]) => key);
    expect(known.sort()).toEqual(paginated.sort());
    expect(paginated.length).toBeGreaterThan(0);
  });
});
