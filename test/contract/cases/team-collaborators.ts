import { contractCase, requestExample } from '../harness.js';

const customer = '98178';

export const teamCollaboratorCases = [
  contractCase({
    operationId: 'inviteCollaborator',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/member_invitations', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('inviteCollaborator', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/member_invitations', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('inviteCollaborator'),
      }),
    invalid: [
      {
        name: 'a body without the required email',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/member_invitations', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error email is required
            body: { name: 'John', role_name: 'Admin' },
          }),
      },
      {
        name: 'env_roles as a single object instead of a list',
        violates: 'body.env_roles',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/member_invitations', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error env_roles is an array
            body: { name: 'John', email: 'john@acme.com', env_roles: { environment_type: 'dev', name: 'Admin' } },
          }),
      },
      {
        name: 'an environment type that does not exist',
        violates: 'body.env_roles',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/member_invitations', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error environment_type is dev, test or prod
            body: { name: 'John', email: 'john@acme.com', env_roles: [{ environment_type: 'qa', name: 'Admin' }] },
          }),
      },
      {
        name: 'an external ID customer with an unknown environment suffix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/member_invitations', {
            params: { path: { managed_user_id: '98178_live' } },
            body: { name: 'John', email: 'john@acme.com', role_name: 'Admin' },
          }),
      },
    ],
  }),
];
