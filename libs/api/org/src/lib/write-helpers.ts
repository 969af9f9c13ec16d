import { codedError, DetailedError, RequestUser } from '@storeops/api/core';
import { coded, MessageParams } from '@storeops/shared/contracts';
import { AuditActor } from '@storeops/api/audit';

export function actorOf(user: RequestUser): AuditActor {
  return { id: user.id, username: user.username };
}

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
    throw codedError(409, 'record.changed', {}, [coded('record.version_stale', { expected, current }, { field: 'version' })]);
  }
}

/** A refused field: the detail's code and params from ORG_ERRORS (or CORE_ERRORS). */
export function fieldError(field: string, code: string, params: MessageParams = {}, status = 400): DetailedError {
  return codedError(status, status === 409 ? 'http.conflict' : 'request.invalid', {}, [coded(code, params, { field })]);
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
