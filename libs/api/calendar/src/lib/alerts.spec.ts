import { DEFAULT_ESCALATION, DeadlineRecord, Role, workCalendarOf } from '@storeops/shared/contracts';
import { noticeLine } from './alert-notifier.service';
import { alertsOf, liveOf, viewOf } from './deadlines.service';
import { JOBS, nextDailyAt } from './scheduler.service';

const CAL = workCalendarOf([]);
const cn = (local: string) => new Date(`${local}:00+08:00`);
const NOW = cn('2026-11-18T10:00'); // Wednesday

const record = (over: Partial<DeadlineRecord> = {}): DeadlineRecord => ({
  kind: 'corrective_action',
  entity: 'corrective_action',
  entityId: 1,
  title: '生鲜区温度记录',
  storeId: 7,
  ownerId: null,
  ownerRoles: [Role.StoreManager],
  startedAt: cn('2026-11-10T10:00'),
  policy: { kind: 'calendar', dueAt: cn('2026-11-19T10:00') },
  pauses: [],
  doneAt: null,
  ...over,
});

describe('liveOf', () => {
  it.each([
    ['due in 8 working hours: due soon', record(), 'due_soon', 0],
    ['due in 4 working days: not yet an alert', record({ policy: { kind: 'calendar', dueAt: cn('2026-11-24T10:00') } }), null, 0],
    [
      'not yet due by working time, but past its soonFrom (a licence 60 days out)',
      record({ policy: { kind: 'calendar', dueAt: cn('2026-12-31T00:00') }, soonFrom: cn('2026-11-01T00:00') }),
      'due_soon',
      0,
    ],
    ['overdue 2 working days: the 营运部长 has it', record({ policy: { kind: 'calendar', dueAt: cn('2026-11-16T10:00') } }), 'overdue', 1],
    ['overdue 3 working days: the 营运总监 too', record({ policy: { kind: 'calendar', dueAt: cn('2026-11-13T10:00') } }), 'overdue', 2],
    [
      'working days from the start (approval in 2 days, started Mon 09:00)',
      record({ startedAt: cn('2026-11-16T09:00'), policy: { kind: 'working_days', days: 2 } }),
      'overdue',
      0,
    ],
    ['paused: no alert while the clock stands still', record({ pauses: [{ from: cn('2026-11-17T09:00'), to: null }] }), null, 0],
  ])('%s', (_, r, status, level) => {
    const live = liveOf(CAL, DEFAULT_ESCALATION, r, NOW);
    expect(live ? [live.status, live.escalationLevel] : [null, 0]).toEqual([status, level]);
  });
});

describe('viewOf / alertsOf (who has what)', () => {
  const overdue = liveOf(CAL, DEFAULT_ESCALATION, record({ policy: { kind: 'calendar', dueAt: cn('2026-11-16T10:00') } }), NOW);
  if (!overdue) throw new Error('expected an overdue deadline');
  const user = (role: Role, storeId: number | null = null, id = 1) => ({ id, role, storeId });

  it.each([
    ["the store's 店长 owns it", user(Role.StoreManager, 7), 'owner'],
    ["another store's 店长: nothing", user(Role.StoreManager, 8), null],
    ['the 营运部长: escalated to him', user(Role.OpsManager), 'escalated'],
    ['the 营运总监: visible, not yet escalated that far', user(Role.Director), 'visible'],
    ['a buyer: nothing', user(Role.Buyer), null],
  ])('%s', (_, who, part) => {
    expect(viewOf(who, overdue)).toBe(part);
  });

  it('marks an approval as approver, and leaves snoozed keys out of the list', () => {
    const approval = liveOf(
      CAL,
      DEFAULT_ESCALATION,
      record({ kind: 'split_approval', entity: 'decomposition', storeId: null, ownerRoles: [Role.Director], part: 'approver' }),
      NOW,
    );
    if (!approval) throw new Error('expected an alert');
    const director = user(Role.Director);
    expect(alertsOf(director, [approval], new Set(), true).map((a) => a.myPart)).toEqual(['approver']);
    expect(alertsOf(director, [approval], new Set([approval.key]), true)).toEqual([]);
    // Visible but not theirs: only without `mine`.
    expect(alertsOf(director, [overdue], new Set(), true)).toEqual([]);
    expect(alertsOf(director, [overdue], new Set(), false).map((a) => a.myPart)).toEqual([null]);
  });

  it('writes a message line with state, kind, title, due time and escalation', () => {
    const [item] = alertsOf(user(Role.StoreManager, 7), [overdue], new Set(), true);
    expect(noticeLine(item)).toBe('· [已逾期] 整改 · 生鲜区温度记录 · 截止 11月16日 10:00（已升级 1 级）');
  });
});

describe('the scheduler’s clock', () => {
  it.each([
    ['before 09:00: today', '2026-11-18T08:00', '2026-11-18T09:00'],
    ['at 09:00: tomorrow', '2026-11-18T09:00', '2026-11-19T09:00'],
    ['31 Dec after 09:00: 1 January', '2026-12-31T10:00', '2027-01-01T09:00'],
    ['28 Feb 2028 (a leap year): 29 Feb', '2028-02-28T23:59', '2028-02-29T09:00'],
  ])('nextDailyAt: %s', (_, now, next) => {
    expect(nextDailyAt(cn(now), '09:00')).toEqual(cn(next));
  });

  it('runs reminders on the next ten minutes and retries five minutes on', () => {
    expect(JOBS['alerts.reminders'](cn('2026-11-18T10:03'))).toEqual(cn('2026-11-18T10:10'));
    expect(JOBS['alerts.reminders'](cn('2026-11-18T10:10'))).toEqual(cn('2026-11-18T10:20'));
    expect(JOBS['alerts.retry'](cn('2026-11-18T10:03'))).toEqual(cn('2026-11-18T10:08'));
  });
});
