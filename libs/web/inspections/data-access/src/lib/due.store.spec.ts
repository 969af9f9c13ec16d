import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { DuePlanItem, InspectionPlanDueResponse } from '@storeops/shared/contracts';
import { of, throwError } from 'rxjs';
import { DueStore, toDueCards, toDueRows, weekEndOf } from './due.store';
import { DRAFT_STORAGE, MemoryDraftStorage } from './draft-storage';
import { CategoriesApi } from '@storeops/web/org/data-access';
import { InspectionsApi } from './inspections-api';

const dueItem = (over: Partial<DuePlanItem> = {}) => due(over);

function due(over: Partial<DuePlanItem> = {}): DuePlanItem {
  return {
    planId: 1,
    specialistId: 3,
    specialistName: '生鲜专员',
    storeId: 7,
    storeCode: 'BJ002',
    storeName: '北京二店',
    categoryId: 1,
    frequency: 'monthly',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    dueDate: '2026-11-30',
    overdue: false,
    ...over,
  };
}

describe('toDueRows', () => {
  const categories = [
    { id: 1, name: '生鲜' },
    { id: 2, name: '日配' },
  ];

  it('names categories, puts overdue first then by store code, and builds the start link', () => {
    const rows = toDueRows(
      [
        due(),
        due({ storeId: 5, storeCode: 'BJ001', storeName: '北京一店', categoryId: null }),
        due({
          storeId: 9,
          storeCode: 'SH001',
          storeName: '上海一店',
          categoryId: 2,
          overdue: true,
          periodStart: '2026-10-01',
          periodEnd: '2026-10-31',
        }),
      ],
      categories,
    );
    expect(rows.map((r) => [r.storeCode, r.categoryName, r.overdue, r.startParams])).toEqual([
      ['SH001', '日配', true, { storeId: 9, categoryId: 2, planId: 1, periodStart: '2026-10-01' }],
      ['BJ001', null, false, { storeId: 5, planId: 1, periodStart: '2026-11-01' }],
      ['BJ002', '生鲜', false, { storeId: 7, categoryId: 1, planId: 1, periodStart: '2026-11-01' }],
    ]);
    expect(rows[0].periodStart).toBe('2026-10-01');
  });

  it('shows a pair once, as overdue when it is both due and overdue', () => {
    const rows = toDueRows([due(), due({ overdue: true, periodStart: '2026-10-01' }), due({ planId: 2 })], categories);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: '7:1', overdue: true, periodStart: '2026-10-01' });
  });

  it('names an unknown category by its id', () => {
    expect(toDueRows([due({ categoryId: 42 })], categories)[0].categoryName).toBe('#42');
  });
});

describe('DueStore offline', () => {
  const response = (items: DuePlanItem[]): InspectionPlanDueResponse => ({
    date: '2026-11-18',
    periods: [{ frequency: 'monthly', periodStart: '2026-11-01', periodEnd: '2026-11-30' }],
    items,
    coverage: [],
  });

  function setup(due: jest.Mock) {
    TestBed.configureTestingModule({
      providers: [
        DueStore,
        { provide: DRAFT_STORAGE, useValue: new MemoryDraftStorage() },
        { provide: InspectionsApi, useValue: { due } },
        { provide: CategoriesApi, useValue: { all: () => of([{ id: 1, name: '生鲜' }]) } },
      ],
    });
    return TestBed.inject(DueStore);
  }

  it('offline, shows the list last fetched on this device and says so, without an error', async () => {
    const due = jest.fn().mockReturnValueOnce(of(response([dueItem()])));
    const store = setup(due);
    await store.load();
    expect(store.offline()).toBeNull();
    due.mockReturnValueOnce(throwError(() => new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' })));
    await store.load();
    expect(store.error()).toBeNull();
    expect(store.offline()?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(store.rows().map((r) => r.storeCode)).toEqual(['BJ002']);
  });

  it('offline with nothing cached: no rows, no error, the banner says nothing is kept yet', async () => {
    const store = setup(jest.fn(() => throwError(() => new HttpErrorResponse({ status: 0 }))));
    await store.load();
    expect(store.error()).toBeNull();
    expect(store.offline()).toEqual({ at: null });
    expect(store.rows()).toEqual([]);
  });

  it('a server error (not the network) stays an error', async () => {
    const store = setup(jest.fn(() => throwError(() => new HttpErrorResponse({ status: 500, error: { message: 'boom', details: [] } }))));
    await store.load();
    expect(store.offline()).toBeNull();
    expect(store.error()?.statusCode).toBe(500);
  });
});

describe('toDueCards (今日待检: each store once, today and this week)', () => {
  const categories = [
    { id: 1, name: '生鲜' },
    { id: 2, name: '日配' },
  ];

  it('weekEndOf: the Sunday of the ISO week', () => {
    expect(weekEndOf('2026-11-18')).toBe('2026-11-22'); // a Wednesday
    expect(weekEndOf('2026-11-22')).toBe('2026-11-22'); // Sunday itself
    expect(weekEndOf('2026-12-28')).toBe('2027-01-03'); // across the year
  });

  it('one card per store with its lines; overdue always, due only up to Sunday; overdue stores first', () => {
    const cards = toDueCards(
      [
        due({ storeId: 7, storeCode: 'BJ002', categoryId: 1, dueDate: '2026-11-20' }),
        due({ storeId: 7, storeCode: 'BJ002', categoryId: 2, dueDate: '2026-11-21' }),
        due({ storeId: 5, storeCode: 'BJ001', categoryId: 1, dueDate: '2026-11-27' }),
        due({
          storeId: 9,
          storeCode: 'SH001',
          categoryId: 2,
          overdue: true,
          periodStart: '2026-10-01',
          periodEnd: '2026-10-31',
          dueDate: '2026-10-31',
        }),
      ],
      categories,
      '2026-11-18',
    );
    expect(cards.map((c) => [c.storeCode, c.overdue, c.lines.map((l) => l.categoryName)])).toEqual([
      ['SH001', true, ['日配']],
      ['BJ002', false, ['日配', '生鲜']],
    ]);
    expect(cards[1].dueDate).toBe('2026-11-20');
  });
});
