export { createWorkatoClient } from './client.js';
export type { DataCenter, TokenProvider, WorkatoClient, WorkatoClientOptions } from './client.js';
export { customerId } from './customer-id.js';
export type { CustomerEnvironment, CustomerReference } from './customer-id.js';
export { WorkatoError, WorkatoInputError } from './errors.js';
export { dataCenters, operationMetadata } from '../generated/metadata.js';
export type { components, operations, paths } from '../generated/schema.js';
