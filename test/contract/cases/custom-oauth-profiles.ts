import { contractCase } from '../harness.js';

const customer = '123';
const profile = 322;

export const customOauthProfileCases = [
  contractCase({
    operationId: 'assignCustomOauthProfile',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/custom_oauth_profiles/{id}/assign', {
        params: { path: { managed_user_id: customer, id: profile } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/custom_oauth_profiles/{id}/assign', {
        params: { path: { managed_user_id: customer, id: profile } },
      }),
    invalid: [
      {
        name: 'a profile id that is not a number',
        violates: 'path.id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/custom_oauth_profiles/{id}/assign', {
            // @ts-expect-error id is an integer
            params: { path: { managed_user_id: customer, id: 'salesforce' } },
          }),
      },
      {
        name: 'an external ID without the E prefix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/custom_oauth_profiles/{id}/assign', {
            params: { path: { managed_user_id: 'A2300', id: profile } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'unassignCustomOauthProfile',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/custom_oauth_profiles/{id}/unassign', {
        params: { path: { managed_user_id: customer, id: profile }, query: { force: true } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/custom_oauth_profiles/{id}/unassign', {
        params: { path: { managed_user_id: customer, id: profile } },
      }),
    invalid: [
      {
        name: 'force that is not a boolean',
        violates: 'query.force',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/custom_oauth_profiles/{id}/unassign', {
            // @ts-expect-error force is a boolean
            params: { path: { managed_user_id: customer, id: profile }, query: { force: 'always' } },
          }),
      },
      {
        name: 'a negative profile id',
        violates: 'path.id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/custom_oauth_profiles/{id}/unassign', {
            params: { path: { managed_user_id: customer, id: -322 } },
          }),
      },
    ],
  }),
];
