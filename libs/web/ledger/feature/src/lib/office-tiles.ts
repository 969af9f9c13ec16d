import { Role } from '@storeops/shared/contracts';

/** One tile of the 综合管理 hub: a page of the office's ledger, with what it is for. */
export interface OfficeTile {
  id: 'complaints' | 'price-checks' | 'quality-checks' | 'violations' | 'meetings' | 'supplier-issues';
  icon: string;
  link: string;
}

const TILES: Readonly<Record<OfficeTile['id'], Omit<OfficeTile, 'id'>>> = {
  complaints: { icon: 'support_agent', link: '/complaints' },
  'price-checks': { icon: 'sell', link: '/price-checks' },
  'quality-checks': { icon: 'inventory', link: '/quality-checks' },
  violations: { icon: 'gavel', link: '/violations' },
  meetings: { icon: 'groups', link: '/meetings' },
  'supplier-issues': { icon: 'report', link: '/supplier-issues' },
};

/**
 * Which ledger pages a role reaches from the hub (the API decides every record; these are the pages that answer the
 * role with something): the office runs all of them, a 店长 reads and acts on their store's findings, the director
 * and the 营运部长 read them and chair the meetings, a buyer handles supplier issues, a specialist reads the checks.
 */
const BY_ROLE: Readonly<Record<Role, readonly OfficeTile['id'][]>> = {
  [Role.AdminOffice]: ['complaints', 'price-checks', 'quality-checks', 'violations', 'meetings', 'supplier-issues'],
  [Role.Admin]: ['complaints', 'price-checks', 'quality-checks', 'violations', 'meetings', 'supplier-issues'],
  [Role.Director]: ['complaints', 'price-checks', 'quality-checks', 'violations', 'meetings', 'supplier-issues'],
  [Role.OpsManager]: ['complaints', 'price-checks', 'quality-checks', 'violations', 'meetings'],
  [Role.StoreManager]: ['complaints', 'price-checks', 'quality-checks', 'violations', 'meetings'],
  [Role.Specialist]: ['price-checks', 'quality-checks'],
  [Role.Buyer]: ['supplier-issues'],
};

export function officeTilesFor(role: Role | null | undefined): OfficeTile[] {
  if (!role) return [];
  return (BY_ROLE[role] ?? []).map((id) => ({ id, ...TILES[id] }));
}
