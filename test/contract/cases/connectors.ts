import { contractCase } from '../harness.js';

export const connectorCases = [
  contractCase({
    operationId: 'getConnectorInputSchema',
    call: (client, { headers }) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/connectors/{connector_name}/input_schema', {
        params: { path: { managed_user_id: '97', connector_name: 'jms' } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/connectors/{connector_name}/input_schema', {
        params: { path: { managed_user_id: '97', connector_name: 'jms' } },
      }),
    invalid: [
      {
        name: 'a managed_user_id mixing digits and letters without the E prefix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/v2/managed_users/{managed_user_id}/connectors/{connector_name}/input_schema', {
            params: { path: { managed_user_id: '97abc', connector_name: 'jms' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listConnectorMetadata',
    call: (client, { headers }) =>
      client.GET('/api/integrations', { params: { query: { applications: 'google_drive,service_now' } }, headers }),
    callRaw: (client) => client.GET('/api/integrations', { params: { query: { applications: 'google_drive' } } }),
    invalid: [
      {
        name: 'no applications',
        violates: 'query',
        // @ts-expect-error applications is required
        send: (client) => client.GET('/api/integrations', { params: { query: {} } }),
      },
      {
        name: 'an empty name in the applications list',
        violates: 'query.applications',
        send: (client) => client.GET('/api/integrations', { params: { query: { applications: 'google_drive,,jira' } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'listAllConnectors',
    call: (client, { headers }) => client.GET('/api/integrations/all', { params: { query: { page: 1, per_page: 90 } }, headers }),
    callRaw: (client) => client.GET('/api/integrations/all', { params: { query: { per_page: 100 } } }),
    invalid: [
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) => client.GET('/api/integrations/all', { params: { query: { per_page: 101 } } }),
      },
      {
        name: 'page 0 (pages start at 1)',
        violates: 'query.page',
        send: (client) => client.GET('/api/integrations/all', { params: { query: { page: 0 } } }),
      },
      {
        name: 'per_page that is not a number',
        violates: 'query.per_page',
        send: (client) =>
          // @ts-expect-error per_page is an integer
          client.GET('/api/integrations/all', { params: { query: { per_page: 'all' } } }),
      },
    ],
  }),
];
