import { TestBed } from '@angular/core/testing';
import { DecompositionStoreRow, Metric, TargetCell, TargetDecompositionResponse } from '@storeops/shared/contracts';
import { of } from 'rxjs';
import { DecompositionsApi } from './decompositions-api';
import { buildGrid } from './decomposition-grid';
import { DecompositionStore } from './decomposition.store';

const store = (storeId: number): DecompositionStoreRow => ({
  storeId,
  storeCode: `BJ00${storeId}`,
  storeName: `店${storeId}`,
  value: 1200,
  locked: false,
  basis: 'last_year',
});
const cells = (storeId: number, value: number): TargetCell[] => Array.from({ length: 12 }, (_, i) => ({ storeId, month: i + 1, value }));
const decomposition: TargetDecompositionResponse = {
  id: 3,
  year: 2026,
  metric: Metric.Sales,
  total: 2400,
  method: 'last_year',
  status: 'draft',
  version: 4,
  createdBy: 'ops',
  publishedBy: null,
  approvedBy: null,
  current: false,
  createdAt: '2026-11-18T02:00:00.000Z',
  publishedAt: null,
  approvedAt: null,
  targetTotal: 2400,
  returnComment: null,
  returnedBy: null,
  returnedByName: null,
  returnedAt: null,
  zeroMonths: [],
  stores: [store(1), store(2)],
  cells: [...cells(1, 100), ...cells(2, 100)],
};

describe('buildGrid', () => {
  it('sums rows, months and the grand total from the cells', () => {
    const grid = buildGrid(decomposition.stores, decomposition.cells, new Map());
    expect(grid.rows.map((r) => r.total)).toEqual([1200, 1200]);
    expect(grid.monthTotals).toEqual(new Array(12).fill(200));
    expect(grid.grandTotal).toBe(2400);
  });
});

describe('DecompositionStore live totals', () => {
  const api = {
    get: jest.fn(() => of(decomposition)),
    updateCells: jest.fn(() => of({ ...decomposition, version: 5 })),
    changes: jest.fn(() => of([])),
  };

  beforeEach(() => TestBed.configureTestingModule({ providers: [DecompositionStore, { provide: DecompositionsApi, useValue: api }] }));

  it('moves the row, column and grand totals as a cell is edited, and back when the edit is undone', async () => {
    const s = TestBed.inject(DecompositionStore);
    await s.load(3);
    s.setCell(2, 3, 150);
    expect(s.grid().rows[1].total).toBe(1250);
    expect(s.grid().rows[0].total).toBe(1200);
    expect(s.grid().monthTotals[2]).toBe(250);
    expect(s.grid().monthTotals[3]).toBe(200);
    expect(s.grid().grandTotal).toBe(2450);
    expect(s.dirty()).toBe(true);

    s.setCell(2, 3, 100);
    expect(s.dirty()).toBe(false);
    expect(s.grid().grandTotal).toBe(2400);
  });

  it('sends only the edited cells with the version it was based on', async () => {
    const s = TestBed.inject(DecompositionStore);
    await s.load(3);
    s.setCell(1, 12, 90);
    await s.save('调整');
    expect(api.updateCells).toHaveBeenCalledWith(3, { cells: [{ storeId: 1, month: 12, value: 90 }], reason: '调整', version: 4 });
    expect(s.dirty()).toBe(false);
    expect(s.decomposition()?.version).toBe(5);
  });
});
