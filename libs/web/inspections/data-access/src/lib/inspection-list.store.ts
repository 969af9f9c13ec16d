import { Injectable, inject, signal } from '@angular/core';
import { InspectionQuery, InspectionResponse, Page } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { DRAFT_STORAGE } from './draft-storage';
import { InspectionsApi } from './inspections-api';
import { withOfflineCopy } from './offline-cache';

const EMPTY: Page<InspectionResponse> = { items: [], total: 0, page: 1, pageSize: 20 };

/** A filtered page of inspections (the API narrows a store manager to their store). */
@Injectable()
export class InspectionListStore {
  private readonly api = inject(InspectionsApi);
  private readonly storage = inject(DRAFT_STORAGE);
  private readonly state = new RequestState();
  readonly query = signal<InspectionQuery>({ page: 1, pageSize: 20 });
  readonly page = signal<Page<InspectionResponse>>(EMPTY);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  /** Offline: when the page shown was fetched (null: nothing cached on this device yet); null while online. */
  readonly offline = signal<{ at: string | null } | null>(null);

  async load(change: Partial<InspectionQuery> = {}): Promise<void> {
    this.query.update((q) => ({ ...q, page: 1, ...change }));
    const key = `inspections:${JSON.stringify(this.query())}`;
    const result = await withOfflineCopy(this.storage, key, () => this.state.run(this.api.list(this.query())));
    if (!result) return;
    this.page.set(result.value ?? EMPTY);
    this.offline.set(result.offline);
    if (result.offline) this.state.clearError();
  }
}

/** One inspection with its results, for the report page. */
@Injectable()
export class InspectionReportStore {
  private readonly api = inject(InspectionsApi);
  private readonly state = new RequestState();
  readonly inspection = signal<InspectionResponse | null>(null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;

  async load(id: number): Promise<void> {
    this.inspection.set(null);
    try {
      this.inspection.set(await this.state.run(this.api.get(id)));
    } catch {
      // error() carries it.
    }
  }
}
