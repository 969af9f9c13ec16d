import { Injectable, computed, inject, signal } from '@angular/core';
import { CreateRegionRequest, MAX_PAGE_SIZE, RegionResponse, UpdateRegionRequest } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { RegionsApi } from './org-api';

/** Regions are few: the whole list is kept, for the admin page and for pickers. */
@Injectable({ providedIn: 'root' })
export class RegionsStore {
  private readonly api = inject(RegionsApi);
  private readonly state = new RequestState();
  /** Writes track their own state: a failed save belongs to the dialog, not to the list banner. */
  private readonly writes = new RequestState();
  private readonly all = signal<RegionResponse[]>([]);
  private loaded = false;

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly regions = this.all.asReadonly();
  readonly activeRegions = computed(() => this.all().filter((r) => r.active));

  async load(force = false): Promise<void> {
    if (this.loaded && !force) return;
    try {
      const page = await this.state.run(this.api.list({ pageSize: MAX_PAGE_SIZE }));
      this.all.set(page.items);
      this.loaded = true;
    } catch {
      // error() carries it.
    }
  }

  async create(body: CreateRegionRequest): Promise<RegionResponse> {
    const created = await this.writes.run(this.api.create(body));
    this.all.update((list) => [...list, created]);
    return created;
  }

  async update(id: number, body: UpdateRegionRequest): Promise<RegionResponse> {
    const updated = await this.writes.run(this.api.update(id, body));
    this.all.update((list) => list.map((r) => (r.id === id ? updated : r)));
    return updated;
  }
}
