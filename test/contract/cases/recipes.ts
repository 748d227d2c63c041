import { contractCase, requestExample } from '../harness.js';

const customer = '98178';
const recipe = 1929498;

export const recipeCases = [
  contractCase({
    operationId: 'listRecipes',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/recipes', {
        params: { path: { managed_user_id: customer }, query: { running: true, per_page: 100, since_id: 15500 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/recipes', { params: { path: { managed_user_id: customer } } }),
    invalid: [
      {
        name: 'per_page over the documented maximum of 100',
        violates: 'query.per_page',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/recipes', {
            params: { path: { managed_user_id: customer }, query: { per_page: 101 } },
          }),
      },
      {
        name: 'a since_id that is not an integer',
        violates: 'query.since_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/recipes', {
            params: {
              path: { managed_user_id: customer },
              // @ts-expect-error since_id is an integer
              query: { since_id: 'last' },
            },
          }),
      },
      {
        name: 'a stop_cause Workato does not document',
        violates: 'query.stop_cause',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/recipes', {
            params: {
              path: { managed_user_id: customer },
              // @ts-expect-error stop_cause is one of the four documented reasons
              query: { stop_cause: 'manual' },
            },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getRecipe',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
      }),
    invalid: [
      {
        name: 'a recipe_id that is not a number',
        violates: 'path.recipe_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
            // @ts-expect-error recipe_id is an integer
            params: { path: { managed_user_id: customer, recipe_id: 'latest' } },
          }),
      },
      {
        name: 'recipe_id 0',
        violates: 'path.recipe_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
            params: { path: { managed_user_id: customer, recipe_id: 0 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'searchRecipes',
    call: (client, { headers }) =>
      client.GET('/api/recipes/search', {
        params: { query: { applications: 'salesforce', term: 'invoice', page: 0, per_page: 20 } },
        headers,
      }),
    callRaw: (client) => client.GET('/api/recipes/search', { params: { query: { applications: 'salesforce' } } }),
    invalid: [
      {
        name: 'a search without the required applications',
        violates: 'query',
        send: (client) =>
          // @ts-expect-error applications is required
          client.GET('/api/recipes/search', { params: { query: { term: 'invoice' } } }),
      },
      {
        name: 'per_page over the documented maximum of 20',
        violates: 'query.per_page',
        send: (client) => client.GET('/api/recipes/search', { params: { query: { applications: 'salesforce', per_page: 21 } } }),
      },
      {
        name: 'a negative page (pages start at 0)',
        violates: 'query.page',
        send: (client) => client.GET('/api/recipes/search', { params: { query: { applications: 'salesforce', page: -1 } } }),
      },
      {
        name: 'boost_owned that is not a boolean',
        violates: 'query.boost_owned',
        send: (client) =>
          client.GET('/api/recipes/search', {
            // @ts-expect-error boost_owned is a boolean
            params: { query: { applications: 'salesforce', boost_owned: 'mine' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createRecipe',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createRecipe', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createRecipe'),
      }),
    invalid: [
      {
        name: 'a recipe without the required code',
        violates: 'body.recipe',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error code is required
            body: { recipe: { name: 'Send status mail', config: '[]' } },
          }),
      },
      {
        name: 'code sent as a JSON object instead of a string',
        violates: 'body.recipe.code',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error code is a JSON document encoded in a string
            body: { recipe: { name: 'Send status mail', code: { number: 0, block: [] }, config: '[]' } },
          }),
      },
      {
        name: 'the recipe fields without the recipe wrapper',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error the fields belong inside recipe
            body: { name: 'Send status mail', code: '{}', config: '[]' },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateRecipe',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        body: requestExample('updateRecipe', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        body: requestExample('updateRecipe'),
      }),
    invalid: [
      {
        name: 'a folder_id that is not an integer',
        violates: 'body.recipe.folder_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
            params: { path: { managed_user_id: customer, recipe_id: recipe } },
            // @ts-expect-error folder_id is an integer
            body: { recipe: { folder_id: 'archive' } },
          }),
      },
      {
        name: 'an empty recipe object',
        violates: 'body.recipe',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
            params: { path: { managed_user_id: customer, recipe_id: recipe } },
            body: { recipe: {} },
          }),
      },
      {
        name: 'a recipe property the operation does not take',
        violates: 'body.recipe',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
            params: { path: { managed_user_id: customer, recipe_id: recipe } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { recipe: { name: 'renamed', running: true } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteRecipe',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
      }),
    invalid: [
      {
        name: 'a managed_user_id that is neither numeric nor E-prefixed',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/recipes/{recipe_id}', {
            params: { path: { managed_user_id: 'acme', recipe_id: recipe } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'startRecipe',
    call: (client, { headers }) =>
      client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/start', {
        params: { path: { managed_user_id: 'EA2300_prod', recipe_id: recipe } },
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/start', {
        params: { path: { managed_user_id: 'EA2300_prod', recipe_id: recipe } },
      }),
    invalid: [
      {
        name: 'a negative recipe_id',
        violates: 'path.recipe_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/start', {
            params: { path: { managed_user_id: customer, recipe_id: -1 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'stopRecipe',
    call: (client, { headers }) =>
      client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/stop', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/stop', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
      }),
    invalid: [
      {
        name: 'a recipe name instead of its ID',
        violates: 'path.recipe_id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/stop', {
            // @ts-expect-error recipe_id is an integer
            params: { path: { managed_user_id: customer, recipe_id: 'status-mail' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'copyRecipe',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/copy', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        body: requestExample('copyRecipe', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/copy', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        body: requestExample('copyRecipe'),
      }),
    invalid: [
      {
        name: 'a folder_id that is not an integer',
        violates: 'body.folder_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/copy', {
            params: { path: { managed_user_id: customer, recipe_id: recipe } },
            // @ts-expect-error folder_id is an integer
            body: { folder_id: 'archive' },
          }),
      },
      {
        name: 'a property the operation does not take',
        violates: 'body',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/copy', {
            params: { path: { managed_user_id: customer, recipe_id: recipe } },
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { folder_id: 4725, name: 'Copy of recipe' },
          }),
      },
      {
        name: 'recipe_id 0',
        violates: 'path.recipe_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/copy', {
            params: { path: { managed_user_id: customer, recipe_id: 0 } },
            body: {},
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'resetRecipeTrigger',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/reset_trigger', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/reset_trigger', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
      }),
    invalid: [
      {
        name: 'a recipe_id that is not a number',
        violates: 'path.recipe_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/reset_trigger', {
            // @ts-expect-error recipe_id is an integer
            params: { path: { managed_user_id: customer, recipe_id: 'sync-accounts' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'pollRecipeNow',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/poll_now', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/poll_now', {
        params: { path: { managed_user_id: customer, recipe_id: recipe } },
      }),
    invalid: [
      {
        name: 'a negative recipe_id',
        violates: 'path.recipe_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/recipes/{recipe_id}/poll_now', {
            params: { path: { managed_user_id: customer, recipe_id: -5 } },
          }),
      },
    ],
  }),
];
