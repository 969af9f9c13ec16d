import { MeResponse, NavArea, Role, navAreasFor } from '@storeops/shared/contracts';

export interface NavItem {
  /** data-testid suffix: the NavArea value, or 'my-store'. */
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

/** The sidenav of a user: exactly the areas NAV_ACCESS grants the role, plus 我的门店 for a store manager. */
export function navItemsFor(user: Pick<MeResponse, 'role' | 'storeId'> | null): NavItem[] {
  if (!user) return [];
  const items: NavItem[] = navAreasFor(user.role).map((area) => ({
    id: area,
    labelKey: `nav.${area}`,
    icon: AREA_ICONS[area],
    link: `/${area}`,
  }));
  if (user.role === Role.StoreManager && user.storeId !== null) {
    items.push({ id: 'my-store', labelKey: 'nav.myStore', icon: 'storefront', link: `/stores/${user.storeId}` });
  }
  return items;
}
