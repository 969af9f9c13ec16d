import { canReachStore, codedError, RequestUser } from '@storeops/api/core';
import { Role } from '@storeops/shared/contracts';

const { Admin, Director, OpsManager, Specialist, StoreManager } = Role;

/** Who reads inspections, their results and corrective actions (store managers: their own store only). */
export const INSPECTION_READERS: readonly Role[] = [Director, OpsManager, Specialist, Admin, StoreManager];

/** A record of `storeId` may be seen by the caller: a reading role, and a store manager only for their store. */
export function canSeeStoreRecord(user: RequestUser, storeId: number): boolean {
  return INSPECTION_READERS.includes(user.role) && canReachStore(user, storeId);
}

export function assertCanSeeStoreRecord(user: RequestUser, storeId: number): void {
  if (!canSeeStoreRecord(user, storeId)) throw codedError(403, 'auth.other_store');
}

/** Specialists work in their own categories; the general standard (null) is open to them and to ops managers. */
export function coversCategory(user: RequestUser, categoryId: number | null): boolean {
  if (user.role === OpsManager || user.role === Admin) return true;
  if (user.role !== Specialist) return false;
  return categoryId === null || user.categoryIds.includes(categoryId);
}
