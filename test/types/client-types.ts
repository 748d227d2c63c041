// Compile-time tests, checked by `npm run typecheck`: each @ts-expect-error line must stay an error, and
// each expectTypeOf must hold. The functions are never called.
import { expectTypeOf } from 'vitest';
import {
  createWorkatoClient,
  customerId,
  paginate,
  unwrap,
  WorkatoHttpError,
  type components,
  type PageItem,
  type WorkatoClient,
} from '../../src/index.js';

type Schemas = components['schemas'];

export function optionTypes(): void {
  // @ts-expect-error the token is required
  createWorkatoClient({ dataCenter: 'us' });
  // @ts-expect-error only the data centers of the description exist
  createWorkatoClient({ token: 't', dataCenter: 'mars' });
  createWorkatoClient({ token: async () => 't', baseUrl: 'http://127.0.0.1:4010' });
  // @ts-expect-error the token function must return a string
  createWorkatoClient({ token: async () => 42, dataCenter: 'us' });
  // @ts-expect-error environments are dev, test and prod
  customerId({ id: 1, environment: 'staging' });
}

export async function requestTypes(client: WorkatoClient): Promise<void> {
  // @ts-expect-error not a path of the description
  await client.GET('/api/managed_users/{managed_user_id}/connection', { params: { path: { managed_user_id: '1' } } });
  // @ts-expect-error the path has no GET
  await client.GET('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
    params: { path: { managed_user_id: '1', connection_id: '2' } },
  });
  await client.PUT('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
    // @ts-expect-error connection_id is required
    params: { path: { managed_user_id: '1' } },
    body: { name: 'renamed' },
  });
  // @ts-expect-error creating a connection needs a body
  await client.POST('/api/managed_users/{managed_user_id}/connections', { params: { path: { managed_user_id: '1' } } });
  await client.GET('/api/integrations/all', {
    // @ts-expect-error page is an integer
    params: { query: { page: '2' } },
  });
}

export async function responseTypes(client: WorkatoClient): Promise<void> {
  const list = await client.GET('/api/managed_users/{managed_user_id}/connections', {
    params: { path: { managed_user_id: '1' } },
  });
  if (list.data) expectTypeOf(list.data).toEqualTypeOf<Schemas['ListConnectionsResult']>();
  if (list.error) expectTypeOf(list.error).toEqualTypeOf<Schemas['ErrorBody'] | Schemas['ServerErrorBody']>();

  const created = await client.POST('/api/managed_users/{managed_user_id}/connections', {
    params: { path: { managed_user_id: '1' } },
    body: { folder_id: 1892, provider: 'jira', shell_connection: true },
  });
  if (created.data) {
    expectTypeOf(created.data).toEqualTypeOf<Schemas['Connection']>();
    expectTypeOf(created.data.identity).toEqualTypeOf<string | null | undefined>();
  }

  const deleted = await client.DELETE('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
    params: { path: { managed_user_id: '1', connection_id: 2 } },
  });
  if (deleted.data) {
    expectTypeOf(deleted.data).toEqualTypeOf<Schemas['ActionResultResponse'] | Schemas['DeleteConnectionRejected']>();
    if ('result' in deleted.data) expectTypeOf(deleted.data.result.success).toEqualTypeOf<boolean>();
    else expectTypeOf(deleted.data.message).toEqualTypeOf<string>();
  }

  const page = await client.GET('/api/integrations/all', { params: { query: { per_page: 100 } } });
  if (page.data) expectTypeOf(page.data.items).toEqualTypeOf<Schemas['Connector'][]>();

  const one = await client.GET('/api/custom_connectors/{id}', { params: { path: { id: 3066 } } });
  if (one.data) expectTypeOf(one.data.result).toEqualTypeOf<Schemas['CustomConnector'][]>();
}

export async function pagingAndErrorTypes(client: WorkatoClient): Promise<void> {
  const recipes = '/api/managed_users/{managed_user_id}/recipes';
  for await (const recipe of paginate(client, recipes, { params: { path: { managed_user_id: '97' } } })) {
    expectTypeOf(recipe).toEqualTypeOf<Schemas['Recipe']>();
  }
  expectTypeOf<PageItem<'/api/integrations/all'>>().toEqualTypeOf<Schemas['Connector']>();
  expectTypeOf<PageItem<'/api/managed_users/{managed_user_id}/roles'>>().toEqualTypeOf<Schemas['Role']>();
  // @ts-expect-error listConnections is not paginated
  paginate(client, '/api/managed_users/{managed_user_id}/connections');
  // @ts-expect-error the path parameters of the operation are required
  paginate(client, recipes, { params: { query: { per_page: 10 } } });

  const connections = await unwrap(
    client.GET('/api/managed_users/{managed_user_id}/connections', { params: { path: { managed_user_id: '97' } } }),
  );
  expectTypeOf(connections).toEqualTypeOf<Schemas['ListConnectionsResult']>();
  const failure = new Error() as unknown;
  if (failure instanceof WorkatoHttpError) expectTypeOf(failure.status).toEqualTypeOf<number>();
}
