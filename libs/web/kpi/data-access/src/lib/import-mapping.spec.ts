import { ImportColumn, ImportKind } from '@storeops/shared/contracts';
import {
  dateOrderExample,
  draftComplete,
  draftFromColumns,
  draftProblems,
  guessKind,
  ignoredColumns,
  numberStyleExample,
  toMapping,
  unusedColumns,
} from './import-mapping';

const col = (index: number, header: string, field: ImportColumn['field'] = null): ImportColumn => ({ index, header, field });
/** A POS store-day export: only 店号 is a known header. */
const columns = [col(1, '营业日'), col(2, '店号', 'store_code'), col(3, '金额'), col(4, '来客'), col(5, '天气')];

describe('import mapping step', () => {
  it('starts from the columns the server matched and leaves the rest to the clerk', () => {
    expect(draftFromColumns(ImportKind.StoreFacts, columns)).toEqual({
      date: null,
      store_code: 2,
      sales: null,
      cost: null,
      shrink: null,
      transactions: null,
      labour_hours: null,
      open: null,
    });
  });

  it('guesses a store file when nothing names a category, and keeps a kind the clerk chose', () => {
    const failed = { kind: ImportKind.CategoryFacts, headers: ['营业日'], columns, missingFields: ['date' as const] };
    expect(guessKind(failed, null)).toBe(ImportKind.StoreFacts);
    expect(guessKind({ ...failed, missingFields: ['date', 'category_code'] }, null)).toBe(ImportKind.CategoryFacts);
    expect(guessKind(failed, ImportKind.CategoryFacts)).toBe(ImportKind.CategoryFacts);
    // A planned job knows its kind.
    expect(guessKind({ ...failed, headers: null, kind: ImportKind.CategoryFacts }, null)).toBe(ImportKind.CategoryFacts);
  });

  it('sends every column: the mapped ones as their field, the others as ignore, an optional field left out entirely', () => {
    const draft = { date: 1, store_code: 2, sales: 3, transactions: 4, open: null };
    expect(toMapping(ImportKind.StoreFacts, draft, columns)).toEqual({
      营业日: 'date',
      店号: 'store_code',
      金额: 'sales',
      来客: 'transactions',
      天气: 'ignore',
    });
    expect(ignoredColumns(ImportKind.StoreFacts, draft, columns).map((c) => c.header)).toEqual(['天气']);
  });

  it('is incomplete while a required field has no column, and names it', () => {
    const problems = draftProblems(ImportKind.StoreFacts, { store_code: 2, sales: 3 });
    expect(problems.missing).toEqual(['date']);
    expect(draftComplete(problems)).toBe(false);
    expect(draftComplete(draftProblems(ImportKind.StoreFacts, { date: 1, store_code: 2, sales: 3 }))).toBe(true);
  });

  it('refuses one column for two fields', () => {
    const problems = draftProblems(ImportKind.StoreFacts, { date: 1, store_code: 2, sales: 3, cost: 3 });
    expect(problems.repeated).toEqual([3]);
    expect(draftComplete(problems)).toBe(false);
  });

  it('applies the store file rules: one measure at least, and no 成本 without 销售额', () => {
    expect(draftProblems(ImportKind.StoreFacts, { date: 1, store_code: 2 }).noMeasure).toBe(true);
    expect(draftProblems(ImportKind.StoreFacts, { date: 1, store_code: 2, cost: 3 }).costWithoutSales).toBe(true);
    expect(draftProblems(ImportKind.StoreFacts, { date: 1, store_code: 2, open: 3 }).noMeasure).toBe(false);
    // A category file needs its category and sales.
    expect(draftProblems(ImportKind.CategoryFacts, { date: 1, store_code: 2 }).missing).toEqual(['category_code', 'sales']);
  });

  it('lists the columns a finished import did not use', () => {
    expect(unusedColumns([col(1, 'a', 'date'), col(2, 'b', 'ignore'), col(3, 'c')]).map((c) => c.header)).toEqual(['b', 'c']);
    expect(unusedColumns(null)).toEqual([]);
  });

  it.each([
    [{ decimal: '.', thousands: ',' }, '1,234.56'],
    [{ decimal: ',', thousands: '.' }, '1.234,56'],
    [{ decimal: ',', thousands: ' ' }, '1 234,56'],
    [{ decimal: ',', thousands: null }, '1234,56'],
    [{ decimal: null, thousands: null }, '1234'],
  ] as const)('shows the number style %p as %s', (style, example) => {
    expect(numberStyleExample(style)).toBe(example);
  });

  it('shows each date order by an unambiguous example', () => {
    expect([dateOrderExample('ymd'), dateOrderExample('dmy'), dateOrderExample('mdy')]).toEqual(['2015-07-31', '31.07.2015', '07/31/2015']);
  });
});
