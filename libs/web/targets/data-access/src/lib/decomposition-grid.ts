import { DecompositionResponse, DecompositionStoreRow, TargetCell } from '@storeops/shared/contracts';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export const cellKey = (storeId: number, month: number): string => `${storeId}:${month}`;

export interface GridRow {
  store: DecompositionStoreRow;
  /** Index 0 = January. */
  months: number[];
  total: number;
}

export interface Grid {
  rows: GridRow[];
  monthTotals: number[];
  grandTotal: number;
}

/** The store × month table with the unsaved edits applied, and its row, column and grand totals. */
export function buildGrid(
  stores: readonly DecompositionStoreRow[],
  cells: readonly TargetCell[],
  edits: ReadonlyMap<string, number>,
): Grid {
  const index = new Map<number, number>();
  const rows: GridRow[] = stores.map((store, i) => {
    index.set(store.storeId, i);
    return { store, months: new Array<number>(12).fill(0), total: 0 };
  });
  for (const cell of cells) {
    const i = index.get(cell.storeId);
    if (i !== undefined && cell.month >= 1 && cell.month <= 12) rows[i].months[cell.month - 1] = cell.value;
  }
  for (const [key, value] of edits) {
    const [storeId, month] = key.split(':').map(Number);
    const i = index.get(storeId);
    if (i !== undefined) rows[i].months[month - 1] = value;
  }
  const monthTotals = new Array<number>(12).fill(0);
  let grandTotal = 0;
  for (const row of rows) {
    row.total = row.months.reduce((sum, v) => sum + v, 0);
    row.months.forEach((v, m) => (monthTotals[m] += v));
    grandTotal += row.total;
  }
  return { rows, monthTotals, grandTotal };
}

/** The cells the edits changed, for PATCH …/cells. */
export function editedCells(edits: ReadonlyMap<string, number>): TargetCell[] {
  return [...edits].map(([key, value]) => {
    const [storeId, month] = key.split(':').map(Number);
    return { storeId, month, value };
  });
}

export function originalValue(d: Pick<DecompositionResponse, 'cells'>, storeId: number, month: number): number {
  return d.cells.find((c) => c.storeId === storeId && c.month === month)?.value ?? 0;
}
