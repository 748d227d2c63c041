import { contractCase, requestExample } from '../harness.js';

const customer = '19029';
const role = 1;

export const environmentRoleCases = [
  contractCase({
    operationId: 'listEnvironmentRoles',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/environment_roles', {
        params: { path: { managed_user_id: customer }, query: { name: 'Developer', 'page[number]': 1, 'page[size]': 100 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/environment_roles', { params: { path: { managed_user_id: customer } } }),
    // Prism reads page[number] and page[size] as a deepObject `page`, so it does not check their limits,
    // and it lets an empty name filter through.
    invalid: [
      {
        name: 'a managed_user_id with an unknown environment suffix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/environment_roles', {
            params: { path: { managed_user_id: '19029_staging' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getEnvironmentRole',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/environment_roles/{id}', {
        params: { path: { managed_user_id: customer, id: role } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/environment_roles/{id}', {
        params: { path: { managed_user_id: customer, id: role } },
      }),
    invalid: [
      {
        name: 'a role ID that is not an integer',
        violates: 'path.id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/environment_roles/{id}', {
            // @ts-expect-error id is an integer
            params: { path: { managed_user_id: customer, id: 'builder' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createEnvironmentRole',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/environment_roles', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createEnvironmentRole', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/environment_roles', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createEnvironmentRole'),
      }),
    invalid: [
      {
        name: 'the role sent without its environment_role wrapper',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/environment_roles', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error the fields go inside environment_role
            body: { name: 'Builder', config: { team: { privileges: 'all' } } },
          }),
      },
      {
        name: 'a role without its config',
        violates: 'body.environment_role',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/environment_roles', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error config is required
            body: { environment_role: { name: 'Builder' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateEnvironmentRole',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/environment_roles/{id}', {
        params: { path: { managed_user_id: customer, id: role } },
        body: requestExample('updateEnvironmentRole', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/environment_roles/{id}', {
        params: { path: { managed_user_id: customer, id: role } },
        body: requestExample('updateEnvironmentRole'),
      }),
    invalid: [
      {
        name: 'a role without its name',
        violates: 'body.environment_role',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/environment_roles/{id}', {
            params: { path: { managed_user_id: customer, id: role } },
            // @ts-expect-error name is required
            body: { environment_role: { config: { team: { privileges: 'all' } } } },
          }),
      },
      {
        name: 'a role ID of 0',
        violates: 'path.id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/environment_roles/{id}', {
            params: { path: { managed_user_id: customer, id: 0 } },
            body: requestExample('updateEnvironmentRole'),
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteEnvironmentRole',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/environment_roles/{id}', {
        params: { path: { managed_user_id: customer, id: role } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/environment_roles/{id}', {
        params: { path: { managed_user_id: customer, id: role } },
      }),
    invalid: [
      {
        name: 'a role ID that is not an integer',
        violates: 'path.id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/environment_roles/{id}', {
            // @ts-expect-error id is an integer
            params: { path: { managed_user_id: customer, id: 'builder' } },
          }),
      },
    ],
  }),
];
