// The usage example of README.md, kept compiling by `npm run typecheck`. Not run: it needs a real token.
import { createWorkatoClient, customerId } from '../../src/index.js';

export async function readmeExample(): Promise<void> {
  const workato = createWorkatoClient({
    token: process.env.WORKATO_API_TOKEN!, // or an async function, called for every request
    dataCenter: 'eu', // us, eu, jp, sg, au, il; or baseUrl: 'http://127.0.0.1:4010' for the mock
  });

  const { data, error } = await workato.GET('/api/managed_users/{managed_user_id}/connections', {
    params: {
      path: { managed_user_id: customerId({ externalId: 'acme/eu 7', environment: 'prod' }) },
      query: { 'includes[]': ['tags'] },
    },
  });
  if (error) throw new Error(`Workato said: ${error.message}`);
  for (const connection of data.result) console.log(connection.id, connection.name, connection.tags);
}
