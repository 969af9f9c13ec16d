import { DuePlanItem } from '@storeops/shared/contracts';
import { toDueRows } from './due.store';

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
      ['SH001', '日配', true, { storeId: 9, categoryId: 2 }],
      ['BJ001', null, false, { storeId: 5 }],
      ['BJ002', '生鲜', false, { storeId: 7, categoryId: 1 }],
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
