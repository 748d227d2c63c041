export function exampleSource(name: string): string;
export function coverageTable(document: Record<string, unknown>): string;
export function renderReadme(text: string, document: Record<string, unknown>): string;
