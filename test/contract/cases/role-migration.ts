import { contractCase, requestExample } from '../harness.js';

const customer = '19029';

export const roleMigrationCases = [
  contractCase({
    operationId: 'migrateSystemRoles',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/roles_migration/system_roles', {
        params: { path: { managed_user_id: customer }, query: { dry_run: true } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/roles_migration/system_roles', {
        params: { path: { managed_user_id: customer }, query: { dry_run: true } },
      }),
    invalid: [
      {
        name: 'a dry_run query parameter that is not a boolean',
        violates: 'query.dry_run',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/roles_migration/system_roles', {
            // @ts-expect-error dry_run is a boolean
            params: { path: { managed_user_id: customer }, query: { dry_run: 'maybe' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'migrateCustomRole',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/roles_migration/custom_role', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('migrateCustomRole', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/roles_migration/custom_role', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('migrateCustomRole'),
      }),
    invalid: [
      {
        name: 'a managed_user_id with an unknown environment suffix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/roles_migration/custom_role', {
            params: { path: { managed_user_id: '19029_staging' } },
            body: {},
          }),
      },
    ],
  }),
];
