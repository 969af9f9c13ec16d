import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { I18nService } from '@storeops/web/shared/util';
import { fromIsoDay, ISO_DATE_FORMATS, isoDay, isoDayOf, provideIsoDates } from './date-adapter';
import { dateWithin } from './date-field';

describe('dateWithin (an as-of date inside the days with data)', () => {
  it('keeps a date inside the bounds and moves one outside to the nearest end', () => {
    expect(dateWithin('2026-11-01', '2024-11-17', '2026-11-17')).toBe('2026-11-01');
    expect(dateWithin('2026-12-24', '2024-11-17', '2026-11-17')).toBe('2026-11-17');
    expect(dateWithin('2020-01-01', '2024-11-17', '2026-11-17')).toBe('2024-11-17');
  });

  it('has no bounds before the fact range is known, and refuses what is not a date', () => {
    expect(dateWithin('2030-01-01', null, null)).toBe('2030-01-01');
    expect(dateWithin('', '2024-11-17', '2026-11-17')).toBeNull();
  });
});

describe('the date adapter (yyyy-MM-dd typed and shown, the calendar in the interface language)', () => {
  let adapter: DateAdapter<Date>;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideIsoDates()] });
    adapter = TestBed.inject<DateAdapter<Date>>(DateAdapter);
    TestBed.tick();
  });

  afterEach(() => void TestBed.inject(I18nService).use('zh-CN'));

  it('reads yyyy-MM-dd and its Chinese and slashed forms as the local day; refuses what is no calendar day', () => {
    expect(isoDay(adapter.parse('2026-11-18', ISO_DATE_FORMATS.parse.dateInput) as Date)).toBe('2026-11-18');
    expect(isoDay(adapter.parse('2026/3/1', ISO_DATE_FORMATS.parse.dateInput) as Date)).toBe('2026-03-01');
    expect(isoDay(adapter.parse('2026年11月30日', ISO_DATE_FORMATS.parse.dateInput) as Date)).toBe('2026-11-30');
    expect(adapter.isValid(adapter.parse('2026-02-30', ISO_DATE_FORMATS.parse.dateInput) as Date)).toBe(false);
    expect(adapter.isValid(adapter.parse('11/30/2026', ISO_DATE_FORMATS.parse.dateInput) as Date)).toBe(false);
    expect(adapter.parse('', ISO_DATE_FORMATS.parse.dateInput)).toBeNull();
  });

  it('gives the API a picked day as YYYY-MM-DD and nothing for an empty field or a typed non-day', () => {
    expect(isoDayOf(fromIsoDay('2028-02-29'))).toBe('2028-02-29');
    expect(isoDayOf(null)).toBeNull();
    expect(isoDayOf(adapter.parse('2026-02-30', ISO_DATE_FORMATS.parse.dateInput) as Date)).toBeNull();
  });

  it('shows the field as yyyy-MM-dd and the calendar header in 年月, in English once the interface is switched', async () => {
    const day = fromIsoDay('2026-11-18') as Date;
    expect(adapter.format(day, ISO_DATE_FORMATS.display.dateInput)).toBe('2026-11-18');
    expect(adapter.format(day, ISO_DATE_FORMATS.display.monthYearLabel)).toBe('2026年11月');
    expect(adapter.getDayOfWeekNames('narrow')[1]).toBe('一');
    const intl = TestBed.inject(MatDatepickerIntl);
    expect([intl.openCalendarLabel, intl.switchToMultiYearViewLabel, intl.formatYearRangeLabel('2016', '2039')]).toEqual([
      '打开日历',
      '选择年份和月份',
      '2016 至 2039 年',
    ]);
    await TestBed.inject(I18nService).use('en');
    TestBed.tick();
    expect(intl.openCalendarLabel).toBe('Open calendar');
    expect(adapter.format(day, ISO_DATE_FORMATS.display.monthYearLabel)).toBe('November 2026');
    expect(adapter.format(day, ISO_DATE_FORMATS.display.dateInput)).toBe('2026-11-18');
  });
});
