import { AlertItem } from '@storeops/shared/contracts';

/** Where a row's 去处理 goes: a path, and the query the page there reads. */
export interface AlertLink {
  path: string;
  queryParams?: Record<string, string | number>;
}

type Linked = Pick<AlertItem, 'entity' | 'entityId' | 'storeId' | 'myPart' | 'ref'>;

const num = (value: string | number | undefined): number | null => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * The page where the person acts on an alert: the verification or the fix of a corrective action, the capture start
 * of a planned inspection (for its specialist; everyone else the plan board), the licence among the expiring ones,
 * the contract (also for a clause check's follow-up), the decomposition, the schemes. Null: an entity this web app
 * has no page for.
 */
export function alertLink(item: Linked): AlertLink | null {
  const ref = item.ref ?? {};
  switch (item.entity) {
    case 'corrective_action': {
      const view = item.myPart === 'approver' ? 'verify' : item.myPart === 'escalated' ? 'all' : 'todo';
      return { path: '/inspections/actions', queryParams: { view, ...(item.storeId === null ? {} : { storeId: item.storeId }) } };
    }
    case 'inspection_plan': {
      const storeId = num(ref['storeId']) ?? item.storeId;
      if (item.myPart !== 'owner' || storeId === null) return { path: '/inspections/plans' };
      const categoryId = num(ref['categoryId']);
      const periodStart = typeof ref['periodStart'] === 'string' ? ref['periodStart'] : null;
      return {
        path: '/inspections/new',
        queryParams: {
          storeId,
          ...(categoryId === null ? {} : { categoryId }),
          planId: item.entityId,
          ...(periodStart === null ? {} : { periodStart }),
        },
      };
    }
    case 'licence':
      return { path: '/suppliers/licences', queryParams: { licence: item.entityId } };
    case 'contract':
      return { path: `/suppliers/contracts/${item.entityId}` };
    case 'clause_check': {
      const contractId = num(ref['contractId']);
      return { path: contractId === null ? '/suppliers/contracts' : `/suppliers/contracts/${contractId}` };
    }
    case 'decomposition':
      return { path: `/targets/decompositions/${item.entityId}` };
    case 'scheme':
      return { path: '/rankings/schemes' };
    case 'complaint':
      return { path: `/complaints/${item.entityId}` };
    case 'price_check':
      return { path: '/price-checks', queryParams: { check: item.entityId } };
    case 'meeting_action': {
      const meetingId = num(ref['meetingId']);
      return { path: meetingId === null ? '/meetings' : `/meetings/${meetingId}` };
    }
    case 'supplier_issue':
      return { path: `/supplier-issues/${item.entityId}` };
    default:
      return null;
  }
}
