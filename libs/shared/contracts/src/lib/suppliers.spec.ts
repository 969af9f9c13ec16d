import { Role } from './roles';
import {
  allowedContractActions,
  clauseComplianceRate,
  CONTRACT_ACTIONS,
  CONTRACT_STATUSES,
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  creditCodeProblem,
  decideContractTransition,
  diffContractSnapshots,
  OverlapCandidate,
  overlappingContracts,
  isRenewalDue,
  isValidCreditCode,
  licenceAlert,
  supplierScore,
} from './suppliers';

/** Real codes of registered companies (public registration records). */
const REAL_CODES = ['91350100M000100Y43', '91110000600037341L', '9144030071526726XG'];

describe('统一社会信用代码 check digit (GB 32100-2015)', () => {
  it.each(REAL_CODES)('accepts the real code %s', (code) => expect(creditCodeProblem(code)).toBeNull());

  it.each(REAL_CODES)('computes the check character of %s from its first 17', (code) =>
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]),
  );

  it('refuses every one-character corruption of every real code (each position, each other allowed character)', () => {
    let tried = 0;
    for (const code of REAL_CODES) {
      for (let i = 0; i < 18; i++) {
        for (const c of CREDIT_CODE_CHARSET) {
          if (c === code[i]) continue;
          const corrupted = code.slice(0, i) + c + code.slice(i + 1);
          tried++;
          if (isValidCreditCode(corrupted)) throw new Error(`${corrupted} (position ${i + 1}) passed`);
        }
      }
    }
    expect(tried).toBe(REAL_CODES.length * 18 * 30);
  });

  it.each([
    ['too short', '91350100M000100Y4', /18 characters/],
    ['lower case', '91350100m000100y43', /18 characters/],
    ['a forbidden letter (O)', '91350100M000100O43', /18 characters/],
    ['a wrong check digit names the expected one', '91350100M000100Y44', /expected 3/],
    ['letters in the division code', '9135A100M000100Y43', /division/],
  ])('%s', (_, code, problem) => expect(creditCodeProblem(code)).toMatch(problem));
});

describe('contract workflow: every (state, action, role) triple', () => {
  const allowed: Record<string, string> = {
    'draft submit buyer': 'submitted',
    'returned submit buyer': 'submitted',
    'submitted return admin_office': 'returned',
    'submitted approve admin_office': 'approved',
    'approved sign admin_office': 'signed',
    'signed archive admin_office': 'archived',
    'signed terminate admin_office': 'terminated',
    'archived terminate admin_office': 'terminated',
  };
  const triples = CONTRACT_STATUSES.flatMap((s) => CONTRACT_ACTIONS.flatMap((a) => Object.values(Role).map((r) => [s, a, r] as const)));

  it('covers 8 states × 6 actions × 7 roles', () => expect(triples).toHaveLength(336));

  it.each(triples)('%s · %s · %s', (status, action, role) => {
    const decision = decideContractTransition(status, action, role);
    const expected = allowed[`${status} ${action} ${role}`];
    if (expected) {
      expect(decision).toMatchObject({ ok: true, to: expected });
    } else if (!(action === 'submit' ? [Role.Buyer] : [Role.AdminOffice]).includes(role)) {
      expect(decision).toMatchObject({ ok: false, status: 403 });
    } else {
      expect(decision).toMatchObject({ ok: false, status: 409 });
      const names = allowedContractActions(status);
      expect((decision as { message: string }).message).toContain(names.length ? names.join(', ') : 'none');
    }
  });

  it('return and terminate need a comment', () => {
    expect(decideContractTransition('submitted', 'return', Role.AdminOffice)).toMatchObject({ commentRequired: true });
    expect(decideContractTransition('signed', 'terminate', Role.AdminOffice)).toMatchObject({ commentRequired: true });
    expect(decideContractTransition('submitted', 'approve', Role.AdminOffice)).toMatchObject({ commentRequired: false });
  });

  it('lists the actions of a state for a role', () => {
    expect(allowedContractActions('submitted', Role.AdminOffice)).toEqual(['return', 'approve']);
    expect(allowedContractActions('submitted', Role.Buyer)).toEqual([]);
    expect(allowedContractActions('expired')).toEqual([]);
  });
});

describe('revision diff', () => {
  const base = {
    supplierId: 1,
    kind: 'annual' as const,
    title: 'A',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    paymentDays: 60,
    rebateRate: 2,
    amount: 100_000_00,
    storeIds: [2, 1],
    clauses: [{ text: '到货率', commitment: '≥ 95 %' }],
  };

  it('a snapshot frozen before 合同金额 and scope were kept: the amount shows as added, the scope reads as chosen stores', () => {
    const { amount: _amount, ...old } = base;
    expect(diffContractSnapshots(old as typeof base, { ...base, storeScope: 'stores' })).toEqual([
      { field: 'amount', before: null, after: '10000000' },
    ]);
  });

  it('no change → empty; store order does not count', () => expect(diffContractSnapshots(base, { ...base, storeIds: [1, 2] })).toEqual([]));

  it('names changed fields, changed, added and removed clauses', () => {
    const after = {
      ...base,
      paymentDays: 45,
      clauses: [
        { text: '到货率', commitment: '≥ 98 %' },
        { text: '退货', commitment: '7 天内' },
      ],
    };
    expect(diffContractSnapshots(base, after)).toEqual([
      { field: 'paymentDays', before: '60', after: '45' },
      { field: 'clauses[1]', before: '到货率 | ≥ 95 %', after: '到货率 | ≥ 98 %' },
      { field: 'clauses[2]', before: null, after: '退货 | 7 天内' },
    ]);
    expect(diffContractSnapshots(after, base).map((c) => c.field)).toEqual(['paymentDays', 'clauses[1]', 'clauses[2]']);
  });
});

describe('overlappingContracts (重叠合同)', () => {
  const c = (id: number, over: Partial<OverlapCandidate> = {}): OverlapCandidate => ({
    id,
    number: `HT2026${String(id).padStart(4, '0')}`,
    supplierId: 1,
    kind: 'annual',
    status: 'signed',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    stores: new Set([1, 2]),
    ...over,
  });
  const self = c(1, { status: 'draft', startDate: '2026-06-01', endDate: '2027-05-31', stores: new Set([2, 3]) });
  it.each<[string, OverlapCandidate, boolean]>([
    ['same supplier, kind, overlapping term and a shared store', c(2), true],
    ['terms touch on one day (inclusive)', c(3, { endDate: '2026-06-01' }), true],
    ['term ends the day before', c(4, { endDate: '2026-05-31' }), false],
    ['no shared store', c(5, { stores: new Set([1, 4]) }), false],
    ['another supplier', c(6, { supplierId: 2 }), false],
    ['another kind', c(7, { kind: 'promotion' }), false],
    ['terminated', c(8, { status: 'terminated' }), false],
    ['expired', c(9, { status: 'expired' }), false],
  ])('%s → %s', (_name, other, expected) => {
    expect(overlappingContracts(self, [other]).length > 0).toBe(expected);
  });
  it('never itself; sorted by number', () => {
    expect(overlappingContracts(self, [c(12), self, c(10)])).toEqual([
      { id: 10, number: 'HT20260010' },
      { id: 12, number: 'HT20260012' },
    ]);
  });
});

describe('renewal flag and licence alerts', () => {
  it.each([
    ['signed, 60 days left', 'signed', '2026-03-02', true],
    ['signed, 61 days left', 'signed', '2026-03-03', false],
    ['archived, ends today', 'archived', '2026-01-01', true],
    ['already ended', 'signed', '2025-12-31', false],
    ['a draft is never flagged', 'draft', '2026-01-10', false],
  ] as const)('%s', (_, status, end, flagged) => expect(isRenewalDue(status, end, '2026-01-01')).toBe(flagged));

  it.each([
    ['2025-12-31', 'expired'],
    ['2026-01-01', 'd7'],
    ['2026-01-08', 'd7'],
    ['2026-01-09', 'd30'],
    ['2026-01-31', 'd30'],
    ['2026-03-02', 'd60'],
    ['2026-03-03', null],
  ] as const)('licence valid to %s on 2026-01-01 → %s', (validTo, alert) => expect(licenceAlert(validTo, '2026-01-01')).toBe(alert));
});

describe('clause compliance and supplier score', () => {
  it.each([
    ['no checks', [], null],
    ['all met', ['met', 'met'], 1],
    ['partly met counts half', ['met', 'partly_met'], 0.75],
    ['a breach counts nothing', ['met', 'breached', 'breached'], 0.3333],
  ] as const)('%s', (_, results, rate) => expect(clauseComplianceRate(results)).toBe(rate));

  it('an expired licence costs 10 points; never below 0; null without checks', () => {
    expect(supplierScore(0.9, 2, 1)).toBe(80);
    expect(supplierScore(0.05, 3, 0)).toBe(0);
    expect(supplierScore(null, 1, 1)).toBeNull();
  });
});
