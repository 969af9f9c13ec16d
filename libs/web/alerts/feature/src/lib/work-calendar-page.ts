import { ChangeDetectionStrategy, Component, ElementRef, OnInit, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { ApiError, ErrorDetail, Role, StoreClosureResponse, WorkingHours, chinaDayOf, daysFromTo } from '@storeops/shared/contracts';
import { WorkCalendarStore } from '@storeops/web/alerts/data-access';
import { StorePickerSource } from '@storeops/web/org/data-access';
import {
  ConfirmDialog,
  ConfirmDialogData,
  DateField,
  EmptyState,
  EntityPicker,
  ErrorBanner,
  LoadingState,
  PageHeader,
} from '@storeops/web/shared/ui';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  applyServerErrors,
  formatDate,
  formatMonth,
  isApiError,
  writeRefusalText,
} from '@storeops/web/shared/util';
import { CalendarSpan, calendarCounts, calendarMonths, dayTypeKey, dayWithWeekday } from './work-calendar-format';

/** Who keeps what (the API says the same: import — office and admin; hours — admin; closures — also 营运部长). */
const IMPORTERS: readonly Role[] = [Role.AdminOffice, Role.Admin];
const CLOSURE_KEEPERS: readonly Role[] = [Role.AdminOffice, Role.OpsManager, Role.Admin];

/** A bad cell of a refused sheet, as the list names it. */
interface BadCell {
  where: { key: string; params: Record<string, string | number> } | null;
  problem: string;
}

/**
 * 工作日历: every deadline counts working time in it. A year's holidays and 调休 days by month (the office imports next
 * year's sheet once the State Council publishes it, and is warned from December on while it is missing), the working
 * hours (the admin sets them) and the stores' closures (闭店装修 days count no working time for that store).
 */
@Component({
  selector: 'so-work-calendar-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    RouterLink,
    DateField,
    EmptyState,
    EntityPicker,
    ErrorBanner,
    LoadingState,
    PageHeader,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [WorkCalendarStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './work-calendar-page.html',
  styleUrl: './work-calendar-page.scss',
})
export class WorkCalendarPage implements OnInit {
  /** From the route (the shell resolves it): what the caller may change. */
  readonly role = input<Role | null>(null);
  protected readonly store = inject(WorkCalendarStore);
  protected readonly storeSource = inject(StorePickerSource);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly sheetInput = viewChild<ElementRef<HTMLInputElement>>('sheet');

  protected readonly canImport = computed(() => IMPORTERS.includes(this.role() as Role));
  protected readonly canEditHours = computed(() => this.role() === Role.Admin);
  protected readonly canEditClosures = computed(() => CLOSURE_KEEPERS.includes(this.role() as Role));
  protected readonly dayTypeKey = dayTypeKey;

  protected readonly counts = computed(() => calendarCounts(this.store.calendar()?.days ?? []));
  protected readonly months = computed(() => {
    const locale = this.i18n.locale();
    return calendarMonths(this.store.calendar()?.days ?? []).map((m) => ({
      ...m,
      label: formatMonth(m.month, locale),
      spans: m.spans.map((s) => ({ ...s, label: this.spanLabel(s, locale) })),
    }));
  });
  protected readonly hours = computed<WorkingHours | null>(() => this.store.hours()?.hours ?? this.store.calendar()?.hours ?? null);
  protected readonly closureRows = computed(() => {
    const labels = this.store.storeLabels();
    return (this.store.closures() ?? []).map((c) => ({
      closure: c,
      store: labels.get(c.storeId) ?? `#${c.storeId}`,
      days: c.to >= c.from ? daysFromTo(c.from, c.to).length : 0,
    }));
  });

  /** The year a chosen sheet goes to (the banner's button imports next year; the toolbar's, the year shown). */
  protected readonly importYear = signal<number | null>(null);
  protected readonly badCells = signal<BadCell[]>([]);
  protected readonly importProblem = signal<string | null>(null);

  protected readonly editingHours = signal(false);
  protected readonly hoursForm = new FormGroup({
    start: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    end: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    lunchStart: new FormControl('', { nonNullable: true }),
    lunchEnd: new FormControl('', { nonNullable: true }),
  });
  protected readonly hoursProblem = signal<string | null>(null);

  protected readonly closureForm = new FormGroup({
    storeId: new FormControl<number | null>(null, { validators: [Validators.required] }),
    from: new FormControl<string | null>(null, { validators: [Validators.required] }),
    to: new FormControl<string | null>(null, { validators: [Validators.required] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
  });
  protected readonly closureProblem = signal<string | null>(null);
  protected readonly storeError = signal<string | null>(null);

  ngOnInit(): void {
    void this.store.load(Number(chinaDayOf(new Date()).slice(0, 4)));
  }

  protected choose(year: number): void {
    this.badCells.set([]);
    this.importProblem.set(null);
    void this.store.select(year);
  }

  /** Opens the file chooser for a year; the upload starts once a file is chosen. */
  protected pickSheet(year: number): void {
    this.importYear.set(year);
    this.sheetInput()?.nativeElement.click();
  }

  protected async sheetChosen(event: Event): Promise<void> {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    field.value = '';
    const year = this.importYear() ?? this.store.year();
    if (!file || year === null) return;
    if (this.store.years()?.years.some((y) => y.year === year) && !(await this.confirmReplace(year))) return;
    this.badCells.set([]);
    this.importProblem.set(null);
    try {
      const saved = await this.store.importSheet(year, file);
      if (this.store.year() !== year) await this.store.select(year);
      this.snackBar.open(
        this.i18n.t('alert.calendar.import.done', { year, h: saved.imported.holidays, m: saved.imported.makeupWorkdays }),
        undefined,
        { duration: 4000 },
      );
    } catch (error) {
      this.showRefusal(error);
    }
  }

  protected editHours(): void {
    const hours = this.hours();
    this.hoursForm.reset({
      start: hours?.start ?? '',
      end: hours?.end ?? '',
      lunchStart: hours?.lunchStart ?? '',
      lunchEnd: hours?.lunchEnd ?? '',
    });
    this.hoursProblem.set(null);
    this.editingHours.set(true);
  }

  protected async saveHours(): Promise<void> {
    if (this.hoursForm.invalid) return this.hoursForm.markAllAsTouched();
    const v = this.hoursForm.getRawValue();
    this.hoursProblem.set(null);
    try {
      await this.store.saveHours({
        start: v.start,
        end: v.end,
        lunchStart: v.lunchStart || null,
        lunchEnd: v.lunchEnd || null,
        version: this.store.hours()?.version,
      });
      this.editingHours.set(false);
      this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 });
    } catch (error) {
      this.hoursProblem.set(applyServerErrors(this.hoursForm, error, this.i18n));
    }
  }

  protected storePicked(id: number | null): void {
    this.closureForm.controls.storeId.setValue(id);
    this.storeError.set(null);
  }

  protected async addClosure(): Promise<void> {
    this.closureProblem.set(null);
    if (this.closureForm.invalid) {
      this.closureForm.markAllAsTouched();
      if (this.closureForm.controls.storeId.invalid) this.storeError.set(this.i18n.t('common.required'));
      return;
    }
    const v = this.closureForm.getRawValue();
    try {
      await this.store.addClosure({ storeId: v.storeId as number, from: v.from as string, to: v.to as string, reason: v.reason.trim() });
      this.closureForm.reset({ storeId: v.storeId, from: null, to: null, reason: '' });
      this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 });
    } catch (error) {
      const problem = applyServerErrors(this.closureForm, error, this.i18n);
      const storeDetail = isApiError(error) ? error.details.find((d) => d.field === 'storeId') : undefined;
      if (storeDetail) this.storeError.set(storeDetail.problem);
      this.closureProblem.set(problem);
    }
  }

  protected removeClosure(closure: StoreClosureResponse, store: string): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('alert.calendar.closure.removeText', {
        store,
        from: formatDate(closure.from, this.i18n.locale()),
        to: formatDate(closure.to, this.i18n.locale()),
      }),
      text: this.i18n.t('alert.calendar.closure.intro'),
      confirmLabel: this.i18n.t('alert.calendar.closure.remove'),
      cancelLabel: this.i18n.t('common.cancel'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((yes) => {
        if (!yes) return;
        this.store.removeClosure(closure.id).then(
          () => this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 }),
          (error: unknown) => this.snackBar.open(writeRefusalText(error, this.i18n), undefined, { duration: 4000 }),
        );
      });
  }

  private async confirmReplace(year: number): Promise<boolean> {
    const data: ConfirmDialogData = {
      title: this.i18n.t('alert.calendar.import.replace', { year }),
      text: this.i18n.t('alert.calendar.import.hint'),
      confirmLabel: this.i18n.t('common.confirm'),
      cancelLabel: this.i18n.t('common.cancel'),
    };
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data });
    return new Promise((resolve) => ref.afterClosed().subscribe((yes) => resolve(!!yes)));
  }

  /** A refused sheet: its bad cells as a list (line and column where the API names them), else the message. */
  private showRefusal(error: unknown): void {
    if (!isApiError(error)) return this.importProblem.set(String(error));
    const cells = (error as ApiError).details.filter((d) => d.line !== undefined || d.field !== 'file');
    if (error.statusCode === 400 && cells.length) return this.badCells.set(cells.map(badCell));
    this.importProblem.set(error.details[0]?.problem ?? error.message);
  }

  private spanLabel(span: CalendarSpan, locale: string): string {
    const from = dayWithWeekday(span.from, locale);
    return span.from === span.to ? from : `${from} – ${dayWithWeekday(span.to, locale)}`;
  }
}

/** The API names a sheet's bad cell by line and column (the problem's own words name the value). */
function badCell(detail: ErrorDetail): BadCell {
  if (detail.line === undefined || detail.column === undefined) return { where: null, problem: detail.problem };
  return { where: { key: 'alert.calendar.import.atCell', params: { line: detail.line, column: detail.column } }, problem: detail.problem };
}
