import { MeResponse, NavArea, Role, navAreasFor } from '@storeops/shared/contracts';

export interface NavItem {
  /** data-testid suffix: the NavArea value, 'alerts' or 'my-store'. */
  id: string;
  labelKey: string;
  icon: string;
  link: string;
}

const AREA_ICONS: Readonly<Record<NavArea, string>> = {
  [NavArea.Dashboard]: 'dashboard',
  [NavArea.Targets]: 'flag',
  [NavArea.Inspections]: 'fact_check',
  [NavArea.Rankings]: 'leaderboard',
  [NavArea.Suppliers]: 'handshake',
  [NavArea.Admin]: 'admin_panel_settings',
};

/** 提醒中心: every role has one (what each sees is the API's business), with the count of open alerts on it. */
export const ALERTS_NAV_ITEM: NavItem = { id: 'alerts', labelKey: 'nav.alerts', icon: 'notifications', link: '/alerts' };

/**
 * 顾客投诉 (/complaints): the office's workbench (综合管理), a 店长's 本店投诉 (the API narrows the list to their
 * store), the reports for the director and the 营运部长 (they read, they do not handle).
 */
const COMPLAINTS_NAV: Partial<Record<Role, NavItem>> = {
  [Role.AdminOffice]: { id: 'complaints', labelKey: 'nav.complaints', icon: 'support_agent', link: '/complaints' },
  [Role.Admin]: { id: 'complaints', labelKey: 'nav.complaints', icon: 'support_agent', link: '/complaints' },
  [Role.StoreManager]: { id: 'complaints', labelKey: 'nav.myComplaints', icon: 'support_agent', link: '/complaints' },
  [Role.Director]: { id: 'complaints', labelKey: 'nav.complaints', icon: 'support_agent', link: '/complaints/reports' },
  [Role.OpsManager]: { id: 'complaints', labelKey: 'nav.complaints', icon: 'support_agent', link: '/complaints/reports' },
};

/** 综合管理: the hub of the ledger's pages for every role that reaches one (本店督查 for a 店长). */
const OFFICE_NAV_ROLES: readonly Role[] = [Role.AdminOffice, Role.Admin, Role.Director, Role.OpsManager, Role.Specialist, Role.Buyer];

/**
 * The sidenav of a user: 提醒中心 first, then exactly the areas NAV_ACCESS grants the role, then 顾客投诉 for the
 * roles that read complaints, 综合管理 (本店督查), plus 我的门店 for a store manager.
 */
export function navItemsFor(user: Pick<MeResponse, 'role' | 'storeId'> | null): NavItem[] {
  if (!user) return [];
  const areas: NavItem[] = navAreasFor(user.role).map((area) => ({
    id: area,
    labelKey: `nav.${area}`,
    icon: AREA_ICONS[area],
    link: `/${area}`,
  }));
  const items = [ALERTS_NAV_ITEM, ...areas];
  const complaints = COMPLAINTS_NAV[user.role];
  if (complaints) items.push(complaints);
  if (user.role === Role.StoreManager) items.push({ id: 'office', labelKey: 'nav.myOffice', icon: 'assignment', link: '/office' });
  else if (OFFICE_NAV_ROLES.includes(user.role)) items.push({ id: 'office', labelKey: 'nav.office', icon: 'assignment', link: '/office' });
  if (user.role === Role.StoreManager && user.storeId !== null) {
    items.push({ id: 'my-store', labelKey: 'nav.myStore', icon: 'storefront', link: `/stores/${user.storeId}` });
  }
  return items;
}
