import { Role } from '@storeops/shared/contracts';
import { navItemsFor } from './nav-items';

const ids = (role: Role, storeId: number | null = null) => navItemsFor({ role, storeId }).map((item) => item.id);

describe('navItemsFor', () => {
  it('gives a director everything but 系统管理', () => {
    expect(ids(Role.Director)).toEqual(['dashboard', 'targets', 'inspections', 'rankings', 'suppliers']);
  });

  it('gives the admin the 系统管理 area', () => {
    expect(ids(Role.Admin)).toContain('admin');
  });

  it('gives a buyer only 供应商与合同', () => {
    expect(ids(Role.Buyer)).toEqual(['suppliers']);
  });

  it('gives a store manager their targets, inspections and a link to their own store', () => {
    const items = navItemsFor({ role: Role.StoreManager, storeId: 7 });
    expect(items.map((i) => i.id)).toEqual(['targets', 'inspections', 'my-store']);
    expect(items.find((i) => i.id === 'my-store')?.link).toBe('/stores/7');
  });

  it('shows nothing to a signed-out visitor', () => {
    expect(navItemsFor(null)).toEqual([]);
  });
});
