import { Injectable, Provider, effect, inject } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, MatDateFormats, NativeDateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { I18nService } from '@storeops/web/shared/util';

/** The display format of a date field's text: yyyy-MM-dd in every language (what people type and read back). */
export const ISO_DATE_INPUT = 'yyyy-MM-dd';

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar date as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** YYYY-MM-DD as a local date (no time-zone shift), or null. */
export function fromIsoDay(value: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** A date picker's value as YYYY-MM-DD (what the API takes), or null when the field is empty or holds no calendar day. */
export function isoDayOf(value: Date | null | undefined): string | null {
  return value && !Number.isNaN(value.getTime()) ? isoDay(value) : null;
}

/**
 * Material's native adapter, typed and shown as yyyy-MM-dd (also 2026/11/18, 2026.11.18 and 2026年11月18日 are
 * read); the calendar's month and day names follow the locale (zh-CN: 2026年11月, 一 二 三 …; en: November 2026).
 * Made in a factory, so the adapter (and Material's date code) is loaded only with a page that has a date field; the
 * calendar follows the interface language as it is switched.
 */
function createIsoDateAdapter(): NativeDateAdapter {
  class IsoDateAdapter extends NativeDateAdapter {
    override parse(value: unknown, parseFormat?: unknown): Date | null {
      if (typeof value !== 'string') return super.parse(value, parseFormat);
      const text = value.trim();
      if (!text) return null;
      const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
      if (!m) return this.invalid();
      const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      return date.getMonth() === Number(m[2]) - 1 ? date : this.invalid();
    }

    override format(date: Date, displayFormat: object | string): string {
      if (displayFormat === ISO_DATE_INPUT) return isoDay(date);
      return super.format(date, displayFormat as object);
    }
  }
  const adapter = new IsoDateAdapter();
  const i18n = inject(I18nService);
  effect(() => adapter.setLocale(i18n.locale()));
  return adapter;
}

export const ISO_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: ISO_DATE_INPUT },
  display: {
    dateInput: ISO_DATE_INPUT,
    monthYearLabel: { year: 'numeric', month: 'long' },
    dateA11yLabel: { year: 'numeric', month: 'long', day: 'numeric' },
    monthYearA11yLabel: { year: 'numeric', month: 'long' },
  },
};

/** The date picker's buttons and calendar labels in the interface language (Material's are English). */
@Injectable()
export class LocalizedDatepickerIntl extends MatDatepickerIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    // Worded at once (a toggle reads its label as it is created), then again whenever the language is switched.
    this.word();
    effect(() => {
      this.i18n.language();
      this.word();
      this.changes.next();
    });
  }

  private word(): void {
    const t = (key: string) => this.i18n.t(key);
    this.calendarLabel = t('datepicker.calendar');
    this.openCalendarLabel = t('datepicker.open');
    this.closeCalendarLabel = t('datepicker.close');
    this.prevMonthLabel = t('datepicker.prevMonth');
    this.nextMonthLabel = t('datepicker.nextMonth');
    this.prevYearLabel = t('datepicker.prevYear');
    this.nextYearLabel = t('datepicker.nextYear');
    this.prevMultiYearLabel = t('datepicker.prevYears');
    this.nextMultiYearLabel = t('datepicker.nextYears');
    this.switchToMonthViewLabel = t('datepicker.monthView');
    this.switchToMultiYearViewLabel = t('datepicker.yearView');
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return this.i18n.t('datepicker.yearRange', { start, end });
  }
}

/** The providers of a Material date picker with the project's adapter (the locale is set from the interface language). */
export function provideIsoDates(): Provider[] {
  return [
    { provide: MatDatepickerIntl, useClass: LocalizedDatepickerIntl },
    { provide: MAT_DATE_LOCALE, useValue: 'zh-CN' },
    { provide: DateAdapter, useFactory: createIsoDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: ISO_DATE_FORMATS },
  ];
}
