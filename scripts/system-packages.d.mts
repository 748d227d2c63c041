export function missingPackages(steps: string[]): { what: string[]; packages: string[] };
export function ensureSystemPackages(steps: string[], options?: { log?: (line: string) => void }): string | undefined;
