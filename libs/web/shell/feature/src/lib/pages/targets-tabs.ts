import { Role, TargetsTab, targetsTabsFor } from '@storeops/shared/contracts';

export interface TargetsTabLink {
  id: TargetsTab;
  labelKey: string;
  link: string;
  /** Only the area's own address, not its sub-pages. */
  exact: boolean;
}

const LINKS: Readonly<Record<TargetsTab, Omit<TargetsTabLink, 'id'>>> = {
  [TargetsTab.Mine]: { labelKey: 'nav.myTargets', link: '/targets', exact: true },
  [TargetsTab.Progress]: { labelKey: 'area.targets.tab.progress', link: '/targets/progress', exact: false },
  [TargetsTab.Decompositions]: { labelKey: 'area.targets.tab.decompositions', link: '/targets/decompositions', exact: false },
  [TargetsTab.Imports]: { labelKey: 'area.targets.tab.imports', link: '/targets/imports', exact: false },
};

/** The 经营指标 sub-navigation of a role (TARGETS_TAB_ACCESS). */
export function targetsTabLinks(role: Role | null | undefined): TargetsTabLink[] {
  return targetsTabsFor(role).map((id) => ({ id, ...LINKS[id] }));
}
