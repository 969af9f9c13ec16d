/** Roles of DESIGN.md §1. The string values are stored in the database and sent over the wire. */
export enum Role {
  Director = 'director',
  OpsManager = 'ops_manager',
  Specialist = 'specialist',
  AdminOffice = 'admin_office',
  Buyer = 'buyer',
  StoreManager = 'store_manager',
  Admin = 'admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles whose reach is limited to one store; every store-owned query narrows to it. */
export const STORE_SCOPED_ROLES: readonly Role[] = [Role.StoreManager];

export function isStoreScoped(role: Role): boolean {
  return STORE_SCOPED_ROLES.includes(role);
}

/** Top-level areas of the web app; the shell shows the ones a role may open. */
export enum NavArea {
  Dashboard = 'dashboard',
  Targets = 'targets',
  Inspections = 'inspections',
  Rankings = 'rankings',
  Suppliers = 'suppliers',
  Admin = 'admin',
}

export const NAV_ACCESS: Readonly<Record<NavArea, readonly Role[]>> = {
  [NavArea.Dashboard]: [Role.Director, Role.OpsManager, Role.Admin],
  [NavArea.Targets]: [Role.Director, Role.OpsManager, Role.Specialist, Role.StoreManager, Role.Admin],
  [NavArea.Inspections]: [Role.Director, Role.OpsManager, Role.Specialist, Role.StoreManager, Role.Admin],
  [NavArea.Rankings]: [Role.Director, Role.OpsManager, Role.Specialist, Role.Admin],
  [NavArea.Suppliers]: [Role.Director, Role.AdminOffice, Role.Buyer, Role.Admin],
  [NavArea.Admin]: [Role.Admin],
};

export function navAreasFor(role: Role): NavArea[] {
  return (Object.keys(NAV_ACCESS) as NavArea[]).filter((area) => NAV_ACCESS[area].includes(role));
}
