import { contractCase, requestExample } from '../harness.js';

const customer = '98178';
const endpoint = 9903;
const profile = 2104;
const apiClient = 1147;
const apiKey = 37326;

export const apiPlatformCases = [
  contractCase({
    operationId: 'listApiCollections',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/api_collections', {
        params: { path: { managed_user_id: customer }, query: { page: 1, per_page: 100 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/api_collections', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/api_collections', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
      {
        name: 'page 0 (pages start at 1)',
        violates: 'query.page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/api_collections', {
            params: { path: { managed_user_id: customer }, query: { page: 0 } },
          }),
      },
      {
        name: 'per_page that is not a number',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/api_collections', {
            params: {
              path: { managed_user_id: customer },
              // @ts-expect-error per_page is an integer
              query: { per_page: 'all' },
            },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createApiCollection',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/api_collections', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createApiCollection', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/api_collections', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createApiCollection'),
      }),
    invalid: [
      {
        name: 'a body without the required name',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_collections', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error name is required
            body: { project_id: 523144 },
          }),
      },
      {
        name: 'a project_id that is not an integer',
        violates: 'body.project_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_collections', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error project_id is an integer
            body: { name: 'Quote to cash', project_id: 'sales' },
          }),
      },
      {
        name: 'an OpenAPI document in a format other than json or yaml',
        violates: 'body.openapi_spec.format',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_collections', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error format is json or yaml
            body: { name: 'Quotes', openapi_spec: { content: '<spec/>', format: 'xml' } },
          }),
      },
      {
        name: 'a body with a misspelt property',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_collections', {
            params: { path: { managed_user_id: customer } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { name: 'Quote to cash', projectId: 523144 },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listApiEndpoints',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/api_endpoints', {
        params: { path: { managed_user_id: customer }, query: { api_collection_id: 1391, per_page: 50 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/api_endpoints', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'an api_collection_id that is not an integer',
        violates: 'query.api_collection_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/api_endpoints', {
            params: {
              path: { managed_user_id: customer },
              // @ts-expect-error api_collection_id is an integer
              query: { api_collection_id: 'quote-to-cash' },
            },
          }),
      },
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/api_endpoints', {
            params: { path: { managed_user_id: customer }, query: { per_page: 500 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'enableApiEndpoint',
    call: (client, { headers }) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_endpoints/{api_endpoint_id}/enable', {
        params: { path: { managed_user_id: customer, api_endpoint_id: endpoint } },
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_endpoints/{api_endpoint_id}/enable', {
        params: { path: { managed_user_id: customer, api_endpoint_id: endpoint } },
      }),
    invalid: [
      {
        name: 'an api_endpoint_id that is not a number',
        violates: 'path.api_endpoint_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_endpoints/{api_endpoint_id}/enable', {
            // @ts-expect-error api_endpoint_id is an integer
            params: { path: { managed_user_id: customer, api_endpoint_id: 'salesforce-search' } },
          }),
      },
      {
        name: 'api_endpoint_id 0',
        violates: 'path.api_endpoint_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_endpoints/{api_endpoint_id}/enable', {
            params: { path: { managed_user_id: customer, api_endpoint_id: 0 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'disableApiEndpoint',
    call: (client, { headers }) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_endpoints/{api_endpoint_id}/disable', {
        params: { path: { managed_user_id: 'EA2300', api_endpoint_id: endpoint } },
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_endpoints/{api_endpoint_id}/disable', {
        params: { path: { managed_user_id: 'EA2300', api_endpoint_id: endpoint } },
      }),
    invalid: [
      {
        name: 'a managed_user_id that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_endpoints/{api_endpoint_id}/disable', {
            params: { path: { managed_user_id: 'acme', api_endpoint_id: endpoint } },
          }),
      },
      {
        name: 'a negative api_endpoint_id',
        violates: 'path.api_endpoint_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_endpoints/{api_endpoint_id}/disable', {
            params: { path: { managed_user_id: 'EA2300', api_endpoint_id: -9903 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listApiClients',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/api_clients', {
        params: { path: { managed_user_id: customer }, query: { page: 2, per_page: 100 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/api_clients', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/api_clients', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
      {
        name: 'page that is not a number',
        violates: 'query.page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/api_clients', {
            params: {
              path: { managed_user_id: customer },
              // @ts-expect-error page is an integer
              query: { page: 'first' },
            },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createApiClient',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/api_clients', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createApiClient', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/api_clients', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createApiClient'),
      }),
    invalid: [
      {
        name: 'a body without the required name',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_clients', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error name is required
            body: { project_id: '523144' },
          }),
      },
      {
        name: 'a project_id sent as a number (the page documents a string)',
        violates: 'body.project_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_clients', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error project_id is a string
            body: { name: 'Acme mobile app', project_id: 523144 },
          }),
      },
      {
        name: 'a body with a property the operation does not take',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_clients', {
            params: { path: { managed_user_id: customer } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { name: 'Acme mobile app', description: 'Mobile app' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listApiAccessProfiles',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/api_access_profiles', {
        params: { path: { managed_user_id: customer }, query: { api_client_id: 1147, page: 1 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/api_access_profiles', {
        params: { path: { managed_user_id: customer } },
      }),
    invalid: [
      {
        name: 'an api_client_id that is not an integer',
        violates: 'query.api_client_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/api_access_profiles', {
            params: {
              path: { managed_user_id: customer },
              // @ts-expect-error api_client_id is an integer
              query: { api_client_id: 'acme' },
            },
          }),
      },
      {
        name: 'per_page 0',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/api_access_profiles', {
            params: { path: { managed_user_id: customer }, query: { per_page: 0 } },
          }),
      },
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/api_access_profiles', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createApiAccessProfile',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/api_access_profiles', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createApiAccessProfile', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/api_access_profiles', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createApiAccessProfile'),
      }),
    invalid: [
      {
        name: 'a body without the required auth_type',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_access_profiles', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error auth_type is required
            body: { name: 'Acme mobile app', api_client_id: 1147, api_collection_ids: [1361] },
          }),
      },
      {
        name: 'an auth_type Workato does not offer',
        violates: 'body.auth_type',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_access_profiles', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error auth_type is token, jwt, oauth2 or oidc
            body: { name: 'Acme mobile app', api_collection_ids: [1361], auth_type: 'basic' },
          }),
      },
      {
        name: 'api_collection_ids as one comma-separated string',
        violates: 'body.api_collection_ids',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_access_profiles', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error api_collection_ids is an array of integers
            body: { name: 'Acme mobile app', api_collection_ids: '1361,1391', auth_type: 'token' },
          }),
      },
      {
        name: 'an api_client_id that is not an integer',
        violates: 'body.api_client_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/api_access_profiles', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error api_client_id is an integer
            body: { name: 'Acme mobile app', api_client_id: 'mobile', api_collection_ids: [1361], auth_type: 'token' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateApiAccessProfile',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}', {
        params: { path: { managed_user_id: customer, api_access_profile_id: profile } },
        body: requestExample('updateApiAccessProfile', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}', {
        params: { path: { managed_user_id: customer, api_access_profile_id: profile } },
        body: requestExample('updateApiAccessProfile'),
      }),
    invalid: [
      {
        name: 'an empty body, which changes nothing',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}', {
            params: { path: { managed_user_id: customer, api_access_profile_id: profile } },
            body: {},
          }),
      },
      {
        name: 'api_client_id, which an update does not take',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}', {
            params: { path: { managed_user_id: customer, api_access_profile_id: profile } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { name: 'Acme mobile app', api_client_id: 1152 },
          }),
      },
      {
        name: 'a JWT signing method Workato does not offer',
        violates: 'body.jwt_method',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}', {
            params: { path: { managed_user_id: customer, api_access_profile_id: profile } },
            // @ts-expect-error jwt_method is hmac or rsa
            body: { auth_type: 'jwt', jwt_method: 'ecdsa' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'enableApiAccessProfile',
    call: (client, { headers }) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}/enable', {
        params: { path: { managed_user_id: customer, api_access_profile_id: profile } },
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}/enable', {
        params: { path: { managed_user_id: customer, api_access_profile_id: profile } },
      }),
    invalid: [
      {
        name: 'an api_access_profile_id that is not a number',
        violates: 'path.api_access_profile_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}/enable', {
            // @ts-expect-error api_access_profile_id is an integer
            params: { path: { managed_user_id: customer, api_access_profile_id: 'production' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'disableApiAccessProfile',
    call: (client, { headers }) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}/disable', {
        params: { path: { managed_user_id: '98178_prod', api_access_profile_id: profile } },
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}/disable', {
        params: { path: { managed_user_id: '98178_prod', api_access_profile_id: profile } },
      }),
    invalid: [
      {
        name: 'api_access_profile_id 0',
        violates: 'path.api_access_profile_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}/disable', {
            params: { path: { managed_user_id: '98178_prod', api_access_profile_id: 0 } },
          }),
      },
      {
        name: 'an unknown environment suffix on managed_user_id',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}/disable', {
            params: { path: { managed_user_id: '98178_staging', api_access_profile_id: profile } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'refreshApiAccessProfileSecret',
    call: (client, { headers }) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}/refresh_secret', {
        params: { path: { managed_user_id: customer, api_access_profile_id: profile } },
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}/refresh_secret', {
        params: { path: { managed_user_id: customer, api_access_profile_id: profile } },
      }),
    invalid: [
      {
        name: 'an api_access_profile_id with a fraction',
        violates: 'path.api_access_profile_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/api_access_profiles/{api_access_profile_id}/refresh_secret', {
            params: { path: { managed_user_id: customer, api_access_profile_id: 2104.5 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listApiPlatformClients',
    call: (client, { headers }) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/api_clients', {
        params: { path: { managed_user_id: customer }, query: { project_id: 523144, page: 1, per_page: 100 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/api_clients', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/v2/managed_users/{managed_user_id}/api_clients', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
      {
        name: 'a project_id that is not a number',
        violates: 'query.project_id',
        send: (client) =>
          client.GET('/api/v2/managed_users/{managed_user_id}/api_clients', {
            params: {
              path: { managed_user_id: customer },
              // @ts-expect-error project_id is an integer
              query: { project_id: 'storefront' },
            },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createApiPlatformClient',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/api_clients', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createApiPlatformClient', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/api_clients', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createApiPlatformClient'),
      }),
    invalid: [
      {
        name: 'a body without the required auth_type',
        violates: 'body',
        send: (client) =>
          client.POST('/api/v2/managed_users/{managed_user_id}/api_clients', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error auth_type is required
            body: { name: 'Acme mobile app', api_collection_ids: [6883] },
          }),
      },
      {
        name: 'an auth_type outside the documented four',
        violates: 'body.auth_type',
        send: (client) =>
          client.POST('/api/v2/managed_users/{managed_user_id}/api_clients', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error auth_type is token, jwt, oauth2 or oidc
            body: { name: 'Acme mobile app', api_collection_ids: [6883], auth_type: 'basic' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getApiPlatformClient',
    call: (client, { headers }) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}', {
        params: { path: { managed_user_id: customer, api_client_id: apiClient } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}', {
        params: { path: { managed_user_id: customer, api_client_id: apiClient } },
      }),
    invalid: [
      {
        name: 'api_client_id 0',
        violates: 'path.api_client_id',
        send: (client) =>
          client.GET('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}', {
            params: { path: { managed_user_id: customer, api_client_id: 0 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateApiPlatformClient',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}', {
        params: { path: { managed_user_id: customer, api_client_id: apiClient } },
        body: requestExample('updateApiPlatformClient', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}', {
        params: { path: { managed_user_id: customer, api_client_id: apiClient } },
        body: requestExample('updateApiPlatformClient'),
      }),
    invalid: [
      {
        name: 'a body without the required api_collection_ids',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}', {
            params: { path: { managed_user_id: customer, api_client_id: apiClient } },
            // @ts-expect-error api_collection_ids is required
            body: { name: 'Acme mobile app' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listApiKeys',
    call: (client, { headers }) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}/api_keys', {
        params: { path: { managed_user_id: customer, api_client_id: apiClient } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}/api_keys', {
        params: { path: { managed_user_id: customer, api_client_id: apiClient } },
      }),
    invalid: [
      {
        name: 'an api_client_id that is not a number',
        violates: 'path.api_client_id',
        send: (client) =>
          client.GET('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}/api_keys', {
            // @ts-expect-error api_client_id is an integer
            params: { path: { managed_user_id: customer, api_client_id: 'mobile' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createApiKey',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}/api_keys', {
        params: { path: { managed_user_id: customer, api_client_id: apiClient } },
        body: requestExample('createApiKey', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}/api_keys', {
        params: { path: { managed_user_id: customer, api_client_id: apiClient } },
        body: requestExample('createApiKey'),
      }),
    invalid: [
      {
        name: 'a body without the required name',
        violates: 'body',
        send: (client) =>
          client.POST('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}/api_keys', {
            params: { path: { managed_user_id: customer, api_client_id: apiClient } },
            // @ts-expect-error name is required
            body: { active: true },
          }),
      },
      {
        name: 'an ip_allow_list that is not a list',
        violates: 'body.ip_allow_list',
        send: (client) =>
          client.POST('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}/api_keys', {
            params: { path: { managed_user_id: customer, api_client_id: apiClient } },
            // @ts-expect-error ip_allow_list is an array of strings
            body: { name: 'Production backend', ip_allow_list: '8.8.8.8/24' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'refreshApiKeySecret',
    call: (client, { headers }) =>
      client.PUT('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}/api_keys/{api_key_id}/refresh_secret', {
        params: { path: { managed_user_id: customer, api_client_id: apiClient, api_key_id: apiKey } },
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}/api_keys/{api_key_id}/refresh_secret', {
        params: { path: { managed_user_id: customer, api_client_id: apiClient, api_key_id: apiKey } },
      }),
    invalid: [
      {
        name: 'an api_key_id with a fraction',
        violates: 'path.api_key_id',
        send: (client) =>
          client.PUT('/api/v2/managed_users/{managed_user_id}/api_clients/{api_client_id}/api_keys/{api_key_id}/refresh_secret', {
            params: { path: { managed_user_id: customer, api_client_id: apiClient, api_key_id: 37326.5 } },
          }),
      },
    ],
  }),
];
