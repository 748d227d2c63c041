import { contractCase, requestExample } from '../harness.js';

const customer = '1199';
const project = 649122;

export const projectCases = [
  contractCase({
    operationId: 'listProjects',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/projects', {
        params: { path: { managed_user_id: customer }, query: { page: 1, per_page: 100 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/projects', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page above its maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/projects', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
      {
        name: 'page 0 (pages start at 1)',
        violates: 'query.page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/projects', {
            params: { path: { managed_user_id: customer }, query: { page: 0 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateProject',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/projects/{project_id}', {
        params: { path: { managed_user_id: customer, project_id: project } },
        body: requestExample('updateProject', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/projects/{project_id}', {
        params: { path: { managed_user_id: customer, project_id: project } },
        body: requestExample('updateProject'),
      }),
    invalid: [
      {
        name: 'a name with a slash',
        violates: 'body.name',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/projects/{project_id}', {
            params: { path: { managed_user_id: customer, project_id: project } },
            body: { name: 'Finance/EMEA' },
          }),
      },
      {
        name: 'a body with a property besides name and description',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/projects/{project_id}', {
            params: { path: { managed_user_id: customer, project_id: project } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { name: 'Procure to Pay', folder_id: 1563029 },
          }),
      },
      {
        name: 'a project_id that is not an integer',
        violates: 'path.project_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/projects/{project_id}', {
            // @ts-expect-error project_id is an integer
            params: { path: { managed_user_id: customer, project_id: 'procure-to-pay' } },
            body: { name: 'Procure to Pay' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteProject',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/projects/{project_id}', {
        params: { path: { managed_user_id: customer, project_id: project } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/projects/{project_id}', {
        params: { path: { managed_user_id: customer, project_id: project } },
      }),
    invalid: [
      {
        name: 'a project_id of 0',
        violates: 'path.project_id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/projects/{project_id}', {
            params: { path: { managed_user_id: customer, project_id: 0 } },
          }),
      },
    ],
  }),
];
