import { AlertItem } from '@storeops/shared/contracts';
import { AlertLink, alertLink } from './alert-link';

type Linked = Pick<AlertItem, 'entity' | 'entityId' | 'storeId' | 'myPart' | 'ref'>;
const item = (patch: Partial<Linked>): Linked => ({
  entity: 'corrective_action',
  entityId: 12,
  storeId: 4,
  myPart: 'owner',
  ref: {},
  ...patch,
});

describe('alertLink: where 去处理 goes', () => {
  it.each<[string, Partial<Linked>, AlertLink | null]>([
    [
      'a corrective action the caller verifies → 待验收 of its store',
      { myPart: 'approver' },
      { path: '/inspections/actions', queryParams: { view: 'verify', storeId: 4 } },
    ],
    [
      'a corrective action the 店长 fixes → 待整改',
      { myPart: 'owner' },
      { path: '/inspections/actions', queryParams: { view: 'todo', storeId: 4 } },
    ],
    [
      'a corrective action escalated to the caller → every state of the store',
      { myPart: 'escalated' },
      { path: '/inspections/actions', queryParams: { view: 'all', storeId: 4 } },
    ],
    [
      'a visible, not own corrective action without a store',
      { myPart: null, storeId: null },
      { path: '/inspections/actions', queryParams: { view: 'todo' } },
    ],
    [
      'a planned inspection of the specialist → the capture start for its store, category, plan and period',
      { entity: 'inspection_plan', entityId: 3, myPart: 'owner', ref: { storeId: 9, categoryId: 2, periodStart: '2026-11-01' } },
      { path: '/inspections/new', queryParams: { storeId: 9, categoryId: 2, planId: 3, periodStart: '2026-11-01' } },
    ],
    [
      'a planned inspection of the general standard (no category), store from the item',
      { entity: 'inspection_plan', entityId: 3, myPart: 'owner', ref: { periodStart: '2026-11-01' } },
      { path: '/inspections/new', queryParams: { storeId: 4, planId: 3, periodStart: '2026-11-01' } },
    ],
    [
      'a planned inspection escalated to the 营运部长 → the plan board',
      { entity: 'inspection_plan', entityId: 3, myPart: 'escalated', ref: { storeId: 9, periodStart: '2026-11-01' } },
      { path: '/inspections/plans' },
    ],
    [
      'a licence → the expiring licences, that one marked',
      { entity: 'licence', entityId: 31, storeId: null },
      { path: '/suppliers/licences', queryParams: { licence: 31 } },
    ],
    ['a contract (renewal or review) → its detail', { entity: 'contract', entityId: 8 }, { path: '/suppliers/contracts/8' }],
    ['a clause check → its contract', { entity: 'clause_check', entityId: 70, ref: { contractId: 8 } }, { path: '/suppliers/contracts/8' }],
    [
      'a clause check whose contract is not named → the contracts',
      { entity: 'clause_check', entityId: 70 },
      { path: '/suppliers/contracts' },
    ],
    ['a decomposition → its grid', { entity: 'decomposition', entityId: 5 }, { path: '/targets/decompositions/5' }],
    ['a scheme → the schemes', { entity: 'scheme', entityId: 2 }, { path: '/rankings/schemes' }],
    ['a complaint stage → the complaint', { entity: 'complaint', entityId: 7 }, { path: '/complaints/7' }],
    ['a meeting action → its meeting', { entity: 'meeting_action', entityId: 3, ref: { meetingId: 9 } }, { path: '/meetings/9' }],
    ['an entity the web app has no page for → no link', { entity: 'unknown_thing' }, null],
  ])('%s', (_name, patch, expected) => {
    expect(alertLink(item(patch))).toEqual(expected);
  });
});
