import { Injectable, inject } from '@angular/core';
import { CreateDecompositionRequest, DecompositionQuery, DecompositionResponse } from '@storeops/shared/contracts';
import { PagedListStore } from '@storeops/web/shared/util';
import { DecompositionsApi } from './decompositions-api';

/** 目标分解 list: filters (year, metric, status), the page, and creating a new decomposition. */
@Injectable()
export class DecompositionListStore extends PagedListStore<DecompositionResponse, DecompositionQuery> {
  private readonly api = inject(DecompositionsApi);

  protected fetch(query: DecompositionQuery) {
    return this.api.list(query);
  }

  /** Rejects with the ApiError for the create form. */
  create(body: CreateDecompositionRequest): Promise<DecompositionResponse> {
    return this.writes.run(this.api.create(body));
  }
}
