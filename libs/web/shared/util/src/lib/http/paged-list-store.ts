import { computed, signal } from '@angular/core';
import { Page, PageQuery } from '@storeops/shared/contracts';
import { Observable } from 'rxjs';
import { RequestState } from './request-state';

/**
 * A server-paged list: one query (filters + paging), its page, and the loading/error state for the list banner;
 * writes track their own state (a failed save belongs to the dialog). Subclasses say how to fetch.
 */
export abstract class PagedListStore<T, Q extends PageQuery> {
  protected readonly state = new RequestState();
  protected readonly writes = new RequestState();
  protected readonly result = signal<Page<T>>({ items: [], total: 0, page: 1, pageSize: 20 });
  private readonly currentQuery = signal<Q>({ page: 1, pageSize: 20 } as Q);

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly query = this.currentQuery.asReadonly();
  readonly items = computed(() => this.result().items);
  readonly total = computed(() => this.result().total);
  /** True once a load finished with no match, so a template can tell "empty" from "not loaded yet". */
  readonly empty = signal(false);

  protected abstract fetch(query: Q): Observable<Page<T>>;

  async load(patch: Partial<Q> = {}): Promise<void> {
    this.currentQuery.update((q) => ({ ...q, ...patch }));
    try {
      const page = await this.state.run(this.fetch(this.currentQuery()));
      this.result.set(page);
      this.empty.set(page.items.length === 0);
    } catch {
      // error() carries it for the banner.
    }
  }

  reload(): Promise<void> {
    return this.load();
  }

  /** Replaces one item in the current page after a write. */
  protected replace(match: (item: T) => boolean, updated: T): void {
    this.result.update((page) => ({ ...page, items: page.items.map((item) => (match(item) ? updated : item)) }));
  }
}
