import { createWorkatoClient, unwrap, WorkatoHttpError } from 'workato-embedded-api';

const workato = createWorkatoClient({ token: process.env.WORKATO_API_TOKEN ?? '', dataCenter: 'us' });

try {
  await unwrap(
    workato.DELETE('/api/managed_users/{managed_user_id}/connections/{connection_id}', {
      params: { path: { managed_user_id: '98178', connection_id: 42 } },
    }),
  );
} catch (error) {
  if (error instanceof WorkatoHttpError && error.status === 404) console.log('already gone');
  else throw error;
}
