import { TargetDecompositionResponse, TargetChangeResponse } from '@storeops/shared/contracts';
import { TargetCellEntity, TargetChangeEntity, TargetDecompositionEntity, TargetStoreEntity } from './entities';

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/** A decomposition as the API shows it; list items pass no rows and get `stores: []`, `cells: []`. */
export function toDecompositionResponse(
  d: TargetDecompositionEntity,
  storeRows: readonly TargetStoreEntity[] = [],
  cells: readonly TargetCellEntity[] = [],
): TargetDecompositionResponse {
  const order = new Map(storeRows.map((row, i) => [row.storeId, i]));
  const sortedCells = [...cells].sort((a, b) => (order.get(a.storeId) ?? 0) - (order.get(b.storeId) ?? 0) || a.month - b.month);
  return {
    id: d.id,
    year: d.year,
    metric: d.metric,
    total: d.total,
    method: d.method,
    status: d.status,
    current: d.current,
    version: d.version,
    createdBy: d.createdBy,
    createdAt: iso(d.createdAt) as string,
    publishedBy: d.publishedBy,
    publishedAt: iso(d.publishedAt),
    approvedBy: d.approvedBy,
    approvedAt: iso(d.approvedAt),
    stores: storeRows.map((row) => ({
      storeId: row.storeId,
      storeCode: row.store?.code ?? '',
      storeName: row.store?.name ?? '',
      value: row.value,
      locked: row.locked,
      basis: row.basis,
    })),
    cells: sortedCells.map((c) => ({ storeId: c.storeId, month: c.month, value: c.value })),
  };
}

export function toTargetChangeResponse(c: TargetChangeEntity): TargetChangeResponse {
  return {
    id: c.id,
    storeId: c.storeId,
    month: c.month,
    before: c.before,
    after: c.after,
    reason: c.reason,
    changedBy: c.changedBy,
    changedAt: iso(c.changedAt) as string,
  };
}
