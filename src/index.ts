export { createWorkatoClient } from './client.js';
export type { DataCenter, TokenProvider, WorkatoClient, WorkatoClientOptions } from './client.js';
export { customerId } from './customer-id.js';
export type { CustomerEnvironment, CustomerReference } from './customer-id.js';
export {
  WorkatoAbortError,
  WorkatoError,
  WorkatoHttpError,
  WorkatoInputError,
  WorkatoNetworkError,
  WorkatoPaginationError,
  WorkatoRateLimitError,
  WorkatoRequestError,
  WorkatoResponseError,
  WorkatoResponseTooLargeError,
  WorkatoTimeoutError,
} from './errors.js';
export type { RequestSummary } from './errors.js';
export { paginate } from './paginate.js';
export type { PageItem, PaginatedPath, PaginateOptions } from './paginate.js';
export { createRateLimiter } from './rate-limiter.js';
export type { Clock, RateLimiter, RateLimiterOptions } from './rate-limiter.js';
export type { RetryOptions } from './retry.js';
export type { DebugEvent } from './transport.js';
export { unwrap } from './unwrap.js';
export { apiVersion, dataCenters, operationFacts, rateLimitGroups } from '../generated/metadata.js';
export type { OperationFacts, OperationKey, Pagination } from './operation-facts.js';
export type { components, operations, paths } from '../generated/schema.js';
