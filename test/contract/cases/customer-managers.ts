import { contractCase, requestExample } from '../harness.js';

const manager = 1234;

export const customerManagerCases = [
  contractCase({
    operationId: 'listCustomerManagers',
    call: (client, { headers }) => client.GET('/api/customer_managers', { headers }),
    callRaw: (client) => client.GET('/api/customer_managers'),
    // The operation takes no parameters and no body: no request can break its description. Prism
    // reports a body sent anyway at `request` alone, and fetch refuses to send a GET with a body.
    invalid: [],
  }),

  contractCase({
    operationId: 'createCustomerManager',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/customer_managers', { body: requestExample('createCustomerManager', name), headers }),
    callRaw: (client) => client.POST('/api/customer_managers', { body: requestExample('createCustomerManager') }),
    invalid: [
      {
        name: 'a body without the required team_collaborator_id',
        violates: 'body',
        send: (client) =>
          client.POST('/api/customer_managers', {
            // @ts-expect-error team_collaborator_id is required
            body: { role_id: 247 },
          }),
      },
      {
        name: 'role_id as a role name instead of an ID',
        violates: 'body.role_id',
        send: (client) =>
          client.POST('/api/customer_managers', {
            body: { team_collaborator_id: 4321, role_id: 'Admin' },
          }),
      },
      {
        name: 'a workspace ID that is not an integer',
        violates: 'body.permitted_workspace_ids',
        send: (client) =>
          client.POST('/api/customer_managers', {
            // @ts-expect-error permitted_workspace_ids holds integers
            body: { team_collaborator_id: 4321, role_id: 247, permitted_workspace_ids: ['Nutech'] },
          }),
      },
      {
        name: 'a body with a property the operation does not take',
        violates: 'body',
        send: (client) =>
          client.POST('/api/customer_managers', {
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { team_collaborator_id: 4321, role_id: 247, email: 'alex@example.com' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateCustomerManager',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/customer_managers/{id}', {
        params: { path: { id: manager } },
        body: requestExample('updateCustomerManager', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/customer_managers/{id}', {
        params: { path: { id: manager } },
        body: requestExample('updateCustomerManager'),
      }),
    invalid: [
      {
        name: 'role_id as a string that is not a number',
        violates: 'body.role_id',
        send: (client) =>
          client.PUT('/api/customer_managers/{id}', {
            params: { path: { id: manager } },
            body: { role_id: 'two' },
          }),
      },
      {
        name: 'a body without the required role_id',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/customer_managers/{id}', {
            params: { path: { id: manager } },
            // @ts-expect-error role_id is required
            body: { permitted_workspace_ids: [27123] },
          }),
      },
      {
        name: 'an id that is not a number',
        violates: 'path.id',
        send: (client) =>
          client.PUT('/api/customer_managers/{id}', {
            // @ts-expect-error id is an integer
            params: { path: { id: 'alex' } },
            body: { role_id: 2 },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteCustomerManager',
    call: (client, { headers }) => client.DELETE('/api/customer_managers/{id}', { params: { path: { id: manager } }, headers }),
    callRaw: (client) => client.DELETE('/api/customer_managers/{id}', { params: { path: { id: manager } } }),
    invalid: [
      {
        name: 'id 0',
        violates: 'path.id',
        send: (client) => client.DELETE('/api/customer_managers/{id}', { params: { path: { id: 0 } } }),
      },
      {
        name: 'an id that is not a number',
        violates: 'path.id',
        send: (client) =>
          // @ts-expect-error id is an integer
          client.DELETE('/api/customer_managers/{id}', { params: { path: { id: 'alex@example.com' } } }),
      },
    ],
  }),
];
