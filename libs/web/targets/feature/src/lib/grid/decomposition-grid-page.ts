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
import { DecompositionResponse, Metric, Role, TARGET_APPROVERS, TARGET_WRITERS } from '@storeops/shared/contracts';
import { DecompositionStore, GridRow, MONTHS, cellKey } from '@storeops/web/targets/data-access';
import { ConfirmDialog, ConfirmDialogData, EmptyState, ErrorBanner, LoadingState, PageHeader } from '@storeops/web/shared/ui';
import {
  I18nService,
  MoneyPipe,
  NumberFormatPipe,
  TranslatePipe,
  fenToYuan,
  formatNumber,
  isApiError,
  isMoneyMetric,
  metricKey,
  saveBlob,
} from '@storeops/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { parseTargetAmount } from '../list/create-decomposition-dialog';
import { methodKey, statusKey } from '../labels';
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
  protected readonly isDraft = computed(() => this.d()?.status === 'draft');
  protected readonly filtered = computed(() => {
    const q = this.search().trim().toLowerCase();
    const rows = this.store.grid().rows;
    return q ? rows.filter((r) => r.store.storeCode.toLowerCase().includes(q) || r.store.storeName.toLowerCase().includes(q)) : rows;
  });
  protected readonly pageRows = computed(() => this.filtered().slice(this.pageIndex() * PAGE_SIZE, (this.pageIndex() + 1) * PAGE_SIZE));
  protected readonly difference = computed(() => this.store.grid().grandTotal - (this.d()?.total ?? 0));

  constructor() {
    effect(() => void this.store.load(this.id()));
  }

  /** Editable text of a value: 元 for money (exact, from 分), the count otherwise. */
  protected text(value: number): string {
    return this.money() ? fenToYuan(value) : String(value);
  }

  /** Read-only display: 元 with grouping, or the count. */
  protected show(value: number): string {
    return formatNumber(this.money() ? value / 100 : value, this.i18n.locale(), this.money() ? 2 : 0);
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
      d.status === 'draft' ? this.i18n.t('decomp.draftReason') : await this.askReason('decomp.saveReasonTitle', 'decomp.saveReasonText');
    if (!reason) return;
    await this.act(() => this.store.save(reason), 'common.saved');
  }

  protected async resplit(): Promise<void> {
    await this.act(() => this.store.resplit(), 'decomp.resplitDone');
  }

  protected async publish(): Promise<void> {
    if (!(await this.confirm('decomp.publishTitle', 'decomp.publishText', 'decomp.publish'))) return;
    await this.act(() => this.store.publish(), 'decomp.publishDone');
  }

  protected async approve(): Promise<void> {
    if (!(await this.confirm('decomp.approveTitle', 'decomp.approveText', 'decomp.approve'))) return;
    await this.act(() => this.store.approve(), 'decomp.approveDone');
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
    const reason = await this.askReason('decomp.importReasonTitle', 'decomp.importReasonText');
    if (!reason) return;
    await this.act(() => this.store.importXlsx(file, reason), 'decomp.importDone');
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
    if (isApiError(error) && error.statusCode === 409) message = this.i18n.t('common.conflict');
    else if (isApiError(error)) {
      const details = error.details
        .slice(0, 5)
        .map((x) =>
          x.line
            ? `${this.i18n.t('imports.lineN', { n: x.line })} ${x.column ?? ''} ${x.problem}`
            : x.field
              ? `${x.field}: ${x.problem}`
              : x.problem,
        );
      message = this.i18n.t('common.error', { message: [error.message, ...details].join('；') });
    } else message = this.i18n.t('common.error', { message: String(error) });
    this.snackBar.open(message, this.i18n.t('common.close'), { duration: 8000 });
  }

  private askReason(titleKey: string, textKey: string): Promise<string | undefined> {
    const data: ReasonDialogData = { title: this.i18n.t(titleKey), text: this.i18n.t(textKey) };
    return firstValueFrom(this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, maxWidth: '95vw' }).afterClosed());
  }

  private async confirm(titleKey: string, textKey: string, confirmKey: string): Promise<boolean> {
    const data: ConfirmDialogData = {
      title: this.i18n.t(titleKey),
      text: this.i18n.t(textKey),
      confirmLabel: this.i18n.t(confirmKey),
      cancelLabel: this.i18n.t('common.cancel'),
    };
    return !!(await firstValueFrom(this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data }).afterClosed()));
  }
}
