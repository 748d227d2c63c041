import { createWorkatoClient } from 'workato-embedded-api';

// One event per attempt (URL and headers, the token redacted) and per retry (delay and reason).
createWorkatoClient({ token: process.env.WORKATO_API_TOKEN ?? '', dataCenter: 'us', debug: (event) => console.debug(event) });
