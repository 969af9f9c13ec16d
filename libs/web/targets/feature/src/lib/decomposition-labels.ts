import { DecompositionMethod, DecompositionStatus } from '@storeops/shared/contracts';

export const DECOMPOSITION_METHODS: readonly DecompositionMethod[] = ['last_year', 'area', 'equal', 'manual'];
export const DECOMPOSITION_STATUSES: readonly DecompositionStatus[] = ['draft', 'published', 'approved'];
export const methodKey = (method: string): string => `targets.decomp.method.${method}`;
export const statusKey = (status: string): string => `targets.decomp.status.${status}`;
