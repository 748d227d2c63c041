import { contractCase } from '../harness.js';

export const customConnectorCases = [
  contractCase({
    operationId: 'listCustomConnectors',
    call: (client, { headers }) => client.GET('/api/custom_connectors', { params: { query: { title: 'Acme' } }, headers }),
    callRaw: (client) => client.GET('/api/custom_connectors'),
    invalid: [
      {
        name: 'oem_shared that is not a boolean',
        violates: 'query.oem_shared',
        send: (client) =>
          // @ts-expect-error oem_shared is a boolean
          client.GET('/api/custom_connectors', { params: { query: { oem_shared: 'yes' } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'getCustomConnector',
    call: (client, { headers }) => client.GET('/api/custom_connectors/{id}', { params: { path: { id: 3066 } }, headers }),
    callRaw: (client) => client.GET('/api/custom_connectors/{id}', { params: { path: { id: 3066 } } }),
    invalid: [
      {
        name: 'an id that is not a number',
        violates: 'path.id',
        send: (client) =>
          // @ts-expect-error id is an integer
          client.GET('/api/custom_connectors/{id}', { params: { path: { id: 'acme' } } }),
      },
      {
        name: 'id 0',
        violates: 'path.id',
        send: (client) => client.GET('/api/custom_connectors/{id}', { params: { path: { id: 0 } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'shareCustomConnectorVersion',
    call: (client, { headers }) =>
      client.POST('/api/custom_connectors/{id}/share_oem_version/{version}', {
        params: { path: { id: 3066, version: 4 } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/custom_connectors/{id}/share_oem_version/{version}', { params: { path: { id: 3066, version: 4 } } }),
    invalid: [
      {
        name: 'version 0',
        violates: 'path.version',
        send: (client) =>
          client.POST('/api/custom_connectors/{id}/share_oem_version/{version}', { params: { path: { id: 3066, version: 0 } } }),
      },
      {
        name: 'a version name instead of a number',
        violates: 'path.version',
        send: (client) =>
          client.POST('/api/custom_connectors/{id}/share_oem_version/{version}', {
            // @ts-expect-error version is an integer
            params: { path: { id: 3066, version: 'latest' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'unshareCustomConnector',
    call: (client, { headers }) =>
      client.DELETE('/api/custom_connectors/{id}/suppress_oem_version', { params: { path: { id: 3066 } }, headers }),
    callRaw: (client) => client.DELETE('/api/custom_connectors/{id}/suppress_oem_version', { params: { path: { id: 3066 } } }),
    invalid: [
      {
        name: 'a negative id',
        violates: 'path.id',
        send: (client) => client.DELETE('/api/custom_connectors/{id}/suppress_oem_version', { params: { path: { id: -5 } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'shareRecipe',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/share', {
        params: { path: { managed_user_id: '12345', recipe_id: 123 } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/share', {
        params: { path: { managed_user_id: '12345', recipe_id: 123 } },
      }),
    invalid: [
      {
        name: 'a managed_user_id with a space and no E prefix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/share', {
            params: { path: { managed_user_id: 'customer 7', recipe_id: 123 } },
          }),
      },
    ],
  }),
];
