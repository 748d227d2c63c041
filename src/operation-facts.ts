// What the client knows of each operation at run time, read from the generated plain data
// (generated/metadata.ts), keyed by method and path template exactly as the description writes them.
import { operationFacts, pathParameterRules, rateLimitGroups } from '../generated/metadata.js';
import type { PathParameterRule } from './request-checks.js';

/** An operation's `x-pagination`, as the description writes it (README, Pagination). */
export type Pagination =
  | {
      style: 'page';
      pageParameter: string;
      sizeParameter: string;
      firstPage: number;
      defaultPageSize: number;
      maxPageSize: number;
      itemsField: string;
      totalField?: string;
    }
  | {
      style: 'since-id' | 'offset-job-id';
      cursorParameter: string;
      cursorField: string;
      cursorFrom: 'min' | 'last';
      itemsField: string;
      sizeParameter?: string;
      defaultPageSize?: number;
      maxPageSize?: number;
    };

export interface OperationFacts {
  /** Each path parameter's rule, as an index into `pathParameterRules`. */
  pathParameters?: Readonly<Record<string, number>>;
  rateLimitGroup?: keyof typeof rateLimitGroups;
  /** The request media type, where it is not JSON (package uploads). */
  uploadMediaType?: string;
  pagination?: Pagination;
  /** A success of this operation may come with no body (the description declares no content for it). */
  emptySuccess?: boolean;
}

/** `"GET /api/managed_users/{managed_user_id}/folders"`: the key of an operation in the facts. */
export type OperationKey = keyof typeof operationFacts;

export interface RateLimit {
  group: string;
  limit: number;
  windowMs: number;
}

const facts: Readonly<Record<string, OperationFacts>> = operationFacts;
const none: OperationFacts = {};

/** The facts of the operation at `method` and `template`; an empty record for one with none. */
export function factsOf(method: string, template: string): OperationFacts {
  return facts[`${method.toUpperCase()} ${template}`] ?? none;
}

/** The documented rate limit of an operation, or undefined where the docs give none. */
export function rateLimitOf(operation: OperationFacts): RateLimit | undefined {
  const group = operation.rateLimitGroup;
  return group === undefined ? undefined : { group, ...rateLimitGroups[group] };
}

const rules: readonly PathParameterRule[] = pathParameterRules as readonly PathParameterRule[];

/** The rules of an operation's path parameters, by name. */
export function pathRulesOf(operation: OperationFacts): Record<string, PathParameterRule> {
  const byName: Record<string, PathParameterRule> = {};
  for (const [name, index] of Object.entries(operation.pathParameters ?? {})) byName[name] = rules[index] as PathParameterRule;
  return byName;
}
