export interface ApiSurface {
  operationIds: string[];
  schemas: string[];
}
export function apiSurface(document: unknown): ApiSurface;
export function breakingChanges(before: unknown, after: unknown): string[];
export function changelogSection(changelog: string, version: string): string;
export function gate(input: { baseline: any; current: any; changelog: string }): {
  ok: boolean;
  breaking: string[];
  reason: string;
};
