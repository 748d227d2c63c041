import { contractCase, requestExample } from '../harness.js';

const customer = '19029';
const group = 'pf-APHDLgAD-cTXBtz';

export const collaboratorGroupCases = [
  contractCase({
    operationId: 'listCollaboratorGroups',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/user_groups', {
        params: { path: { managed_user_id: customer }, query: { name: 'Developers', 'page[number]': 1, 'page[size]': 100 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/user_groups', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'a managed_user_id that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/user_groups', {
            params: { path: { managed_user_id: 'acme' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getCollaboratorGroup',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/user_groups/{id}', {
        params: { path: { managed_user_id: customer, id: group } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/user_groups/{id}', {
        params: { path: { managed_user_id: customer, id: group } },
      }),
    invalid: [
      {
        name: 'a managed_user_id with a lowercase e prefix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/user_groups/{id}', {
            params: { path: { managed_user_id: 'eA2300', id: group } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createCollaboratorGroup',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/user_groups', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createCollaboratorGroup', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/user_groups', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createCollaboratorGroup'),
      }),
    invalid: [
      {
        name: 'a group without a name',
        violates: 'body.user_group',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/user_groups', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error name is required
            body: { user_group: { description: 'Group for developers' } },
          }),
      },
      {
        name: 'the group sent without the user_group wrapper',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/user_groups', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error the group goes inside user_group
            body: { name: 'Developers' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateCollaboratorGroup',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/user_groups/{id}', {
        params: { path: { managed_user_id: customer, id: group } },
        body: requestExample('updateCollaboratorGroup', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/user_groups/{id}', {
        params: { path: { managed_user_id: customer, id: group } },
        body: requestExample('updateCollaboratorGroup'),
      }),
    invalid: [
      {
        name: 'a description that is not a string',
        violates: 'body.user_group.description',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/user_groups/{id}', {
            params: { path: { managed_user_id: customer, id: group } },
            // @ts-expect-error description is a string
            body: { user_group: { description: 42 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteCollaboratorGroup',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/user_groups/{id}', {
        params: { path: { managed_user_id: customer, id: group } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/user_groups/{id}', {
        params: { path: { managed_user_id: customer, id: group } },
      }),
    invalid: [
      {
        name: 'a managed_user_id that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/user_groups/{id}', {
            params: { path: { managed_user_id: 'acme', id: group } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listCollaboratorGroupMembers',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/user_groups/{id}/members', {
        params: { path: { managed_user_id: customer, id: group }, query: { text: 'taylor', 'page[number]': 1 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/user_groups/{id}/members', {
        params: { path: { managed_user_id: customer, id: group } },
      }),
    invalid: [
      {
        name: 'a managed_user_id that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/user_groups/{id}/members', {
            params: { path: { managed_user_id: 'acme', id: group } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'addCollaboratorGroupMembers',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/user_groups/{id}/members', {
        params: { path: { managed_user_id: customer, id: group }, query: { user_ids: [1, 2] } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/user_groups/{id}/members', {
        params: { path: { managed_user_id: customer, id: group }, query: { user_ids: [1, 2] } },
      }),
    invalid: [
      {
        name: 'no user_ids',
        violates: 'query',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/user_groups/{id}/members', {
            // @ts-expect-error user_ids is required
            params: { path: { managed_user_id: customer, id: group }, query: {} },
          }),
      },
      {
        name: 'a collaborator ID that is not an integer',
        violates: 'query.user_ids',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/user_groups/{id}/members', {
            // @ts-expect-error user_ids holds integers
            params: { path: { managed_user_id: customer, id: group }, query: { user_ids: ['taylor'] } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'removeCollaboratorGroupMembers',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/user_groups/{id}/members', {
        params: { path: { managed_user_id: customer, id: group }, query: { user_ids: [2] } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/user_groups/{id}/members', {
        params: { path: { managed_user_id: customer, id: group }, query: { user_ids: [2] } },
      }),
    invalid: [
      {
        name: 'a member_invitation_ids entry that is not an integer',
        violates: 'query.member_invitation_ids',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/user_groups/{id}/members', {
            // @ts-expect-error member_invitation_ids holds integers
            params: { path: { managed_user_id: customer, id: group }, query: { member_invitation_ids: ['first'] } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listCollaboratorGroupProjectGrants',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/user_groups/{id}/project_grants', {
        params: { path: { managed_user_id: customer, id: group }, query: { 'page[size]': 50 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/user_groups/{id}/project_grants', {
        params: { path: { managed_user_id: customer, id: group } },
      }),
    invalid: [
      {
        name: 'a managed_user_id that is with an unknown environment suffix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/user_groups/{id}/project_grants', {
            params: { path: { managed_user_id: '19029_staging', id: group } },
          }),
      },
    ],
  }),
];
