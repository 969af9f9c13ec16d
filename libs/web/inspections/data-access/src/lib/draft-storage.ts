import { InjectionToken } from '@angular/core';
import { InspectionDraft } from './draft';

/** A photo Blob kept in the browser until its draft is submitted (or deleted). */
export interface StoredPhoto {
  id: string;
  draftKey: string;
  /** null: the on-duty person's signature. */
  itemId: number | null;
  blob: Blob;
}

/** The persistence the drafts need; IndexedDB in the browser, a Map in tests. */
export interface DraftStorage {
  listDrafts(): Promise<InspectionDraft[]>;
  getDraft(key: string): Promise<InspectionDraft | undefined>;
  putDraft(draft: InspectionDraft): Promise<void>;
  /** Deletes the draft and every photo Blob it holds. */
  deleteDraft(key: string): Promise<void>;
  putPhoto(photo: StoredPhoto): Promise<void>;
  getPhoto(id: string): Promise<StoredPhoto | undefined>;
  deletePhoto(id: string): Promise<void>;
  /** Reference data for capture without a network: templates, stores, categories, the signed-in user. */
  getCached<T>(key: string): Promise<T | undefined>;
  putCached<T>(key: string, value: T): Promise<void>;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Copy-on-store like IndexedDB, so a test cannot mutate what it stored. */
export class MemoryDraftStorage implements DraftStorage {
  readonly drafts = new Map<string, InspectionDraft>();
  readonly photos = new Map<string, StoredPhoto>();
  readonly cache = new Map<string, unknown>();

  async listDrafts(): Promise<InspectionDraft[]> {
    return [...this.drafts.values()].map((d) => clone(d));
  }
  async getDraft(key: string): Promise<InspectionDraft | undefined> {
    const d = this.drafts.get(key);
    return d && clone(d);
  }
  async putDraft(draft: InspectionDraft): Promise<void> {
    this.drafts.set(draft.key, clone(draft));
  }
  async deleteDraft(key: string): Promise<void> {
    this.drafts.delete(key);
    for (const [id, p] of this.photos) if (p.draftKey === key) this.photos.delete(id);
  }
  async putPhoto(photo: StoredPhoto): Promise<void> {
    this.photos.set(photo.id, { ...photo });
  }
  async getPhoto(id: string): Promise<StoredPhoto | undefined> {
    const p = this.photos.get(id);
    return p && { ...p };
  }
  async deletePhoto(id: string): Promise<void> {
    this.photos.delete(id);
  }
  async getCached<T>(key: string): Promise<T | undefined> {
    return this.cache.has(key) ? clone(this.cache.get(key) as T) : undefined;
  }
  async putCached<T>(key: string, value: T): Promise<void> {
    this.cache.set(key, clone(value));
  }
}

export const IDB_NAME = 'storeops';
const IDB_VERSION = 1;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** The thin IndexedDB wrapper: DB `storeops`, stores `drafts` (by key), `photos` (by id, indexed by draft) and `cache`. */
export class IdbDraftStorage implements DraftStorage {
  private db: Promise<IDBDatabase> | null = null;

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(IDB_NAME, IDB_VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('drafts')) db.createObjectStore('drafts', { keyPath: 'key' });
        if (!db.objectStoreNames.contains('photos')) db.createObjectStore('photos', { keyPath: 'id' }).createIndex('draftKey', 'draftKey');
        if (!db.objectStoreNames.contains('cache')) db.createObjectStore('cache');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return this.db;
  }

  private async read<T>(store: string, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await this.open();
    return request(op(db.transaction(store, 'readonly').objectStore(store)));
  }

  private async write(stores: string[], op: (tx: IDBTransaction) => void): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(stores, 'readwrite');
    op(tx);
    await done(tx);
  }

  listDrafts(): Promise<InspectionDraft[]> {
    return this.read<InspectionDraft[]>('drafts', (s) => s.getAll());
  }
  getDraft(key: string): Promise<InspectionDraft | undefined> {
    return this.read<InspectionDraft | undefined>('drafts', (s) => s.get(key));
  }
  putDraft(draft: InspectionDraft): Promise<void> {
    return this.write(['drafts'], (tx) => tx.objectStore('drafts').put(draft));
  }
  deleteDraft(key: string): Promise<void> {
    return this.write(['drafts', 'photos'], (tx) => {
      tx.objectStore('drafts').delete(key);
      const photos = tx.objectStore('photos');
      const cursor = photos.index('draftKey').openKeyCursor(IDBKeyRange.only(key));
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return;
        photos.delete(c.primaryKey);
        c.continue();
      };
    });
  }
  putPhoto(photo: StoredPhoto): Promise<void> {
    return this.write(['photos'], (tx) => tx.objectStore('photos').put(photo));
  }
  getPhoto(id: string): Promise<StoredPhoto | undefined> {
    return this.read<StoredPhoto | undefined>('photos', (s) => s.get(id));
  }
  deletePhoto(id: string): Promise<void> {
    return this.write(['photos'], (tx) => tx.objectStore('photos').delete(id));
  }
  getCached<T>(key: string): Promise<T | undefined> {
    return this.read<T | undefined>('cache', (s) => s.get(key));
  }
  putCached<T>(key: string, value: T): Promise<void> {
    return this.write(['cache'], (tx) => tx.objectStore('cache').put(value, key));
  }
}

export const DRAFT_STORAGE = new InjectionToken<DraftStorage>('DRAFT_STORAGE', {
  providedIn: 'root',
  factory: () => (typeof indexedDB !== 'undefined' ? new IdbDraftStorage() : new MemoryDraftStorage()),
});
