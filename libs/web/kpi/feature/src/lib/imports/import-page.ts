import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import { CreateStoreRequest, ImportKind, Role, StoreResponse, StoreStatus, TARGET_WRITERS } from '@storeops/shared/contracts';
import { ImportStore, MappingChoice, guessKind } from '@storeops/web/kpi/data-access';
import { RegionsStore } from '@storeops/web/org/data-access';
import { StoreFormDialog, StoreFormDialogData } from '@storeops/web/org/feature';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import {
  I18nService,
  LocalDatePipe,
  NumberFormatPipe,
  PickerOption,
  TranslatePipe,
  formatNumber,
  isApiError,
} from '@storeops/web/shared/util';
import { ImportMappingStep } from './import-mapping-step';
import { ImportProblems } from './import-problems';
import { ImportResult } from './import-result';
import { ImportSteps } from './import-steps';
import { ImportStoresStep } from './import-stores-step';

/**
 * 数据导入: upload daily facts (CSV/XLSX) and follow the import through its phases; when the file's columns or store
 * numbers are not known, map them here and send the same file again; see what it did, or its problems grouped.
 */
@Component({
  selector: 'so-import-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatIcon,
    MatPaginator,
    MatProgressBar,
    MatOption,
    MatSelect,
    EmptyState,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    NumberFormatPipe,
    TranslatePipe,
    ImportMappingStep,
    ImportProblems,
    ImportResult,
    ImportSteps,
    ImportStoresStep,
  ],
  providers: [ImportStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
})
export class ImportPage implements OnInit {
  protected readonly store = inject(ImportStore);
  private readonly regions = inject(RegionsStore);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  /** The signed-in role (route resolver): directors read the history only; admins may create stores in place. */
  readonly role = input<Role | null>(null);
  protected readonly canWrite = computed(() => !!this.role() && TARGET_WRITERS.includes(this.role() as Role));
  protected readonly canCreateStores = computed(() => this.role() === Role.Admin);

  protected readonly kinds = Object.values(ImportKind);
  /** 'auto' lets the server tell the kind from the columns. */
  protected readonly kind = signal<ImportKind | 'auto'>('auto');
  protected readonly dragging = signal(false);
  protected readonly notice = signal<string | null>(null);
  /** The clerk asked to see and change the column mapping of a planned file. */
  protected readonly editingMapping = signal(false);

  protected readonly job = this.store.current;
  protected readonly file = this.store.file;
  protected readonly failed = computed(() => this.job()?.status === 'failed');
  protected readonly mappingKind = computed(() => {
    const job = this.job();
    const chosen = this.store.request().kind ?? (this.kind() === 'auto' ? null : (this.kind() as ImportKind));
    return job ? guessKind(job, chosen) : ImportKind.StoreFacts;
  });
  /** The mapping step is where columns, kind, date order and decimal separator are set. */
  protected readonly showMapping = computed(
    () => this.failed() && !!this.job()?.columns && (this.store.needsMapping() || this.store.needsDateOrder() || this.editingMapping()),
  );
  protected readonly showStores = computed(() => !this.showMapping() && this.store.unknownStores().length > 0);
  /** Problems beyond what the steps above already ask about (unknown store numbers are listed there). */
  protected readonly showProblems = computed(
    () =>
      this.failed() &&
      !this.store.needsMapping() &&
      (this.job()?.problemGroups ?? []).some((g) => !(this.showStores() && g.code === 'unknown_store')),
  );

  constructor() {
    // Problem texts are worded by the API in the interface language: ask again when it changes.
    let first = true;
    effect(() => {
      this.i18n.language();
      if (first) {
        first = false;
        return;
      }
      untracked(() => {
        void this.store.refresh();
        void this.store.loadHistory();
      });
    });
  }

  ngOnInit(): void {
    void this.store.loadHistory(1, 20);
  }

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.choose(input.files?.[0] ?? null);
    // The same file can be chosen again after a fix.
    input.value = '';
  }

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.choose(event.dataTransfer?.files?.[0] ?? null);
  }

  private choose(file: File | null): void {
    this.notice.set(null);
    this.editingMapping.set(false);
    if (file && !/\.(csv|xlsx)$/i.test(file.name)) {
      this.notice.set(this.i18n.t('kpi.imports.wrongType'));
      return;
    }
    this.store.choose(file);
  }

  protected submit(): Promise<void> {
    return this.send(() => this.store.start({ kind: this.kind() === 'auto' ? null : (this.kind() as ImportKind) }));
  }

  protected submitMapping(choice: MappingChoice): Promise<void> {
    this.editingMapping.set(false);
    return this.send(() => this.store.applyMapping(choice));
  }

  protected submitStores(): Promise<void> {
    return this.send(() => this.store.applyStores());
  }

  protected cancelMapping(): void {
    if (this.editingMapping()) this.editingMapping.set(false);
    else this.store.reset();
  }

  protected pickStore(event: { value: string; store: PickerOption | null }): void {
    this.store.mapStore(event.value, event.store);
  }

  /** 新建门店 for an unknown store number: the form opens with the number as the new store's external code. */
  protected async createStore(value: string): Promise<void> {
    await this.regions.load();
    const data: StoreFormDialogData = {
      store: null,
      regions: this.regions.activeRegions(),
      draft: { externalCodes: [value], status: StoreStatus.Open },
      save: (body) => this.store.createStore(body as CreateStoreRequest),
    };
    const created = await firstValueFrom(
      this.dialog
        .open<StoreFormDialog, StoreFormDialogData, StoreResponse>(StoreFormDialog, { data, width: '640px', maxWidth: '95vw' })
        .afterClosed(),
    );
    if (created) this.store.mapStore(value, created);
  }

  private async send(upload: () => Promise<unknown>): Promise<void> {
    this.notice.set(null);
    try {
      await upload();
    } catch (error) {
      if (!isApiError(error)) throw error;
      const key = error.statusCode === 413 ? 'kpi.imports.tooLarge' : error.statusCode === 0 ? 'common.networkError' : 'common.error';
      this.notice.set(this.i18n.t(key, { message: error.message }));
    }
  }

  /** 320 KB / 12.5 MB */
  protected fileSize(file: File): string {
    const locale = this.i18n.locale();
    return file.size < 1_048_576
      ? this.i18n.t('kpi.imports.fileSizeKb', { size: formatNumber(Math.max(1, Math.round(file.size / 1024)), locale, 0) })
      : this.i18n.t('kpi.imports.fileSize', { size: formatNumber(file.size / 1_048_576, locale, 1) });
  }

  protected page(event: PageEvent): void {
    void this.store.loadHistory(event.pageIndex + 1, event.pageSize);
  }
}
