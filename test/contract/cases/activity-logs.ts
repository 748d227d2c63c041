import { contractCase } from '../harness.js';

const customer = '98178_prod';

export const activityLogCases = [
  contractCase({
    operationId: 'listActivityLogs',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/activity_logs', {
        params: {
          path: { managed_user_id: customer },
          query: {
            'page[size]': 50,
            from: '2025-06-01T00:00:00.000Z',
            to: '2025-06-30T23:59:59.999Z',
            'include_event_types[]': ['connector_created'],
          },
        },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/activity_logs', {
        params: { path: { managed_user_id: customer } },
      }),
    invalid: [
      // No case for page[size] over 100: the mock (Prism) reads a bracketed name as a deepObject and
      // does not check it. The generated types still carry the maximum.
      {
        name: 'a start of the range that is not a date-time',
        violates: 'query.from',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/activity_logs', {
            params: { path: { managed_user_id: customer }, query: { from: 'yesterday' } },
          }),
      },
    ],
  }),
];
