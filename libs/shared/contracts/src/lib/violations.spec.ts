import { Role } from './roles';
import {
  monthsBefore,
  PenaltyStep,
  penaltyStepProblems,
  priorViolationCount,
  proposePenalty,
  violationAppealer,
  ViolationHistoryEntry,
  violationsPerMonth,
} from './violations';

const STEPS: PenaltyStep[] = [
  { kind: 'verbal_warning' },
  { kind: 'written_warning' },
  { kind: 'fine', amountFen: 20_000 },
  { kind: 'demotion' },
];

const AT = '2026-11-18T10:00:00+08:00';
const store7 = { subjectType: 'store' as const, subjectId: 7 };
const entry = (occurredAt: string, patch: Partial<ViolationHistoryEntry> = {}): ViolationHistoryEntry => ({
  subjectType: 'store',
  subjectId: 7,
  ruleCode: 'WJ-001',
  occurredAt,
  status: 'approved',
  ...patch,
});

describe('the penalty proposed from the subject history within 12 months', () => {
  it.each<[string, ViolationHistoryEntry[], number, PenaltyStep['kind'], number | null]>([
    ['first offence: no history → the first step', [], 0, 'verbal_warning', null],
    ['second offence within 12 months → the second step', [entry('2026-05-01T09:00:00+08:00')], 1, 'written_warning', null],
    [
      'third offence → the fine with its amount',
      [entry('2026-05-01T09:00:00+08:00'), entry('2026-08-01T09:00:00+08:00')],
      2,
      'fine',
      20_000,
    ],
    [
      'beyond the last step → stays at the last step',
      ['2026-01-05', '2026-03-05', '2026-05-05', '2026-07-05', '2026-09-05'].map((d) => entry(`${d}T09:00:00+08:00`)),
      5,
      'demotion',
      null,
    ],
    ['exactly 12 months before → lapsed, not counted', [entry('2025-11-18T10:00:00+08:00')], 0, 'verbal_warning', null],
    ['one minute inside the 12 months → counted', [entry('2025-11-18T10:01:00+08:00')], 1, 'written_warning', null],
    ['13 months before → not counted', [entry('2025-10-18T10:00:00+08:00')], 0, 'verbal_warning', null],
    ['overturned on appeal → not counted', [entry('2026-05-01T09:00:00+08:00', { status: 'overturned' })], 0, 'verbal_warning', null],
    [
      'still proposed or upheld → counted',
      [entry('2026-05-01T09:00:00+08:00', { status: 'proposed' }), entry('2026-06-01T09:00:00+08:00', { status: 'upheld' })],
      2,
      'fine',
      20_000,
    ],
    ['another rule → not counted', [entry('2026-05-01T09:00:00+08:00', { ruleCode: 'WJ-002' })], 0, 'verbal_warning', null],
    ['another subject of the same type → not counted', [entry('2026-05-01T09:00:00+08:00', { subjectId: 8 })], 0, 'verbal_warning', null],
    [
      'the same id as another subject type → not counted',
      [entry('2026-05-01T09:00:00+08:00', { subjectType: 'person' })],
      0,
      'verbal_warning',
      null,
    ],
    ['later than the violation (recorded after it) → not counted', [entry('2026-11-18T11:00:00+08:00')], 0, 'verbal_warning', null],
    ['at the same instant → not earlier, not counted', [entry(AT)], 0, 'verbal_warning', null],
  ])('%s', (_name, history, prior, kind, amount) => {
    const count = priorViolationCount(history, store7, 'WJ-001', AT);
    expect(count).toBe(prior);
    const proposed = proposePenalty(STEPS, count);
    expect(proposed.kind).toBe(kind);
    expect(proposed.amountFen).toBe(amount);
    expect(proposed.step).toBe(Math.min(prior, STEPS.length - 1));
  });

  it.each([
    ['2026-11-18T10:00:00+08:00', 12, '2025-11-18T10:00:00+08:00'],
    ['2024-02-29T12:00:00+08:00', 12, '2023-02-28T12:00:00+08:00'],
    ['2026-03-31T23:30:00+08:00', 1, '2026-02-28T23:30:00+08:00'],
    // Just after midnight China time is still the previous day in UTC: the month is China's.
    ['2026-01-01T00:30:00+08:00', 12, '2025-01-01T00:30:00+08:00'],
  ])('%s minus %i months on the China calendar → %s', (at, months, expected) => {
    expect(monthsBefore(new Date(at), months).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('a rule without steps proposes nothing (an error, never undefined)', () => {
    expect(() => proposePenalty([], 0)).toThrow();
  });
});

describe('penalty steps', () => {
  it.each<[string, PenaltyStep[], string[]]>([
    ['a fine with an amount is fine', [{ kind: 'fine', amountFen: 5000 }], []],
    ['a fine without an amount', [{ kind: 'fine' }], ['0:violation.fine_amount_required']],
    ['a fine of 0', [{ kind: 'fine', amountFen: 0 }], ['0:violation.fine_amount_required']],
    ['an amount on a warning', [{ kind: 'verbal_warning' }, { kind: 'written_warning', amountFen: 100 }], ['1:violation.amount_only_fine']],
  ])('%s', (_name, steps, problems) => {
    expect(penaltyStepProblems(steps).map((p) => `${p.index}:${p.code}`)).toEqual(problems);
  });
});

describe('who appeals: the subject manager', () => {
  it.each<[string, Parameters<typeof violationAppealer>[0], ReturnType<typeof violationAppealer>]>([
    ['a store → its 店长', { subjectType: 'store', storeId: 7 }, { role: Role.StoreManager, storeId: 7 }],
    ['a store employee → the store 店长', { subjectType: 'person', storeId: 7, personRole: null }, { role: Role.StoreManager, storeId: 7 }],
    [
      'a 店长 → the 营运部长',
      { subjectType: 'person', storeId: 7, personRole: Role.StoreManager },
      { role: Role.OpsManager, storeId: null },
    ],
    [
      'a specialist → the 营运部长',
      { subjectType: 'person', storeId: null, personRole: Role.Specialist },
      { role: Role.OpsManager, storeId: null },
    ],
    ['a buyer → the 营运总监', { subjectType: 'person', storeId: null, personRole: Role.Buyer }, { role: Role.Director, storeId: null }],
    ['the 营运总监 → nobody', { subjectType: 'person', storeId: null, personRole: Role.Director }, null],
    [
      'a department → its head',
      { subjectType: 'department', storeId: null, departmentHeadRole: Role.OpsManager },
      { role: Role.OpsManager, storeId: null },
    ],
  ])('%s', (_name, subject, expected) => {
    expect(violationAppealer(subject)).toEqual(expected);
  });
});

describe('violations per month', () => {
  it.each([
    [3, 1, 3],
    [3, 3, 1],
    [0, 12, 0],
    [2, 0, null],
  ])('%i violations over %i months → %p', (count, months, expected) => {
    expect(violationsPerMonth(count, months)).toBe(expected);
  });
});
