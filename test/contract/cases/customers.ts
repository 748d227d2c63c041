import { contractCase, requestExample } from '../harness.js';

const customer = '98178';
const member = 184224;

export const customerCases = [
  contractCase({
    operationId: 'createCustomer',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users', { body: requestExample('createCustomer', name), headers }),
    callRaw: (client) => client.POST('/api/managed_users', { body: requestExample('createCustomer') }),
    invalid: [
      {
        name: 'a body without the required notification_email',
        violates: 'body',
        send: (client) =>
          // @ts-expect-error notification_email is required
          client.POST('/api/managed_users', { body: { name: 'Acme Europe' } }),
      },
      {
        name: 'full_embedding as a string',
        violates: 'body.full_embedding',
        send: (client) =>
          client.POST('/api/managed_users', {
            // @ts-expect-error full_embedding is a boolean
            body: { name: 'Acme Europe', notification_email: 'admin@acme.com', full_embedding: 'yes' },
          }),
      },
      {
        name: 'a body with a misspelt property',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users', {
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { name: 'Acme Europe', notification_email: 'admin@acme.com', externalId: 'A2300' },
          }),
      },
      {
        name: 'an environment type that does not exist',
        violates: 'body.environments',
        send: (client) =>
          client.POST('/api/managed_users', {
            body: {
              name: 'Acme Europe',
              notification_email: 'admin@acme.com',
              // @ts-expect-error environment_type is dev, test or prod
              environments: [{ environment_type: 'staging', external_id: 'A2300-staging' }],
            },
          }),
      },
      {
        name: 'a SAML switch that is not a boolean',
        violates: 'body.auth_settings',
        send: (client) =>
          client.POST('/api/managed_users', {
            body: {
              name: 'Acme Europe',
              notification_email: 'admin@acme.com',
              // @ts-expect-error the extra auth_settings switches are booleans
              auth_settings: { type: 'saml_sso', provider: 'okta', jit_provisioning: 'on' },
            },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateCustomer',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('updateCustomer', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('updateCustomer'),
      }),
    invalid: [
      {
        name: 'task_limit_adjustment as a string',
        violates: 'body.task_limit_adjustment',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error task_limit_adjustment is an integer
            body: { task_limit_adjustment: '-5000' },
          }),
      },
      {
        name: 'a billing period start that is not a date',
        violates: 'body.current_billing_period_start',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}', {
            params: { path: { managed_user_id: customer } },
            body: { current_billing_period_start: 'next month' },
          }),
      },
      {
        name: 'a managed_user_id that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}', {
            params: { path: { managed_user_id: 'acme' } },
            body: { name: 'Acme' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteCustomer',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}', {
        params: { path: { managed_user_id: 'EA2300' } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}', { params: { path: { managed_user_id: 'EA2300' } } }),
    invalid: [
      {
        name: 'an unknown environment suffix on managed_user_id',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}', { params: { path: { managed_user_id: '98178_staging' } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'getCustomer',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}', { params: { path: { managed_user_id: customer } }, headers }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}', { params: { path: { managed_user_id: '98178_prod' } } }),
    invalid: [
      {
        name: 'a managed_user_id with a lowercase e prefix',
        violates: 'path.managed_user_id',
        send: (client) => client.GET('/api/managed_users/{managed_user_id}', { params: { path: { managed_user_id: 'eA2300' } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'listCustomers',
    call: (client, { headers }) => client.GET('/api/managed_users', { params: { query: { page: 2, per_page: 100 } }, headers }),
    callRaw: (client) => client.GET('/api/managed_users'),
    invalid: [
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) => client.GET('/api/managed_users', { params: { query: { per_page: 101 } } }),
      },
      {
        name: 'page 0 (pages start at 1)',
        violates: 'query.page',
        send: (client) => client.GET('/api/managed_users', { params: { query: { page: 0 } } }),
      },
      {
        name: 'per_page that is not a number',
        violates: 'query.per_page',
        send: (client) =>
          // @ts-expect-error per_page is an integer
          client.GET('/api/managed_users', { params: { query: { per_page: 'all' } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'listCustomerMembers',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/members', {
        params: { path: { managed_user_id: customer } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/members', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'a bare E without an external ID',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/members', { params: { path: { managed_user_id: 'E' } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'getCustomerMember',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/members/{member_id}', {
        params: { path: { managed_user_id: customer, member_id: member } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/members/{member_id}', {
        params: { path: { managed_user_id: customer, member_id: member } },
      }),
    invalid: [
      {
        name: 'a member_id that is not a number',
        violates: 'path.member_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/members/{member_id}', {
            // @ts-expect-error member_id is an integer
            params: { path: { managed_user_id: customer, member_id: 'jane' } },
          }),
      },
      {
        name: 'member_id 0',
        violates: 'path.member_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/members/{member_id}', {
            params: { path: { managed_user_id: customer, member_id: 0 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createCustomerMember',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/members', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createCustomerMember', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/members', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createCustomerMember'),
      }),
    invalid: [
      {
        name: 'an env_roles entry without the role name',
        violates: 'body.env_roles',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/members', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error each env_roles entry needs name
            body: { name: 'Jane Doe', env_roles: [{ environment_type: 'dev' }] },
          }),
      },
      {
        name: 'time_zone as a number',
        violates: 'body.time_zone',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/members', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error time_zone is a string
            body: { name: 'Jane Doe', role_name: 'Admin', time_zone: 2 },
          }),
      },
      {
        name: 'a body with a property the operation does not take',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/members', {
            params: { path: { managed_user_id: customer } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { name: 'Jane Doe', role_name: 'Admin', email: 'jane.doe@acme.com' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateCustomerMember',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/members/{member_id}', {
        params: { path: { managed_user_id: customer, member_id: member } },
        body: requestExample('updateCustomerMember', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/members/{member_id}', {
        params: { path: { managed_user_id: customer, member_id: member } },
        body: requestExample('updateCustomerMember'),
      }),
    invalid: [
      {
        name: 'an empty role name',
        violates: 'body.role_name',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/members/{member_id}', {
            params: { path: { managed_user_id: customer, member_id: member } },
            body: { role_name: '' },
          }),
      },
      {
        name: 'a new name, which this operation does not take',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/members/{member_id}', {
            params: { path: { managed_user_id: customer, member_id: member } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { role_name: 'Operator', name: 'Jane Roe' },
          }),
      },
      {
        name: 'a role_type that does not exist',
        violates: 'body.env_roles',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/members/{member_id}', {
            params: { path: { managed_user_id: customer, member_id: member } },
            // @ts-expect-error role_type is privilege_group or environment
            body: { env_roles: [{ environment_type: 'prod', name: 'Operator', role_type: 'project' }] },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteCustomerMember',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/members/{member_id}', {
        params: { path: { managed_user_id: customer, member_id: member } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/members/{member_id}', {
        params: { path: { managed_user_id: customer, member_id: member } },
      }),
    invalid: [
      {
        name: 'a negative member_id',
        violates: 'path.member_id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/members/{member_id}', {
            params: { path: { managed_user_id: customer, member_id: -4 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getTaskUsage',
    call: (client, { headers }) => client.GET('/api/managed_users/usage', { headers }),
    callRaw: (client) => client.GET('/api/managed_users/usage'),
    // No parameter and no body: nothing sent to it can break the description.
    invalid: [],
  }),

  contractCase({
    operationId: 'getUsageStatistics',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/v2/managed_users/statistics/usage', {
        body: requestExample('getUsageStatistics', name),
        headers,
      }),
    callRaw: (client) => client.POST('/api/v2/managed_users/statistics/usage', { body: requestExample('getUsageStatistics') }),
    invalid: [
      {
        name: 'a body without the required to',
        violates: 'body',
        send: (client) =>
          client.POST('/api/v2/managed_users/statistics/usage', {
            // @ts-expect-error to is required
            body: { from: '2026-10-01T00:00:00.000Z', workspace_ids: [98178] },
          }),
      },
      {
        name: 'an interval that does not exist',
        violates: 'body.interval',
        send: (client) =>
          client.POST('/api/v2/managed_users/statistics/usage', {
            body: {
              from: '2026-10-01T00:00:00.000Z',
              to: '2026-10-31T23:59:59.999Z',
              // @ts-expect-error interval is none, year, month, week, day or hour
              interval: 'quarter',
              workspace_ids: [98178],
            },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getConnectionUsageStatistics',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/v2/managed_users/statistics/connection_usage', {
        body: requestExample('getConnectionUsageStatistics', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/v2/managed_users/statistics/connection_usage', {
        body: requestExample('getConnectionUsageStatistics'),
      }),
    invalid: [
      {
        name: 'a start of range that is not a date-time',
        violates: 'body.from',
        send: (client) =>
          client.POST('/api/v2/managed_users/statistics/connection_usage', {
            body: { from: 'last month', external_ids: ['A2300'] },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createCustomerEnvironments',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/environments', {
        params: { path: { managed_user_id: customer } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/environments', {
        params: { path: { managed_user_id: customer } },
      }),
    invalid: [
      {
        name: 'a managed_user_id that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/environments', {
            params: { path: { managed_user_id: 'acme' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listCustomerMemberPrivileges',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/members/{member_id}/privileges', {
        params: { path: { managed_user_id: customer, member_id: member } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/members/{member_id}/privileges', {
        params: { path: { managed_user_id: customer, member_id: member } },
      }),
    invalid: [
      {
        name: 'a member_id of zero',
        violates: 'path.member_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/members/{member_id}/privileges', {
            params: { path: { managed_user_id: customer, member_id: 0 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'upgradeCustomer',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/upgrade', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('upgradeCustomer', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/upgrade', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('upgradeCustomer'),
      }),
    invalid: [
      {
        name: 'an empty plan_id',
        violates: 'body.plan_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/upgrade', {
            params: { path: { managed_user_id: customer } },
            body: { plan_id: '' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'downgradeCustomer',
    call: (client, { headers }) =>
      client.PUT('/api/managed_users/{managed_user_id}/downgrade', {
        params: { path: { managed_user_id: customer } },
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/downgrade', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'a lower-case e prefix on an external ID',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/downgrade', { params: { path: { managed_user_id: 'eA2300' } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'addCustomerMember',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/member', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('addCustomerMember', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/member', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('addCustomerMember'),
      }),
    invalid: [
      {
        name: 'a body without the required oauth_id',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/member', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error oauth_id is required
            body: { name: 'Jack Smith' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'removeCustomerMember',
    call: (client, { headers, requestExample: name }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/member', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('removeCustomerMember', name),
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/member', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('removeCustomerMember'),
      }),
    invalid: [
      {
        name: 'a member_id that is not a number',
        violates: 'body.member_id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/member', {
            params: { path: { managed_user_id: customer } },
            body: { member_id: 'jack' },
          }),
      },
    ],
  }),
];
