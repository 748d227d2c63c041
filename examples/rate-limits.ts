import { createRateLimiter, createWorkatoClient } from 'workato-embedded-api';

const token = process.env.WORKATO_API_TOKEN ?? '';
const otherToken = process.env.WORKATO_OTHER_API_TOKEN ?? '';

// One limiter for every client of the same partner workspace; a lower figure where another process
// uses the same workspace.
const limiter = createRateLimiter({ limits: { 'connections.other': 30 } });
createWorkatoClient({ token, dataCenter: 'us', rateLimiter: limiter });
createWorkatoClient({ token: otherToken, dataCenter: 'us', rateLimiter: limiter });
createWorkatoClient({ token, baseUrl: 'http://127.0.0.1:4010', rateLimiter: false }); // no queueing, e.g. for the mock
