import { contractCase, requestExample } from '../harness.js';

const customer = '19029';

export const propertyCases = [
  contractCase({
    operationId: 'listProperties',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/properties', {
        params: { path: { managed_user_id: customer }, query: { prefix: 'salesforce_sync.' } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/properties', {
        params: { path: { managed_user_id: customer }, query: { prefix: 'salesforce_sync.', project_id: 523144 } },
      }),
    invalid: [
      {
        name: 'no prefix',
        violates: 'query',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/properties', {
            // @ts-expect-error prefix is required
            params: { path: { managed_user_id: customer }, query: { project_id: 523144 } },
          }),
      },
      {
        name: 'a project_id that is not an integer',
        violates: 'query.project_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/properties', {
            // @ts-expect-error project_id is an integer
            params: { path: { managed_user_id: customer }, query: { prefix: 'salesforce_sync.', project_id: 'procure' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'upsertProperties',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/properties', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('upsertProperties', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/properties', {
        params: { path: { managed_user_id: customer }, query: { project_id: 523144 } },
        body: requestExample('upsertProperties'),
      }),
    invalid: [
      {
        name: 'a body without properties',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/properties', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error properties is required
            body: {},
          }),
      },
      {
        name: 'a value that is a number, not a string',
        violates: 'body.properties.retry_count',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/properties', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error property values are strings
            body: { properties: { retry_count: 3 } },
          }),
      },
      {
        name: 'a value over 1,024 characters',
        violates: 'body.properties.long_value',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/properties', {
            params: { path: { managed_user_id: customer } },
            body: { properties: { long_value: 'x'.repeat(1025) } },
          }),
      },
      {
        name: 'the 2019 array of name-value pairs',
        violates: 'body.properties',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/properties', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error properties maps names to values
            body: { properties: [{ name: 'salesforce_sync.object_name', value: 'Account' }] },
          }),
      },
    ],
  }),
];
