import ExcelJS from 'exceljs';
import { bumpDataVersion, clock, runInTransaction } from '@storeops/api/core';
import { CorrectiveActionEntity } from '@storeops/api/inspections';
import { AlertItem } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

/** Issue 14 §1, the office's side of the calendar: next year from a sheet, the working hours, stores' closure days. */
describe('the working calendar, kept by the office', () => {
  let t: TestApp;
  let office: ApiClient;
  let admin: ApiClient;
  let manager: ApiClient;
  let bj001: number;

  beforeAll(async () => {
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-12-01T10:00:00+08:00'));
    t = await startTestApp();
    [office, admin, manager] = [await t.as('office'), await t.as('admin'), await t.as('manager')];
    bj001 = await idOf(t, 'store', 'code', 'BJ001');
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  describe('next year from a sheet', () => {
    it('takes a CSV in any order, with spans, other date spellings and a header, and replaces the year', async () => {
      const csv = [
        '日期,类型,名称',
        '2031/10/11,上班,国庆节',
        '2031-10-01~2031-10-07,放假,国庆节',
        '2031年1月1日,放假,元旦',
        '',
        '2031.9.28,补班,国庆节',
      ].join('\r\n');
      const res = await office.upload('/api/work-calendar/2031/import', { name: '2031放假安排.csv', content: Buffer.from('\uFEFF' + csv) });
      expect([res.status, res.body.imported]).toEqual([201, { holidays: 8, makeupWorkdays: 2 }]);
      expect(res.body.source).toBe('office');
      const year = (await office.get('/api/work-calendar?year=2031')).body;
      const type = (date: string) => year.days.find((d: { date: string }) => d.date === date);
      expect(type('2031-10-04')).toEqual({ date: '2031-10-04', type: 'holiday', name: '国庆节' });
      expect(type('2031-10-11')).toMatchObject({ type: 'makeup_workday' });
      expect(type('2031-01-01')).toMatchObject({ type: 'holiday', name: '元旦' });
      // The engine counts on it at once: 30 Sep 2031 10:00 + 1 working day skips 国庆 to Wednesday 8 October.
      expect((await office.get('/api/work-calendar/add?from=2031-09-30T10:00:00%2B08:00&workingDays=1')).body.due).toBe(
        '2031-10-08T10:00:00+08:00',
      );
    });

    it('takes an .xlsx with real date cells', async () => {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('放假安排');
      sheet.addRow(['日期', '类型', '名称']);
      sheet.addRow([new Date('2032-01-01T00:00:00Z'), '放假', '元旦']);
      sheet.addRow([new Date('2032-01-03T00:00:00Z'), '上班', '元旦']);
      const content = Buffer.from(await wb.xlsx.writeBuffer());
      const res = await office.upload('/api/work-calendar/2032/import', { name: '2032.xlsx', content });
      expect([res.status, res.body.imported]).toEqual([201, { holidays: 1, makeupWorkdays: 1 }]);
    });

    it('names every bad cell by line and column and saves nothing', async () => {
      const before = (await office.get('/api/work-calendar?year=2031')).body;
      const csv = [
        '日期,类型,名称',
        '2031-02-30,放假,春节',
        '2031-10-08,上班,国庆节',
        '2030-12-31,放假,元旦',
        '2031-10-01,休息,国庆节',
        '2031-05-01,加班,劳动节',
      ].join('\n');
      const res = await office.upload('/api/work-calendar/2031/import', { name: 'bad.csv', content: Buffer.from(csv) });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { line: number; column: string; code: string }) => [d.line, d.column, d.code])).toEqual([
        [2, 'A', 'calendar.sheet_bad_date'],
        [3, 'B', 'calendar.makeup_not_weekend'], // 8 October 2031 is a Wednesday
        [4, 'A', 'calendar.day_outside_year'],
        [6, 'B', 'calendar.sheet_bad_type'],
      ]);
      expect(res.body.details[0].problem).toContain('2031-02-30');
      expect((await office.get('/api/work-calendar?year=2031')).body).toEqual(before);
    });

    it('refuses what is not a sheet (415), an empty list, and anyone but the office and the admin', async () => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0xff, 0xfe, 0xfd]);
      expect((await office.upload('/api/work-calendar/2031/import', { name: 'x.png', content: png })).status).toBe(415);
      const empty = await office.upload('/api/work-calendar/2031/import', { name: 'e.csv', content: Buffer.from('日期,类型,名称\n') });
      expect([empty.status, empty.body.details?.[0]?.code]).toEqual([400, 'calendar.import_empty']);
      expect(
        (await manager.upload('/api/work-calendar/2031/import', { name: 'a.csv', content: Buffer.from('2031-01-01,放假') })).status,
      ).toBe(403);
    });
  });

  describe('working hours', () => {
    afterAll(async () => {
      await admin.put('/api/work-calendar/hours', { start: '09:00', end: '18:00', lunchStart: '12:00', lunchEnd: '13:00' });
    });

    it('are 09:00–18:00 with lunch until the admin changes them; every deadline then counts in the new hours', async () => {
      expect((await office.get('/api/work-calendar/hours')).body).toMatchObject({
        hours: { start: '09:00', end: '18:00', lunchStart: '12:00', lunchEnd: '13:00' },
        version: 0,
      });
      const from = 'from=2026-12-01T17:00:00%2B08:00&workingHours=2';
      expect((await office.get(`/api/work-calendar/add?${from}`)).body.due).toBe('2026-12-02T10:00:00+08:00');
      const noon = 'from=2026-12-01T12:00:00%2B08:00&workingHours=1';
      // Lunch does not count: noon + 1 h is 14:00.
      expect((await office.get(`/api/work-calendar/add?${noon}`)).body.due).toBe('2026-12-01T14:00:00+08:00');
      const saved = await admin.put('/api/work-calendar/hours', {
        start: '08:30',
        end: '17:30',
        lunchStart: null,
        lunchEnd: null,
        version: 0,
      });
      expect([saved.status, saved.body.version, saved.body.updatedBy]).toEqual([200, 1, 'admin']);
      // 17:00 + 2 h: half an hour today, then 08:30 + 1.5 h tomorrow.
      expect((await office.get(`/api/work-calendar/add?${from}`)).body.due).toBe('2026-12-02T10:00:00+08:00');
      // Without a lunch break, noon + 1 h is 13:00.
      expect((await office.get(`/api/work-calendar/add?${noon}`)).body.due).toBe('2026-12-01T13:00:00+08:00');
    });

    it('refuses hours that do not make a day, a stale version, and anyone but the admin', async () => {
      for (const [body, field, code] of [
        [{ start: '18:00', end: '09:00' }, 'end', 'calendar.hours_start_after_end'],
        [{ start: '09:00', end: '18:00', lunchStart: '12:00' }, 'lunchStart', 'calendar.hours_lunch_incomplete'],
        [{ start: '09:00', end: '18:00', lunchStart: '19:00', lunchEnd: '20:00' }, 'lunchStart', 'calendar.hours_lunch_outside_hours'],
      ] as const) {
        const res = await admin.put('/api/work-calendar/hours', body);
        expect({ body, status: res.status, field: res.body.details?.[0]?.field, code: res.body.details?.[0]?.code }).toEqual({
          body,
          status: 400,
          field,
          code,
        });
      }
      expect((await admin.put('/api/work-calendar/hours', { start: '25:00', end: '18:00' })).status).toBe(400);
      expect((await admin.put('/api/work-calendar/hours', { start: '09:00', end: '18:00', version: 0 })).status).toBe(409);
      expect((await office.put('/api/work-calendar/hours', { start: '09:00', end: '18:00' })).status).toBe(403);
    });
  });

  describe("a store's closure days", () => {
    it('take working time out of that store’s deadlines only, and are listed to its 店长 only', async () => {
      const action = await t.db.getRepository(CorrectiveActionEntity).findOneOrFail({ where: { storeId: bj001 }, order: { id: 'ASC' } });
      await t.db.getRepository(CorrectiveActionEntity).update({ storeId: bj001 }, { dueAt: new Date('2027-06-30T10:00:00+08:00') });
      // Due Thursday 3 December 10:00, open: 16 working hours left on Tuesday 1 December 10:00 (7 + 8 + 1).
      await t.db
        .getRepository(CorrectiveActionEntity)
        .update({ id: action.id }, { status: 'open', dueAt: new Date('2026-12-03T10:00:00+08:00') });
      await runInTransaction(t.db, (em) => bumpDataVersion(em, 'inspections'));
      const left = async () =>
        ((await manager.get('/api/alerts?mine=true')).body.items as AlertItem[]).find((a) => a.key === `corrective_action:${action.id}`)
          ?.workingMinutesLeft;
      expect(await left()).toBe(16 * 60);

      const created = await office.post('/api/work-calendar/closures', {
        storeId: bj001,
        from: '2026-12-02',
        to: '2026-12-02',
        reason: '闭店装修',
      });
      expect([created.status, created.body.storeId, created.body.createdBy]).toEqual([201, bj001, 'office']);
      // Wednesday no longer counts: 7 h on Tuesday and 1 h on Thursday.
      expect(await left()).toBe(8 * 60);

      const other = (await t.db.query(`SELECT "id" FROM "store" WHERE "id" <> ${bj001} ORDER BY "id" LIMIT 1`))[0].id as number;
      await office.post('/api/work-calendar/closures', { storeId: other, from: '2026-12-10', to: '2026-12-12', reason: '停业整顿' });
      const theirs = (await manager.get(`/api/work-calendar/closures?storeId=${other}`)).body;
      expect(theirs.map((c: { storeId: number }) => c.storeId)).toEqual([bj001]);
      expect((await office.get('/api/work-calendar/closures')).body).toHaveLength(2);

      expect((await manager.send('delete', `/api/work-calendar/closures/${created.body.id}`)).status).toBe(403);
      expect((await office.send('delete', `/api/work-calendar/closures/${created.body.id}`)).status).toBe(204);
      expect(await left()).toBe(16 * 60);
      expect((await office.send('delete', `/api/work-calendar/closures/${created.body.id}`)).status).toBe(404);
    });

    it('refuses a closure that ends before it starts, is longer than a year, or names no store', async () => {
      for (const [body, field] of [
        [{ storeId: bj001, from: '2026-12-05', to: '2026-12-01', reason: '装修' }, 'to'],
        [{ storeId: bj001, from: '2026-01-01', to: '2027-06-01', reason: '装修' }, 'to'],
        [{ storeId: 999_999, from: '2026-12-01', to: '2026-12-02', reason: '装修' }, 'storeId'],
        [{ storeId: bj001, from: '2026-12-01', to: '2026-12-02', reason: ' ' }, 'reason'],
        [{ storeId: bj001, from: '2026-13-01', to: '2026-12-02', reason: '装修' }, 'from'],
      ] as const) {
        const res = await office.post('/api/work-calendar/closures', body);
        expect({ body, status: res.status, field: res.body.details?.[0]?.field }).toEqual({ body, status: 400, field });
      }
    });
  });
});
