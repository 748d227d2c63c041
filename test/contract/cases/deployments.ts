import { contractCase, requestExample } from '../harness.js';

const customer = '1199';
const project = 649122;
const build = 6544;
const deployment = 3905;

export const deploymentCases = [
  contractCase({
    operationId: 'buildProject',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/projects/{id}/build', {
        params: { path: { managed_user_id: customer, id: project } },
        body: requestExample('buildProject', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/projects/{id}/build', {
        params: { path: { managed_user_id: customer, id: project } },
        body: requestExample('buildProject'),
      }),
    invalid: [
      {
        name: 'include_test_cases that is not a boolean',
        violates: 'body.include_test_cases',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/projects/{id}/build', {
            params: { path: { managed_user_id: customer, id: project } },
            // @ts-expect-error include_test_cases is a boolean
            body: { include_test_cases: 'yes' },
          }),
      },
      {
        name: 'an unknown body property',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/projects/{id}/build', {
            params: { path: { managed_user_id: customer, id: project } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { description: 'Release', environment_type: 'test' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getProjectBuild',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/project_builds/{id}', {
        params: { path: { managed_user_id: customer, id: build } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/project_builds/{id}', {
        params: { path: { managed_user_id: customer, id: build } },
      }),
    invalid: [
      {
        name: 'a build id that is not an integer',
        violates: 'path.id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/project_builds/{id}', {
            // @ts-expect-error id is an integer
            params: { path: { managed_user_id: customer, id: 'latest' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deployProjectBuild',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/project_builds/{id}/deploy', {
        params: { path: { managed_user_id: customer, id: build } },
        body: requestExample('deployProjectBuild', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/project_builds/{id}/deploy', {
        params: { path: { managed_user_id: customer, id: build } },
        body: requestExample('deployProjectBuild'),
      }),
    invalid: [
      {
        name: 'a body without environment_type',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/project_builds/{id}/deploy', {
            params: { path: { managed_user_id: customer, id: build } },
            // @ts-expect-error environment_type is required
            body: { title: 'March release' },
          }),
      },
      {
        name: 'an environment_type other than test or prod',
        violates: 'body.environment_type',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/project_builds/{id}/deploy', {
            params: { path: { managed_user_id: customer, id: build } },
            // @ts-expect-error environment_type is test or prod
            body: { environment_type: 'dev' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deployProject',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/projects/{project_id}/deploy', {
        params: { path: { managed_user_id: customer, project_id: project }, query: { environment_type: 'test' } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/projects/{project_id}/deploy', {
        params: { path: { managed_user_id: customer, project_id: project }, query: { environment_type: 'test' } },
      }),
    invalid: [
      {
        name: 'no environment_type',
        violates: 'query',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/projects/{project_id}/deploy', {
            // @ts-expect-error environment_type is required
            params: { path: { managed_user_id: customer, project_id: project } },
          }),
      },
      {
        name: 'an environment_type other than test or prod',
        violates: 'query.environment_type',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/projects/{project_id}/deploy', {
            // @ts-expect-error environment_type is test or prod
            params: { path: { managed_user_id: customer, project_id: project }, query: { environment_type: 'staging' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listDeployments',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/deployments', {
        params: {
          path: { managed_user_id: customer },
          query: { project_id: project, environment_type: 'prod', state: 'success', from: '2024-03-01T00:00:00Z' },
        },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/deployments', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'a state that is not pending, success or failed',
        violates: 'query.state',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/deployments', {
            // @ts-expect-error state is an enum
            params: { path: { managed_user_id: customer }, query: { state: 'done' } },
          }),
      },
      {
        name: 'a project_id that is not an integer',
        violates: 'query.project_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/deployments', {
            // @ts-expect-error project_id is an integer
            params: { path: { managed_user_id: customer }, query: { project_id: 'p-1' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getDeployment',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/deployments/{id}', {
        params: { path: { managed_user_id: customer, id: deployment } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/deployments/{id}', {
        params: { path: { managed_user_id: customer, id: deployment } },
      }),
    invalid: [
      {
        name: 'a deployment id of 0',
        violates: 'path.id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/deployments/{id}', {
            params: { path: { managed_user_id: customer, id: 0 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listEligibleReviewers',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/deployments/{id}/eligible_reviewers', {
        params: { path: { managed_user_id: customer, id: deployment } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/deployments/{id}/eligible_reviewers', {
        params: { path: { managed_user_id: customer, id: deployment } },
      }),
    invalid: [
      {
        name: 'a deployment id that is not an integer',
        violates: 'path.id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/deployments/{id}/eligible_reviewers', {
            // @ts-expect-error id is an integer
            params: { path: { managed_user_id: customer, id: 'latest' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'assignDeploymentReviewers',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/deployments/{id}/assign_reviewers', {
        params: { path: { managed_user_id: customer, id: deployment } },
        body: requestExample('assignDeploymentReviewers', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/deployments/{id}/assign_reviewers', {
        params: { path: { managed_user_id: customer, id: deployment } },
        body: requestExample('assignDeploymentReviewers'),
      }),
    invalid: [
      {
        name: 'a body without reviewer_ids',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/deployments/{id}/assign_reviewers', {
            params: { path: { managed_user_id: customer, id: deployment } },
            // @ts-expect-error reviewer_ids is required
            body: {},
          }),
      },
      {
        name: 'reviewer IDs given as e-mail addresses',
        violates: 'body.reviewer_ids',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/deployments/{id}/assign_reviewers', {
            params: { path: { managed_user_id: customer, id: deployment } },
            // @ts-expect-error reviewer_ids are integers
            body: { reviewer_ids: ['ava.lindqvist@example.com'] },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'submitDeploymentForReview',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/deployments/{id}/submit_for_review', {
        params: { path: { managed_user_id: customer, id: deployment } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/deployments/{id}/submit_for_review', {
        params: { path: { managed_user_id: customer, id: deployment } },
      }),
    invalid: [
      {
        name: 'a negative deployment id',
        violates: 'path.id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/deployments/{id}/submit_for_review', {
            params: { path: { managed_user_id: customer, id: -3905 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deployApprovedDeployment',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/deployments/{id}/deploy', {
        params: { path: { managed_user_id: customer, id: deployment } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/deployments/{id}/deploy', {
        params: { path: { managed_user_id: customer, id: deployment } },
      }),
    invalid: [
      {
        name: 'a managed_user_id that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/deployments/{id}/deploy', {
            params: { path: { managed_user_id: 'acme', id: deployment } },
          }),
      },
    ],
  }),
];
