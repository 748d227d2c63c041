import { createWorkatoClient } from 'workato-embedded-api';

const workato = createWorkatoClient({
  token: process.env.WORKATO_API_TOKEN ?? '',
  dataCenter: 'us',
  retry: { maxRetries: 4, maxDelayMs: 20_000 }, // or retry: false
  timeoutMs: 30_000, // each attempt
  deadlineMs: 120_000, // the whole call, waits and retries included
});

await workato.GET('/api/managed_users/{managed_user_id}/folders', {
  params: { path: { managed_user_id: '98178' } },
  signal: AbortSignal.timeout(5_000), // cancel this call after 5 s
});
