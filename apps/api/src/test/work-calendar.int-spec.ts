import { WorkCalendarService } from '@storeops/api/calendar';
import { clock } from '@storeops/api/core';
import { WorkCalendarDay, WorkCalendarResponse, WorkCalendarYearsResponse } from '@storeops/shared/contracts';
import { startTestApp, TestApp } from './test-app';

const typeOf = (body: WorkCalendarResponse, date: string) => body.days.find((d) => d.date === date)?.type;

describe('the working calendar', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('knows 2026 as the State Council published it, from the holiday package, for every role', async () => {
    const store = await t.as('manager');
    const res = await store.get('/api/work-calendar?year=2026');
    expect(res.status).toBe(200);
    const body = res.body as WorkCalendarResponse;
    expect(body).toMatchObject({ year: 2026, source: 'package', updatedBy: null });
    expect(body.hours).toEqual({ start: '09:00', end: '18:00', lunchStart: '12:00', lunchEnd: '13:00' });
    expect(body.days).toHaveLength(365);
    // 中秋 and 国庆: 25–27 September and 1–7 October off; Sunday 20 September and Saturday 10 October worked.
    for (const day of ['2026-09-25', '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-04', '2026-10-07']) {
      expect(typeOf(body, day)).toBe('holiday');
    }
    expect(typeOf(body, '2026-09-20')).toBe('makeup_workday');
    expect(typeOf(body, '2026-10-10')).toBe('makeup_workday');
    expect(typeOf(body, '2026-10-11')).toBe('weekend');
    expect(typeOf(body, '2026-10-08')).toBe('workday');
    // 春节: 15–23 February off, Saturdays 14 and 28 February worked.
    expect(body.days.filter((d) => d.date >= '2026-02-15' && d.date <= '2026-02-23').every((d) => d.type === 'holiday')).toBe(true);
    expect(typeOf(body, '2026-02-14')).toBe('makeup_workday');
    expect(typeOf(body, '2026-02-28')).toBe('makeup_workday');
    expect(body.days.find((d) => d.date === '2026-10-01')).toEqual({ date: '2026-10-01', type: 'holiday', name: '国庆节' });
    const holidays = body.days.filter((d) => d.type === 'holiday').length;
    expect(holidays).toBe(33);
  });

  it('adds working days and hours over 国庆 (the engine the deadlines use)', async () => {
    const ops = await t.as('ops');
    const cases: Array<[string, string]> = [
      ['from=2026-09-30T10:00:00%2B08:00&workingDays=3', '2026-10-10T10:00:00+08:00'],
      ['from=2026-09-30T10:00:00Z&workingDays=1', '2026-10-08T18:00:00+08:00'],
      ['from=2026-09-30T17:00&workingHours=2', '2026-10-08T10:00:00+08:00'],
      ['from=2026-09-30&workingDays=0', '2026-09-30T00:00:00+08:00'],
    ];
    for (const [query, due] of cases) {
      const res = await ops.get(`/api/work-calendar/add?${query}`);
      expect({ query, status: res.status, due: res.body.due }).toEqual({ query, status: 200, due });
    }
  });

  it('refuses a sum without exactly one measure, or with a bad instant, naming the field in Chinese', async () => {
    const ops = await t.as('ops');
    const neither = await ops.get('/api/work-calendar/add?from=2026-09-30T10:00:00Z');
    expect(neither.status).toBe(400);
    expect(neither.body.details).toEqual([
      expect.objectContaining({ field: 'workingDays', problem: '请给出工作日数或工作小时数中的一项' }),
    ]);
    const both = await ops.get('/api/work-calendar/add?from=2026-09-30T10:00:00Z&workingDays=1&workingHours=2');
    expect(both.status).toBe(400);
    for (const query of ['from=2026-02-30T10:00&workingDays=1', 'from=yesterday&workingDays=1', 'from=2026-09-30&workingDays=-1']) {
      const res = await ops.get(`/api/work-calendar/add?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
    const unknown = await ops.get('/api/work-calendar/add?from=2026-09-30&workingDays=1&calendar=store');
    expect(unknown.status).toBe(400);
  });

  it('answers a year nobody has entered as missing, with its weekends only', async () => {
    const director = await t.as('director');
    const res = await director.get('/api/work-calendar?year=2035');
    expect(res.status).toBe(200);
    expect(res.body.source).toBe('missing');
    expect((res.body.days as WorkCalendarDay[]).every((d) => d.type === 'workday' || d.type === 'weekend')).toBe(true);
    for (const year of ['1899', 'next', '2026.5']) {
      expect((await director.get(`/api/work-calendar?year=${year}`)).status).toBe(400);
    }
  });

  it('lets the office replace a year: checked whole, nothing saved when one day is wrong, audited', async () => {
    const office = await t.as('office');
    const before = (await office.get('/api/work-calendar?year=2026')).body as WorkCalendarResponse;

    const wrong = [
      [{ date: '2027-01-01', type: 'holiday' }, 'days.0.date', '2027-01-01 不在 2026 年内'],
      [{ date: '2026-10-08', type: 'makeup_workday' }, 'days.0.type', '2026-10-08 不是周六或周日，不能设为调休上班日'],
    ] as const;
    for (const [day, field, problem] of wrong) {
      const res = await office.put('/api/work-calendar/2026', { days: [day] });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field, problem })]);
    }
    const twice = await office.put('/api/work-calendar/2026', {
      days: [
        { date: '2026-10-01', type: 'holiday' },
        { date: '2026-10-01', type: 'holiday' },
      ],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.details[0]).toMatchObject({ field: 'days.1.date' });
    for (const body of [{ days: [{ date: '2026-10-01', type: 'vacation' }] }, { days: [], extra: 1 }, { days: 'all' }]) {
      expect((await office.put('/api/work-calendar/2026', body)).status).toBe(400);
    }
    expect((await office.get('/api/work-calendar?year=2026')).body).toEqual(before);

    // The office moves one day: 9 October becomes a holiday, the make-up Saturday goes.
    const days = before.days
      .filter((d) => (d.type === 'holiday' || d.type === 'makeup_workday') && d.date !== '2026-10-10')
      .map((d) => ({ date: d.date, type: d.type, name: d.name }));
    days.push({ date: '2026-10-09', type: 'holiday', name: '国庆节' });
    const res = await office.put('/api/work-calendar/2026', { days, version: before.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2026, source: 'office', updatedBy: 'office', version: before.version + 1 });
    // A second edit made from the old list is refused, not written over the first.
    const stale = await office.put('/api/work-calendar/2026', { days: [], version: before.version });
    expect(stale.status).toBe(409);
    expect(stale.body.details).toEqual([expect.objectContaining({ field: 'version' })]);
    expect(typeOf(res.body, '2026-10-09')).toBe('holiday');
    expect(typeOf(res.body, '2026-10-10')).toBe('weekend');
    // The engine follows at once: three working days from 30 September are now 8, 12 and 13 October.
    const sum = await office.get('/api/work-calendar/add?from=2026-09-30T10:00:00%2B08:00&workingDays=3');
    expect(sum.body.due).toBe('2026-10-13T10:00:00+08:00');
    const audit = await t.db.query(`SELECT "entity", "entityId", "actorUsername" FROM "audit_entry" WHERE "entity" = 'work_calendar_year'`);
    expect(audit).toEqual([{ entity: 'work_calendar_year', entityId: '2026', actorUsername: 'office' }]);

    // A restart seeds only what is missing: the office's year stands.
    await t.app.get(WorkCalendarService).seedPublishedYears();
    expect(typeOf((await office.get('/api/work-calendar?year=2026')).body, '2026-10-10')).toBe('weekend');
  });

  it('refuses the calendar to roles that do not keep it', async () => {
    for (const username of ['ops', 'director', 'specialist', 'buyer', 'manager']) {
      const client = await t.as(username);
      expect((await client.put('/api/work-calendar/2026', { days: [] })).status).toBe(403);
    }
  });

  it('says in December that next year is missing, and not before', async () => {
    const office = await t.as('office');
    const now = jest.spyOn(clock, 'now');
    try {
      now.mockReturnValue(new Date('2026-12-01T09:00:00+08:00'));
      const december = (await office.get('/api/work-calendar/years')).body as WorkCalendarYearsResponse;
      expect(december).toMatchObject({ nextYear: 2027, nextYearMissing: true });
      expect(december.years.map((y) => y.year)).toEqual(expect.arrayContaining([2004, 2025, 2026]));
      now.mockReturnValue(new Date('2026-11-30T09:00:00+08:00'));
      expect((await office.get('/api/work-calendar/years')).body.nextYearMissing).toBe(false);
      now.mockReturnValue(new Date('2025-12-31T23:00:00+08:00'));
      expect((await office.get('/api/work-calendar/years')).body).toMatchObject({ nextYear: 2026, nextYearMissing: false });
    } finally {
      now.mockRestore();
    }
  });
});
