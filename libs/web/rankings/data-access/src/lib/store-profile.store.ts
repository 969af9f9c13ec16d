import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CorrectiveActionResponse,
  InspectionResponse,
  StoreProgressResponse,
  StoreRankTrendResponse,
  StoreRankingExplanation,
  StoreResponse,
} from '@storeops/shared/contracts';
import { InspectionsApi } from '@storeops/web/inspections/data-access';
import { KpiApi } from '@storeops/web/kpi/data-access';
import { StoresApi } from '@storeops/web/org/data-access';
import { RequestState } from '@storeops/web/shared/util';
import { RankingsApi } from './rankings-api';

/**
 * 门店档案: one store's scorecard history and components, targets progress, recent inspections and open
 * corrective actions. Each part loads and fails on its own (a store without a scheme still shows its progress);
 * the store itself decides access (403 for another store's manager).
 */
@Injectable()
export class StoreProfileStore {
  private readonly stores = inject(StoresApi);
  private readonly rankings = inject(RankingsApi);
  private readonly kpi = inject(KpiApi);
  private readonly inspectionsApi = inject(InspectionsApi);

  private readonly storeState = new RequestState();
  private readonly scoreState = new RequestState();
  private readonly progressState = new RequestState();
  private readonly inspectionState = new RequestState();

  readonly store = signal<StoreResponse | null>(null);
  readonly explanation = signal<StoreRankingExplanation | null>(null);
  readonly trend = signal<StoreRankTrendResponse | null>(null);
  readonly progress = signal<StoreProgressResponse | null>(null);
  readonly inspections = signal<InspectionResponse[]>([]);
  readonly actions = signal<CorrectiveActionResponse[]>([]);
  readonly openActions = signal(0);

  readonly loading = this.storeState.loading;
  readonly error = this.storeState.error;
  readonly scoreLoading = this.scoreState.loading;
  readonly scoreError = this.scoreState.error;
  readonly progressLoading = this.progressState.loading;
  readonly progressError = this.progressState.error;
  readonly inspectionsLoading = this.inspectionState.loading;
  readonly inspectionsError = this.inspectionState.error;
  readonly forbidden = computed(() => this.storeState.error()?.statusCode === 403);

  private requestId = 0;

  async load(storeId: number, period: string): Promise<void> {
    const id = ++this.requestId;
    const live = () => id === this.requestId;
    this.store.set(null);
    this.explanation.set(null);
    this.trend.set(null);
    this.progress.set(null);
    this.inspections.set([]);
    this.actions.set([]);
    try {
      const store = await this.storeState.run(this.stores.get(storeId));
      if (!live()) return;
      this.store.set(store);
    } catch {
      return;
    }
    const query = { period, scope: 'all' };
    await Promise.all([
      this.scoreState
        .run(this.rankings.explanation(storeId, query))
        .then((e) => live() && this.explanation.set(e))
        .then(() => this.scoreState.run(this.rankings.trend(storeId, query, 12)))
        .then((t) => live() && this.trend.set(t))
        .catch(() => undefined),
      this.progressState
        .run(this.kpi.storeProgress(storeId))
        .then((p) => live() && this.progress.set(p))
        .catch(() => undefined),
      this.inspectionState
        .run(this.inspectionsApi.list({ storeId, pageSize: 8 }))
        .then((page) => live() && this.inspections.set(page.items))
        .then(() => this.inspectionState.run(this.inspectionsApi.actions({ storeId, status: 'open', pageSize: 20 })))
        .then((page) => {
          if (!live()) return;
          this.actions.set(page.items);
          this.openActions.set(page.total);
        })
        .catch(() => undefined),
    ]);
  }
}
