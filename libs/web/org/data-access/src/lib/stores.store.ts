import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CreateStoreRequest,
  Page,
  StoreFormat,
  StoreQuery,
  StoreResponse,
  StoreStatus,
  UpdateStoreRequest,
} from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { StoresApi } from './org-api';

const EMPTY_PAGE: Page<StoreResponse> = { items: [], total: 0, page: 1, pageSize: 20 };

/** The admin store list: one query (filters + paging), its page, and the writes that refresh it. */
@Injectable()
export class StoresStore {
  private readonly api = inject(StoresApi);
  private readonly state = new RequestState();
  /** Writes track their own state: a failed save belongs to the dialog, not to the list banner. */
  private readonly writes = new RequestState();
  private readonly result = signal<Page<StoreResponse>>(EMPTY_PAGE);
  private readonly currentQuery = signal<StoreQuery>({ page: 1, pageSize: 20 });

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly query = this.currentQuery.asReadonly();
  readonly stores = computed(() => this.result().items);
  readonly total = computed(() => this.result().total);
  /** True once a load finished with no match, so the template can tell "empty" from "not loaded yet". */
  readonly empty = signal(false);

  async load(patch: Partial<StoreQuery> = {}): Promise<void> {
    this.currentQuery.update((q) => ({ ...q, ...patch }));
    try {
      const page = await this.state.run(this.api.list(this.currentQuery()));
      this.result.set(page);
      this.empty.set(page.items.length === 0);
    } catch {
      // error() carries it for the banner.
    }
  }

  /** Filter changes start again from page 1. */
  filter(filters: { q?: string; regionId?: number; format?: StoreFormat; status?: StoreStatus }): Promise<void> {
    return this.load({ ...filters, page: 1 });
  }

  reload(): Promise<void> {
    return this.load();
  }

  async create(body: CreateStoreRequest): Promise<StoreResponse> {
    const created = await this.writes.run(this.api.create(body));
    await this.reload();
    return created;
  }

  async update(id: number, body: UpdateStoreRequest): Promise<StoreResponse> {
    const updated = await this.writes.run(this.api.update(id, body));
    this.result.update((page) => ({ ...page, items: page.items.map((s) => (s.id === id ? updated : s)) }));
    return updated;
  }

  close(store: StoreResponse): Promise<StoreResponse> {
    return this.update(store.id, { status: StoreStatus.Closed, version: store.version });
  }
}
