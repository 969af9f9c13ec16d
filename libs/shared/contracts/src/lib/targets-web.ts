import { Role } from './roles';

// BehindPaceRow / BehindPaceResponse live in targets.ts (the targets API's contract).

/** The sub-pages of 经营指标 and who may open them (the API enforces the same roles on its endpoints). */
export enum TargetsTab {
  Mine = 'mine',
  Progress = 'progress',
  Decompositions = 'decompositions',
  Imports = 'imports',
}

export const TARGETS_TAB_ACCESS: Readonly<Record<TargetsTab, readonly Role[]>> = {
  [TargetsTab.Mine]: [Role.StoreManager],
  [TargetsTab.Progress]: [Role.Director, Role.OpsManager, Role.Specialist, Role.Admin],
  [TargetsTab.Decompositions]: [Role.Director, Role.OpsManager, Role.Admin],
  [TargetsTab.Imports]: [Role.Director, Role.OpsManager, Role.Admin],
};

export function targetsTabsFor(role: Role | null | undefined): TargetsTab[] {
  if (!role) return [];
  return (Object.values(TargetsTab) as TargetsTab[]).filter((tab) => TARGETS_TAB_ACCESS[tab].includes(role));
}

/** Who writes decompositions and imports (ops_manager, admin); who approves (director). */
export const TARGET_WRITERS: readonly Role[] = [Role.OpsManager, Role.Admin];
export const TARGET_APPROVERS: readonly Role[] = [Role.Director];
