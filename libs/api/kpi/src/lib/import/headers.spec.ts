import { ImportKind } from '@storeops/shared/contracts';
import { headerSignature, planColumns } from './headers';

describe('planColumns', () => {
  it('recognises Chinese headers and picks category facts', () => {
    const result = planColumns(['日期', '门店编码', '品类编码', '销售额', '成本', '损耗']);
    expect(result).toMatchObject({
      ok: true,
      plan: { kind: ImportKind.CategoryFacts, columns: { date: 0, store_code: 1, category_code: 2, sales: 3, cost: 4, shrink: 5 } },
    });
  });

  it('recognises English headers in any order and case, and picks store facts', () => {
    const result = planColumns(['Store_Code', 'Labour_Hours', 'DATE', 'transactions']);
    expect(result).toMatchObject({
      ok: true,
      plan: { kind: ImportKind.StoreFacts, columns: { store_code: 0, labour_hours: 1, date: 2, transactions: 3 } },
    });
  });

  it('leaves extra columns unused, and says so (target null)', () => {
    const result = planColumns(['日期', '门店编码', '门店名称', '来客数', '工时', '备注']);
    expect(result).toMatchObject({ ok: true, plan: { targets: ['date', 'store_code', null, 'transactions', 'labour_hours', null] } });
  });

  it('names each missing required field when the headers are not known', () => {
    const result = planColumns(['营业日', '门店', '类别', '金额', '进价', '报损'], ImportKind.CategoryFacts);
    expect(result).toMatchObject({ ok: false, missing: ['date', 'store_code', 'category_code', 'sales'] });
    if ('problems' in result)
      expect(result.problems.map((p) => p.code)).toEqual(['missing_field', 'missing_field', 'missing_field', 'missing_field']);
  });

  it('needs only date, store, category and sales in a category file: cost and shrink are optional (unknown)', () => {
    expect(planColumns(['日期', '门店编码', '品类编码', '销售额'])).toMatchObject({ ok: true, plan: { kind: ImportKind.CategoryFacts } });
  });

  it('takes a store-day file of a POS export (Store, Date, Sales, Customers, Open) as store facts', () => {
    const result = planColumns(['Store', 'DayOfWeek', 'Date', 'Sales', 'Customers', 'Open', 'Promo']);
    expect(result).toMatchObject({
      ok: true,
      plan: { kind: ImportKind.StoreFacts, columns: { store_code: 0, date: 2, sales: 3, transactions: 4, open: 5 } },
    });
  });

  it('a store file needs a measure besides date and store', () => {
    expect(planColumns(['日期', '门店编码', '备注'])).toMatchObject({ ok: false, problems: [{ code: 'store_file_no_measure' }] });
  });

  it('an explicit mapping may ignore a column the names would match', () => {
    const result = planColumns(['日期', '门店编码', '销售额', '来客数'], undefined, {
      日期: 'date',
      门店编码: 'store_code',
      销售额: 'sales',
      来客数: 'ignore',
    });
    expect(result).toMatchObject({ ok: true, plan: { columns: { sales: 2 }, targets: ['date', 'store_code', 'sales', 'ignore'] } });
    if ('plan' in result) expect(result.plan.columns.transactions).toBeUndefined();
  });

  it('uses an explicit mapping instead of the names', () => {
    const mapping = { 营业日: 'date', 店号: 'store_code', 类别: 'category_code', 金额: 'sales', 进价: 'cost', 报损: 'shrink' } as const;
    const result = planColumns(['营业日', '店号', '类别', '金额', '进价', '报损'], undefined, mapping);
    expect(result).toMatchObject({ ok: true, plan: { kind: ImportKind.CategoryFacts, columns: { date: 0, shrink: 5 } } });
  });

  it('refuses two columns for one field, naming the column', () => {
    const result = planColumns(['日期', 'date', '门店编码', '来客数', '工时']);
    expect(result).toMatchObject({ ok: false, problems: [{ column: 2 }] });
  });
});

describe('headerSignature', () => {
  it('ignores spacing, case and a BOM', () => {
    expect(headerSignature(['\uFEFF日期 ', 'Store_Code'])).toBe(headerSignature(['日期', 'store_code']));
    expect(headerSignature(['日期', 'a'])).not.toBe(headerSignature(['日期', 'b']));
  });
});
