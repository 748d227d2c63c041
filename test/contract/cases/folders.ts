import { contractCase, requestExample } from '../harness.js';

const customer = '1199';

export const folderCases = [
  contractCase({
    operationId: 'listFolders',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/folders', {
        params: { path: { managed_user_id: customer }, query: { parent_id: 12323, page: 1, per_page: 100 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/folders', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/folders', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
      {
        name: 'page 0 (pages start at 1)',
        violates: 'query.page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/folders', {
            params: { path: { managed_user_id: customer }, query: { page: 0 } },
          }),
      },
      {
        name: 'a parent_id that is not an integer',
        violates: 'query.parent_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/folders', {
            // @ts-expect-error parent_id is an integer
            params: { path: { managed_user_id: customer }, query: { parent_id: 'home' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createFolder',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/folders', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createFolder', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/folders', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createFolder'),
      }),
    invalid: [
      {
        name: 'a body without the required name',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/folders', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error name is required
            body: { parent_id: 4515 },
          }),
      },
      {
        name: 'a parent_id that is not an integer',
        violates: 'body.parent_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/folders', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error parent_id is an integer
            body: { name: 'Netsuite production', parent_id: '4515' },
          }),
      },
      {
        name: 'the 2019 folder_name instead of name',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/folders', {
            params: { path: { managed_user_id: customer } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { name: 'Netsuite production', folder_name: 'Netsuite production' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateFolder',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/folders/{folder_id}', {
        params: { path: { managed_user_id: customer, folder_id: 1789 } },
        body: requestExample('updateFolder', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/folders/{folder_id}', {
        params: { path: { managed_user_id: customer, folder_id: 1789 } },
        body: requestExample('updateFolder'),
      }),
    invalid: [
      {
        name: 'a parent_id that is not an integer',
        violates: 'body.parent_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/folders/{folder_id}', {
            params: { path: { managed_user_id: customer, folder_id: 1789 } },
            // @ts-expect-error parent_id is an integer
            body: { parent_id: '4515' },
          }),
      },
      {
        name: 'a folder_id that is not a number',
        violates: 'path.folder_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/folders/{folder_id}', {
            // @ts-expect-error folder_id is an integer
            params: { path: { managed_user_id: customer, folder_id: 'home' } },
            body: { name: 'Netsuite production' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteFolder',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/folders/{folder_id}', {
        params: { path: { managed_user_id: customer, folder_id: 1789 } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/folders/{folder_id}', {
        params: { path: { managed_user_id: customer, folder_id: 1789 } },
      }),
    invalid: [
      {
        name: 'folder_id 0',
        violates: 'path.folder_id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/folders/{folder_id}', {
            params: { path: { managed_user_id: customer, folder_id: 0 } },
          }),
      },
    ],
  }),
];
