import { contractCase, requestExample, type CallResult } from '../harness.js';

const customer = '19029';
const handle = 'tag-ANgdXgTF-bANz3H';
const tagPath = '/api/v2/managed_users/{managed_user_id}/tags/{handle}' as const;

export const tagCases = [
  contractCase({
    operationId: 'listTags',
    call: (client, { headers }) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/tags', {
        params: {
          path: { managed_user_id: customer },
          query: {
            page: 1,
            per_page: 50,
            'includes[]': ['author', 'assignment_count'],
            'q[title_or_description_cont]': 'account',
            sort_by: 'assignment_count',
            sort_direction: 'desc',
          },
        },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/tags', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page over 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/v2/managed_users/{managed_user_id}/tags', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
      {
        name: 'an unknown sort order',
        violates: 'query.sort_by',
        send: (client) =>
          client.GET('/api/v2/managed_users/{managed_user_id}/tags', {
            // @ts-expect-error sort_by is one of four values
            params: { path: { managed_user_id: customer }, query: { sort_by: 'color' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createTag',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/tags', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createTag', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/tags', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createTag'),
      }),
    invalid: [
      {
        name: 'a tag without its title',
        violates: 'body',
        send: (client) =>
          client.POST('/api/v2/managed_users/{managed_user_id}/tags', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error title is required
            body: { color: 'orange' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateTag',
    call: (client, { headers, requestExample: name }) =>
      client.PUT(tagPath, {
        params: { path: { managed_user_id: customer, handle } },
        body: requestExample('updateTag', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT(tagPath, { params: { path: { managed_user_id: customer, handle } }, body: requestExample('updateTag') }),
    invalid: [
      {
        name: 'a body without the required title',
        violates: 'body',
        send: (client) =>
          client.PUT(tagPath, {
            params: { path: { managed_user_id: customer, handle } },
            // @ts-expect-error title is required
            body: { color: 'green' },
          }),
      },
      {
        name: 'the handle, which cannot change',
        violates: 'body',
        send: (client) =>
          client.PUT(tagPath, {
            params: { path: { managed_user_id: customer, handle } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { title: 'Finance', handle: 'tag-finance' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteTag',
    // The 200 answer has no body, which the harness types as `never`: an empty `data` is what is expected.
    call: (client, { headers }) =>
      client.DELETE(tagPath, { params: { path: { managed_user_id: customer, handle } }, headers }) as Promise<CallResult<never>>,
    callRaw: (client) => client.DELETE(tagPath, { params: { path: { managed_user_id: customer, handle } } }),
    invalid: [
      {
        name: 'a customer ID that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) => client.DELETE(tagPath, { params: { path: { managed_user_id: 'acme', handle } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateTagAssignments',
    // The 200 answer has no body, which the harness types as `never`: an empty `data` is what is expected.
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/tags_assignments', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('updateTagAssignments', name),
        headers,
      }) as Promise<CallResult<never>>,
    callRaw: (client) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/tags_assignments', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('updateTagAssignments'),
      }),
    invalid: [
      {
        name: 'neither recipe_ids nor connection_ids',
        violates: 'body',
        send: (client) =>
          client.POST('/api/v2/managed_users/{managed_user_id}/tags_assignments', {
            params: { path: { managed_user_id: customer } },
            body: { add_tags: [handle] },
          }),
      },
      {
        name: 'recipe IDs sent as strings',
        violates: 'body.recipe_ids.0',
        send: (client) =>
          client.POST('/api/v2/managed_users/{managed_user_id}/tags_assignments', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error recipe IDs are integers
            body: { add_tags: [handle], recipe_ids: ['54525313'] },
          }),
      },
    ],
  }),
];
