import { contractCase, requestExample } from '../harness.js';

const customer = '5759164';
const table = 'cafd30b6-23e1-4a73-9fa6-68fc18356db4';
const tablePath = '/api/v2/managed_users/{managed_user_id}/data_tables/{data_table_id}' as const;

export const dataTableCases = [
  contractCase({
    operationId: 'listDataTables',
    call: (client, { headers }) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/data_tables', {
        params: { path: { managed_user_id: customer }, query: { page: 2, per_page: 50 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/data_tables', {
        params: { path: { managed_user_id: customer } },
      }),
    invalid: [
      {
        name: 'per_page over the documented maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/v2/managed_users/{managed_user_id}/data_tables', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
      {
        name: 'page 0, below the first page',
        violates: 'query.page',
        send: (client) =>
          client.GET('/api/v2/managed_users/{managed_user_id}/data_tables', {
            params: { path: { managed_user_id: customer }, query: { page: 0 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createDataTable',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/data_tables', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createDataTable', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/data_tables', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createDataTable'),
      }),
    invalid: [
      {
        name: 'a table without the required folder_id',
        violates: 'body',
        send: (client) =>
          client.POST('/api/v2/managed_users/{managed_user_id}/data_tables', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error folder_id is required
            body: { name: 'Candidates', schema: [] },
          }),
      },
      {
        name: 'a column without its type',
        violates: 'body.schema.0',
        send: (client) =>
          client.POST('/api/v2/managed_users/{managed_user_id}/data_tables', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error a column needs a type
            body: { name: 'Candidates', folder_id: 25178157, schema: [{ name: 'candidate_email' }] },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getDataTable',
    call: (client, { headers }) =>
      client.GET(tablePath, { params: { path: { managed_user_id: customer, data_table_id: table } }, headers }),
    callRaw: (client) => client.GET(tablePath, { params: { path: { managed_user_id: customer, data_table_id: table } } }),
    invalid: [
      {
        name: 'a table ID that is not a UUID',
        violates: 'path.data_table_id',
        send: (client) => client.GET(tablePath, { params: { path: { managed_user_id: customer, data_table_id: 'candidates' } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateDataTable',
    call: (client, { headers, requestExample: name }) =>
      client.PUT(tablePath, {
        params: { path: { managed_user_id: customer, data_table_id: table } },
        body: requestExample('updateDataTable', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT(tablePath, {
        params: { path: { managed_user_id: customer, data_table_id: table } },
        body: requestExample('updateDataTable'),
      }),
    invalid: [
      {
        name: 'an empty body',
        violates: 'body',
        send: (client) =>
          client.PUT(tablePath, {
            params: { path: { managed_user_id: customer, data_table_id: table } },
            body: {},
          }),
      },
      {
        name: 'a folder_id that is not an integer',
        violates: 'body.folder_id',
        send: (client) =>
          client.PUT(tablePath, {
            params: { path: { managed_user_id: customer, data_table_id: table } },
            // @ts-expect-error folder_id is an integer
            body: { folder_id: 'home' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteDataTable',
    call: (client, { headers }) =>
      client.DELETE(tablePath, { params: { path: { managed_user_id: customer, data_table_id: table } }, headers }),
    callRaw: (client) => client.DELETE(tablePath, { params: { path: { managed_user_id: customer, data_table_id: table } } }),
    invalid: [
      {
        name: 'a table ID that is not a UUID',
        violates: 'path.data_table_id',
        send: (client) => client.DELETE(tablePath, { params: { path: { managed_user_id: customer, data_table_id: '42' } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'truncateDataTable',
    call: (client, { headers }) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/data_tables/{data_table_id}/truncate', {
        params: { path: { managed_user_id: customer, data_table_id: table } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/data_tables/{data_table_id}/truncate', {
        params: { path: { managed_user_id: customer, data_table_id: table } },
      }),
    invalid: [
      {
        name: 'a table ID that is not a UUID',
        violates: 'path.data_table_id',
        send: (client) =>
          client.POST('/api/v2/managed_users/{managed_user_id}/data_tables/{data_table_id}/truncate', {
            params: { path: { managed_user_id: customer, data_table_id: 'all' } },
          }),
      },
    ],
  }),
];
