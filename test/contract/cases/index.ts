import type { ContractCase } from '../harness.js';
import { connectionCases } from './connections.js';
import { connectorCases } from './connectors.js';
import { customConnectorCases } from './custom-connectors.js';
import { folderCases } from './folders.js';
import { propertyCases } from './properties.js';
import { recipeLifecycleCases } from './recipe-lifecycle-management.js';

/** Every contract case; contract.test.ts fails for an operation of the description missing here. */
export const contractCases: ContractCase<any>[] = [
  ...connectionCases,
  ...connectorCases,
  ...customConnectorCases,
  ...propertyCases,
  ...folderCases,
  ...recipeLifecycleCases,
];
