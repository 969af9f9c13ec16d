import { TargetDecompositionResponse, TargetChangeResponse, ZeroMonthsRow } from '@storeops/shared/contracts';
import { TargetCellEntity, TargetChangeEntity, TargetDecompositionEntity, TargetStoreEntity } from './entities';

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/** The months with a target of 0 of each store, except stores locked at 0 (set so on purpose). */
export function zeroMonthsOf(storeRows: readonly TargetStoreEntity[], cells: readonly TargetCellEntity[]): ZeroMonthsRow[] {
  const zero = new Map<number, number[]>();
  for (const c of cells) if (c.value === 0) zero.set(c.storeId, [...(zero.get(c.storeId) ?? []), c.month]);
  return storeRows
    .filter((row) => zero.has(row.storeId) && !(row.locked && row.value === 0))
    .map((row) => ({
      storeId: row.storeId,
      storeCode: row.store?.code ?? '',
      storeName: row.store?.name ?? '',
      months: (zero.get(row.storeId) ?? []).sort((a, b) => a - b),
    }));
}

/**
 * A decomposition as the API shows it; list items pass no rows and get `stores: []`, `cells: []`. `names` holds the
 * display names of the users it names (the returning director).
 */
export function toDecompositionResponse(
  d: TargetDecompositionEntity,
  storeRows: readonly TargetStoreEntity[] = [],
  cells: readonly TargetCellEntity[] = [],
  names: ReadonlyMap<string, string> = new Map(),
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
    targetTotal: d.targetTotal ?? d.total,
    returnComment: d.returnComment,
    returnedBy: d.returnedBy,
    returnedByName: d.returnedBy ? (names.get(d.returnedBy) ?? d.returnedBy) : null,
    returnedAt: iso(d.returnedAt),
    zeroMonths: zeroMonthsOf(storeRows, cells),
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
    kind: c.kind,
    storeId: c.storeId,
    month: c.month,
    before: c.before,
    after: c.after,
    reason: c.reason,
    changedBy: c.changedBy,
    changedAt: iso(c.changedAt) as string,
  };
}
