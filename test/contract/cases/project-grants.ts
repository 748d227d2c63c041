import { contractCase, requestExample } from '../harness.js';

const customer = '19029';
const grant = 'pg-AQAEnmKC-Dtt9aD';
const project = 178229;
const collaborator = 184224;

export const projectGrantCases = [
  contractCase({
    operationId: 'getProjectGrant',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/project_grants/{id}', {
        params: { path: { managed_user_id: customer, id: grant } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/project_grants/{id}', {
        params: { path: { managed_user_id: customer, id: grant } },
      }),
    invalid: [
      {
        name: 'a managed_user_id that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/project_grants/{id}', {
            params: { path: { managed_user_id: 'acme', id: grant } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateProjectGrant',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/project_grants/{id}', {
        params: { path: { managed_user_id: customer, id: grant } },
        body: requestExample('updateProjectGrant', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/project_grants/{id}', {
        params: { path: { managed_user_id: customer, id: grant } },
        body: requestExample('updateProjectGrant'),
      }),
    invalid: [
      {
        name: 'a body without the required project_role_id',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/project_grants/{id}', {
            params: { path: { managed_user_id: customer, id: grant } },
            // @ts-expect-error project_role_id is required
            body: {},
          }),
      },
      {
        name: 'a property the operation does not take',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/project_grants/{id}', {
            params: { path: { managed_user_id: customer, id: grant } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { project_role_id: 'pr-AQBGCnMB-JoFtKL', project_id: project },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteProjectGrant',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/project_grants/{id}', {
        params: { path: { managed_user_id: customer, id: grant } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/project_grants/{id}', {
        params: { path: { managed_user_id: customer, id: grant } },
      }),
    invalid: [
      {
        name: 'an unknown environment suffix on managed_user_id',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/project_grants/{id}', {
            params: { path: { managed_user_id: '19029_staging', id: grant } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listProjectGrants',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/projects/{id}/project_grants', {
        params: { path: { managed_user_id: customer, id: project }, query: { 'page[number]': 1, 'page[size]': 100 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/projects/{id}/project_grants', {
        params: { path: { managed_user_id: customer, id: project } },
      }),
    invalid: [
      {
        name: 'a project ID that is not an integer',
        violates: 'path.id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/projects/{id}/project_grants', {
            // @ts-expect-error the project ID is an integer
            params: { path: { managed_user_id: customer, id: 'Development' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'upsertProjectGrants',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/projects/{id}/project_grants', {
        params: { path: { managed_user_id: customer, id: project } },
        body: requestExample('upsertProjectGrants', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/projects/{id}/project_grants', {
        params: { path: { managed_user_id: customer, id: project } },
        body: requestExample('upsertProjectGrants'),
      }),
    invalid: [
      {
        name: 'a body without project_grants',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/projects/{id}/project_grants', {
            params: { path: { managed_user_id: customer, id: project } },
            // @ts-expect-error project_grants is required
            body: {},
          }),
      },
      {
        name: 'an assignment_type other than User or UserGroup',
        violates: 'body.project_grants',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/projects/{id}/project_grants', {
            params: { path: { managed_user_id: customer, id: project } },
            body: {
              // @ts-expect-error assignment_type is User or UserGroup
              project_grants: [{ assignment_type: 'Team', assignment_id: 1, project_role_id: 'pr-AQBGCnMB-JoFtKL' }],
            },
          }),
      },
      {
        name: 'more than 100 grants',
        violates: 'body.project_grants',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/projects/{id}/project_grants', {
            params: { path: { managed_user_id: customer, id: project } },
            body: {
              project_grants: Array.from({ length: 101 }, (_, index) => ({
                assignment_type: 'User' as const,
                assignment_id: index + 1,
                project_role_id: 'pr-AQBGCnMB-JoFtKL',
              })),
            },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listCollaboratorProjectGrants',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/members/{id}/project_grants', {
        params: { path: { managed_user_id: customer, id: collaborator }, query: { 'page[number]': 1 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/members/{id}/project_grants', {
        params: { path: { managed_user_id: customer, id: collaborator } },
      }),
    invalid: [
      {
        name: 'a collaborator ID that is not an integer',
        violates: 'path.id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/members/{id}/project_grants', {
            // @ts-expect-error the collaborator ID is an integer
            params: { path: { managed_user_id: customer, id: 'taylor' } },
          }),
      },
    ],
  }),
];
