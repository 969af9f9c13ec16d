import { Injectable, inject } from '@angular/core';
import { CreateStoreRequest, StoreFormat, StoreQuery, StoreResponse, StoreStatus, UpdateStoreRequest } from '@storeops/shared/contracts';
import { PagedListStore } from '@storeops/web/shared/util';
import { StoresApi } from './org-api';

/** The admin store list: one query (filters + paging), its page, and the writes that refresh it. */
@Injectable()
export class StoresStore extends PagedListStore<StoreResponse, StoreQuery> {
  private readonly api = inject(StoresApi);
  readonly stores = this.items;

  protected fetch(query: StoreQuery) {
    return this.api.list(query);
  }

  /** Filter changes start again from page 1. */
  filter(filters: { q?: string; regionId?: number; format?: StoreFormat; status?: StoreStatus }): Promise<void> {
    return this.load({ ...filters, page: 1 });
  }

  async create(body: CreateStoreRequest): Promise<StoreResponse> {
    const created = await this.writes.run(this.api.create(body));
    await this.reload();
    return created;
  }

  async update(id: number, body: UpdateStoreRequest): Promise<StoreResponse> {
    const updated = await this.writes.run(this.api.update(id, body));
    this.replace((s) => s.id === id, updated);
    return updated;
  }

  close(store: StoreResponse): Promise<StoreResponse> {
    return this.update(store.id, { status: StoreStatus.Closed, version: store.version });
  }
}
