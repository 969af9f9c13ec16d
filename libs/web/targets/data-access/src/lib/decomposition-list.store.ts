import { Injectable, inject, signal } from '@angular/core';
import { CreateDecompositionRequest, DecompositionQuery, DecompositionResponse } from '@storeops/shared/contracts';
import { PagedListStore } from '@storeops/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { DecompositionsApi } from './decompositions-api';

/** 目标分解 list: filters (year, metric, status), the page, and creating a new decomposition. */
@Injectable()
export class DecompositionListStore extends PagedListStore<DecompositionResponse, DecompositionQuery> {
  private readonly api = inject(DecompositionsApi);
  private readonly awaiting = signal<number | null>(null);
  /** The director's to-do: published splits waiting for approval (null until loaded). */
  readonly awaitingApproval = this.awaiting.asReadonly();

  async loadAwaitingApproval(): Promise<void> {
    try {
      this.awaiting.set((await firstValueFrom(this.api.list({ status: 'published', page: 1, pageSize: 1 }))).total);
    } catch {
      this.awaiting.set(null);
    }
  }

  protected fetch(query: DecompositionQuery) {
    return this.api.list(query);
  }

  /** Rejects with the ApiError for the create form. */
  create(body: CreateDecompositionRequest): Promise<DecompositionResponse> {
    return this.writes.run(this.api.create(body));
  }
}
