import { contractCase, requestExample } from '../harness.js';

const customer = 'EA2300';
const apiClient = 40947;
const role = 26779;

const clients = '/api/v2/managed_users/{managed_user_id}/developer_api_clients';
const oneClient = '/api/v2/managed_users/{managed_user_id}/developer_api_clients/{id}';
const regenerate = '/api/v2/managed_users/{managed_user_id}/developer_api_clients/{id}/regenerate';
const roles = '/api/v2/managed_users/{managed_user_id}/developer_api_client_roles';
const copyRole = '/api/v2/managed_users/{managed_user_id}/developer_api_client_roles/{id}/copy';

export const developerApiClientCases = [
  contractCase({
    operationId: 'listDeveloperApiClients',
    call: (client, { headers }) =>
      client.GET(clients, {
        params: { path: { managed_user_id: customer }, query: { page: 1, per_page: 100 } },
        headers,
      }),
    callRaw: (client) => client.GET(clients, { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) => client.GET(clients, { params: { path: { managed_user_id: customer }, query: { per_page: 101 } } }),
      },
      {
        name: 'page 0 (pages start at 1)',
        violates: 'query.page',
        send: (client) => client.GET(clients, { params: { path: { managed_user_id: customer }, query: { page: 0 } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'createDeveloperApiClient',
    call: (client, { headers, requestExample: name }) =>
      client.POST(clients, {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createDeveloperApiClient', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST(clients, {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createDeveloperApiClient'),
      }),
    invalid: [
      {
        name: 'a body without the required all_folders',
        violates: 'body',
        send: (client) =>
          client.POST(clients, {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error all_folders is required
            body: { name: 'CI deployments', api_privilege_group_id: role },
          }),
      },
      {
        name: 'an api_privilege_group_id that is not an integer',
        violates: 'body.api_privilege_group_id',
        send: (client) =>
          client.POST(clients, {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error api_privilege_group_id is an integer
            body: { name: 'CI deployments', api_privilege_group_id: 'admin', all_folders: true },
          }),
      },
      {
        name: 'a body with a property the operation does not take',
        violates: 'body',
        send: (client) =>
          client.POST(clients, {
            params: { path: { managed_user_id: customer } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { name: 'CI deployments', api_privilege_group_id: role, all_folders: true, project_id: 523144 },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getDeveloperApiClient',
    call: (client, { headers }) =>
      client.GET(oneClient, { params: { path: { managed_user_id: customer, id: apiClient } }, headers }),
    callRaw: (client) => client.GET(oneClient, { params: { path: { managed_user_id: customer, id: apiClient } } }),
    invalid: [
      {
        name: 'id 0',
        violates: 'path.id',
        send: (client) => client.GET(oneClient, { params: { path: { managed_user_id: customer, id: 0 } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateDeveloperApiClient',
    call: (client, { headers, requestExample: name }) =>
      client.PUT(oneClient, {
        params: { path: { managed_user_id: customer, id: apiClient } },
        body: requestExample('updateDeveloperApiClient', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT(oneClient, {
        params: { path: { managed_user_id: customer, id: apiClient } },
        body: requestExample('updateDeveloperApiClient'),
      }),
    invalid: [
      {
        name: 'folder_ids that are not integers',
        violates: 'body.folder_ids',
        send: (client) =>
          client.PUT(oneClient, {
            params: { path: { managed_user_id: customer, id: apiClient } },
            // @ts-expect-error folder_ids holds integers
            body: { all_folders: false, folder_ids: ['Sales'] },
          }),
      },
      {
        name: 'an id that is not a number',
        violates: 'path.id',
        send: (client) =>
          client.PUT(oneClient, {
            // @ts-expect-error id is an integer
            params: { path: { managed_user_id: customer, id: 'ci' } },
            body: { name: 'CI' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteDeveloperApiClient',
    call: (client, { headers }) =>
      client.DELETE(oneClient, { params: { path: { managed_user_id: customer, id: apiClient } }, headers }),
    callRaw: (client) => client.DELETE(oneClient, { params: { path: { managed_user_id: customer, id: apiClient } } }),
    invalid: [
      {
        name: 'an id with a fraction',
        violates: 'path.id',
        send: (client) => client.DELETE(oneClient, { params: { path: { managed_user_id: customer, id: 40947.5 } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'regenerateDeveloperApiClientToken',
    call: (client, { headers }) =>
      client.POST(regenerate, { params: { path: { managed_user_id: customer, id: apiClient } }, headers }),
    callRaw: (client) => client.POST(regenerate, { params: { path: { managed_user_id: customer, id: apiClient } } }),
    invalid: [
      {
        name: 'id 0',
        violates: 'path.id',
        send: (client) => client.POST(regenerate, { params: { path: { managed_user_id: customer, id: 0 } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'listDeveloperApiClientRoles',
    call: (client, { headers }) =>
      client.GET(roles, { params: { path: { managed_user_id: customer }, query: { page: 1, per_page: 50 } }, headers }),
    callRaw: (client) => client.GET(roles, { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) => client.GET(roles, { params: { path: { managed_user_id: customer }, query: { per_page: 500 } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'copyDeveloperApiClientRole',
    call: (client, { headers }) => client.POST(copyRole, { params: { path: { managed_user_id: customer, id: role } }, headers }),
    callRaw: (client) => client.POST(copyRole, { params: { path: { managed_user_id: customer, id: role } } }),
    invalid: [
      {
        name: 'a role id that is not a number',
        violates: 'path.id',
        send: (client) =>
          // @ts-expect-error id is an integer
          client.POST(copyRole, { params: { path: { managed_user_id: customer, id: 'admin' } } }),
      },
    ],
  }),
];
