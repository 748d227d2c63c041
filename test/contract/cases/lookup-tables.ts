import type { WorkatoClient } from '../../../src/index.js';
import { contractCase, requestExample } from '../harness.js';

const customer = '98178';
const table = 1315;
const row = 42;

export const lookupTableCases = [
  contractCase({
    operationId: 'listLookupTables',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/lookup_tables', {
        params: { path: { managed_user_id: customer }, query: { page: 2, per_page: 50 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/lookup_tables', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page over the documented maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/lookup_tables', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
      {
        name: 'page 0, below the first page',
        violates: 'query.page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/lookup_tables', {
            params: { path: { managed_user_id: customer }, query: { page: 0 } },
          }),
      },
      {
        name: 'a page that is not a number',
        violates: 'query.page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/lookup_tables', {
            params: {
              path: { managed_user_id: customer },
              // @ts-expect-error page is an integer
              query: { page: 'next' },
            },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createLookupTable',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/lookup_tables', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createLookupTable', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/lookup_tables', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createLookupTable'),
      }),
    invalid: [
      {
        name: 'a table without the required columns',
        violates: 'body.lookup_table',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/lookup_tables', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error schema is required
            body: { lookup_table: { name: 'Department codes' } },
          }),
      },
      {
        name: 'the flat body without the lookup_table wrapper',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/lookup_tables', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error the table must be wrapped in lookup_table
            body: { name: 'Department codes', schema: [{ label: 'code' }] },
          }),
      },
      {
        name: 'eleven columns, over the limit of 10',
        violates: 'body.lookup_table.schema',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/lookup_tables', {
            params: { path: { managed_user_id: customer } },
            body: {
              lookup_table: {
                name: 'Too wide',
                schema: Array.from({ length: 11 }, (_, index) => ({ label: `column ${index + 1}` })),
              },
            },
          }),
      },
      {
        name: 'a project_id given as a string',
        violates: 'body.lookup_table.project_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/lookup_tables', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error project_id is an integer
            body: { lookup_table: { name: 'Department codes', project_id: '523144', schema: [{ label: 'code' }] } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'batchDeleteLookupTables',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/lookup_tables/batch_delete', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('batchDeleteLookupTables', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/lookup_tables/batch_delete', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('batchDeleteLookupTables'),
      }),
    invalid: [
      {
        name: 'the list under lookup_table_ids instead of ids',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/lookup_tables/batch_delete', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error ids is required
            body: { lookup_table_ids: [1315] },
          }),
      },
      {
        name: 'IDs given as strings',
        violates: 'body.ids.0',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/lookup_tables/batch_delete', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error the IDs are integers
            body: { ids: ['1315'] },
          }),
      },
      {
        name: 'an empty list',
        violates: 'body.ids',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/lookup_tables/batch_delete', {
            params: { path: { managed_user_id: customer } },
            body: { ids: [] },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'findLookupTableRow',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/lookup', {
        params: { path: { managed_user_id: customer, lookup_table_id: table }, query: { by: { code: 'ACC' } } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/lookup', {
        params: { path: { managed_user_id: customer, lookup_table_id: table }, query: { by: { code: 'ACC' } } },
      }),
    invalid: [
      {
        name: 'a lookup_table_id that is not a number',
        violates: 'path.lookup_table_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/lookup', {
            params: {
              // @ts-expect-error lookup_table_id is an integer
              path: { managed_user_id: customer, lookup_table_id: 'departments' },
              query: { by: { code: 'ACC' } },
            },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listLookupTableRows',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows', {
        params: {
          path: { managed_user_id: customer, lookup_table_id: table },
          query: { page: 1, per_page: 100, by: { code: 'ACC' } },
        },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows', {
        params: { path: { managed_user_id: customer, lookup_table_id: table } },
      }),
    invalid: [
      {
        name: 'per_page over the maximum of 1000',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows', {
            params: { path: { managed_user_id: customer, lookup_table_id: table }, query: { per_page: 1001 } },
          }),
      },
      {
        name: 'a per_page that is not a number',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows', {
            params: {
              path: { managed_user_id: customer, lookup_table_id: table },
              // @ts-expect-error per_page is an integer
              query: { per_page: 'all' },
            },
          }),
      },
      {
        name: 'lookup_table_id 0',
        violates: 'path.lookup_table_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows', {
            params: { path: { managed_user_id: customer, lookup_table_id: 0 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createLookupTableRow',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows', {
        params: { path: { managed_user_id: customer, lookup_table_id: table } },
        body: requestExample('createLookupTableRow', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows', {
        params: { path: { managed_user_id: customer, lookup_table_id: table } },
        body: requestExample('createLookupTableRow'),
      }),
    invalid: [
      {
        name: 'values sent without the data wrapper',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows', {
            params: { path: { managed_user_id: customer, lookup_table_id: table } },
            // @ts-expect-error data is required
            body: { code: 'ACC', name: 'Accounting' },
          }),
      },
      {
        name: 'a value that is a number, not text',
        violates: 'body.data.code',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows', {
            params: { path: { managed_user_id: customer, lookup_table_id: table } },
            // @ts-expect-error row values are strings
            body: { data: { code: 100 } },
          }),
      },
      {
        name: 'an empty row',
        violates: 'body.data',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows', {
            params: { path: { managed_user_id: customer, lookup_table_id: table } },
            body: { data: {} },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getLookupTableRow',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows/{row_id}', {
        params: { path: { managed_user_id: customer, lookup_table_id: table, row_id: row } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows/{row_id}', {
        params: { path: { managed_user_id: customer, lookup_table_id: table, row_id: row } },
      }),
    invalid: [
      {
        name: 'a row_id that is not a number',
        violates: 'path.row_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows/{row_id}', {
            // @ts-expect-error row_id is an integer
            params: { path: { managed_user_id: customer, lookup_table_id: table, row_id: 'first' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateLookupTableRow',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows/{row_id}', {
        params: { path: { managed_user_id: customer, lookup_table_id: table, row_id: row } },
        body: requestExample('updateLookupTableRow', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows/{row_id}', {
        params: { path: { managed_user_id: customer, lookup_table_id: table, row_id: row } },
        body: requestExample('updateLookupTableRow'),
      }),
    invalid: [
      {
        name: 'a body without data',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows/{row_id}', {
            params: { path: { managed_user_id: customer, lookup_table_id: table, row_id: row } },
            // @ts-expect-error data is required
            body: {},
          }),
      },
      {
        name: 'a body with a property besides data',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows/{row_id}', {
            params: { path: { managed_user_id: customer, lookup_table_id: table, row_id: row } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { data: { code: 'ACC' }, id: 42 },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteLookupTableRow',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows/{row_id}', {
        params: { path: { managed_user_id: customer, lookup_table_id: table, row_id: row } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows/{row_id}', {
        params: { path: { managed_user_id: customer, lookup_table_id: table, row_id: row } },
      }),
    invalid: [
      {
        name: 'row_id 0',
        violates: 'path.row_id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/rows/{row_id}', {
            params: { path: { managed_user_id: customer, lookup_table_id: table, row_id: 0 } },
          }),
      },
    ],
  }),
];

/**
 * Compile-time checks only. Prism's deepObject reader keeps only the properties a schema declares, so the
 * mock sees every `by` as `{}` and cannot refuse a lookup without conditions; the generated types do.
 */
export const typeOnlyLookupTableChecks = {
  lookupWithoutConditions: (client: WorkatoClient) =>
    client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/lookup', {
      // @ts-expect-error the by conditions are required
      params: { path: { managed_user_id: customer, lookup_table_id: table } },
    }),
  conditionThatIsNotText: (client: WorkatoClient) =>
    client.GET('/api/managed_users/{managed_user_id}/lookup_tables/{lookup_table_id}/lookup', {
      // @ts-expect-error condition values are strings
      params: { path: { managed_user_id: customer, lookup_table_id: table }, query: { by: { code: 100 } } },
    }),
};
