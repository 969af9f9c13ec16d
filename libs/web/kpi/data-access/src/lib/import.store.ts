import { HttpEventType } from '@angular/common/http';
import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import {
  ApiError,
  CreateStoreRequest,
  ImportResponse,
  ImportStatus,
  ImportStoreMapping,
  Page,
  StoreResponse,
} from '@storeops/shared/contracts';
import { StoresApi } from '@storeops/web/org/data-access';
import { PickerOption, RequestState, saveBlob, toApiError } from '@storeops/web/shared/util';
import { filter, firstValueFrom, map, tap } from 'rxjs';
import { FactRangeStore } from './fact-range';
import { EMPTY_IMPORT_SETTINGS, ImportSettings, MappingChoice } from './import-mapping';
import { ImportStep, UploadProgress, importSteps, secondsLeft } from './import-progress';
import { ImportsApi } from './kpi-api';

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = new InjectionToken<number>('IMPORT_POLL_MS', { factory: () => 700 });

export const FINAL_IMPORT_STATUSES: readonly ImportStatus[] = ['succeeded', 'failed'];
export const isFinalImportStatus = (status: ImportStatus): boolean => FINAL_IMPORT_STATUSES.includes(status);

const EMPTY_PAGE: Page<ImportResponse> = { items: [], total: 0, page: 1, pageSize: 20 };

/**
 * 数据导入: the chosen file (kept, so the mapping and store steps can send it again with what the clerk settled),
 * one upload at a time with the browser's upload progress, the job polled through its phases until it succeeds or
 * fails, the store values mapped to stores, and the import history.
 */
@Injectable()
export class ImportStore {
  private readonly api = inject(ImportsApi);
  private readonly storesApi = inject(StoresApi);
  private readonly range = inject(FactRangeStore);
  private readonly pollMs = inject(IMPORT_POLL_MS);
  private readonly uploadState = new RequestState();
  private readonly historyState = new RequestState();
  private readonly chosenFile = signal<File | null>(null);
  private readonly sent = signal<ImportSettings>(EMPTY_IMPORT_SETTINGS);
  private readonly uploadProgress = signal<UploadProgress | null>(null);
  private readonly job = signal<ImportResponse | null>(null);
  private readonly pollError = signal<ApiError | null>(null);
  private readonly stores = signal<Readonly<Record<string, PickerOption>>>({});
  private readonly historyPage = signal<Page<ImportResponse>>(EMPTY_PAGE);
  private readonly downloadState = new RequestState();
  private readonly storeWrites = new RequestState();
  private timer: ReturnType<typeof setTimeout> | null = null;

  readonly file = this.chosenFile.asReadonly();
  /** What the last upload carried (kind, mapping, store mapping, date order, decimal separator). */
  readonly request = this.sent.asReadonly();
  readonly uploading = this.uploadState.loading;
  readonly uploadError = this.uploadState.error;
  readonly current = this.job.asReadonly();
  readonly error = this.pollError.asReadonly();
  readonly polling = signal(false);
  readonly history = this.historyPage.asReadonly();
  readonly historyLoading = this.historyState.loading;
  readonly historyError = this.historyState.error;
  readonly downloading = this.downloadState.loading;
  readonly downloadError = this.downloadState.error;
  /** The store picked for each unknown store value of the file. */
  readonly storeChoices = this.stores.asReadonly();

  readonly running = computed(() => this.uploading() || (!!this.job() && !isFinalImportStatus((this.job() as ImportResponse).status)));
  readonly steps = computed<ImportStep[]>(() => importSteps(this.uploadProgress(), this.job()));
  /** Jobs ahead of this one while it waits. */
  readonly queuePosition = computed(() => (this.job()?.status === 'queued' ? (this.job()?.queuePosition ?? 0) : null));
  /** The file's columns could not all be matched: the mapping step must be answered. */
  readonly needsMapping = computed(() => {
    const job = this.job();
    return !!job && job.status === 'failed' && (job.headers !== null || job.missingFields.length > 0);
  });
  /** The file's dates could be D/M or M/D and no order was given: the clerk must choose it. */
  readonly needsDateOrder = computed(() => {
    const job = this.job();
    return !!job && job.status === 'failed' && !this.sent().dateOrder && job.problemGroups.some((g) => g.code === 'date_ambiguous');
  });
  readonly unknownStores = computed(() => (this.job()?.status === 'failed' ? (this.job()?.unknownStoreValues ?? []) : []));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** A new file starts afresh: nothing the clerk settled for another file applies to it. */
  choose(file: File | null): void {
    this.reset();
    this.chosenFile.set(file);
    this.sent.set(EMPTY_IMPORT_SETTINGS);
    this.stores.set({});
  }

  /** Uploads the chosen file with what was settled so far plus `changes`, then follows the job. */
  async start(changes: Partial<ImportSettings> = {}): Promise<ImportResponse | null> {
    const file = this.chosenFile();
    if (!file) return null;
    const request = { ...this.sent(), ...changes };
    this.stop();
    this.job.set(null);
    this.pollError.set(null);
    this.uploadProgress.set({ loaded: 0, total: file.size, secondsLeft: null });
    const first = { at: Date.now(), bytes: 0 };
    try {
      const created = await this.uploadState.run(
        this.api.upload(file, request).pipe(
          tap((event) => {
            if (event.type !== HttpEventType.UploadProgress) return;
            const total = event.total ?? file.size;
            this.uploadProgress.set({
              loaded: event.loaded,
              total,
              secondsLeft: secondsLeft(first, { at: Date.now(), bytes: event.loaded }, total),
            });
          }),
          filter((event) => event.type === HttpEventType.Response),
          map((event) => event.body as ImportResponse),
        ),
      );
      this.sent.set(request);
      this.follow(created);
      return created;
    } finally {
      this.uploadProgress.set(null);
    }
  }

  /** The mapping step answered: send the file again with the columns, kind, date order and decimal separator. */
  applyMapping(choice: MappingChoice): Promise<ImportResponse | null> {
    return this.start(choice);
  }

  /** 新建门店 for an unknown store number; rejects with the ApiError, whose details the store form puts under its fields. */
  createStore(body: CreateStoreRequest): Promise<StoreResponse> {
    return this.storeWrites.run(this.storesApi.create(body));
  }

  /** Picks (or clears) the store an unknown value of the file stands for. */
  mapStore(value: string, store: PickerOption | null): void {
    this.stores.update((current) => {
      const next = { ...current };
      if (store) next[value] = store;
      else delete next[value];
      return next;
    });
  }

  /** Sends the file again with the stores picked; the server keeps each value as that store's external code. */
  applyStores(): Promise<ImportResponse | null> {
    const storeMapping: ImportStoreMapping = { ...(this.sent().storeMapping ?? {}) };
    for (const [value, store] of Object.entries(this.stores())) storeMapping[value] = store.id;
    return this.start({ storeMapping });
  }

  /** Keeps asking for the import until its status is final. */
  follow(job: ImportResponse): void {
    this.stop();
    this.job.set(job);
    if (isFinalImportStatus(job.status)) return;
    this.polling.set(true);
    this.schedule(job.id);
  }

  /** Asks for the current job again (its texts follow the interface language). */
  async refresh(): Promise<void> {
    const job = this.job();
    if (!job || !isFinalImportStatus(job.status)) return;
    try {
      this.job.set(await firstValueFrom(this.api.get(job.id)));
    } catch (error) {
      this.pollError.set(toApiError(error));
    }
  }

  /** Every kept problem of the current job as an XLSX, worded in the interface language. */
  async downloadProblems(): Promise<void> {
    const job = this.job();
    if (!job) return;
    try {
      saveBlob(await this.downloadState.run(this.api.problems(job.id)), `import-${job.id}-problems.xlsx`);
    } catch {
      // downloadError() carries it.
    }
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.polling.set(false);
  }

  reset(): void {
    this.stop();
    this.job.set(null);
    this.pollError.set(null);
    this.uploadState.clearError();
  }

  async loadHistory(page = this.historyPage().page, pageSize = this.historyPage().pageSize): Promise<void> {
    try {
      this.historyPage.set(await this.historyState.run(this.api.list({ page, pageSize })));
    } catch {
      // historyError() carries it.
    }
  }

  private schedule(id: number): void {
    this.timer = setTimeout(() => void this.tick(id), this.pollMs);
  }

  private async tick(id: number): Promise<void> {
    this.timer = null;
    let job: ImportResponse;
    try {
      job = await firstValueFrom(this.api.get(id));
    } catch (error) {
      this.pollError.set(toApiError(error));
      this.polling.set(false);
      return;
    }
    if (!this.polling()) return; // stopped while the request was in flight
    this.job.set(job);
    if (isFinalImportStatus(job.status)) {
      this.polling.set(false);
      void this.loadHistory(1);
      // New facts may widen what the period pickers offer.
      if (job.status === 'succeeded') void this.range.load(true);
      return;
    }
    this.schedule(id);
  }
}
