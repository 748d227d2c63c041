import { createWorkatoClient, customerId, unwrap } from 'workato-embedded-api';

const workato = createWorkatoClient({
  token: process.env.WORKATO_API_TOKEN ?? '', // or an async function, asked once per call
  dataCenter: 'eu', // us, eu, jp, sg, au, il; or baseUrl: 'http://127.0.0.1:4010' for the mock
});

const customer = customerId({ externalId: 'acme/eu 7', environment: 'prod' }); // "Eacme/eu 7_prod"
const { result } = await unwrap(
  workato.GET('/api/managed_users/{managed_user_id}/connections', {
    params: { path: { managed_user_id: customer }, query: { 'includes[]': ['tags'] } },
  }),
);
for (const connection of result) console.log(connection.id, connection.name, connection.tags);
