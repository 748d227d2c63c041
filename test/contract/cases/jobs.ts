import { contractCase, requestExample } from '../harness.js';

const customer = '98178';
const recipe = 1929498;
const job = 'j-KGAKfhsz-GYoLe';

export const jobCases = [
  contractCase({
    operationId: 'listJobs',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs', {
        params: {
          path: { managed_user_id: customer, recipe_id: recipe },
          query: { offset_job_id: job, prev: false, status: 'failed' },
        },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
      }),
    invalid: [
      {
        name: 'a status Workato does not document',
        violates: 'query.status',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs', {
            params: {
              path: { managed_user_id: customer, recipe_id: recipe },
              // @ts-expect-error status is succeeded, failed or pending
              query: { status: 'error' },
            },
          }),
      },
      {
        name: 'prev that is not a boolean',
        violates: 'query.prev',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs', {
            params: {
              path: { managed_user_id: customer, recipe_id: recipe },
              // @ts-expect-error prev is a boolean
              query: { prev: 'newer' },
            },
          }),
      },
      {
        name: 'a recipe_id that is not a number',
        violates: 'path.recipe_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs', {
            // @ts-expect-error recipe_id is an integer
            params: { path: { managed_user_id: customer, recipe_id: 'all' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getJob',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs/{job_id}', {
        params: { path: { managed_user_id: customer, recipe_id: recipe, job_id: job } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs/{job_id}', {
        params: { path: { managed_user_id: customer, recipe_id: recipe, job_id: job } },
      }),
    invalid: [
      {
        name: 'recipe_id 0',
        violates: 'path.recipe_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs/{job_id}', {
            params: { path: { managed_user_id: customer, recipe_id: 0, job_id: job } },
          }),
      },
      {
        name: 'a managed_user_id with an unknown environment suffix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/jobs/{job_id}', {
            params: { path: { managed_user_id: '98178_staging', recipe_id: recipe, job_id: job } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'repeatJobs',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/repeat_jobs', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        body: requestExample('repeatJobs', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/repeat_jobs', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        body: requestExample('repeatJobs'),
      }),
    invalid: [
      {
        name: 'more than the documented 25 jobs in one request',
        violates: 'body.job_ids',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/repeat_jobs', {
            params: { path: { managed_user_id: customer, recipe_id: recipe } },
            body: { job_ids: Array.from({ length: 26 }, (_, index) => `${job}${index}`) },
          }),
      },
      {
        name: 'an empty list of jobs',
        violates: 'body.job_ids',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/repeat_jobs', {
            params: { path: { managed_user_id: customer, recipe_id: recipe } },
            body: { job_ids: [] },
          }),
      },
      {
        name: 'a body without job_ids',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/repeat_jobs', {
            params: { path: { managed_user_id: customer, recipe_id: recipe } },
            // @ts-expect-error job_ids is required
            body: {},
          }),
      },
    ],
  }),
];
