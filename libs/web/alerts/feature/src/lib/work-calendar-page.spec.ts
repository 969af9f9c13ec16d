import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { Role, WorkCalendarResponse, WorkCalendarYearsResponse } from '@storeops/shared/contracts';
import { WorkCalendarApi } from '@storeops/web/alerts/data-access';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { of, throwError } from 'rxjs';
import { WorkCalendarPage } from './work-calendar-page';

const calendar = (patch: Partial<WorkCalendarResponse> = {}): WorkCalendarResponse => ({
  year: 2026,
  source: 'package',
  updatedBy: null,
  updatedAt: null,
  version: 1,
  hours: { start: '09:00', end: '18:00', lunchStart: '12:00', lunchEnd: '13:00' },
  days: [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, type: 'holiday' as const, name: '国庆节' })),
    { date: '2026-10-09', type: 'workday' },
    { date: '2026-10-10', type: 'makeup_workday', name: '国庆节' },
  ],
  ...patch,
});
const years = (nextYearMissing: boolean): WorkCalendarYearsResponse => ({
  years: [{ year: 2026, source: 'package', updatedAt: null }],
  nextYear: 2027,
  nextYearMissing,
});

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }
  fixture.detectChanges();
}
const text = (el: HTMLElement, id: string) => el.querySelector(`[data-testid=${id}]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('WorkCalendarPage', () => {
  let api: Record<string, jest.Mock>;

  beforeEach(() => {
    api = {
      year: jest.fn(() => of(calendar())),
      years: jest.fn(() => of(years(true))),
      hours: jest.fn(() => of({ hours: calendar().hours, version: 1, updatedBy: null, updatedAt: null })),
      closures: jest.fn(() => of([])),
      importSheet: jest.fn(),
    };
  });

  async function render(role: Role, confirm = true) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: MatDialog, useValue: { open: jest.fn(() => ({ afterClosed: () => of(confirm) })) } },
        { provide: WorkCalendarApi, useValue: api },
        { provide: StorePickerSource, useValue: { search: () => of([]), resolve: () => of(null), resolveMany: () => of([]) } },
      ],
    });
    const fixture = TestBed.createComponent(WorkCalendarPage);
    fixture.componentRef.setInput('role', role);
    fixture.detectChanges();
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('lists 国庆 as one 放假 span and the 调休 Saturday, by month, with the year’s counts and the hours', async () => {
    const { el } = await render(Role.AdminOffice);
    const spans = Array.from(el.querySelectorAll<HTMLElement>('[data-testid=wc-span]'));
    expect(spans.map((s) => [s.dataset['from'], s.dataset['to'], s.dataset['type']])).toEqual([
      ['2026-10-01', '2026-10-07', 'holiday'],
      ['2026-10-10', '2026-10-10', 'makeup_workday'],
    ]);
    expect(spans[0].textContent).toContain('10月1日周四');
    expect(spans[0].textContent).toContain('放假 · 7 天');
    expect(spans[1].textContent).toContain('调休上班');
    expect(text(el, 'wc-count-working')).toBe('2');
    expect(text(el, 'wc-count-holidays')).toBe('7');
    expect(text(el, 'wc-hours-text')).toBe('09:00–18:00 午休 12:00–13:00');
    expect(text(el, 'wc-closures-empty')).toContain('没有门店停业安排');
  });

  it('warns the office that next year is missing, with the import right there', async () => {
    const { el } = await render(Role.AdminOffice);
    expect(text(el, 'wc-next-missing')).toContain('2027 年的节假日安排尚未录入');
    expect(text(el, 'wc-next-missing')).toContain('国务院公布后请导入');
    expect(el.querySelector('[data-testid=wc-import-next]')).not.toBeNull();
  });

  it('tells other roles the status without an import button, and offers the hours to the admin only', async () => {
    const { el } = await render(Role.Specialist);
    expect(text(el, 'wc-next-missing')).toContain('行政办公室将在国务院公布后导入');
    expect(el.querySelector('[data-testid=wc-import-next]')).toBeNull();
    expect(el.querySelector('[data-testid=wc-import]')).toBeNull();
    expect(el.querySelector('[data-testid=wc-hours-edit]')).toBeNull();
    expect(el.querySelector('[data-testid=wc-closure-form]')).toBeNull();
  });

  it('says nothing about next year before December (the API says it is not missing yet)', async () => {
    api['years'].mockReturnValue(of(years(false)));
    const { el } = await render(Role.Admin);
    expect(el.querySelector('[data-testid=wc-next-missing]')).toBeNull();
    expect(el.querySelector('[data-testid=wc-hours-edit]')).not.toBeNull();
  });

  it('lists the bad cells of a refused sheet by line and column', async () => {
    api['years'].mockReturnValue(of(years(true)));
    const details = [
      { line: 2, column: 'A', code: 'calendar.sheet_bad_date', problem: '日期“2027-13-01”无法识别' },
      { line: 3, column: 'B', code: 'calendar.sheet_bad_type', problem: '类型“请假”应为 放假 或 上班（调休）' },
    ];
    api['importSheet'].mockReturnValue(
      throwError(
        () => new HttpErrorResponse({ status: 400, error: { statusCode: 400, error: 'Bad Request', message: '请求无效', details } }),
      ),
    );
    const { fixture, el } = await render(Role.AdminOffice);
    const input = el.querySelector<HTMLInputElement>('[data-testid=wc-import-file]') as HTMLInputElement;
    (el.querySelector('[data-testid=wc-import-next]') as HTMLButtonElement).click();
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'bad.csv')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    expect(api['importSheet']).toHaveBeenCalledWith(2027, expect.any(File));
    const items = Array.from(el.querySelectorAll('[data-testid=wc-import-error]')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['第 2 行 A 列： 日期“2027-13-01”无法识别', '第 3 行 B 列： 类型“请假”应为 放假 或 上班（调休）']);
  });

  it('says what an empty, missing year means', async () => {
    api['year'].mockReturnValue(
      of(calendar({ year: 2027, source: 'missing', version: 0, days: [{ date: '2027-01-04', type: 'workday' }] })),
    );
    const { el } = await render(Role.Director);
    expect(text(el, 'state-empty')).toContain('尚未录入');
    expect(text(el, 'wc-source')).toBe('未录入');
  });

  it('lets the admin change the hours, sending the version read', async () => {
    api['saveHours'] = jest.fn((body) => of({ hours: { ...body, version: undefined }, version: 2, updatedBy: 'admin', updatedAt: null }));
    const { fixture, el } = await render(Role.Admin);
    (el.querySelector('[data-testid=wc-hours-edit]') as HTMLButtonElement).click();
    fixture.detectChanges();
    const start = el.querySelector<HTMLInputElement>('[data-testid=wc-hours-start]') as HTMLInputElement;
    start.value = '08:30';
    start.dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid=wc-hours-save]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(api['saveHours']).toHaveBeenCalledWith({ start: '08:30', end: '18:00', lunchStart: '12:00', lunchEnd: '13:00', version: 1 });
    expect(text(el, 'wc-hours-text')).toBe('08:30–18:00 午休 12:00–13:00');
  });

  it('removes a closure only once it is confirmed', async () => {
    const closure = { id: 4, storeId: 3, from: '2026-12-10', to: '2026-12-12', reason: '闭店装修', createdBy: 'office', createdAt: '' };
    api['closures'].mockReturnValue(of([closure]));
    api['removeClosure'] = jest.fn(() => of(undefined));
    const declined = await render(Role.OpsManager, false);
    expect(text(declined.el, 'wc-closure')).toContain('3 天');
    (declined.el.querySelector('[data-testid=wc-closure-remove]') as HTMLButtonElement).click();
    await settle(declined.fixture);
    expect(api['removeClosure']).not.toHaveBeenCalled();
    TestBed.resetTestingModule();

    const { fixture, el } = await render(Role.OpsManager, true);
    (el.querySelector('[data-testid=wc-closure-remove]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(api['removeClosure']).toHaveBeenCalledWith(4);
    expect(el.querySelector('[data-testid=wc-closure]')).toBeNull();
  });
});
