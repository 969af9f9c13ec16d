import { ImportKind } from '@storeops/shared/contracts';
import { duplicateFields, missingFields, suggestMapping, toMapping } from './import-mapping';

describe('import mapping step', () => {
  it('pre-selects known headers and leaves unknown ones for the user', () => {
    expect(suggestMapping(['日期', 'Store', '金额', 'Cost '])).toEqual({ 日期: 'date', Store: 'store_code', 金额: null, 'Cost ': 'cost' });
  });

  it('names every required field of the kind that no column feeds', () => {
    const draft = { 日期: 'date', 店: 'store_code', 金额: null, 成本: 'cost' } as const;
    expect(missingFields(ImportKind.CategoryFacts, { ...draft })).toEqual(['category_code', 'sales', 'shrink']);
    expect(missingFields(ImportKind.StoreFacts, { ...draft })).toEqual(['transactions', 'labour_hours']);
  });

  it('is complete once every required field is mapped, ignored columns aside', () => {
    const draft = { d: 'date', s: 'store_code', t: 'transactions', h: 'labour_hours', note: null } as const;
    expect(missingFields(ImportKind.StoreFacts, { ...draft })).toEqual([]);
    expect(toMapping({ ...draft })).toEqual({ d: 'date', s: 'store_code', t: 'transactions', h: 'labour_hours' });
  });

  it('reports a field chosen for two columns', () => {
    expect(duplicateFields({ a: 'sales', b: 'sales', c: 'date', d: null })).toEqual(['sales']);
  });
});
