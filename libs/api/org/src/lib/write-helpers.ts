import { codedError, DetailedError, staleVersion } from '@storeops/api/core';
import { coded } from '@storeops/shared/contracts';

const NOT_FOUND: Readonly<Record<string, string>> = {
  Region: 'region.not_found',
  Category: 'category.not_found',
  User: 'user.not_found',
  Store: 'store.not_found',
};

export function found<T>(value: T | null | undefined, what: 'Region' | 'Category' | 'User' | 'Store', id: number): T {
  if (!value) throw codedError(404, NOT_FOUND[what], { id }, [coded(NOT_FOUND[what], { id }, { field: 'id' })]);
  return value;
}

/** Optimistic lock: a client that read version N may only write over version N. */
export function assertVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw staleVersion(expected, current);
  }
}

export function forbidden(): DetailedError {
  return codedError(403, 'auth.forbidden');
}

/** Copies the defined fields of a patch onto an entity; returns whether anything changed. */
export function applyPatch<T extends object>(target: T, patch: Partial<T>): boolean {
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === 'version') continue;
    if ((target as Record<string, unknown>)[key] !== value) {
      (target as Record<string, unknown>)[key] = value;
      changed = true;
    }
  }
  return changed;
}
