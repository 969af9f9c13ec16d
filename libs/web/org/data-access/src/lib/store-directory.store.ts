import { Injectable, computed, inject, signal } from '@angular/core';
import { StoreResponse } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { StoresApi } from './org-api';

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** Counts stores per key, largest group first, ties by label. */
export function countBy(
  stores: readonly StoreResponse[],
  keyOf: (s: StoreResponse) => string,
  labelOf: (s: StoreResponse) => string,
): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const store of stores) {
    const key = keyOf(store);
    const row = rows.get(key) ?? { key, label: labelOf(store), count: 0 };
    row.count += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * Every store the caller may see, read page by page (a chain of thousands of stores takes several pages), for the
 * choices not yet on the server-searching picker, lookups and the network overview. A store manager's list is just
 * their own store.
 */
@Injectable({ providedIn: 'root' })
export class StoreDirectoryStore {
  private readonly api = inject(StoresApi);
  private readonly state = new RequestState();
  private readonly all = signal<StoreResponse[]>([]);
  private readonly count = signal(0);
  private loaded = false;

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly stores = this.all.asReadonly();
  readonly total = this.count.asReadonly();
  readonly byId = computed(() => new Map(this.all().map((s) => [s.id, s])));
  readonly byRegion = computed(() =>
    countBy(
      this.all(),
      (s) => String(s.regionId),
      (s) => s.regionName,
    ),
  );
  readonly byFormat = computed(() =>
    countBy(
      this.all(),
      (s) => s.format,
      (s) => s.format,
    ),
  );
  readonly byStatus = computed(() =>
    countBy(
      this.all(),
      (s) => s.status,
      (s) => s.status,
    ),
  );

  async load(force = false): Promise<void> {
    if (this.loaded && !force) return;
    try {
      const stores = await this.state.run(this.api.all());
      this.all.set(stores);
      this.count.set(stores.length);
      this.loaded = true;
    } catch {
      // error() carries it.
    }
  }
}
