import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { DecompositionResponse, Metric, Role, TARGET_APPROVERS, TARGET_WRITERS, TargetChangeResponse } from '@storeops/shared/contracts';
import { DecompositionStore, GridRow, MONTHS, cellKey } from '@storeops/web/targets/data-access';
import { ConfirmDialog, ConfirmDialogData, EmptyState, ErrorBanner, LoadingState, PageHeader } from '@storeops/web/shared/ui';
import {
  I18nService,
  LocalDatePipe,
  detailText,
  MoneyPipe,
  NumberFormatPipe,
  TranslatePipe,
  formatMoney,
  formatNumber,
  formatYuan,
  isApiError,
  isMoneyMetric,
  metricKey,
  saveBlob,
} from '@storeops/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { parseTargetAmount } from '../list/create-decomposition-dialog';
import { methodKey, statusKey } from '../decomposition-labels';
import { DifferenceChoice, DifferenceDialog, DifferenceDialogData } from './difference-dialog';
import { ReasonDialog, ReasonDialogData } from './reason-dialog';

const PAGE_SIZE = 50;

/**
 * One decomposition as a store × month grid. 2,000 stores stay usable by paging the rows (50 a page, with a
 * search); the totals are computed over every store, live with the unsaved edits.
 */
@Component({
  selector: 'so-decomposition-grid-page',
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatIcon,
    MatInput,
    MatPaginator,
    MatProgressBar,
    MatTooltip,
    RouterLink,
    EmptyState,
    ErrorBanner,
    LoadingState,
    PageHeader,
    LocalDatePipe,
    MoneyPipe,
    NumberFormatPipe,
    TranslatePipe,
  ],
  providers: [DecompositionStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './decomposition-grid-page.html',
  styleUrl: './decomposition-grid-page.scss',
})
export class DecompositionGridPage {
  protected readonly store = inject(DecompositionStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  readonly id = input.required({ transform: numberAttribute });
  readonly role = input<Role | null>(null);

  protected readonly months = MONTHS;
  protected readonly metricKey = metricKey;
  protected readonly methodKey = methodKey;
  protected readonly statusKey = statusKey;
  protected readonly search = signal('');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = PAGE_SIZE;
  /** Cells whose text could not be parsed; saving waits until they are fixed. */
  protected readonly invalid = signal<ReadonlySet<string>>(new Set());

  protected readonly d = this.store.decomposition;
  protected readonly money = computed(() => isMoneyMetric(this.d()?.metric ?? Metric.Sales));
  protected readonly canWrite = computed(() => !!this.role() && TARGET_WRITERS.includes(this.role() as Role));
  protected readonly canApprove = computed(
    () => !!this.role() && TARGET_APPROVERS.includes(this.role() as Role) && this.d()?.status === 'published',
  );
  /** Only the director returns a split (DESIGN: the ops manager owns the draft, the director approves or returns it). */
  protected readonly canReturn = computed(() => this.role() === Role.Director && this.d()?.status === 'published');
  protected readonly isDraft = computed(() => this.d()?.status === 'draft');
  /** Zero months as "BJ003 12月" items, for the banner and the confirmation. */
  protected readonly zeroMonthItems = computed(() =>
    (this.d()?.zeroMonths ?? []).map(
      (z) => `${z.storeCode} ${z.storeName} ${z.months.map((m) => this.i18n.t('targets.decomp.month', { m })).join('、')}`,
    ),
  );
  protected readonly zeroCells = computed(
    () => new Set((this.d()?.zeroMonths ?? []).flatMap((z) => z.months.map((m) => cellKey(z.storeId, m)))),
  );
  protected readonly filtered = computed(() => {
    const q = this.search().trim().toLowerCase();
    const rows = this.store.grid().rows;
    return q ? rows.filter((r) => r.store.storeCode.toLowerCase().includes(q) || r.store.storeName.toLowerCase().includes(q)) : rows;
  });
  protected readonly pageRows = computed(() => this.filtered().slice(this.pageIndex() * PAGE_SIZE, (this.pageIndex() + 1) * PAGE_SIZE));
  /** The grid's sum (with unsaved edits) against the company target. */
  protected readonly difference = computed(() => this.store.grid().grandTotal - (this.d()?.targetTotal ?? 0));

  constructor() {
    effect(() => void this.store.load(this.id()));
  }

  /** Text of a cell, editable or not: 元 grouped with two decimals (read back exactly by parseYuan), or the count. */
  protected text(value: number): string {
    return this.money() ? formatYuan(value, this.i18n.locale()) : formatNumber(value, this.i18n.locale(), 0);
  }

  protected show(value: number): string {
    return this.text(value);
  }

  protected isZero(row: GridRow, month: number): boolean {
    return this.zeroCells().has(cellKey(row.store.storeId, month));
  }

  protected changeKey(c: TargetChangeResponse): string {
    return `targets.decomp.change.${c.kind}`;
  }

  protected amount(value: number | null): string {
    if (value === null) return '';
    return this.money() ? formatMoney(value, this.i18n.locale()) : formatNumber(value, this.i18n.locale(), 0);
  }

  protected isEdited(row: GridRow, month: number): boolean {
    return this.store.edits().has(cellKey(row.store.storeId, month));
  }

  protected isInvalid(row: GridRow, month: number): boolean {
    return this.invalid().has(cellKey(row.store.storeId, month));
  }

  protected editCell(row: GridRow, month: number, event: Event): void {
    const inputEl = event.target as HTMLInputElement;
    const key = cellKey(row.store.storeId, month);
    const value = parseTargetAmount(inputEl.value, this.d()?.metric ?? Metric.Sales);
    this.invalid.update((set) => {
      const next = new Set(set);
      if (value === null) next.add(key);
      else next.delete(key);
      return next;
    });
    if (value !== null) this.store.setCell(row.store.storeId, month, value);
  }

  protected toggleLock(row: GridRow, locked: boolean): void {
    this.store.setLock(row.store.storeId, locked ? row.total : null);
  }

  protected editLock(row: GridRow, event: Event): void {
    const value = parseTargetAmount((event.target as HTMLInputElement).value, this.d()?.metric ?? Metric.Sales);
    if (value !== null) this.store.setLock(row.store.storeId, value);
  }

  protected onSearch(value: string): void {
    this.search.set(value);
    this.pageIndex.set(0);
  }

  protected page(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected discard(): void {
    this.store.discard();
    this.invalid.set(new Set());
  }

  protected async save(): Promise<void> {
    const d = this.d();
    if (!d || !this.store.dirty() || this.invalid().size) return;
    const reason =
      d.status === 'draft'
        ? this.i18n.t('targets.decomp.draftReason')
        : await this.askReason('targets.decomp.saveReasonTitle', 'targets.decomp.saveReasonText');
    if (!reason) return;
    await this.act(() => this.store.save(reason), 'common.saved');
  }

  protected async resplit(): Promise<void> {
    await this.act(() => this.store.resplit(), 'targets.decomp.resplitDone');
  }

  /**
   * Publishing asks, in turn: how to settle a difference from the company target (if any), to confirm months at
   * 0 (if any), else the plain confirmation.
   */
  protected async publish(): Promise<void> {
    const d = this.d();
    if (!d) return;
    let choice: DifferenceChoice | undefined;
    const difference = this.store.difference();
    if (difference !== 0) {
      const data: DifferenceDialogData = {
        oldTotal: this.amount(d.targetTotal),
        newTotal: this.amount(d.total),
        difference: this.amount(difference),
      };
      choice = await firstValueFrom(
        this.dialog
          .open<DifferenceDialog, DifferenceDialogData, DifferenceChoice>(DifferenceDialog, { data, maxWidth: '95vw' })
          .afterClosed(),
      );
      if (!choice) return;
    }
    const zero = d.zeroMonths.length > 0;
    if (zero) {
      if (!(await this.confirmZeroMonths())) return;
    } else if (!choice && !(await this.confirm('targets.decomp.publishTitle', 'targets.decomp.publishText', 'targets.decomp.publish')))
      return;
    await this.act(
      () => this.store.publish({ ...(choice ?? {}), ...(zero ? { confirmZeroMonths: true } : {}) }),
      'targets.decomp.publishDone',
    );
  }

  protected async approve(): Promise<void> {
    const zero = (this.d()?.zeroMonths.length ?? 0) > 0;
    if (
      zero
        ? !(await this.confirmZeroMonths())
        : !(await this.confirm('targets.decomp.approveTitle', 'targets.decomp.approveText', 'targets.decomp.approve'))
    )
      return;
    await this.act(() => this.store.approve(zero), 'targets.decomp.approveDone');
  }

  /** The director's 退回: a comment is required; the split goes back to the ops manager as a draft. */
  protected async returnToDraft(): Promise<void> {
    const data: ReasonDialogData = {
      title: this.i18n.t('targets.decomp.returnTitle'),
      text: this.i18n.t('targets.decomp.returnText'),
      labelKey: 'targets.decomp.returnComment',
      requiredKey: 'targets.decomp.returnCommentRequired',
      confirmKey: 'targets.decomp.return',
    };
    const comment = await firstValueFrom(
      this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, maxWidth: '95vw' }).afterClosed(),
    );
    if (!comment) return;
    await this.act(() => this.store.returnToDraft(comment), 'targets.decomp.returnDone');
  }

  private confirmZeroMonths(): Promise<boolean> {
    const list = this.zeroMonthItems();
    const shown = list.slice(0, 8).join('；') + (list.length > 8 ? this.i18n.t('targets.decomp.zeroMore', { n: list.length - 8 }) : '');
    return this.confirm('targets.decomp.zeroTitle', 'targets.decomp.zeroText', 'targets.decomp.zeroConfirm', { list: shown });
  }

  protected async exportXlsx(): Promise<void> {
    const d = this.d();
    if (!d) return;
    try {
      saveBlob(await this.store.exportXlsx(), `targets-${d.year}-${d.metric}-${d.id}.xlsx`);
    } catch (error) {
      this.fail(error);
    }
  }

  protected async importXlsx(event: Event): Promise<void> {
    const inputEl = event.target as HTMLInputElement;
    const file = inputEl.files?.[0];
    inputEl.value = '';
    if (!file) return;
    const reason = await this.askReason('targets.decomp.importReasonTitle', 'targets.decomp.importReasonText');
    if (!reason) return;
    await this.act(() => this.store.importXlsx(file, reason), 'targets.decomp.importDone');
  }

  private async act(action: () => Promise<DecompositionResponse>, doneKey: string): Promise<void> {
    try {
      await action();
      this.invalid.set(new Set());
      this.snackBar.open(this.i18n.t(doneKey), undefined, { duration: 3000 });
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    let message: string;
    // A stale version is "someone saved first"; any other refusal is worded by the server in the interface language.
    if (isApiError(error) && error.statusCode === 409 && error.details.some((d) => d.field === 'version'))
      message = this.i18n.t('common.conflict');
    else if (isApiError(error) && error.statusCode === 0) message = this.i18n.t('common.networkError');
    else if (isApiError(error)) {
      const details = error.details
        .slice(0, 5)
        .map((x) => (x.line ? `${this.i18n.t('targets.imports.lineN', { n: x.line })} ${x.column ?? ''} ${x.problem}` : detailText(x)));
      message = this.i18n.t('common.error', { message: [error.message, ...details].join('；') });
    } else message = this.i18n.t('common.error', { message: String(error) });
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 8000 });
  }

  private askReason(titleKey: string, textKey: string): Promise<string | undefined> {
    const data: ReasonDialogData = { title: this.i18n.t(titleKey), text: this.i18n.t(textKey) };
    return firstValueFrom(this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, maxWidth: '95vw' }).afterClosed());
  }

  private async confirm(titleKey: string, textKey: string, confirmKey: string, params: Record<string, string> = {}): Promise<boolean> {
    const data: ConfirmDialogData = {
      title: this.i18n.t(titleKey),
      text: this.i18n.t(textKey, params),
      confirmLabel: this.i18n.t(confirmKey),
      cancelLabel: this.i18n.t('common.cancel'),
    };
    return !!(await firstValueFrom(this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data }).afterClosed()));
  }
}
