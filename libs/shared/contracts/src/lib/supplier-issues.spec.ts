import { Role } from './roles';
import {
  allowedSupplierIssueActions,
  clauseFixWorkingDays,
  contractFixPeriod,
  decideSupplierIssueTransition,
  SUPPLIER_ISSUE_ACTIONS,
  SUPPLIER_ISSUE_STATUSES,
  SUPPLIER_ISSUE_WORKFLOW,
  SupplierIssueAction,
  SupplierIssueStatus,
  supplierIssueMonth,
} from './supplier-issues';
import { supplierScore } from './suppliers';

const { Admin, AdminOffice, Buyer, Director, StoreManager, OpsManager } = Role;

describe('SUPPLIER_ISSUE_WORKFLOW', () => {
  // state × action × role → result: the new status, 409 (wrong state) or 403.
  const table: Array<[SupplierIssueStatus, SupplierIssueAction, Role, SupplierIssueStatus | 403 | 409]> = [
    ['open', 'respond', AdminOffice, 'responded'],
    ['open', 'respond', Buyer, 'responded'],
    ['open', 'respond', Director, 403],
    ['open', 'escalate', Buyer, 'escalated'],
    ['open', 'fix', AdminOffice, 409],
    ['open', 'verify', AdminOffice, 409],
    ['open', 'reopen', AdminOffice, 409],
    ['responded', 'fix', Buyer, 'fixed'],
    ['responded', 'escalate', AdminOffice, 'escalated'],
    ['responded', 'respond', AdminOffice, 409],
    ['fixed', 'verify', AdminOffice, 'verified'],
    ['fixed', 'verify', Admin, 'verified'],
    ['fixed', 'verify', Buyer, 403],
    ['fixed', 'reopen', AdminOffice, 'responded'],
    ['fixed', 'escalate', AdminOffice, 409],
    ['escalated', 'respond', Director, 'responded'],
    ['escalated', 'fix', Director, 'fixed'],
    ['escalated', 'fix', Buyer, 'fixed'],
    ['escalated', 'escalate', AdminOffice, 409],
    ['verified', 'reopen', AdminOffice, 'open'],
    ['verified', 'reopen', Buyer, 403],
    ['verified', 'respond', AdminOffice, 409],
    ['open', 'respond', StoreManager, 403],
    ['fixed', 'verify', OpsManager, 403],
  ];
  it.each(table)('%s + %s by %s → %s', (status, action, role, expected) => {
    const d = decideSupplierIssueTransition(status, action, role);
    if (typeof expected === 'number') {
      expect(d.ok).toBe(false);
      if (!d.ok) expect(d.status).toBe(expected);
    } else {
      expect(d).toEqual(expect.objectContaining({ ok: true, to: expected }));
    }
  });

  it('names the allowed actions in a wrong-state refusal', () => {
    const d = decideSupplierIssueTransition('open', 'verify', AdminOffice);
    expect(d).toEqual({
      ok: false,
      status: 409,
      code: 'supplier_issue.wrong_state',
      params: { status: 'open', action: 'verify', allowed: 'respond, escalate' },
    });
  });

  it('leads every status somewhere and uses only known actions', () => {
    for (const s of SUPPLIER_ISSUE_STATUSES) {
      expect(allowedSupplierIssueActions(s).length).toBeGreaterThan(0);
      for (const a of Object.keys(SUPPLIER_ISSUE_WORKFLOW[s])) expect(SUPPLIER_ISSUE_ACTIONS).toContain(a);
    }
    expect(allowedSupplierIssueActions('fixed', Buyer)).toEqual([]);
  });
});

describe('the fix period of a contract clause', () => {
  it.each([
    ['质量问题 3 个工作日内整改', '整改到位', 3],
    ['到货率', '≥ 95 %', null],
    ['短缺补货', '5个工作日内处理完毕', 5],
    ['Quality defects', 'rectified within 4 working days', 4],
    ['整改', '100 个工作日', null],
    ['整改', '尽快', null],
  ])('%s | %s → %s', (text, commitment, days) => {
    expect(clauseFixWorkingDays({ text, commitment })).toBe(days);
  });

  it('takes the shortest period any clause names', () => {
    expect(
      contractFixPeriod([
        { id: 1, text: '到货率', commitment: '≥ 95 %' },
        { id: 2, text: '质量整改', commitment: '5 个工作日' },
        { id: 3, text: '价格纠正', commitment: '2 个工作日内' },
      ]),
    ).toEqual({ days: 2, clauseId: 3 });
    expect(contractFixPeriod([{ id: 1, text: '到货率', commitment: '≥ 95 %' }])).toBeNull();
  });
});

describe('supplier issues in the scorecard', () => {
  const now = new Date('2026-11-18T10:00:00+08:00');
  const at = (s: string) => new Date(`${s}+08:00`);

  it('does not score a month without activity: null, neither 0 issues nor a rate', () => {
    expect(supplierIssueMonth(false, [], now)).toEqual({
      issuesRaised: null,
      respondedOnTime: null,
      respondedLate: null,
      responseOnTimeRate: null,
    });
    // and the score stays null without clause checks, as before
    expect(supplierScore(null, 0, 0, 0)).toBeNull();
  });

  it('counts 0 issues (no rate) in a month with a contract in force', () => {
    expect(supplierIssueMonth(true, [], now)).toEqual({ issuesRaised: 0, respondedOnTime: 0, respondedLate: 0, responseOnTimeRate: null });
  });

  it('counts on-time, late and unanswered-past-due responses; not yet due counts in neither', () => {
    const month = supplierIssueMonth(
      false,
      [
        { raisedAt: at('2026-10-09T10:00:00'), responseDueAt: at('2026-10-13T10:00:00'), respondedAt: at('2026-10-12T09:00:00') },
        { raisedAt: at('2026-10-20T10:00:00'), responseDueAt: at('2026-10-22T10:00:00'), respondedAt: at('2026-10-23T09:00:00') },
        { raisedAt: at('2026-10-28T10:00:00'), responseDueAt: at('2026-10-30T10:00:00'), respondedAt: null },
        { raisedAt: at('2026-11-17T10:00:00'), responseDueAt: at('2026-11-19T10:00:00'), respondedAt: null },
      ],
      now,
    );
    expect(month).toEqual({ issuesRaised: 4, respondedOnTime: 1, respondedLate: 2, responseOnTimeRate: 0.3333 });
  });

  it('takes 5 points per late response off the clause score', () => {
    expect(supplierScore(1, 0, 0, 2)).toBe(90);
    expect(supplierScore(0.5, 1, 0, 10)).toBe(0);
  });
});
