import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { DetailedError, RequestUser } from '@storeops/api/core';
import { AuditActor } from '@storeops/api/audit';

export function actorOf(user: RequestUser): AuditActor {
  return { id: user.id, username: user.username };
}

export function found<T>(value: T | null | undefined, what: string, id: number): T {
  if (!value) throw new NotFoundException(`${what} ${id} not found`);
  return value;
}

/** Optimistic lock: a client that read version N may only write over version N. */
export function assertVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw new DetailedError(409, 'The record was changed by someone else; reload and try again', [
      { field: 'version', problem: `is ${expected}, but the record is now at ${current}` },
    ]);
  }
}

export function fieldError(field: string, problem: string, status = 400): DetailedError {
  return new DetailedError(status, status === 409 ? 'Conflict' : 'Invalid request', [{ field, problem }]);
}

export function forbidden(): ForbiddenException {
  return new ForbiddenException('You may not access this record');
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
