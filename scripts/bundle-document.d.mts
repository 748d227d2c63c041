export const HTTP_METHODS: readonly string[];
export function resolveRef(document: unknown, node: any): any;
export function operationsOf(document: unknown): Array<{ path: string; method: string; operation: any }>;
