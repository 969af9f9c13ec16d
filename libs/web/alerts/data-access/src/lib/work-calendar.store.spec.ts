import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ApiError, WorkCalendarResponse } from '@storeops/shared/contracts';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { Subject, of, throwError } from 'rxjs';
import { storeClosure, workCalendar } from './test-factories';
import { WorkCalendarApi } from './work-calendar-api';
import { WorkCalendarStore } from './work-calendar.store';

const years = (nextYearMissing = true) => ({
  years: [
    { year: 2025, source: 'package' as const, updatedAt: null },
    { year: 2026, source: 'package' as const, updatedAt: null },
  ],
  nextYear: 2027,
  nextYearMissing,
});
const hours = {
  hours: { start: '09:00', end: '18:00', lunchStart: '12:00', lunchEnd: '13:00' },
  version: 1,
  updatedBy: null,
  updatedAt: null,
};

describe('WorkCalendarStore', () => {
  let api: Record<string, jest.Mock>;
  let resolveMany: jest.Mock;

  beforeEach(() => {
    api = {
      year: jest.fn(({ year }: { year: number }) => of(workCalendar({ year }))),
      years: jest.fn(() => of(years())),
      hours: jest.fn(() => of(hours)),
      closures: jest.fn(() =>
        of([storeClosure({ id: 1, storeId: 3 }), storeClosure({ id: 2, storeId: 5 }), storeClosure({ id: 3, storeId: 3 })]),
      ),
      importSheet: jest.fn(),
      removeClosure: jest.fn(() => of(undefined)),
    };
    resolveMany = jest.fn((ids: number[]) => of(ids.map((id) => ({ id, code: `S${id}`, name: `门店${id}` }))));
    TestBed.configureTestingModule({
      providers: [
        WorkCalendarStore,
        { provide: WorkCalendarApi, useValue: api },
        { provide: StorePickerSource, useValue: { resolveMany } },
      ],
    });
  });

  it('offers the years entered plus next year, and labels the closures’ stores with one lookup', async () => {
    const store = TestBed.inject(WorkCalendarStore);
    await store.load(2026);
    expect(store.calendar()?.year).toBe(2026);
    expect(store.yearChoices()).toEqual([2025, 2026, 2027]);
    expect(resolveMany).toHaveBeenCalledTimes(1);
    expect(resolveMany).toHaveBeenCalledWith([3, 5]);
    expect(store.storeLabels().get(5)).toBe('S5 门店5');
  });

  it('shows the answer of the last year chosen, not of a slower earlier one', async () => {
    const slow = new Subject<WorkCalendarResponse>();
    api['year'].mockReturnValueOnce(slow);
    const store = TestBed.inject(WorkCalendarStore);
    const first = store.select(2025);
    await store.select(2026);
    slow.next(workCalendar({ year: 2025 }));
    slow.complete();
    await first;
    expect(store.year()).toBe(2026);
    expect(store.calendar()?.year).toBe(2026);
  });

  it('after an import shows the imported year and reads the years again, so the missing-year warning goes', async () => {
    const store = TestBed.inject(WorkCalendarStore);
    await store.load(2027);
    expect(store.years()?.nextYearMissing).toBe(true);
    api['years'].mockReturnValue(of({ ...years(false), years: [...years().years, { year: 2027, source: 'office', updatedAt: null }] }));
    api['importSheet'].mockReturnValue(
      of({ ...workCalendar({ year: 2027, source: 'office' }), imported: { holidays: 1, makeupWorkdays: 0 } }),
    );
    const file = new File(['x'], '2027.csv');
    const saved = await store.importSheet(2027, file);
    expect(api['importSheet']).toHaveBeenCalledWith(2027, file);
    expect(saved.imported).toEqual({ holidays: 1, makeupWorkdays: 0 });
    expect(store.calendar()?.source).toBe('office');
    expect(store.years()?.nextYearMissing).toBe(false);
  });

  it('rejects a refused sheet with the API’s bad cells and keeps the year as it was', async () => {
    const store = TestBed.inject(WorkCalendarStore);
    await store.load(2027);
    const details = [{ line: 2, column: 'A', code: 'calendar.sheet_bad_date', problem: '日期“2027-13-01”无法识别' }];
    api['importSheet'].mockReturnValue(
      throwError(
        () => new HttpErrorResponse({ status: 400, error: { statusCode: 400, error: 'Bad Request', message: '请求无效', details } }),
      ),
    );
    const error = (await store.importSheet(2027, new File(['x'], 'bad.csv')).catch((e: unknown) => e)) as ApiError;
    expect(error.statusCode).toBe(400);
    expect(error.details).toEqual(details);
    expect(store.calendar()?.source).toBe('package');
    expect(api['years']).toHaveBeenCalledTimes(1);
  });

  it('keeps the calendar when the closures cannot be read, and says so on its own', async () => {
    api['closures'].mockReturnValue(
      throwError(() => new HttpErrorResponse({ status: 500, error: { statusCode: 500, error: 'x', message: '服务器错误', details: [] } })),
    );
    const store = TestBed.inject(WorkCalendarStore);
    await store.load(2026);
    expect(store.calendar()).not.toBeNull();
    expect(store.error()).toBeNull();
    expect(store.closuresError()?.message).toBe('服务器错误');
  });

  it('drops a removed closure from the list without reading it again', async () => {
    const store = TestBed.inject(WorkCalendarStore);
    await store.load(2026);
    await store.removeClosure(2);
    expect(api['removeClosure']).toHaveBeenCalledWith(2);
    expect(store.closures()?.map((c) => c.id)).toEqual([1, 3]);
    expect(api['closures']).toHaveBeenCalledTimes(1);
  });
});
