import { createWorkatoClient, paginate } from 'workato-embedded-api';

const workato = createWorkatoClient({ token: process.env.WORKATO_API_TOKEN ?? '', dataCenter: 'us' });

for await (const recipe of paginate(workato, '/api/managed_users/{managed_user_id}/recipes', {
  params: { path: { managed_user_id: '98178' } },
})) {
  console.log(recipe.id, recipe.running);
}
