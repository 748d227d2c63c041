// A small consumer of the package, as a partner would write it; bench/run.mjs times its type check.
import { createWorkatoClient, customerId, paginate, unwrap, WorkatoHttpError } from '../../src/index.js';

const client = createWorkatoClient({ token: process.env.WORKATO_TOKEN ?? 'token', dataCenter: 'eu' });
const customer = customerId({ externalId: 'acme-eu-7', environment: 'prod' });

export async function provision(): Promise<number> {
  const connection = await unwrap(
    client.POST('/api/managed_users/{managed_user_id}/connections', {
      params: { path: { managed_user_id: customer } },
      body: { name: 'Jira of Acme', provider: 'jira', folder_id: 1892 },
    }),
  );
  let recipes = 0;
  for await (const recipe of paginate(client, '/api/managed_users/{managed_user_id}/recipes', { params: { path: { managed_user_id: customer } } })) {
    if (recipe.running) recipes += 1;
  }
  try {
    await unwrap(client.DELETE('/api/managed_users/{managed_user_id}/connections/{connection_id}', { params: { path: { managed_user_id: customer, connection_id: connection.id } } }));
  } catch (error) {
    if (!(error instanceof WorkatoHttpError && error.status === 404)) throw error;
  }
  return recipes;
}
