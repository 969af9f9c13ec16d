import { CategoryResponse } from '@storeops/shared/contracts';
import { categoryTree } from './categories.store';

const category = (id: number, code: string, parentId: number | null): CategoryResponse => ({
  id,
  code,
  name: code,
  parentId,
  active: true,
  version: 1,
});

describe('categoryTree', () => {
  it('puts each subcategory under its top category, both levels ordered by code', () => {
    const tree = categoryTree([category(3, 'FR02', 1), category(1, 'FR', null), category(2, 'FR01', 1), category(4, 'AP', null)]);
    expect(tree.map((n) => n.category.code)).toEqual(['AP', 'FR']);
    expect(tree[1].children.map((c) => c.code)).toEqual(['FR01', 'FR02']);
    expect(tree[0].children).toEqual([]);
  });
});
