import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { ImportField, ImportKind, Role, TARGET_WRITERS } from '@storeops/shared/contracts';
import { ImportStore, isFinalImportStatus } from '@storeops/web/kpi/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, NumberFormatPipe, TranslatePipe, isApiError } from '@storeops/web/shared/util';
import { ImportMappingStep, MappingChoice } from './import-mapping-step';

/** 数据导入: upload daily facts (CSV/XLSX), follow the import, fix unrecognised headers, and see the history. */
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
  ],
  providers: [ImportStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
})
export class ImportPage implements OnInit {
  protected readonly store = inject(ImportStore);
  private readonly i18n = inject(I18nService);

  /** The signed-in role (route resolver): directors read the history only. */
  readonly role = input<Role | null>(null);
  protected readonly canWrite = computed(() => !!this.role() && TARGET_WRITERS.includes(this.role() as Role));

  protected readonly kinds = Object.values(ImportKind);
  protected readonly file = signal<File | null>(null);
  /** 'auto' lets the server detect the kind from the headers. */
  protected readonly kind = signal<ImportKind | 'auto'>('auto');
  protected readonly chosenKind = computed(() => (this.kind() === 'auto' ? null : (this.kind() as ImportKind)));
  protected readonly dragging = signal(false);
  protected readonly notice = signal<string | null>(null);

  protected readonly job = this.store.current;
  protected readonly running = computed(() => {
    const job = this.job();
    return !!job && !isFinalImportStatus(job.status);
  });
  protected readonly needsMapping = computed(() => {
    const job = this.job();
    return !!job && job.status === 'failed' && !!job.headers;
  });
  protected readonly timeLeft = computed(() => {
    const seconds = this.store.secondsLeft();
    if (seconds === null) return this.i18n.t('imports.estimating');
    if (seconds < 60) return this.i18n.t('imports.secondsLeft', { n: Math.max(1, Math.ceil(seconds)) });
    return this.i18n.t('imports.minutesLeft', { n: Math.ceil(seconds / 60) });
  });
  protected readonly fieldLabel = (field: ImportField) => this.i18n.t(`importField.${field}`);

  ngOnInit(): void {
    void this.store.loadHistory(1, 20);
  }

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.choose(input.files?.[0] ?? null);
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
    if (file && !/\.(csv|xlsx)$/i.test(file.name)) {
      this.notice.set(this.i18n.t('imports.wrongType'));
      return;
    }
    this.file.set(file);
    this.store.reset();
  }

  protected submit(mapping: MappingChoice | null = null): Promise<void> {
    return this.upload(mapping?.kind ?? this.chosenKind(), mapping?.mapping ?? null);
  }

  private async upload(kind: ImportKind | null, mapping: MappingChoice['mapping'] | null): Promise<void> {
    const file = this.file();
    if (!file) return;
    this.notice.set(null);
    try {
      await this.store.start(file, kind, mapping);
    } catch (error) {
      if (!isApiError(error)) throw error;
      const key = error.statusCode === 413 ? 'imports.tooLarge' : error.statusCode === 0 ? 'common.networkError' : 'common.error';
      this.notice.set(this.i18n.t(key, { message: error.message }));
    }
  }

  protected page(event: PageEvent): void {
    void this.store.loadHistory(event.pageIndex + 1, event.pageSize);
  }
}
