import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { ApiError, ImportKind, ImportMapping, ImportResponse, ImportStatus, Page } from '@storeops/shared/contracts';
import { RequestState, toApiError } from '@storeops/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { ImportsApi } from './kpi-api';

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = new InjectionToken<number>('IMPORT_POLL_MS', { factory: () => 700 });

export const FINAL_IMPORT_STATUSES: readonly ImportStatus[] = ['succeeded', 'failed'];
export const isFinalImportStatus = (status: ImportStatus): boolean => FINAL_IMPORT_STATUSES.includes(status);

interface Sample {
  at: number;
  bytes: number;
}

/** Seconds left at the rate observed between two samples; null until the rate is known. */
export function secondsLeft(first: Sample, last: Sample, sizeBytes: number): number | null {
  const elapsed = last.at - first.at;
  const done = last.bytes - first.bytes;
  if (elapsed <= 0 || done <= 0) return null;
  return Math.max(0, (sizeBytes - last.bytes) / (done / elapsed) / 1000);
}

const EMPTY_PAGE: Page<ImportResponse> = { items: [], total: 0, page: 1, pageSize: 20 };

/** 数据导入: one upload at a time, polled until it succeeds or fails, plus the import history. */
@Injectable()
export class ImportStore {
  private readonly api = inject(ImportsApi);
  private readonly pollMs = inject(IMPORT_POLL_MS);
  private readonly uploadState = new RequestState();
  private readonly historyState = new RequestState();
  private readonly job = signal<ImportResponse | null>(null);
  private readonly pollError = signal<ApiError | null>(null);
  private readonly remaining = signal<number | null>(null);
  private readonly historyPage = signal<Page<ImportResponse>>(EMPTY_PAGE);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private samples: Sample[] = [];

  readonly uploading = this.uploadState.loading;
  readonly uploadError = this.uploadState.error;
  readonly current = this.job.asReadonly();
  readonly error = this.pollError.asReadonly();
  readonly secondsLeft = this.remaining.asReadonly();
  readonly polling = signal(false);
  readonly history = this.historyPage.asReadonly();
  readonly historyLoading = this.historyState.loading;
  readonly historyError = this.historyState.error;
  /** 0..1 of the file read. */
  readonly fraction = computed(() => {
    const job = this.job();
    if (!job) return 0;
    if (isFinalImportStatus(job.status)) return 1;
    return job.sizeBytes > 0 ? Math.min(1, job.bytesRead / job.sizeBytes) : 0;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Uploads and starts polling; rejects with the ApiError (e.g. 413) of a refused upload. */
  async start(file: File, kind: ImportKind | null, mapping: ImportMapping | null = null): Promise<ImportResponse> {
    this.stop();
    this.job.set(null);
    this.pollError.set(null);
    this.remaining.set(null);
    const created = await this.uploadState.run(this.api.upload(file, kind, mapping));
    this.job.set(created);
    this.follow(created);
    return created;
  }

  /** Keeps asking for the import until its status is final. */
  follow(job: ImportResponse): void {
    this.stop();
    this.job.set(job);
    if (isFinalImportStatus(job.status)) return;
    this.samples = [{ at: Date.now(), bytes: job.bytesRead }];
    this.polling.set(true);
    this.schedule(job.id);
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
    this.samples.push({ at: Date.now(), bytes: job.bytesRead });
    this.remaining.set(secondsLeft(this.samples[0], this.samples[this.samples.length - 1], job.sizeBytes));
    if (isFinalImportStatus(job.status)) {
      this.polling.set(false);
      void this.loadHistory(1);
      return;
    }
    this.schedule(id);
  }
}
