import {
  allowedComplaintActions,
  COMPLAINT_ACTIONS,
  COMPLAINT_STATUSES,
  complaintPeriodDays,
  complaintStageDue,
  decideComplaintTransition,
  DEFAULT_COMPLAINT_SLA,
  isCallingTime,
  maskPhone,
  percentOf,
  planApprover,
  ratePer10k,
  stageHolder,
} from './complaints';
import { Role } from './roles';
import { WorkCalendar, WorkDayException, workCalendarOf } from './work-calendar';

function range(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
/** 国庆 2026: 1–7 October off, Sunday 20 September and Saturday 10 October worked (调休). */
const CN: WorkCalendar = workCalendarOf([
  ...range('2026-09-25', '2026-09-27').map((date) => ({ date, type: 'holiday' as WorkDayException })),
  ...range('2026-10-01', '2026-10-07').map((date) => ({ date, type: 'holiday' as WorkDayException })),
  { date: '2026-09-20', type: 'makeup_workday' as WorkDayException },
  { date: '2026-10-10', type: 'makeup_workday' as WorkDayException },
]);
const cn = (local: string) => new Date(`${local}:00+08:00`);
const SLA = DEFAULT_COMPLAINT_SLA.normal;

describe('complaintStageDue', () => {
  it.each([
    ['判断: 4 working hours, lunch not counted', 'judge', '2026-11-18T10:00', '2026-11-18T15:00'],
    ['判断 at 17:00 runs into the next working day', 'judge', '2026-11-18T17:00', '2026-11-19T12:00'],
    ['判断 received on a Saturday starts on Monday', 'judge', '2026-11-21T10:00', '2026-11-23T14:00'],
    ['方案: by the end of the next working day', 'plan', '2026-11-20T16:00', '2026-11-23T18:00'],
    ['处理: 3 working days, by the end of the third', 'resolve', '2026-11-18T09:30', '2026-11-23T18:00'],
    [
      '回访 after a resolution on Wed 30 Sep 16:00: end of Sat 10 Oct (国庆 off, 调休 worked)',
      'follow_up',
      '2026-09-30T16:00',
      '2026-10-10T18:00',
    ],
    ['回访 from Thu 24 Sep skips 中秋 (25–27 Sep): end of Wed 30 Sep', 'follow_up', '2026-09-24T11:00', '2026-09-30T18:00'],
  ] as const)('%s', (_name, stage, from, due) => {
    expect(complaintStageDue(CN, stage, cn(from), SLA).toISOString()).toBe(cn(due).toISOString());
  });

  it('a serious complaint is judged within 2 working hours', () => {
    expect(complaintStageDue(CN, 'judge', cn('2026-11-18T10:00'), DEFAULT_COMPLAINT_SLA.serious).toISOString()).toBe(
      cn('2026-11-18T12:00').toISOString(),
    );
  });
});

describe('the workflow table', () => {
  it('every state × action × role is decided: allowed, 403 for a role that never may, 409 for the wrong state', () => {
    for (const status of COMPLAINT_STATUSES)
      for (const action of COMPLAINT_ACTIONS)
        for (const role of Object.values(Role)) {
          const d = decideComplaintTransition(status, action, role);
          if (d.ok) expect(allowedComplaintActions(status, role)).toContain(action);
          else expect([403, 409]).toContain(d.status);
        }
  });

  it.each([
    ['received', 'judge', Role.AdminOffice, 'assigned'],
    ['assigned', 'propose_plan', Role.StoreManager, 'plan_proposed'],
    ['plan_proposed', 'return_plan', Role.StoreManager, 'assigned'],
    ['in_progress', 'resolve', Role.AdminOffice, 'resolved'],
    ['resolved', 'close', Role.AdminOffice, 'closed'],
    ['closed', 'reopen', Role.AdminOffice, 'assigned'],
  ] as const)('%s + %s by %s → %s', (status, action, role, to) => {
    expect(decideComplaintTransition(status, action, role)).toMatchObject({ ok: true, to });
  });

  it.each([
    ['a director never acts', 'received', 'judge', Role.Director, 403, 'complaint.role_may_not'],
    ['a 店长 does not judge', 'received', 'judge', Role.StoreManager, 403, 'complaint.role_may_not'],
    ['a 店长 does not follow up', 'resolved', 'follow_up', Role.StoreManager, 403, 'complaint.role_may_not'],
    ['nothing leaves a merged complaint', 'merged', 'reopen', Role.AdminOffice, 409, 'complaint.wrong_state'],
    ['a closed complaint is not resolved again', 'closed', 'resolve', Role.AdminOffice, 409, 'complaint.wrong_state'],
  ] as const)('%s', (_name, status, action, role, code, key) => {
    expect(decideComplaintTransition(status, action, role)).toMatchObject({ ok: false, status: code, code: key });
  });

  it('return and reopen need a reason', () => {
    expect(decideComplaintTransition('plan_proposed', 'return_plan', Role.AdminOffice)).toMatchObject({ commentRequired: true });
    expect(decideComplaintTransition('closed', 'reopen', Role.AdminOffice)).toMatchObject({ commentRequired: true });
    expect(decideComplaintTransition('plan_proposed', 'approve_plan', Role.AdminOffice)).toMatchObject({ commentRequired: false });
  });
});

describe('planApprover and stageHolder', () => {
  it.each([
    ['a small plan of a store: its 店长', 5_000, 7, Role.StoreManager],
    ['exactly at the limit: still the 店长', 50_000, 7, Role.StoreManager],
    ['one 分 over: the office', 50_001, 7, Role.AdminOffice],
    ['no responsible store (a department): the office', 0, null, Role.AdminOffice],
  ] as const)('%s', (_name, fen, store, role) => expect(planApprover(fen, store)).toBe(role));

  it('the office judges and calls back; the responsible store plans and resolves', () => {
    expect(stageHolder('judge', 7)).toEqual({ role: Role.AdminOffice, storeId: null });
    expect(stageHolder('plan', 7)).toEqual({ role: Role.StoreManager, storeId: 7 });
    expect(stageHolder('resolve', null)).toEqual({ role: Role.AdminOffice, storeId: null });
    expect(stageHolder('follow_up', 7)).toEqual({ role: Role.AdminOffice, storeId: null });
  });
});

describe('maskPhone', () => {
  it.each([
    ['a mobile', '13812341234', '138****1234'],
    ['spaces are ignored', '138 1234 1234', '138****1234'],
    ['a landline with area code', '010-88886666', '010****6666'],
    ['a short number keeps its last two', '95555', '***55'],
    ['two digits', '12', '**'],
    ['deleted by the retention', null, null],
  ] as const)('%s', (_name, phone, masked) => expect(maskPhone(phone)).toBe(masked));
});

describe('ratePer10k and percentOf', () => {
  it.each([
    ['3 valid over 6,456 来客数', 3, 6456, 30_000 / 6456],
    ['no complaint over known 来客数 is 0', 0, 1000, 0],
    ['unknown 来客数 is null, not 0', 2, null, null],
    ['zero 来客数 is null (no base)', 2, 0, null],
  ] as const)('%s', (_name, valid, tx, rate) => expect(ratePer10k(valid, tx)).toBe(rate));

  it.each([
    [1, 3, 33.33],
    [2, 3, 66.67],
    [3, 3, 100],
    [0, 0, null],
  ])('%i of %i → %s %%', (count, base, pct) => expect(percentOf(count, base)).toBe(pct));
});

describe('complaintPeriodDays', () => {
  it.each([
    ['2026-11', '2026-11-01', '2026-11-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2026-W47', '2026-11-16', '2026-11-22'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
  ])('%s → %s … %s', (period, first, last) => expect(complaintPeriodDays(period)).toEqual({ first, last }));
});

describe('isCallingTime', () => {
  it.each([
    ['09:00 on a Sunday', '2026-11-22T09:00', true],
    ['08:59', '2026-11-18T08:59', false],
    ['lunch rest 12:30', '2026-11-18T12:30', false],
    ['13:30', '2026-11-18T13:30', true],
    ['19:59', '2026-11-18T19:59', true],
    ['20:00', '2026-11-18T20:00', false],
  ])('%s → %s', (_name, at, ok) => expect(isCallingTime(cn(at))).toBe(ok));
});
