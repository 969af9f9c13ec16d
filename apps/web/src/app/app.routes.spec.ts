import { NavArea } from '@storeops/shared/contracts';
import { appRoutes } from './app.routes';

describe('appRoutes', () => {
  const shell = appRoutes.find((route) => route.path === '' && route.children);

  it('puts every page but /login behind the signed-in guard', () => {
    expect(shell?.canMatch?.length).toBe(1);
    expect(appRoutes.filter((r) => r.path !== 'login' && r.path !== '' && r.path !== '**')).toEqual([]);
  });

  it.each(Object.values(NavArea))('guards the %s area by role', (area) => {
    const route = shell?.children?.find((child) => child.path === area);
    expect(route).toBeDefined();
    expect(route?.canActivate?.length).toBe(1);
  });

  it('lets every signed-in user open the 提醒中心 (no area guard: every role has one)', () => {
    const route = shell?.children?.find((child) => child.path === 'alerts');
    expect(route?.loadComponent).toBeDefined();
    expect(route?.canActivate).toBeUndefined();
  });

  it('lets every signed-in user open the 工作日历 under 提醒中心 (the page offers changes by role)', () => {
    const route = shell?.children?.find((child) => child.path === 'alerts/calendar');
    expect(route?.loadComponent).toBeDefined();
    expect(route?.canActivate).toBeUndefined();
  });

  it('lets every signed-in user reach the store page (the API decides per store)', () => {
    const route = shell?.children?.find((child) => child.path === 'stores/:id');
    expect(route?.canActivate).toBeUndefined();
  });

  it('loads 顾客投诉 lazily, with the caller’s role and store for its pages (the API decides who reads what)', () => {
    const route = shell?.children?.find((child) => child.path === 'complaints');
    expect(route?.resolve).toEqual(expect.objectContaining({ role: expect.any(Function), myStoreId: expect.any(Function) }));
    expect(route?.loadChildren).toBeDefined();
    expect(route?.loadComponent).toBeUndefined();
  });
});
