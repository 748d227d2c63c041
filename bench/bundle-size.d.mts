export interface BundleSize {
  minified: number;
  gzipped: number;
}

export const CODE_BUDGET_BYTES: number;

export function measureBundle(): Promise<{
  client: BundleSize;
  code: BundleSize;
  codeAndData: BundleSize;
  withOpenapiFetch: BundleSize;
}>;
