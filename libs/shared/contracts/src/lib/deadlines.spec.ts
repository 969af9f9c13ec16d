import {
  canSeeDeadline,
  DeadlineRecord,
  deadlineKey,
  escalatedRoles,
  escalationLevelAt,
  EscalationStep,
  ownsDeadline,
  resolvedPolicy,
} from './deadlines';
import { isWorkingTime, WorkCalendar, workCalendarOf } from './work-calendar';
import { Role } from './roles';

const action: Pick<DeadlineRecord, 'kind' | 'storeId' | 'ownerId' | 'ownerRoles'> = {
  kind: 'corrective_action',
  storeId: 7,
  ownerId: null,
  ownerRoles: [Role.StoreManager],
};
const user = (role: Role, storeId: number | null = null, id = 1) => ({ id, role, storeId });

describe('canSeeDeadline', () => {
  it.each([
    ['the 店长 of the store', user(Role.StoreManager, 7), action, true],
    ['the 店长 of another store', user(Role.StoreManager, 8), action, false],
    ['a 店长 without a store', user(Role.StoreManager, null), action, false],
    ['the 营运部长', user(Role.OpsManager), action, true],
    ['a buyer (not a reader of the kind)', user(Role.Buyer), action, false],
    ['the office, of a licence', user(Role.AdminOffice), { ...action, kind: 'licence' as const, storeId: null }, true],
    ['a 店长, of a licence of their own store', user(Role.StoreManager, 7), { ...action, kind: 'licence' as const }, false],
  ])('%s: %s', (_, who, d, seen) => {
    expect(canSeeDeadline(who, d)).toBe(seen);
  });
});

describe('ownsDeadline', () => {
  it.each([
    ["the store's 店长", user(Role.StoreManager, 7), action, true],
    ["another store's 店长", user(Role.StoreManager, 8), action, false],
    ['the 营运部长 (not an owner role)', user(Role.OpsManager), action, false],
    ['the person named', user(Role.Specialist, null, 5), { ...action, ownerId: 5 }, true],
    ["the store's 店长 when a person is named", user(Role.StoreManager, 7), { ...action, ownerId: 5 }, false],
    ['the admin, of a deadline naming nobody', user(Role.Admin), { ...action, ownerRoles: [] }, true],
    ['the director, of a deadline naming nobody', user(Role.Director), { ...action, ownerRoles: [] }, false],
    ['the office, of an office deadline', user(Role.AdminOffice), { ...action, storeId: null, ownerRoles: [Role.AdminOffice] }, true],
  ])('%s: %s', (_, who, d, owns) => {
    expect(ownsDeadline(who, d)).toBe(owns);
  });
});

/** 国庆 and 中秋 2026 as published, enough for the ladders below. */
const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};
const CN: WorkCalendar = workCalendarOf([
  ...days('2026-09-25', '2026-09-27').map((date) => ({ date, type: 'holiday' as const })),
  ...days('2026-10-01', '2026-10-07').map((date) => ({ date, type: 'holiday' as const })),
  { date: '2026-09-20', type: 'makeup_workday' as const },
  { date: '2026-10-10', type: 'makeup_workday' as const },
]);
const cn = (local: string) => new Date(`${local}:00+08:00`);
const ladder: EscalationStep[] = [
  { afterWorkingDays: 3, toRole: Role.Director },
  { afterWorkingDays: 1, toRole: Role.OpsManager },
];

describe('escalationLevelAt (working days past the due instant)', () => {
  it.each([
    ['before the due time', '2026-11-16T17:59', ladder, 0],
    ['overdue, less than a working day', '2026-11-17T17:59', ladder, 0],
    ['one working day after (Tue 18:00)', '2026-11-17T18:00', ladder, 1],
    ['one day short of three', '2026-11-19T17:59', ladder, 1],
    ['three working days (Thu 18:00)', '2026-11-19T18:00', ladder, 2],
    ['a step of 0 days climbs as soon as it is overdue', '2026-11-16T18:00', [{ afterWorkingDays: 0, toRole: Role.Director }], 1],
    ['no ladder', '2026-12-31T18:00', [], 0],
  ])('due Mon 16 Nov 18:00 — %s', (_, now, steps, level) => {
    expect(escalationLevelAt(CN, steps as EscalationStep[], cn('2026-11-16T18:00'), cn(now))).toBe(level);
  });

  it('does not count 国庆: due 30 Sep 18:00, one working day later is 8 Oct 18:00', () => {
    const due = cn('2026-09-30T18:00');
    expect(escalationLevelAt(CN, ladder, due, cn('2026-10-07T23:00'))).toBe(0);
    expect(escalationLevelAt(CN, ladder, due, cn('2026-10-08T18:00'))).toBe(1);
    // 8, 9 and the make-up Saturday 10 October are the three working days.
    expect(escalationLevelAt(CN, ladder, due, cn('2026-10-10T17:59'))).toBe(1);
    expect(escalationLevelAt(CN, ladder, due, cn('2026-10-10T18:00'))).toBe(2);
  });

  it('names the roles climbed so far, in day order whatever order the admin typed them', () => {
    expect(escalatedRoles(ladder, 0)).toEqual([]);
    expect(escalatedRoles(ladder, 1)).toEqual([Role.OpsManager]);
    expect(escalatedRoles(ladder, 2)).toEqual([Role.OpsManager, Role.Director]);
  });
});

describe('resolvedPolicy, deadlineKey, isWorkingTime', () => {
  it('turns working days into the due instant on the calendar: 三个工作日 from 30 Sep 10:00 is Sat 10 Oct 10:00', () => {
    expect(resolvedPolicy(CN, cn('2026-09-30T10:00'), { kind: 'working_days', days: 3 })).toEqual({
      kind: 'calendar',
      dueAt: cn('2026-10-10T10:00'),
    });
    const calendar = { kind: 'calendar' as const, dueAt: cn('2026-11-20T18:00') };
    expect(resolvedPolicy(CN, cn('2026-11-18T10:00'), calendar)).toBe(calendar);
  });

  it('keys a record by kind and id, and by its sub-key when one record has several deadlines', () => {
    expect(deadlineKey({ kind: 'corrective_action', entityId: 12 })).toBe('corrective_action:12');
    expect(deadlineKey({ kind: 'corrective_action', entityId: 12, subKey: 'verify' })).toBe('corrective_action:12:verify');
    expect(deadlineKey({ kind: 'inspection_plan', entityId: 3, subKey: '7:2026-11-01' })).toBe('inspection_plan:3:7:2026-11-01');
  });

  it.each([
    ['Wednesday 09:00', '2026-11-18T09:00', true],
    ['Wednesday 08:59', '2026-11-18T08:59', false],
    ['lunch', '2026-11-18T12:30', false],
    ['13:00', '2026-11-18T13:00', true],
    ['18:00 (the day is over)', '2026-11-18T18:00', false],
    ['a Saturday', '2026-11-21T10:00', false],
    ['国庆', '2026-10-02T10:00', false],
    ['the make-up Saturday 10 October', '2026-10-10T10:00', true],
  ])('isWorkingTime: %s', (_, at, working) => {
    expect(isWorkingTime(CN, cn(at))).toBe(working);
  });
});
