import { contractCase, requestExample } from '../harness.js';

const customer = '123';
const role = 490;

export const roleCases = [
  contractCase({
    operationId: 'listRoles',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/roles', {
        params: { path: { managed_user_id: customer }, query: { page: 1, per_page: 100 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/roles', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/roles', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
      {
        name: 'page 0 (pages start at 1)',
        violates: 'query.page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/roles', {
            params: { path: { managed_user_id: customer }, query: { page: 0 } },
          }),
      },
      {
        name: 'per_page that is not a number',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/roles', {
            // @ts-expect-error per_page is an integer
            params: { path: { managed_user_id: customer }, query: { per_page: 'all' } },
          }),
      },
      {
        name: 'a managed_user_id with an unknown environment suffix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/roles', {
            params: { path: { managed_user_id: '123_staging' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'copyRole',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/roles/{role_id}/copy', {
        params: { path: { managed_user_id: customer, role_id: role } },
        body: requestExample('copyRole', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/roles/{role_id}/copy', {
        params: { path: { managed_user_id: customer, role_id: role } },
        body: requestExample('copyRole'),
      }),
    invalid: [
      {
        name: 'a body without the required name',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/roles/{role_id}/copy', {
            params: { path: { managed_user_id: customer, role_id: role } },
            // @ts-expect-error name is required
            body: { folder_ids: ['1232'] },
          }),
      },
      {
        name: 'a folder ID that is neither an integer nor a string of digits',
        violates: 'body.folder_ids',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/roles/{role_id}/copy', {
            params: { path: { managed_user_id: customer, role_id: role } },
            body: { name: 'Customer developer', folder_ids: ['Shared projects'] },
          }),
      },
      {
        name: 'folder_ids as a single value instead of an array',
        violates: 'body.folder_ids',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/roles/{role_id}/copy', {
            params: { path: { managed_user_id: customer, role_id: role } },
            // @ts-expect-error folder_ids is an array
            body: { name: 'Customer developer', folder_ids: 1232 },
          }),
      },
      {
        name: 'a role_id that is not a number',
        violates: 'path.role_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/roles/{role_id}/copy', {
            // @ts-expect-error role_id is an integer
            params: { path: { managed_user_id: customer, role_id: 'Customer developer' } },
            body: { name: 'Customer developer (copy)' },
          }),
      },
    ],
  }),
];
