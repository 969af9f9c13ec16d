import { Role } from '@storeops/shared/contracts';
import { navItemsFor } from './nav-items';

const ids = (role: Role, storeId: number | null = null) => navItemsFor({ role, storeId }).map((item) => item.id);

describe('navItemsFor', () => {
  it('gives a director everything but 系统管理', () => {
    expect(ids(Role.Director)).toEqual(['alerts', 'dashboard', 'targets', 'inspections', 'rankings', 'suppliers', 'complaints', 'office']);
  });

  it('gives the admin the 系统管理 area', () => {
    expect(ids(Role.Admin)).toContain('admin');
  });

  it('gives a buyer 供应商与合同 and the 综合管理 hub (supplier issues)', () => {
    expect(ids(Role.Buyer)).toEqual(['alerts', 'suppliers', 'office']);
  });

  it('gives a store manager their targets, inspections and a link to their own store', () => {
    const items = navItemsFor({ role: Role.StoreManager, storeId: 7 });
    expect(items.map((i) => i.id)).toEqual(['alerts', 'targets', 'inspections', 'complaints', 'office', 'my-store']);
    expect(items.find((i) => i.id === 'my-store')?.link).toBe('/stores/7');
  });

  it('gives the office the complaints workbench, a 店长 本店投诉 and the director and 营运部长 the reports', () => {
    const complaints = (role: Role) =>
      navItemsFor({ role, storeId: role === Role.StoreManager ? 7 : null }).find((i) => i.id === 'complaints');
    expect(complaints(Role.AdminOffice)).toMatchObject({ labelKey: 'nav.complaints', link: '/complaints' });
    expect(complaints(Role.StoreManager)).toMatchObject({ labelKey: 'nav.myComplaints', link: '/complaints' });
    expect(complaints(Role.Director)).toMatchObject({ labelKey: 'nav.complaints', link: '/complaints/reports' });
    expect(complaints(Role.OpsManager)).toMatchObject({ labelKey: 'nav.complaints', link: '/complaints/reports' });
    expect(complaints(Role.Buyer)).toBeUndefined();
    expect(complaints(Role.Specialist)).toBeUndefined();
  });

  it('gives every role the 综合管理 hub, a 店长 as 本店督查', () => {
    for (const role of Object.values(Role)) {
      const office = navItemsFor({ role, storeId: role === Role.StoreManager ? 7 : null }).find((i) => i.id === 'office');
      expect(office).toMatchObject({ link: '/office', labelKey: role === Role.StoreManager ? 'nav.myOffice' : 'nav.office' });
    }
  });

  it.each(Object.values(Role))('gives %s the 提醒中心 first, linking to /alerts', (role) => {
    const [first] = navItemsFor({ role, storeId: role === Role.StoreManager ? 7 : null });
    expect(first).toEqual({ id: 'alerts', labelKey: 'nav.alerts', icon: 'notifications', link: '/alerts' });
  });

  it('shows nothing to a signed-out visitor', () => {
    expect(navItemsFor(null)).toEqual([]);
  });
});
