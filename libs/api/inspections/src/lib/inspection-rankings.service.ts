import { Injectable } from '@nestjs/common';
import {
  competitionRank,
  meanScore,
  DEFAULT_STAR_THRESHOLDS,
  InspectionRankingResponse,
  InspectionRankingRow,
  starsFor,
  StoreStatus,
} from '@storeops/shared/contracts';
import { parsePeriod } from '@storeops/api/core';
import { InspectionRankingQueryDto } from './dto/inspection.dto';
import { InspectionsRepository } from './inspections.repository';

/**
 * Inspection ranking 检查排名: each store's mean score in the period, competition-ranked (ties share a rank, listed by
 * code); stores without a scored inspection (未检) follow, unranked. Closed and not-yet-open stores appear only if
 * they were inspected.
 */
@Injectable()
export class InspectionRankingsService {
  constructor(private readonly repo: InspectionsRepository) {}

  async rank(query: InspectionRankingQueryDto): Promise<InspectionRankingResponse> {
    const scope = query.scope ?? 'all';
    const { from, to } = parsePeriod(query.period);
    const scores = await this.repo.findScoresInPeriod(from, to, query.categoryId);
    const byStore = new Map<number, { count: number; scores: number[] }>();
    for (const row of scores) {
      const s = byStore.get(row.storeId) ?? { count: 0, scores: [] };
      s.count++;
      if (row.score !== null) s.scores.push(row.score);
      byStore.set(row.storeId, s);
    }
    const [kind, value] = scope.split(':');
    const stores = (await this.repo.findAllStores()).filter((store) => {
      if (kind === 'region' && store.regionId !== Number(value)) return false;
      if (kind === 'format' && store.format !== value) return false;
      return store.status === StoreStatus.Open || byStore.has(store.id);
    });
    const candidates = stores.map((store) => {
      const s = byStore.get(store.id);
      return { code: store.code, score: meanScore(s?.scores ?? []), store, inspections: s?.count ?? 0 };
    });
    const rows: InspectionRankingRow[] = competitionRank(candidates).map(({ item, rank }) => ({
      storeId: item.store.id,
      storeCode: item.store.code,
      storeName: item.store.name,
      rank,
      score: item.score,
      inspections: item.inspections,
      stars: starsFor(item.score, DEFAULT_STAR_THRESHOLDS),
    }));
    return { period: query.period, categoryId: query.categoryId ?? null, scope, rows };
  }
}
