// The code of README.md, kept compiling by `npm run typecheck`. Not run: it needs a real token.
import { createRateLimiter, createWorkatoClient, customerId, paginate, unwrap, WorkatoHttpError } from '../../src/index.js';

export async function readmeExample(token: string, otherToken: string): Promise<void> {
  const workato = createWorkatoClient({
    token: process.env.WORKATO_API_TOKEN!, // or an async function, called for every request
    dataCenter: 'eu', // us, eu, jp, sg, au, il; or baseUrl: 'http://127.0.0.1:4010' for the mock
  });

  const customer = customerId({ externalId: 'acme/eu 7', environment: 'prod' });
  const { result } = await unwrap(
    workato.GET('/api/managed_users/{managed_user_id}/connections', {
      params: { path: { managed_user_id: customer }, query: { 'includes[]': ['tags'] } },
    }),
  );
  for (const connection of result) console.log(connection.id, connection.name, connection.tags);

  // Errors
  try {
    await unwrap(workato.DELETE('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
      params: { path: { managed_user_id: customer, connection_id: 42 } },
    }));
  } catch (error) {
    if (error instanceof WorkatoHttpError && error.status === 404) console.log('already gone');
    else throw error;
  }

  // Retries
  createWorkatoClient({ token, dataCenter: 'us', retry: { maxRetries: 4, maxDelayMs: 20_000 } }); // or retry: false

  // Timeouts and cancellation
  await workato.GET('/api/managed_users/{managed_user_id}/folders', { params: { path: { managed_user_id: customer } }, signal: AbortSignal.timeout(5_000) });

  // Rate limits
  const limiter = createRateLimiter({ limits: { 'connections.other': 30 } });
  createWorkatoClient({ token, dataCenter: 'us', rateLimiter: limiter });
  createWorkatoClient({ token: otherToken, dataCenter: 'us', rateLimiter: limiter });
  createWorkatoClient({ token, baseUrl: 'http://127.0.0.1:4010', rateLimiter: false }); // no queueing, e.g. for the mock

  // Pagination
  for await (const recipe of paginate(workato, '/api/managed_users/{managed_user_id}/recipes', { params: { path: { managed_user_id: customer } } })) {
    console.log(recipe.id, recipe.running);
  }

  // Debug logging
  createWorkatoClient({ token, dataCenter: 'us', debug: (event) => console.debug(event) });
}
