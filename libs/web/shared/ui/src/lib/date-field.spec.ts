import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { DateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { I18nService } from '@storeops/web/shared/util';
import { fromIsoDay, ISO_DATE_FORMATS, isoDay, isoDayOf, provideIsoDates } from './date-adapter';
import { DateField, dateErrorKey, dateWithin } from './date-field';

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

@Component({
  imports: [DateField, ReactiveFormsModule],
  template: `
    <form [formGroup]="form">
      <so-date-field formControlName="start" label="开始日期" testId="start" [required]="true" />
      <so-date-field
        formControlName="end"
        label="结束日期"
        testId="end"
        min="2026-01-01"
        [messages]="{ endBeforeStart: 'date.endBeforeStart' }"
      />
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({
    start: new FormControl<string | null>(null, Validators.required),
    end: new FormControl<string | null>(null, (c: AbstractControl): ValidationErrors | null =>
      c.value && this.form?.controls.start.value && c.value < this.form.controls.start.value ? { endBeforeStart: true } : null,
    ),
  });
}

function render() {
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const input = (id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
  const type = (id: string, text: string) => {
    input(id).value = text;
    input(id).dispatchEvent(new Event('input'));
    input(id).dispatchEvent(new Event('blur'));
    fixture.detectChanges();
  };
  const error = (id: string) => el.querySelector(`[data-testid="${id}-error"]`)?.textContent?.trim() ?? null;
  return { fixture, form: fixture.componentInstance.form, input, type, error };
}

describe('DateField in a form (its value is YYYY-MM-DD)', () => {
  it('puts the typed day in the form as YYYY-MM-DD, in any of the accepted spellings', () => {
    const { form, type } = render();
    type('start', '2026-03-05');
    expect(form.value.start).toBe('2026-03-05');
    type('start', '2026/3/9');
    expect(form.value.start).toBe('2026-03-09');
    type('start', '2026年12月31日');
    expect(form.value.start).toBe('2026-12-31');
  });

  it('shows a day set from outside as YYYY-MM-DD, and an empty value as an empty field', () => {
    const { fixture, form, input } = render();
    form.controls.start.setValue('2028-02-29');
    fixture.detectChanges();
    expect(input('start').value).toBe('2028-02-29');
    form.controls.start.setValue(null);
    fixture.detectChanges();
    expect(input('start').value).toBe('');
  });

  it('text that is no day makes the form invalid, even when the value was empty before', () => {
    const { form, type, error } = render();
    type('start', '2026-13-45');
    expect(form.value.start).toBeNull();
    expect(form.controls.start.hasError('matDatepickerParse')).toBe(true);
    expect(form.invalid).toBe(true);
    expect(error('start')).toBe('格式不正确');
    type('start', '2026-11-18');
    expect(form.controls.start.errors).toBeNull();
  });

  it('says required, the caller’s own message, out of range and the server’s sentence', () => {
    const { fixture, form, type, error } = render();
    type('start', '');
    expect(error('start')).toBe('必填');
    type('end', '2025-12-31');
    expect(form.controls.end.hasError('matDatepickerMin')).toBe(true);
    expect(error('end')).toBe('日期超出可选范围');
    type('start', '2026-06-01');
    type('end', '2026-05-01');
    expect(error('end')).toBe('结束日期不能早于开始日期');
    form.controls.start.setErrors({ server: 'must be a weekday' });
    fixture.detectChanges();
    expect(error('start')).toBe('must be a weekday');
  });

  it.each([
    [null, {}, null],
    [{ required: true }, {}, 'common.required'],
    [{ matDatepickerParse: { text: 'x' } }, {}, 'common.invalid'],
    [{ required: true, matDatepickerParse: { text: 'x' } }, {}, 'common.invalid'],
    [{ matDatepickerMax: true }, {}, 'date.outOfRange'],
    [{ endBeforeStart: true }, { endBeforeStart: 'date.endBeforeStart' }, 'date.endBeforeStart'],
    [{ endBeforeStart: true }, {}, 'common.invalid'],
  ])('dateErrorKey(%j, %j) = %s', (errors, messages, key) => {
    expect(dateErrorKey(errors, messages)).toBe(key);
  });
});

@Component({
  imports: [DateField],
  template: `<so-date-field
    label="截至"
    testId="asof"
    [value]="value"
    min="2024-11-17"
    max="2026-11-17"
    (picked)="picked.push($event)"
    (cleared)="cleared = cleared + 1"
  />`,
})
class FilterHost {
  value: string | null = '2026-11-01';
  readonly picked: string[] = [];
  cleared = 0;
}

describe('DateField outside a form (a filter, an as-of day)', () => {
  it('shows its value, emits a changed day inside the bounds (one outside on the nearest end), and says when emptied', () => {
    const fixture = TestBed.createComponent(FilterHost);
    fixture.detectChanges();
    const input = fixture.nativeElement.querySelector('[data-testid="asof"]') as HTMLInputElement;
    expect(input.value).toBe('2026-11-01');
    const change = (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
      fixture.detectChanges();
    };
    change('2026-10-08');
    change('2026-12-24');
    change('2026-13-45');
    change('');
    expect(fixture.componentInstance.picked).toEqual(['2026-10-08', '2026-11-17']);
    expect(fixture.componentInstance.cleared).toBe(1);
    expect(fixture.nativeElement.querySelector('mat-error')).toBeNull();
  });
});
