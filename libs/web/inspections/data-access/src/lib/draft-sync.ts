import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { ApiError } from '@storeops/shared/contracts';
import { toApiError } from '@storeops/web/shared/util';
import { firstValueFrom } from 'rxjs';
import {
  CompletedInspection,
  InspectionDraft,
  describeServerProblems,
  draftScore,
  pendingPhotos,
  toCreateRequest,
  withPhotoUploaded,
} from './draft';
import { DraftRepository } from './draft-repository';
import { InspectionsApi } from './inspections-api';

/** How often waiting drafts are retried while the page stays open. */
export const SYNC_INTERVAL_MS = new InjectionToken<number>('SYNC_INTERVAL_MS', { factory: () => 30_000 });

/** No answer, or an answer that says "try later": keep the draft waiting rather than failed. */
export function isTransient(error: ApiError): boolean {
  return error.statusCode === 0 || error.statusCode === 408 || error.statusCode === 429 || error.statusCode >= 500;
}

const EXTENSIONS: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * Turns submitted drafts into inspections: uploads their photos, then POSTs with the draft's own Idempotency-Key, so
 * a retry after a lost answer returns the first inspection instead of making a second. Runs on `online`, on start
 * and every 30 s while drafts wait.
 */
@Injectable({ providedIn: 'root' })
export class DraftSync {
  private readonly repo = inject(DraftRepository);
  private readonly api = inject(InspectionsApi);
  private readonly intervalMs = inject(SYNC_INTERVAL_MS);
  private readonly inFlight = new Map<string, Promise<CompletedInspection | null>>();
  private readonly done = signal<Record<string, CompletedInspection>>({});
  private timer: ReturnType<typeof setInterval> | null = null;
  private started = false;

  readonly online = signal(typeof navigator === 'undefined' ? true : navigator.onLine !== false);
  /** Drafts submitted and not yet accepted by the server. */
  readonly waiting = computed(() => this.repo.drafts().filter((d) => d.status === 'pending' || d.status === 'syncing'));
  readonly completed = this.done.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Idempotent; called once the app knows a user (and by the capture pages). */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('offline', this.onOffline);
    }
    this.timer = setInterval(() => {
      if (this.online() && this.repo.drafts().some((d) => d.status === 'pending' || pendingPhotos(d).length > 0)) void this.syncAll();
    }, this.intervalMs);
    void this.syncAll();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (this.started && typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('offline', this.onOffline);
    }
    this.started = false;
  }

  private readonly onOnline = () => {
    this.online.set(true);
    void this.syncAll();
  };
  private readonly onOffline = () => this.online.set(false);

  /** Marks the draft submitted (待同步) and, when there is a network, sends it now. */
  async submit(key: string, now = new Date()): Promise<CompletedInspection | null> {
    await this.repo.update(key, (d) => ({ ...d, status: 'pending', error: null, inspectedAt: d.inspectedAt ?? now.toISOString() }), now);
    if (!this.online()) return null;
    return this.syncDraft(key);
  }

  /** Back to editing after the server refused it. */
  reopen(key: string): Promise<void> {
    return this.repo.update(key, (d) => ({ ...d, status: 'editing', error: null }));
  }

  async syncAll(): Promise<void> {
    await this.repo.ready;
    for (const draft of this.repo.drafts()) {
      if (draft.status === 'pending') await this.syncDraft(draft.key);
      else if (draft.status === 'editing' && pendingPhotos(draft).length && this.online()) {
        try {
          await this.uploadPhotos(draft.key);
        } catch {
          // Uploaded again at submit, where a refusal is shown.
        }
      }
    }
  }

  /** One attempt; concurrent calls for the same draft share it. */
  syncDraft(key: string): Promise<CompletedInspection | null> {
    let running = this.inFlight.get(key);
    if (!running) {
      running = this.attempt(key).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, running);
    }
    return running;
  }

  /** Uploads the photos a draft holds only locally; their server ids replace the local ones. */
  async uploadPhotos(key: string): Promise<void> {
    const draft = this.repo.find(key);
    if (!draft) return;
    for (const photo of pendingPhotos(draft)) {
      const blob = await this.repo.photoBlob(photo.localId);
      if (!blob) continue;
      const { id } = await firstValueFrom(this.api.uploadPhoto(blob, `${photo.localId}.${EXTENSIONS[blob.type] ?? 'jpg'}`));
      await this.repo.update(key, (d) => withPhotoUploaded(d, photo.localId, id));
    }
  }

  private async attempt(key: string): Promise<CompletedInspection | null> {
    await this.repo.ready;
    const start = this.repo.find(key);
    if (!start || (start.status !== 'pending' && start.status !== 'syncing')) return null;
    await this.repo.update(key, (d) => ({ ...d, status: 'syncing' }));
    let draft: InspectionDraft = start;
    try {
      await this.uploadPhotos(key);
      draft = this.repo.find(key) ?? start;
      const inspection = await firstValueFrom(this.api.create(key, toCreateRequest(draft)));
      const actionsOpened = inspection.results ? inspection.results.filter((r) => r.failed).length : draftScore(draft).failedItemIds.length;
      const completed: CompletedInspection = { key, inspection, actionsOpened };
      this.done.update((all) => ({ ...all, [key]: completed }));
      await this.repo.remove(key);
      return completed;
    } catch (raw) {
      const error = toApiError(raw);
      if (isTransient(error)) {
        await this.repo.update(key, (d) => ({ ...d, status: 'pending' }));
      } else {
        const message = describeServerProblems(this.repo.find(key) ?? draft, error.details, error.message);
        await this.repo.update(key, (d) => ({ ...d, status: 'failed', error: message }));
      }
      return null;
    }
  }
}
