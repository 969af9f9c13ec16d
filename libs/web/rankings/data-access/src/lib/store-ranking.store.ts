import { Injectable, computed, inject, signal } from '@angular/core';
import {
  RankingQuery,
  ScorecardSchemeResponse,
  StoreRankTrendResponse,
  StoreRankingExplanation,
  StoreRankingResponse,
} from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { RankingsApi } from './rankings-api';

/** 综合排名 of one (period, scope, scheme); a newer request wins over a slower older one. */
@Injectable()
export class StoreRankingStore {
  private readonly api = inject(RankingsApi);
  private readonly state = new RequestState();
  private readonly schemeState = new RequestState();
  private readonly current = signal<StoreRankingResponse | null>(null);
  private readonly schemeList = signal<ScorecardSchemeResponse[]>([]);
  private requestId = 0;

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly response = this.current.asReadonly();
  readonly rows = computed(() => this.current()?.rows ?? []);
  /** Schemes a ranking can use: approved ones (the one in force first) and superseded ones, for history. */
  readonly schemes = computed(() =>
    this.schemeList()
      .filter((s) => s.status !== 'draft')
      .sort((a, b) => Number(b.inForce) - Number(a.inForce) || a.name.localeCompare(b.name) || b.schemeVersion - a.schemeVersion),
  );

  async load(query: RankingQuery): Promise<void> {
    const id = ++this.requestId;
    try {
      const response = await this.state.run(this.api.stores(query));
      if (id === this.requestId) this.current.set(response);
    } catch {
      if (id === this.requestId) this.current.set(null);
    }
  }

  async loadSchemes(): Promise<void> {
    try {
      this.schemeList.set(await this.schemeState.run(this.api.schemes()));
    } catch {
      // The picker then offers only the scheme in force (the ranking names it).
    }
  }
}

/** One store's explanation (figures behind each component) and its rank over the last 12 periods. */
@Injectable()
export class RankingExplanationStore {
  private readonly api = inject(RankingsApi);
  private readonly state = new RequestState();
  private readonly trendState = new RequestState();
  private readonly current = signal<StoreRankingExplanation | null>(null);
  private readonly currentTrend = signal<StoreRankTrendResponse | null>(null);
  private requestId = 0;

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly trendLoading = this.trendState.loading;
  readonly trendError = this.trendState.error;
  readonly explanation = this.current.asReadonly();
  readonly trend = this.currentTrend.asReadonly();

  async load(storeId: number, query: RankingQuery): Promise<void> {
    const id = ++this.requestId;
    this.current.set(null);
    this.currentTrend.set(null);
    await Promise.all([
      this.state.run(this.api.explanation(storeId, query)).then(
        (e) => id === this.requestId && this.current.set(e),
        () => undefined,
      ),
      this.trendState.run(this.api.trend(storeId, query, 12)).then(
        (t) => id === this.requestId && this.currentTrend.set(t),
        () => undefined,
      ),
    ]);
  }
}
