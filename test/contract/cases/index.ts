import type { ContractCase } from '../harness.js';
import { apiPlatformCases } from './api-platform.js';
import { connectionCases } from './connections.js';
import { connectorCases } from './connectors.js';
import { customConnectorCases } from './custom-connectors.js';
import { customOauthProfileCases } from './custom-oauth-profiles.js';
import { customerManagerCases } from './customer-managers.js';
import { jwtDirectLinkCases } from './jwt-direct-link.js';
import { roleCases } from './roles.js';
import { customerCases } from './customers.js';
import { teamCollaboratorCases } from './team-collaborators.js';
import { lookupTableCases } from './lookup-tables.js';
import { picklistCases } from './picklists.js';
import { jobCases } from './jobs.js';
import { recipeCases } from './recipes.js';
import { folderCases } from './folders.js';
import { propertyCases } from './properties.js';
import { recipeLifecycleCases } from './recipe-lifecycle-management.js';
import { developerApiClientCases } from './developer-api-clients.js';
import { projectGrantCases } from './project-grants.js';
import { collaboratorGroupCases } from './collaborator-groups.js';
import { dataTableCases } from './data-tables.js';
import { tagCases } from './tags.js';
import { activityLogCases } from './activity-logs.js';
import { projectCases } from './projects.js';
import { deploymentCases } from './deployments.js';
import { environmentRoleCases } from './environment-roles.js';
import { projectRoleCases } from './project-roles.js';
import { roleMigrationCases } from './role-migration.js';

/** Every contract case; contract.test.ts fails for an operation of the description missing here. */
export const contractCases: ContractCase<any>[] = [
  ...connectionCases,
  ...connectorCases,
  ...customConnectorCases,
  ...customOauthProfileCases,
  ...customerManagerCases,
  ...jwtDirectLinkCases,
  ...roleCases,
  ...apiPlatformCases,
  ...customerCases,
  ...teamCollaboratorCases,
  ...lookupTableCases,
  ...picklistCases,
  ...jobCases,
  ...recipeCases,
  ...propertyCases,
  ...folderCases,
  ...recipeLifecycleCases,
  ...developerApiClientCases,
  ...projectGrantCases,
  ...collaboratorGroupCases,
  ...dataTableCases,
  ...tagCases,
  ...activityLogCases,
  ...projectCases,
  ...deploymentCases,
  ...environmentRoleCases,
  ...projectRoleCases,
  ...roleMigrationCases,
];
