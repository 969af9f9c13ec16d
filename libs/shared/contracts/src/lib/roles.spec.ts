import { isStoreScoped, NavArea, navAreasFor, Role } from './roles';

describe('navAreasFor', () => {
  it.each<[Role, NavArea[]]>([
    [Role.Admin, [NavArea.Dashboard, NavArea.Targets, NavArea.Inspections, NavArea.Rankings, NavArea.Suppliers, NavArea.Admin]],
    [Role.Director, [NavArea.Dashboard, NavArea.Targets, NavArea.Inspections, NavArea.Rankings, NavArea.Suppliers]],
    [Role.OpsManager, [NavArea.Dashboard, NavArea.Targets, NavArea.Inspections, NavArea.Rankings]],
    [Role.Specialist, [NavArea.Targets, NavArea.Inspections, NavArea.Rankings]],
    [Role.AdminOffice, [NavArea.Suppliers]],
    [Role.Buyer, [NavArea.Suppliers]],
    [Role.StoreManager, [NavArea.Targets, NavArea.Inspections]],
  ])('%s sees %j, in menu order', (role, areas) => {
    expect(navAreasFor(role)).toEqual(areas);
  });

  it('gives 系统管理 to the admin alone', () => {
    const withAdmin = Object.values(Role).filter((r) => navAreasFor(r).includes(NavArea.Admin));
    expect(withAdmin).toEqual([Role.Admin]);
  });
});

describe('isStoreScoped', () => {
  it.each(Object.values(Role).map((r) => [r, r === Role.StoreManager]))('%s → %s', (role, scoped) => {
    expect(isStoreScoped(role as Role)).toBe(scoped);
  });
});
