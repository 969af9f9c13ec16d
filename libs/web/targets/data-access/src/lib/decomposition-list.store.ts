import { Injectable, computed, inject, signal } from '@angular/core';
import { CreateDecompositionRequest, DecompositionQuery, DecompositionResponse, Page } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { DecompositionsApi } from './decompositions-api';

const EMPTY_PAGE: Page<DecompositionResponse> = { items: [], total: 0, page: 1, pageSize: 20 };

/** 目标分解 list: filters (year, metric, status), the page, and creating a new decomposition. */
@Injectable()
export class DecompositionListStore {
  private readonly api = inject(DecompositionsApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  private readonly result = signal<Page<DecompositionResponse>>(EMPTY_PAGE);
  private readonly currentQuery = signal<DecompositionQuery>({ page: 1, pageSize: 20 });

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly query = this.currentQuery.asReadonly();
  readonly items = computed(() => this.result().items);
  readonly total = computed(() => this.result().total);
  readonly empty = signal(false);

  async load(patch: Partial<DecompositionQuery> = {}): Promise<void> {
    this.currentQuery.update((q) => ({ ...q, ...patch }));
    try {
      const page = await this.state.run(this.api.list(this.currentQuery()));
      this.result.set(page);
      this.empty.set(page.items.length === 0);
    } catch {
      // error() carries it.
    }
  }

  /** Rejects with the ApiError for the create form. */
  create(body: CreateDecompositionRequest): Promise<DecompositionResponse> {
    return this.writes.run(this.api.create(body));
  }
}
