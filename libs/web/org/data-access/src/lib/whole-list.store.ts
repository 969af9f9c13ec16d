import { signal } from '@angular/core';
import { Page } from '@storeops/shared/contracts';
import { RequestState, readAllPages } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';

/** What a whole-list store needs of its API client. */
export interface WholeListApi<T, C, U> {
  list(query: { page: number; pageSize: number }): Observable<Page<T>>;
  create(body: C): Observable<T>;
  update(id: number, body: U): Observable<T>;
}

/**
 * For master data that is small enough to hold whole (regions, categories): one list for the admin page and
 * every picker, loaded once, kept current by the store's own writes.
 */
export abstract class WholeListStore<T extends { id: number }, C, U> {
  protected abstract readonly api: WholeListApi<T, C, U>;
  private readonly state = new RequestState();
  /** Writes track their own state: a failed save belongs to the dialog, not to the list banner. */
  private readonly writes = new RequestState();
  protected readonly all = signal<T[]>([]);
  private loaded = false;

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly items = this.all.asReadonly();

  async load(force = false): Promise<void> {
    if (this.loaded && !force) return;
    try {
      // Every page: small lists, but not assumed to fit in one.
      this.all.set(await this.state.run(readAllPages((page, pageSize) => this.api.list({ page, pageSize }))));
      this.loaded = true;
    } catch {
      // error() carries it.
    }
  }

  async create(body: C): Promise<T> {
    const created = await this.writes.run(this.api.create(body));
    this.all.update((list) => [...list, created]);
    return created;
  }

  async update(id: number, body: U): Promise<T> {
    const updated = await this.writes.run(this.api.update(id, body));
    this.all.update((list) => list.map((item) => (item.id === id ? updated : item)));
    return updated;
  }
}
