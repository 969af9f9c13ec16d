import {
  addWorkingDays,
  addWorkingHours,
  chinaDayOf,
  dayTypeOf,
  deadlineState,
  DeadlineHistory,
  DEFAULT_WORKING_HOURS,
  isWorkingDay,
  WorkCalendar,
  workCalendarOf,
  WorkDayException,
  workingHoursProblem,
  workingTimeBetween,
  workingTimeCounted,
} from './work-calendar';

/** 2026 as the State Council published it (国办发明电〔2025〕7号): the holidays and the 调休 working days. */
function range(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
const HOLIDAYS_2026 = [
  ...range('2026-01-01', '2026-01-03'), // 元旦
  ...range('2026-02-15', '2026-02-23'), // 春节
  ...range('2026-04-04', '2026-04-06'), // 清明
  ...range('2026-05-01', '2026-05-05'), // 劳动节
  ...range('2026-06-19', '2026-06-21'), // 端午
  ...range('2026-09-25', '2026-09-27'), // 中秋
  ...range('2026-10-01', '2026-10-07'), // 国庆
];
const MAKEUP_2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
const exceptions = [
  ...HOLIDAYS_2026.map((date) => ({ date, type: 'holiday' as WorkDayException })),
  ...MAKEUP_2026.map((date) => ({ date, type: 'makeup_workday' as WorkDayException })),
];
const CN_2026: WorkCalendar = workCalendarOf(exceptions);
const NO_LUNCH: WorkCalendar = workCalendarOf(exceptions, { start: '09:00', end: '18:00' });

/** An instant written in China time. */
const cn = (local: string) => new Date(`${local}:00+08:00`);
const iso = (d: Date) => chinaDayOf(d) + 'T' + new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
const HOUR = 3_600_000;

describe('dayTypeOf / isWorkingDay', () => {
  it.each([
    ['2026-09-20', 'makeup_workday', true], // Sunday worked for 国庆
    ['2026-09-24', 'workday', true],
    ['2026-09-25', 'holiday', false], // 中秋, a Friday
    ['2026-09-26', 'holiday', false], // a Saturday inside the holiday is a holiday
    ['2026-09-27', 'holiday', false],
    ['2026-09-28', 'workday', true],
    ['2026-10-01', 'holiday', false],
    ['2026-10-07', 'holiday', false],
    ['2026-10-08', 'workday', true],
    ['2026-10-10', 'makeup_workday', true], // Saturday worked for 国庆
    ['2026-10-11', 'weekend', false],
    ['2026-02-14', 'makeup_workday', true], // Saturday before 春节
    ['2026-02-16', 'holiday', false], // 除夕 is the 16th in 2026
    ['2026-02-23', 'holiday', false],
    ['2026-02-24', 'workday', true],
    ['2027-01-01', 'workday', true], // a year not yet published follows the weekdays (the app warns)
  ])('%s is %s (worked: %s)', (day, type, worked) => {
    expect(dayTypeOf(CN_2026, day)).toBe(type);
    expect(isWorkingDay(CN_2026, day)).toBe(worked);
  });

  it('a store closed for renovation does not work on a workday', () => {
    const closed = workCalendarOf(exceptions, DEFAULT_WORKING_HOURS, ['2026-10-08']);
    expect(dayTypeOf(closed, '2026-10-08')).toBe('workday');
    expect(isWorkingDay(closed, '2026-10-08')).toBe(false);
    expect(iso(addWorkingDays(closed, cn('2026-09-30T10:00'), 1))).toBe('2026-10-09T10:00');
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['三天之内 over 国庆 lands on the make-up Saturday', '2026-09-30T10:00', 3, '2026-10-10T10:00'],
    ['one day over 国庆', '2026-09-30T10:00', 1, '2026-10-08T10:00'],
    ['over 中秋 (Friday to Sunday off)', '2026-09-24T15:00', 1, '2026-09-28T15:00'],
    ['from the make-up Sunday', '2026-09-20T09:30', 1, '2026-09-21T09:30'],
    ['春节: the make-up Saturday comes first', '2026-02-13T10:00', 1, '2026-02-14T10:00'],
    ['春节: then nine days off', '2026-02-13T10:00', 2, '2026-02-24T10:00'],
    ['from a holiday, the first working day after it', '2026-10-03T11:00', 1, '2026-10-08T11:00'],
    ['an ordinary weekend', '2026-11-13T17:00', 1, '2026-11-16T17:00'],
    ['zero days is the instant itself', '2026-10-03T11:00', 0, '2026-10-03T11:00'],
    ['into a year not yet published: the weekdays rule', '2026-12-31T16:00', 1, '2027-01-01T16:00'],
  ])('%s', (_, from, days, due) => {
    expect(iso(addWorkingDays(CN_2026, cn(from), days))).toBe(due);
  });

  it('the China day is used whatever the instant is written in: 23:30 UTC on the 30th is the 1st in China', () => {
    expect(chinaDayOf(new Date('2026-09-30T23:30:00Z'))).toBe('2026-10-01');
    expect(iso(addWorkingDays(CN_2026, new Date('2026-09-30T23:30:00Z'), 1))).toBe('2026-10-08T07:30');
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s days', (days) => {
    expect(() => addWorkingDays(CN_2026, cn('2026-10-08T10:00'), days)).toThrow(RangeError);
  });

  it('matches counting working days one by one, for short and long spans and a store closed for a fortnight', () => {
    const closed = workCalendarOf(exceptions, DEFAULT_WORKING_HOURS, range('2026-03-02', '2026-03-15'));
    const walk = (calendar: WorkCalendar, from: string, days: number) => {
      let day = from;
      for (let counted = 0; counted < days; ) {
        day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        if (isWorkingDay(calendar, day)) counted++;
      }
      return day;
    };
    for (const calendar of [CN_2026, closed]) {
      for (const from of ['2026-02-10', '2026-02-27', '2026-09-24', '2026-12-30', '2025-12-31']) {
        for (const days of [1, 2, 3, 5, 10, 30, 100, 400]) {
          expect(`${from} + ${days}: ${chinaDayOf(addWorkingDays(calendar, cn(`${from}T10:00`), days))}`).toBe(
            `${from} + ${days}: ${walk(calendar, from, days)}`,
          );
        }
      }
    }
  });

  it('says so when a calendar has no working day ahead', () => {
    const never = workCalendarOf([], { start: '09:00', end: '18:00' }, range('2026-01-01', '2040-12-31'));
    expect(() => addWorkingDays(never, cn('2026-01-05T10:00'), 1)).toThrow('no working days ahead');
  });
});

describe('addWorkingHours', () => {
  it.each([
    ['inside the morning', CN_2026, '2026-10-08T09:00', 2, '2026-10-08T11:00'],
    ['across lunch', CN_2026, '2026-10-08T11:00', 2, '2026-10-08T14:00'],
    ['starting at lunch', CN_2026, '2026-10-08T12:30', 1, '2026-10-08T14:00'],
    ['before opening', CN_2026, '2026-10-08T07:00', 1, '2026-10-08T10:00'],
    ['ending exactly at closing', CN_2026, '2026-10-08T16:00', 2, '2026-10-08T18:00'],
    ['over the evening and 国庆', CN_2026, '2026-09-30T17:00', 2, '2026-10-08T10:00'],
    ['24 working hours is three eight-hour days', CN_2026, '2026-10-08T09:00', 24, '2026-10-10T18:00'],
    ['without lunch the day is nine hours', NO_LUNCH, '2026-10-08T11:00', 2, '2026-10-08T13:00'],
    ['half hours', CN_2026, '2026-10-08T11:45', 0.5, '2026-10-08T13:15'],
    ['zero hours is the instant, even after hours', CN_2026, '2026-10-08T20:00', 0, '2026-10-08T20:00'],
  ])('%s', (_, calendar, from, hours, due) => {
    expect(iso(addWorkingHours(calendar, cn(from), hours))).toBe(due);
  });

  it('refuses negative hours', () => {
    expect(() => addWorkingHours(CN_2026, cn('2026-10-08T09:00'), -1)).toThrow(RangeError);
  });

  it('refuses a calendar without working days instead of looping', () => {
    const never = { ...CN_2026, closed: { has: () => true } as unknown as ReadonlySet<string> };
    expect(() => addWorkingHours(never, cn('2026-10-08T09:00'), 1)).toThrow(RangeError);
  });
});

describe('workingTimeBetween', () => {
  it.each([
    ['a morning', '2026-10-08T09:00', '2026-10-08T12:00', 3],
    ['over lunch counts the lunch as nothing', '2026-10-08T11:00', '2026-10-08T14:00', 2],
    ['a whole working day', '2026-10-08T00:00', '2026-10-09T00:00', 8],
    ['Friday evening to Monday morning', '2026-10-16T17:00', '2026-10-19T10:00', 2],
    ['over 国庆', '2026-09-30T17:00', '2026-10-08T10:00', 2],
    ['the 国庆 week itself', '2026-10-01T00:00', '2026-10-08T00:00', 0],
    ['backwards is nothing', '2026-10-09T10:00', '2026-10-08T10:00', 0],
  ])('%s', (_, from, to, hours) => {
    expect(workingTimeBetween(CN_2026, cn(from), cn(to))).toBe(hours * HOUR);
  });

  it('agrees with addWorkingHours: the time between from and from + h is h', () => {
    for (const [from, hours] of [
      ['2026-09-30T17:00', 2],
      ['2026-02-13T16:30', 11.5],
      ['2026-10-08T12:10', 7],
    ] as const) {
      const due = addWorkingHours(CN_2026, cn(from), hours);
      expect(workingTimeBetween(CN_2026, cn(from), due)).toBe(hours * HOUR);
    }
  });
  it('matches a day-by-day walk over long and short spans, asked in any order (the running totals are kept per calendar)', () => {
    /** The plain definition: every day's working intervals clipped to the span, summed. */
    const walk = (calendar: WorkCalendar, from: Date, to: Date) => {
      let total = 0;
      for (let t = from.getTime(); t < to.getTime(); t += 15 * 60_000) {
        const step = Math.min(15 * 60_000, to.getTime() - t);
        total += workingTimeBetween(calendar, new Date(t), new Date(t + step));
      }
      return total;
    };
    const closed = workCalendarOf(exceptions, DEFAULT_WORKING_HOURS, range('2026-03-02', '2026-03-15'));
    // A late span first, then earlier and later ones: the kept totals grow both ways.
    const spans: Array<[string, string]> = [
      ['2026-11-02T10:00', '2026-12-24T16:45'],
      ['2025-12-30T08:00', '2026-02-27T11:30'],
      ['2026-02-27T12:30', '2026-03-20T17:59'],
      ['2026-09-18T13:15', '2026-10-12T09:01'],
      ['2026-12-31T17:00', '2027-01-04T10:00'],
      ['2024-06-01T00:00', '2024-06-03T09:30'],
    ];
    for (const calendar of [CN_2026, NO_LUNCH, closed]) {
      for (const [from, to] of spans) {
        expect(`${from} → ${to}: ${workingTimeBetween(calendar, cn(from), cn(to))}`).toBe(
          `${from} → ${to}: ${walk(calendar, cn(from), cn(to))}`,
        );
      }
    }
    // 2026-03-02 … 15 closed: ten weekdays that count nothing for that store alone.
    const march = [cn('2026-03-01T00:00'), cn('2026-03-16T00:00')] as const;
    expect(workingTimeBetween(CN_2026, ...march) - workingTimeBetween(closed, ...march)).toBe(10 * 8 * HOUR);
  });
});

describe('workingTimeCounted (pauses count nothing)', () => {
  const start = cn('2026-10-16T09:00'); // a Friday
  const now = cn('2026-10-19T18:00'); // the Monday after
  it.each([
    ['no pause: two working days', [], 16],
    ['a pause over the weekend takes away nothing', [{ from: cn('2026-10-16T18:00'), to: cn('2026-10-19T09:00') }], 16],
    ['a pause over Friday afternoon takes it away', [{ from: cn('2026-10-16T13:00'), to: cn('2026-10-19T09:00') }], 11],
    [
      'overlapping pauses are taken away once',
      [
        { from: cn('2026-10-16T13:00'), to: cn('2026-10-16T16:00') },
        { from: cn('2026-10-16T14:00'), to: cn('2026-10-16T17:00') },
      ],
      12,
    ],
    ['an open pause runs to now', [{ from: cn('2026-10-19T14:00') }], 12],
    ['a pause before the start counts nothing', [{ from: cn('2026-10-15T09:00'), to: cn('2026-10-16T09:00') }], 16],
  ])('%s', (_, pauses, hours) => {
    expect(workingTimeCounted(CN_2026, start, now, pauses)).toBe(hours * HOUR);
  });

  it('a pause over a holiday takes away nothing', () => {
    const pause = [{ from: cn('2026-09-30T18:00'), to: cn('2026-10-08T09:00') }];
    expect(workingTimeCounted(CN_2026, cn('2026-09-30T09:00'), cn('2026-10-08T18:00'), pause)).toBe(16 * HOUR);
  });
});

describe('workingHoursProblem', () => {
  it.each([
    [DEFAULT_WORKING_HOURS, null],
    [{ start: '09:00', end: '18:00' }, null],
    [{ start: '9:00', end: '18:00' }, 'time_format'],
    [{ start: '18:00', end: '09:00' }, 'start_after_end'],
    [{ start: '09:00', end: '18:00', lunchStart: '12:00' }, 'lunch_incomplete'],
    [{ start: '09:00', end: '18:00', lunchStart: '13:00', lunchEnd: '12:00' }, 'lunch_outside_hours'],
    [{ start: '09:00', end: '18:00', lunchStart: '08:00', lunchEnd: '09:30' }, 'lunch_outside_hours'],
  ])('%j → %s', (hours, problem) => {
    expect(workingHoursProblem(hours)).toBe(problem);
  });
});

describe('deadlineState (status from the history alone)', () => {
  const threeDays: DeadlineHistory['policy'] = { kind: 'working', workingMs: 24 * HOUR };
  const started = cn('2026-09-30T10:00');
  const working = (pauses: DeadlineHistory['pauses'] = [], doneAt?: Date): DeadlineHistory => ({
    startedAt: started,
    policy: threeDays,
    pauses,
    doneAt,
  });
  const licence = (pauses: DeadlineHistory['pauses'] = []): DeadlineHistory => ({
    startedAt: cn('2026-01-01T00:00'),
    policy: { kind: 'calendar', dueAt: cn('2026-10-31T00:00') },
    pauses,
  });
  const p = (from: string, to?: string) => ({ from: cn(from), to: to ? cn(to) : null });

  it.each([
    ['three working days over 国庆, due soon a day before', working(), '2026-10-08T10:00', 'due_soon', '2026-10-10T10:00', 16, 0],
    ['23 working hours left is due soon too', working(), '2026-09-30T11:00', 'due_soon', '2026-10-10T10:00', 23, 0],
    ['an hour past: overdue by one working hour', working(), '2026-10-10T11:00', 'overdue', '2026-10-10T10:00', -1, 0],
    [
      'a pause over the holiday moves nothing',
      working([p('2026-09-30T18:00', '2026-10-08T09:00')]),
      '2026-10-08T10:00',
      'due_soon',
      '2026-10-10T10:00',
      16,
      0,
    ],
    [
      'a pause of one working day moves it one working day',
      working([p('2026-10-08T09:00', '2026-10-09T09:00')]),
      '2026-10-09T10:00',
      'due_soon',
      '2026-10-12T10:00',
      16,
      8,
    ],
    [
      'overlapping pauses count once',
      working([p('2026-10-08T09:00', '2026-10-08T12:00'), p('2026-10-08T11:00', '2026-10-08T14:00')]),
      '2026-10-08T15:00',
      'due_soon',
      '2026-10-10T15:00',
      16,
      4,
    ],
    [
      'a pause after it fell due does not move it',
      working([p('2026-10-10T11:00', '2026-10-12T09:00')]),
      '2026-10-12T10:00',
      'overdue',
      '2026-10-10T10:00',
      -8,
      0,
    ],
    ['a licence weeks ahead', licence(), '2026-10-20T09:00', 'pending', '2026-10-31T00:00', 72, 0],
    ['a licence at its expiry', licence(), '2026-10-31T00:00', 'overdue', '2026-10-31T00:00', 0, 0],
    [
      'a licence paused a working day: moved on by it',
      licence([p('2026-10-29T09:00', '2026-10-30T09:00')]),
      '2026-10-30T10:00',
      'due_soon',
      '2026-11-02T18:00',
      15,
      8,
    ],
  ])('%s', (_, history, now, status, due, hoursLeft, pausedHours) => {
    const state = deadlineState(CN_2026, history, cn(now));
    expect({
      status: state.status,
      due: state.dueAt && iso(state.dueAt),
      left: state.workingMsLeft,
      paused: state.pausedWorkingMs,
    }).toEqual({
      status,
      due,
      left: hoursLeft * HOUR,
      paused: pausedHours * HOUR,
    });
  });

  it('stands still while paused: no due instant, the paused working time so far', () => {
    const state = deadlineState(CN_2026, working([p('2026-10-08T14:00')]), cn('2026-10-09T12:00'));
    expect(state).toEqual({ status: 'paused', dueAt: null, workingMsLeft: null, pausedWorkingMs: 7 * HOUR });
  });

  it.each([
    ['done before it fell due', '2026-10-09T17:00', 'done_on_time'],
    ['done exactly at it', '2026-10-10T10:00', 'done_on_time'],
    ['done after it', '2026-10-12T09:30', 'done_late'],
  ])('%s: %s', (_, doneAt, status) => {
    const state = deadlineState(CN_2026, working([], cn(doneAt)), cn('2026-11-18T10:00'));
    expect(state.status).toBe(status);
    expect(state.workingMsLeft).toBeNull();
  });

  it('a pause after completion changes nothing; changing the policy keeps the paused time', () => {
    const pauses = [p('2026-10-08T09:00', '2026-10-09T09:00')];
    expect(
      deadlineState(
        CN_2026,
        working([...pauses, p('2026-10-13T09:00', '2026-10-14T09:00')], cn('2026-10-12T09:30')),
        cn('2026-11-18T10:00'),
      ).status,
    ).toBe('done_on_time');
    const fiveDays = deadlineState(
      CN_2026,
      { startedAt: started, policy: { kind: 'working', workingMs: 40 * HOUR }, pauses },
      cn('2026-10-09T10:00'),
    );
    expect(fiveDays.pausedWorkingMs).toBe(8 * HOUR);
    expect(iso(fiveDays.dueAt as Date)).toBe('2026-10-14T10:00');
  });
});
