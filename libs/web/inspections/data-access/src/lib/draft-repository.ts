import { Injectable, inject, signal } from '@angular/core';
import { DraftPhoto, InspectionDraft, newIdempotencyKey } from './draft';
import { DRAFT_STORAGE } from './draft-storage';

const newestFirst = (a: InspectionDraft, b: InspectionDraft) => b.updatedAt.localeCompare(a.updatedAt);

/**
 * The drafts on this device: a signal the pages read, written through to storage on every change. Writes are
 * queued so they land in the order they were made, even when the page and the sync touch the same draft.
 */
@Injectable({ providedIn: 'root' })
export class DraftRepository {
  private readonly storage = inject(DRAFT_STORAGE);
  private readonly all = signal<InspectionDraft[]>([]);
  private writes: Promise<unknown> = Promise.resolve();
  private readonly loadedState = signal(false);

  readonly drafts = this.all.asReadonly();
  readonly loaded = this.loadedState.asReadonly();
  readonly ready: Promise<void> = this.load();

  private async load(): Promise<void> {
    try {
      const stored = await this.storage.listDrafts();
      const known = new Map(this.all().map((d) => [d.key, d]));
      for (const d of stored) if (!known.has(d.key)) known.set(d.key, d);
      this.all.set([...known.values()].sort(newestFirst));
    } finally {
      this.loadedState.set(true);
    }
  }

  find(key: string): InspectionDraft | undefined {
    return this.all().find((d) => d.key === key);
  }

  async create(draft: InspectionDraft): Promise<void> {
    await this.ready;
    this.all.update((list) => [draft, ...list.filter((d) => d.key !== draft.key)]);
    await this.enqueue(() => this.storage.putDraft(draft));
  }

  /** Applies `change` to the draft now (the page sees it at once) and queues the write. */
  update(key: string, change: (draft: InspectionDraft) => InspectionDraft, now = new Date()): Promise<void> {
    const current = this.find(key);
    if (!current) return Promise.resolve();
    const next = { ...change(current), updatedAt: now.toISOString() };
    this.all.update((list) => list.map((d) => (d.key === key ? next : d)).sort(newestFirst));
    return this.enqueue(() => this.storage.putDraft(next));
  }

  remove(key: string): Promise<void> {
    this.all.update((list) => list.filter((d) => d.key !== key));
    return this.enqueue(() => this.storage.deleteDraft(key));
  }

  /** Keeps the Blob on the device; the draft refers to it by the returned local id until it is uploaded. */
  async savePhoto(draftKey: string, itemId: number | null, blob: Blob): Promise<DraftPhoto> {
    const photo: DraftPhoto = { localId: newIdempotencyKey(), serverId: null };
    await this.enqueue(() => this.storage.putPhoto({ id: photo.localId, draftKey, itemId, blob }));
    return photo;
  }

  async photoBlob(localId: string): Promise<Blob | undefined> {
    return (await this.storage.getPhoto(localId))?.blob;
  }

  deletePhoto(localId: string): Promise<void> {
    return this.enqueue(() => this.storage.deletePhoto(localId));
  }

  /** Resolves when every queued write has reached storage. */
  flush(): Promise<void> {
    return this.writes.then(() => undefined);
  }

  private enqueue(write: () => Promise<void>): Promise<void> {
    const next = this.writes.then(write, write);
    this.writes = next.catch(() => undefined);
    return next;
  }
}
