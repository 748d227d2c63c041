import { contractCase, requestExample } from '../harness.js';

const customer = '135703';
const connection = 318457;

export const picklistCases = [
  contractCase({
    operationId: 'getPicklistValues',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/connections/{connection_id}/pick_list', {
        params: { path: { managed_user_id: customer, connection_id: connection } },
        body: requestExample('getPicklistValues', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/connections/{connection_id}/pick_list', {
        params: { path: { managed_user_id: customer, connection_id: connection } },
        body: requestExample('getPicklistValues'),
      }),
    invalid: [
      {
        name: 'a body without the required pick_list_name',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/connections/{connection_id}/pick_list', {
            params: { path: { managed_user_id: customer, connection_id: connection } },
            // @ts-expect-error pick_list_name is required
            body: { pick_list_params: { sobject_name: 'Invoice__c' } },
          }),
      },
      {
        name: 'pick_list_params as a string',
        violates: 'body.pick_list_params',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/connections/{connection_id}/pick_list', {
            params: { path: { managed_user_id: customer, connection_id: connection } },
            // @ts-expect-error pick_list_params is an object
            body: { pick_list_name: 'sobject_fields', pick_list_params: 'Invoice__c' },
          }),
      },
      {
        name: 'a connection_id that is not a number',
        violates: 'path.connection_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/connections/{connection_id}/pick_list', {
            // @ts-expect-error connection_id is an integer
            params: { path: { managed_user_id: customer, connection_id: 'salesforce' } },
            body: { pick_list_name: 'sobject_fields' },
          }),
      },
    ],
  }),
];
