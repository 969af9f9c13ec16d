import { Injectable, inject, signal } from '@angular/core';
import { CategoryResponse, InspectionRankingQuery, InspectionRankingResponse, RegionResponse } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { CategoriesApi, RegionsApi } from '@storeops/web/org/data-access';
import { InspectionsApi } from './inspections-api';

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The API's period string: 2026-10, 2026-Q4 or 2026. */
export function periodString(kind: PeriodKind, year: number, part: number): string {
  if (kind === 'year') return String(year);
  if (kind === 'quarter') return `${year}-Q${part}`;
  return `${year}-${String(part).padStart(2, '0')}`;
}

/** 巡店排名: stores by mean inspection score in a period; 未检 stores (rank null) after the ranked ones. */
@Injectable()
export class InspectionRankingStore {
  private readonly api = inject(InspectionsApi);
  private readonly regionsApi = inject(RegionsApi);
  private readonly categoriesApi = inject(CategoriesApi);
  private readonly state = new RequestState();
  readonly response = signal<InspectionRankingResponse | null>(null);
  readonly regions = signal<RegionResponse[]>([]);
  readonly categories = signal<CategoryResponse[]>([]);
  readonly loading = this.state.loading;
  readonly error = this.state.error;

  async load(query: InspectionRankingQuery): Promise<void> {
    try {
      const r = await this.state.run(this.api.ranking(query));
      const ranked = r.rows.filter((row) => row.rank !== null);
      const unranked = r.rows.filter((row) => row.rank === null);
      this.response.set({ ...r, rows: [...ranked, ...unranked] });
    } catch {
      // error() carries it.
    }
  }

  async loadRegions(): Promise<void> {
    try {
      this.regions.set((await this.state.run(this.regionsApi.all())).filter((r) => r.active));
    } catch {
      // error() carries it.
    }
  }

  /** The active categories to filter by; without them the filter just offers "all" (no banner). */
  async loadCategories(): Promise<void> {
    try {
      this.categories.set((await firstValueFrom(this.categoriesApi.all())).filter((c) => c.active));
    } catch {
      // The category filter stays at "all".
    }
  }
}
