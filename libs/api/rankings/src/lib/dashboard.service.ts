import { Inject, Injectable } from '@nestjs/common';
import { ACTUALS_READER, ActualsReader, chinaDay, clock, dataVersion, LruCache, startOfChinaDay } from '@storeops/api/core';
import { InspectionFacts } from '@storeops/api/inspections';
import { DirectoryEntry, DirectoryStore, StoreDirectory } from '@storeops/api/org';
import { ProgressService, TargetInForce, TargetsReader } from '@storeops/api/targets';
import {
  CompanyProgress,
  DashboardHeatCell,
  DashboardResponse,
  DashboardStore,
  Metric,
  parseIsoDate,
  progress,
  ratio,
  StoreRankingRow,
  TargetMetric,
  UNCATEGORISED_CATEGORY_ID,
} from '@storeops/shared/contracts';
import { RankingsService } from './rankings.service';
import { SchemesService } from './schemes.service';

/** What one dashboard reads of org's directory, once. */
interface OrgSnapshot {
  stores: DirectoryStore[];
  regions: DirectoryEntry[];
  categories: DirectoryEntry[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The same day a year earlier (29 Feb → 28 Feb). */
function lastYear(day: string): string {
  const { y, m, d } = parseIsoDate(day);
  return `${y - 1}-${pad(m)}-${pad(Math.min(d, daysIn(y - 1, m)))}`;
}

/**
 * 营运总览: the director's morning page. Company progress comes from the actuals reader (rollups for whole months,
 * daily rows for the running one) and the targets in force; the ranking tiles reuse the cached store ranking.
 */
@Injectable()
export class DashboardService {
  private readonly cache = new LruCache<DashboardResponse>(60);

  constructor(
    @Inject(ACTUALS_READER) private readonly actuals: ActualsReader,
    private readonly targets: TargetsReader,
    private readonly inspections: InspectionFacts,
    private readonly directory: StoreDirectory,
    private readonly progressService: ProgressService,
    private readonly rankings: RankingsService,
    private readonly schemes: SchemesService,
  ) {}

  async dashboard(date?: string): Promise<DashboardResponse> {
    const today = chinaDay();
    const day = date ?? (await this.actuals.lastFactDate()) ?? today;
    const key = `${day}|${dataVersion('facts', 'org', 'targets', 'schemes', 'inspections')}|${today}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const { y, m } = parseIsoDate(day);
    // The year's target cells and org's directory once, for the cards, the heat map, the month chart and the alerts.
    const [cells, org] = await Promise.all([this.targets.inForce(y, { byMonth: true }), this.org()]);
    const salesCells = cells.filter((c) => c.metric === 'sales');
    const [sales, margin, ranking, heatmap, months, alerts] = await Promise.all([
      this.companyProgress(day, Metric.Sales, salesCells),
      this.companyProgress(
        day,
        Metric.GrossMargin,
        cells.filter((c) => c.metric === 'gross_margin'),
      ),
      this.rankingTiles(`${y}-${pad(m)}`),
      this.heatmap(day, salesCells, org),
      this.months(day, salesCells),
      this.alerts(day, org),
    ]);
    const response: DashboardResponse = { date: day, sales, margin, ranking, heatmap, months, alerts };
    this.cache.set(key, response);
    return response;
  }

  private async companyTotal(from: string, to: string, metric: TargetMetric): Promise<number> {
    let total = 0;
    for (const v of (await this.actuals.storeTotals(from, to, metric)).values()) total += v;
    return total;
  }

  private async companyProgress(day: string, metric: TargetMetric, cells: readonly TargetInForce[]): Promise<CompanyProgress> {
    const { y, m } = parseIsoDate(day);
    const monthStart = `${y}-${pad(m)}-01`;
    const yearStart = `${y}-01-01`;
    const [mtd, ytd] = await Promise.all([
      this.actuals.companyComparison(monthStart, day, metric),
      this.actuals.companyComparison(yearStart, day, metric),
    ]);
    const monthTarget = cells.filter((c) => c.month === m).reduce((a, c) => a + c.value, 0);
    const yearTarget = cells.reduce((a, c) => a + c.value, 0);
    return {
      mtd: progress(mtd.current ?? 0, monthTarget, day, 'mtd'),
      ytd: progress(ytd.current ?? 0, yearTarget, day, 'ytd'),
      mtdUnknown: mtd.current === null,
      ytdUnknown: ytd.current === null,
      yoyMtd: mtd.yoy,
      yoyYtd: ytd.yoy,
      yoyMtdLikeForLike: mtd.yoyLikeForLike,
      yoyYtdLikeForLike: ytd.yoyLikeForLike,
      comparableStoresMtd: mtd.comparableStores,
      comparableStoresYtd: ytd.comparableStores,
    };
  }

  private async rankingTiles(period: string): Promise<DashboardResponse['ranking']> {
    const scheme = await this.schemes.inForce();
    if (!scheme) return null;
    const ranking = await this.rankings.rank({ period });
    const tile = (r: StoreRankingRow): DashboardStore => ({
      storeId: r.storeId,
      storeCode: r.storeCode,
      storeName: r.storeName,
      rank: r.rank,
      composite: r.composite,
      rankChange: r.rankChange,
    });
    const ranked = ranking.rows.filter((r) => r.rank !== null);
    return {
      period,
      schemeId: scheme.id,
      schemeName: `${scheme.name} v${scheme.schemeVersion}`,
      partial: ranking.partial,
      top: ranked.slice(0, 10).map(tile),
      bottom: ranked.slice(-10).reverse().map(tile),
    };
  }

  /** Σ sales by (store, category) from the month rollup for whole months and the daily rows for the running one. */
  /** The stores, regions and categories one dashboard reads. */
  private async org(): Promise<OrgSnapshot> {
    const [stores, regions, categories] = await Promise.all([
      this.directory.stores(),
      this.directory.regions(),
      this.directory.categories(),
    ]);
    return { stores, regions, categories };
  }

  private categorySales(y: number, m: number, d: number) {
    return this.actuals.categorySales(y * 100 + 1, y * 100 + m - 1, y * 10_000 + m * 100 + 1, y * 10_000 + m * 100 + d);
  }

  /**
   * Year-to-date sales achievement by region × top category. Targets are per store and month, so a region's target
   * to date (whole months, plus the running month pro rata by day) is split to categories by their share of the
   * region's sales over the same days last year.
   */
  private async heatmap(day: string, cells: readonly TargetInForce[], org: OrgSnapshot): Promise<DashboardResponse['heatmap']> {
    const { y, m, d } = parseIsoDate(day);
    const ly = parseIsoDate(lastYear(day));
    const { stores, regions, categories } = org;
    const [now, before] = await Promise.all([this.categorySales(y, m, d), this.categorySales(ly.y, ly.m, ly.d)]);
    const regionOf = new Map(stores.map((s) => [s.id, s.regionId]));
    const topOf = new Map(categories.map((c) => [c.id, c.parentId ?? c.id]));
    const tops: Array<{ id: number; name: string }> = categories.filter((c) => c.parentId === null);
    // Store-day totals without categories (a store file with 销售额) are a column of their own: 未分品类.
    if ([...now, ...before].some((r) => r.categoryId === UNCATEGORISED_CATEGORY_ID)) {
      topOf.set(UNCATEGORISED_CATEGORY_ID, UNCATEGORISED_CATEGORY_ID);
      tops.push({ id: UNCATEGORISED_CATEGORY_ID, name: '未分品类' });
    }
    const regionTarget = new Map<number, number>();
    for (const { storeId, month, value } of cells) {
      if (month === null || month > m) continue;
      const share = month < m ? value : (value * d) / daysIn(y, m);
      const r = regionOf.get(storeId);
      if (r !== undefined) regionTarget.set(r, (regionTarget.get(r) ?? 0) + share);
    }
    const sumBy = (rows: typeof now) => {
      const out = new Map<string, number>();
      const regionTotal = new Map<number, number>();
      for (const row of rows) {
        const r = regionOf.get(row.storeId);
        const t = topOf.get(row.categoryId);
        if (r === undefined || t === undefined) continue;
        out.set(`${r}:${t}`, (out.get(`${r}:${t}`) ?? 0) + row.sales);
        regionTotal.set(r, (regionTotal.get(r) ?? 0) + row.sales);
      }
      return { out, regionTotal };
    };
    const actual = sumBy(now);
    const history = sumBy(before);
    const usedRegions = regions.filter((r) => regionTarget.has(r.id) || actual.regionTotal.has(r.id));
    const heatCells: DashboardHeatCell[] = [];
    for (const r of usedRegions) {
      for (const c of tops) {
        const share = ratio(history.out.get(`${r.id}:${c.id}`) ?? 0, history.regionTotal.get(r.id) ?? 0);
        const target = share === null ? 0 : Math.round((regionTarget.get(r.id) ?? 0) * share);
        const value = actual.out.get(`${r.id}:${c.id}`) ?? 0;
        heatCells.push({ regionId: r.id, categoryId: c.id, actual: value, target, achievement: target > 0 ? value / target : null });
      }
    }
    return {
      regions: usedRegions.map((r) => ({ id: r.id, name: r.name })),
      categories: tops.map((c) => ({ id: c.id, name: c.name })),
      cells: heatCells,
    };
  }

  private async months(day: string, cells: readonly TargetInForce[]): Promise<DashboardResponse['months']> {
    const { y, m } = parseIsoDate(day);
    const [thisYear, prior] = await Promise.all([
      this.actuals.storeMonthTotals(y, Metric.Sales),
      this.actuals.storeMonthTotals(y - 1, Metric.Sales),
    ]);
    const total = (map: Map<number, number[]>, i: number) => [...map.values()].reduce((a, v) => a + v[i], 0);
    return Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      thisYear: i + 1 <= m ? total(thisYear, i) : null,
      lastYear: total(prior, i),
      target: cells.filter((c) => c.month === i + 1).reduce((a, c) => a + c.value, 0),
    }));
  }

  private async alerts(day: string, { stores, categories }: OrgSnapshot): Promise<DashboardResponse['alerts']> {
    const end = new Date(startOfChinaDay(day).getTime() + 86_400_000);
    const start = new Date(end.getTime() - 7 * 86_400_000);
    const now = clock.now();
    const [behind, overdueByStore, critical] = await Promise.all([
      this.progressService.behindPace(day),
      this.inspections.overdueActionsByStore(now),
      this.inspections.criticalFailuresBetween(start, end),
    ]);
    const storeOf = new Map(stores.map((s) => [s.id, s]));
    // Most overdue first, then by store code.
    const overdue = [...overdueByStore]
      .map(([storeId, n]) => ({ storeId, code: storeOf.get(storeId)?.code ?? '', name: storeOf.get(storeId)?.name ?? '', n }))
      .sort((a, b) => b.n - a.n || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const categoryName = new Map(categories.map((c) => [c.id, c.name]));
    return {
      behindPace: behind.rows.map((r) => ({
        storeId: r.storeId,
        storeCode: r.storeCode,
        storeName: r.storeName,
        forecastRatio: r.forecastRatio,
      })),
      overdueActions: {
        count: overdue.reduce((a, r) => a + Number(r.n), 0),
        stores: overdue.map((r) => ({ storeId: Number(r.storeId), storeCode: r.code, storeName: r.name, count: Number(r.n) })),
      },
      criticalFailures: critical.map((i) => ({
        inspectionId: i.id,
        storeId: i.storeId,
        storeCode: storeOf.get(i.storeId)?.code ?? '',
        storeName: storeOf.get(i.storeId)?.name ?? '',
        inspectedAt: i.inspectedAt.toISOString(),
        categoryName: i.categoryId === null ? null : (categoryName.get(i.categoryId) ?? null),
        score: i.score === null ? null : Number(i.score),
      })),
    };
  }
}
