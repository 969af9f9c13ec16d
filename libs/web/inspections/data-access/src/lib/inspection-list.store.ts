import { Injectable, inject, signal } from '@angular/core';
import { InspectionResponse, Page } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { InspectionQuery, InspectionsApi } from './inspections-api';

const EMPTY: Page<InspectionResponse> = { items: [], total: 0, page: 1, pageSize: 20 };

/** A filtered page of inspections (the API narrows a store manager to their store). */
@Injectable()
export class InspectionListStore {
  private readonly api = inject(InspectionsApi);
  private readonly state = new RequestState();
  readonly query = signal<InspectionQuery>({ page: 1, pageSize: 20 });
  readonly page = signal<Page<InspectionResponse>>(EMPTY);
  readonly loading = this.state.loading;
  readonly error = this.state.error;

  async load(change: Partial<InspectionQuery> = {}): Promise<void> {
    this.query.update((q) => ({ ...q, page: 1, ...change }));
    try {
      this.page.set(await this.state.run(this.api.list(this.query())));
    } catch {
      // error() carries it.
    }
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
