import { contractCase, requestExample } from '../harness.js';

const customer = '98178';
const connection = 1678;

export const connectionCases = [
  contractCase({
    operationId: 'listConnections',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/connections', {
        params: { path: { managed_user_id: customer }, query: { 'includes[]': ['tags'], provider: 'salesforce' } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/connections', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'a managed_user_id that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/connections', { params: { path: { managed_user_id: 'acme' } } }),
      },
      {
        name: 'updated_after that is not a date-time',
        violates: 'query.updated_after',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/connections', {
            params: { path: { managed_user_id: customer }, query: { updated_after: 'yesterday' } },
          }),
      },
      {
        name: 'a folder_id that is not an integer',
        violates: 'query.folder_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/connections', {
            params: {
              path: { managed_user_id: customer },
              // @ts-expect-error folder_id is an integer
              query: { folder_id: 'projects' },
            },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createConnection',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/connections', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createConnection', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/connections', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createConnection'),
      }),
    invalid: [
      {
        name: 'a body without the required folder_id',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/connections', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error folder_id is required
            body: { name: 'jira_connection', provider: 'jira' },
          }),
      },
      {
        name: 'a body with a misspelt property',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/connections', {
            params: { path: { managed_user_id: customer } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { provider: 'jira', folder_id: 1892, folderId: 1892 },
          }),
      },
      {
        name: 'shell_connection as a string',
        violates: 'body.shell_connection',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/connections', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error shell_connection is a boolean
            body: { provider: 'jira', folder_id: 1892, shell_connection: 'true' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateConnection',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
        params: { path: { managed_user_id: customer, connection_id: connection } },
        body: requestExample('updateConnection', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
        params: { path: { managed_user_id: customer, connection_id: connection } },
        body: requestExample('updateConnection'),
      }),
    invalid: [
      {
        name: 'a folder_id that is not an integer',
        violates: 'body.folder_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
            params: { path: { managed_user_id: customer, connection_id: connection } },
            // @ts-expect-error folder_id is an integer
            body: { folder_id: 'archive' },
          }),
      },
      {
        name: 'a body with a property the operation does not take',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
            params: { path: { managed_user_id: customer, connection_id: connection } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { name: 'renamed', authorized: true },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'disconnectConnection',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/connections/{connection_id}/disconnect', {
        params: { path: { managed_user_id: customer, connection_id: connection }, query: { force: true } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/connections/{connection_id}/disconnect', {
        params: { path: { managed_user_id: customer, connection_id: connection } },
      }),
    invalid: [
      {
        name: 'force that is not a boolean',
        violates: 'query.force',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/connections/{connection_id}/disconnect', {
            params: {
              path: { managed_user_id: customer, connection_id: connection },
              // @ts-expect-error force is a boolean
              query: { force: 'always' },
            },
          }),
      },
      {
        name: 'an unknown environment suffix on managed_user_id',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/connections/{connection_id}/disconnect', {
            params: { path: { managed_user_id: '98178_staging', connection_id: connection } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteConnection',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
        params: { path: { managed_user_id: customer, connection_id: connection } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
        params: { path: { managed_user_id: customer, connection_id: connection } },
      }),
    invalid: [
      {
        name: 'a managed_user_id with a lowercase e prefix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
            params: { path: { managed_user_id: 'eA2300', connection_id: connection } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getConnectionInputSchema',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/connections/{connection_id}/input_schema', {
        params: { path: { managed_user_id: '97', connection_id: 1987654 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/connections/{connection_id}/input_schema', {
        params: { path: { managed_user_id: '97', connection_id: 1987654 } },
      }),
    invalid: [
      {
        name: 'a bare E without an external ID',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/connections/{connection_id}/input_schema', {
            params: { path: { managed_user_id: 'E', connection_id: 1987654 } },
          }),
      },
    ],
  }),
];
