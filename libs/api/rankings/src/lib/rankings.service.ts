import { Inject, Injectable } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import {
  codedError,
  ACTUALS_READER,
  ActualsReader,
  canReachStore,
  chinaDay,
  clock,
  dataVersion,
  DetailedError,
  LruCache,
  RequestUser,
} from '@storeops/api/core';
import { InspectionFacts } from '@storeops/api/inspections';
import { ComplaintFacts, ViolationFacts } from '@storeops/api/ledger';
import { DirectoryStore, StoreDirectory } from '@storeops/api/org';
import { TargetsReader } from '@storeops/api/targets';
import {
  coded,
  COMPONENT_KIND_INFO,
  COMPONENT_KIND_LABELS,
  daysInMonth,
  parseIsoDate,
  parseRankingPeriod,
  periodsEnding,
  RankingQuery,
  RankingSchemeRef,
  Role,
  shiftPeriod,
  sortRankingRows,
  STORE_FORMAT_LABELS,
  StoreRankingExplanation,
  StoreRankingResponse,
  StoreRankTrendResponse,
  StoreStatus,
} from '@storeops/shared/contracts';
import { definitionOf, onTimeRate } from './components';
import { RankingExportQueryDto, RankingQueryDto, RankTrendQueryDto } from './dto/rankings.dto';
import { rankComposites, RankedStore, rankStores, Raws } from './engine';
import { ScorecardSchemeEntity } from './entities/scorecard-scheme.entity';
import { PeriodInputs, RankingSources, StoreSums, SumsSource } from './period-inputs';
import { SchemesService } from './schemes.service';

export interface ComputeOptions {
  /** Where period sums come from: the month rollup (what the API uses) or the daily facts (the benchmark's baseline). */
  source?: SumsSource;
  /** Skip the answer cache (the benchmark measures the computation). */
  noCache?: boolean;
}

/** YYYY-MM-DD → YYYYMMDD, the facts' day key. */
const dayNumber = (iso: string) => Number(iso.replace(/-/g, ''));

/**
 * Composite store rankings (DESIGN.md §5) computed from the month rollups, targets in force, inspections and
 * corrective actions, for a period and the one before it. Answers are cached per (period, scope, scheme, data
 * version, day): an import, a target change, an inspection or a corrective action makes older answers unreachable.
 */
@Injectable()
export class RankingsService {
  private readonly cache = new LruCache<StoreRankingResponse>(300);
  private readonly json = new LruCache<Buffer>(100);
  private readonly rawCache = new LruCache<Raws>(200);
  /** Raw values being computed: concurrent callers (a trend's periods, a ranking and its explanation) share one. */
  private readonly rawPending = new Map<string, Promise<Raws>>();
  private readonly inputsCache = new LruCache<PeriodInputs>(50);
  /** Parts of period inputs, each kept per the data version of what it reads (see SharedParts). */
  private readonly parts = new LruCache<unknown>(200);
  private readonly storeLists = new LruCache<DirectoryStore[]>(20);
  private readonly schemeCache = new LruCache<ScorecardSchemeEntity>(20);

  constructor(
    private readonly db: DataSource,
    private readonly schemes: SchemesService,
    @Inject(ACTUALS_READER) private readonly actuals: ActualsReader,
    private readonly targets: TargetsReader,
    private readonly inspections: InspectionFacts,
    private readonly directory: StoreDirectory,
    private readonly complaints: ComplaintFacts,
    private readonly violations: ViolationFacts,
  ) {}

  /** The other domains' read ports the period inputs read through. */
  private get sources(): RankingSources {
    return {
      actuals: this.actuals,
      targets: this.targets,
      inspections: this.inspections,
      complaints: this.complaints,
      violations: this.violations,
    };
  }

  /** The scheme named, or the one in force: kept per schemes version (every scheme write bumps it). */
  private async scheme(schemeId?: number): Promise<ScorecardSchemeEntity> {
    const key = `${schemeId ?? 'in-force'}|${dataVersion('schemes')}`;
    const hit = this.schemeCache.get(key);
    if (hit) return hit;
    const found = await this.loadScheme(schemeId);
    this.schemeCache.set(key, found);
    return found;
  }

  private async loadScheme(schemeId?: number): Promise<ScorecardSchemeEntity> {
    if (schemeId !== undefined) return this.schemes.load(schemeId);
    const inForce = await this.schemes.inForce();
    if (!inForce) throw new DetailedError(404, 'scheme.none_in_force', [coded('scheme.none_in_force', {}, { field: 'schemeId' })]);
    return inForce;
  }

  /**
   * Without a period a ranking is of the last complete month that has facts: the month of the last fact day when
   * that day is its last and is past, else the month before (the month of today when there are no facts at all).
   */
  async defaultPeriod(): Promise<string> {
    const last = await this.actuals.lastFactDate();
    const today = chinaDay();
    if (last === null) return today.slice(0, 7);
    const { y, m, d } = parseIsoDate(last);
    if (d === daysInMonth(y, m) && last < today) return last.slice(0, 7);
    return shiftPeriod(last.slice(0, 7), -1);
  }

  private async withPeriod<Q extends RankingQuery>(query: Q): Promise<Q & { period: string }> {
    return query.period ? (query as Q & { period: string }) : { ...query, period: await this.defaultPeriod() };
  }

  /** The last day with facts as YYYYMMDD, or null. */
  private async lastFactDay(): Promise<number | null> {
    const day = await this.actuals.lastFactDate();
    return day === null ? null : dayNumber(day);
  }

  /** The scope's stores, by code, from org's directory: kept per org version (an import changes no store). */
  private async stores(scope: string): Promise<DirectoryStore[]> {
    const key = `${scope}|${dataVersion('org')}`;
    const hit = this.storeLists.get(key);
    if (hit) return hit;
    const [kind, value] = scope.split(':');
    const list = await this.directory.stores(kind === 'region' ? { regionId: Number(value) } : kind === 'format' ? { format: value } : {});
    this.storeLists.set(key, list);
    return list;
  }

  /** Every store's raw component values in a period, kept per scheme version and data version (the previous period of one ranking is the current one of the next). */
  private async raws(scheme: ScorecardSchemeEntity, inputs: PeriodInputs, cacheable: boolean): Promise<Raws> {
    const key = `${inputs.period.period}|${scheme.id}:${scheme.version}|${dataVersion('facts', 'targets', 'inspections', 'complaints', 'violations')}|${chinaDay()}|${inputs.source}|${inputs.asOf}`;
    if (!cacheable) return this.measure(scheme, inputs);
    const hit = this.rawCache.get(key) ?? this.rawPending.get(key);
    if (hit) return hit;
    const pending = this.measure(scheme, inputs);
    this.rawPending.set(key, pending);
    try {
      const out = await pending;
      this.rawCache.set(key, out);
      return out;
    } finally {
      this.rawPending.delete(key);
    }
  }

  /**
   * A period's inputs, kept per data version and day, so the explanation of one store reads the sums, targets,
   * inspections and actions the ranking already loaded instead of loading the whole chain's again.
   */
  private periodInputs(period: string, asOf: number | null, now: Date, source: SumsSource = 'rollup', cacheable = true): PeriodInputs {
    const parsed = parseRankingPeriod(period) as NonNullable<ReturnType<typeof parseRankingPeriod>>;
    if (!cacheable) return new PeriodInputs(this.sources, parsed, asOf, now, source);
    const key = `${period}|${dataVersion('facts', 'targets', 'inspections', 'complaints', 'violations')}|${chinaDay()}|${source}|${asOf}`;
    let hit = this.inputsCache.get(key);
    if (!hit) {
      hit = new PeriodInputs(this.sources, parsed, asOf, now, source, this.parts);
      this.inputsCache.set(key, hit);
    }
    return hit;
  }

  private async measure(scheme: ScorecardSchemeEntity, inputs: PeriodInputs): Promise<Raws> {
    const out: Raws = new Map();
    for (const component of scheme.components) {
      const values = await definitionOf(component.kind).measure(inputs, component);
      for (const [storeId, raw] of values) {
        const row = out.get(storeId) ?? {};
        row[component.key] = raw;
        out.set(storeId, row);
      }
    }
    return out;
  }

  /**
   * The cache key of a ranking: no scheme needs loading for it, since every scheme write bumps `schemes` (which
   * scheme is in force, and what any scheme holds, can only change with it).
   */
  private keyOf(query: RankingQueryDto, options: ComputeOptions): string {
    const versions = dataVersion('facts', 'org', 'targets', 'schemes', 'inspections', 'complaints', 'violations');
    return `${query.period}|${query.scope ?? 'all'}|${query.schemeId ?? 'in-force'}|${versions}|${chinaDay()}|${options.source ?? 'rollup'}`;
  }

  /**
   * The ranking as the JSON the API sends, serialized once per cache entry: 2,000 stores make a response of a few
   * MB whose serialization would otherwise cost more than computing it from the rollups.
   */
  async rankJson(input: RankingQueryDto): Promise<Buffer> {
    const query = await this.withPeriod(input);
    const key = this.keyOf(query, {});
    const hit = this.json.get(key);
    if (hit) return hit;
    const body = Buffer.from(JSON.stringify(await this.rank(query)));
    this.json.set(key, body);
    return body;
  }

  async rank(input: RankingQueryDto, options: ComputeOptions = {}): Promise<StoreRankingResponse> {
    const query = await this.withPeriod(input);
    const scope = query.scope ?? 'all';
    const key = this.keyOf(query, options);
    if (!options.noCache) {
      const hit = this.cache.get(key);
      if (hit) return hit;
    }
    const scheme = await this.scheme(query.schemeId);
    const period = parseRankingPeriod(query.period);
    if (!period) throw new DetailedError(400, 'request.invalid', [coded('ranking.period_invalid', {}, { field: 'period' })]);
    const previousPeriod = shiftPeriod(query.period, -1);
    const asOfDay = await this.actuals.lastFactDate();
    const asOf = asOfDay === null ? null : dayNumber(asOfDay);
    const now = clock.now();
    const cacheable = !options.noCache;
    const current = this.periodInputs(query.period, asOf, now, options.source, cacheable);
    const previous = this.periodInputs(previousPeriod, asOf, now, options.source, cacheable);
    const [stores, currentRaws, previousRaws] = await Promise.all([
      this.stores(scope),
      this.raws(scheme, current, cacheable),
      this.raws(scheme, previous, cacheable),
    ]);
    const ranked = this.rankable(stores, currentRaws);
    const response: StoreRankingResponse = {
      period: query.period,
      previousPeriod,
      scope,
      scheme: schemeRef(scheme),
      asOf: asOfDay,
      partial: current.partial,
      rows: rankStores(ranked, scheme.components, scheme.missingRule, currentRaws, previousRaws),
    };
    if (!options.noCache) this.cache.set(key, response);
    return response;
  }

  /**
   * A store manager may name only schemes that were approved (in force or superseded): drafts are the scheme
   * editors' business, and GET /api/scorecard-schemes is closed to them too.
   */
  private async assertSchemeReadable(user: RequestUser, schemeId: number | undefined): Promise<void> {
    if (schemeId === undefined || user.role !== Role.StoreManager) return;
    const scheme = await this.db.manager.findOneBy(ScorecardSchemeEntity, { id: schemeId });
    if (!scheme || scheme.status === 'draft') {
      throw new DetailedError(403, 'ranking.scheme_not_readable', [
        { field: 'schemeId', problem: 'names no scheme in force or superseded', code: 'scheme_not_readable', params: {} },
      ]);
    }
  }

  async explain(user: RequestUser, storeId: number, input: RankingQueryDto): Promise<StoreRankingExplanation> {
    const query = await this.withPeriod(input);
    if (!canReachStore(user, storeId)) throw codedError(403, 'auth.forbidden');
    await this.assertSchemeReadable(user, query.schemeId);
    const store = await this.directory.store(storeId);
    if (!store) throw codedError(404, 'store.not_found', { id: storeId });
    const ranking = await this.rank(query);
    const row = ranking.rows.find((r) => r.storeId === storeId);
    if (!row) throw codedError(404, 'ranking.store_not_ranked', { store: store.code, period: query.period, scope: ranking.scope });
    const asOf = await this.lastFactDay();
    const now = clock.now();
    const current = this.periodInputs(query.period, asOf, now);
    const previous = this.periodInputs(ranking.previousPeriod, asOf, now);
    const [sums, targets, prevSums, prevTargets, inspections, actions] = await Promise.all([
      current.sums(),
      current.targets(),
      previous.sums(),
      previous.targets(),
      current.inspections(),
      current.actions(),
    ]);
    const none: StoreSums = { sales: 0, cost: 0, costSales: 0, shrink: 0, shrinkSales: 0, salesDays: 0, costDays: 0, shrinkDays: 0 };
    const s = sums.get(storeId) ?? none;
    const t = targets.get(storeId) ?? { sales: 0, margin: 0 };
    const ps = prevSums.get(storeId) ?? none;
    // Unknown is never 0: no sales days → no actual; a day without 成本 (损耗) → no margin (shrink rate).
    const salesOf = (x: StoreSums) => (x.salesDays > 0 ? x.sales : null);
    const marginOf = (x: StoreSums) => (x.salesDays > 0 && x.costDays >= x.salesDays ? x.costSales - x.cost : null);
    const shrinkKnown = s.salesDays > 0 && s.shrinkDays >= s.salesDays;
    const pt = prevTargets.get(storeId) ?? { sales: 0, margin: 0 };
    const mine = inspections.filter((i) => i.storeId === storeId).sort((a, b) => a.inspectedAt.getTime() - b.inspectedAt.getTime());
    const categories = new Map((await this.directory.categories()).map((c) => [c.id, c.name]));
    const rate = onTimeRate(actions.filter((a) => a.storeId === storeId)).get(storeId) ?? { due: 0, onTime: 0 };
    const open = actions.filter((a) => a.storeId === storeId && (a.status === 'open' || a.status === 'reopened')).length;
    return {
      period: ranking.period,
      previousPeriod: ranking.previousPeriod,
      scheme: ranking.scheme,
      row,
      ranked: ranking.rows.filter((r) => r.rank !== null).length,
      sales: { actual: salesOf(s), target: t.sales, previousActual: salesOf(ps), previousTarget: pt.sales },
      margin: {
        actual: marginOf(s),
        target: t.margin,
        previousActual: marginOf(ps),
        previousTarget: pt.margin,
        daysWithoutCost: Math.max(0, s.salesDays - s.costDays),
      },
      shrink: {
        shrink: shrinkKnown ? s.shrink : null,
        sales: s.sales,
        rate: shrinkKnown && s.shrinkSales > 0 ? s.shrink / s.shrinkSales : null,
        daysWithoutShrink: Math.max(0, s.salesDays - s.shrinkDays),
      },
      inspections: mine.map((i) => ({
        id: i.id,
        inspectedAt: i.inspectedAt.toISOString(),
        categoryId: i.categoryId,
        categoryName: i.categoryId === null ? null : (categories.get(i.categoryId) ?? null),
        score: i.score,
        criticalFailed: i.criticalFailed,
      })),
      actions: { due: rate.due, onTime: rate.onTime, late: rate.due - rate.onTime, open },
    };
  }

  async trend(user: RequestUser, storeId: number, input: RankTrendQueryDto): Promise<StoreRankTrendResponse> {
    const query = await this.withPeriod(input);
    if (!canReachStore(user, storeId)) throw codedError(403, 'auth.forbidden');
    await this.assertSchemeReadable(user, query.schemeId);
    if (!(await this.directory.store(storeId))) throw codedError(404, 'store.not_found', { id: storeId });
    const periods = periodsEnding(query.period, query.periods ?? 12);
    const scope = query.scope ?? 'all';
    // One scheme, one store list and the periods' raw values loaded together: each point is the period's ranking
    // scored for ranks and composites only (no previous period, no component rows), not a full ranking per period.
    const [scheme, stores, asOf] = await Promise.all([this.scheme(query.schemeId), this.stores(scope), this.lastFactDay()]);
    const now = clock.now();
    const raws = await Promise.all(periods.map((period) => this.raws(scheme, this.periodInputs(period, asOf, now), true)));
    const points = periods.map((period, i) => {
      const ranked = this.rankable(stores, raws[i]);
      const ranks = rankComposites(ranked, scheme.components, scheme.missingRule, raws[i]);
      const mine = ranks.get(storeId);
      return {
        period,
        rank: mine?.rank ?? null,
        composite: mine?.composite ?? null,
        ranked: [...ranks.values()].filter((r) => r.rank !== null).length,
      };
    });
    return { storeId, scope, scheme: schemeRef(scheme), points };
  }

  /** Open stores, and any other store measured in the period (closed since, or trading before its opening). */
  private rankable(stores: readonly DirectoryStore[], raws: Raws): RankedStore[] {
    const measured = (id: number) => Object.values(raws.get(id) ?? {}).some((v) => v !== null && v !== undefined);
    return stores.filter((s) => s.status === StoreStatus.Open || measured(s.id));
  }

  /** 全部门店, the region's name or the format's, as a person reads the scope. */
  private async scopeLabel(scope: string): Promise<string> {
    const [kind, value] = scope.split(':');
    if (kind === 'region') return (await this.directory.regions()).find((r) => r.id === Number(value))?.name ?? scope;
    if (kind === 'format') return FORMAT_NAMES[value] ?? scope;
    return '全部门店';
  }

  /**
   * The ranking as an XLSX: the page's columns, each component as its raw value in its unit (达成率 %, 检查得分 …)
   * and, in the next column, its 0–100 score.
   */
  async export(input: RankingExportQueryDto): Promise<{ fileName: string; content: Buffer }> {
    const query = await this.withPeriod(input);
    const { sort, dir, ...rankingQuery } = query;
    const ranking = await this.rank(rankingQuery);
    const rows = sort ? sortRankingRows(ranking.rows, sort, dir ?? (sort === 'rank' ? 'asc' : 'desc')) : ranking.rows;
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet(`排名 ${ranking.period}`);
    const components = ranking.scheme.components;
    sheet.addRow([
      '名次',
      '门店编码',
      '门店',
      '区域',
      '综合得分',
      ...components.flatMap((c) => [
        `${COMPONENT_KIND_LABELS[c.kind]}${COMPONENT_KIND_INFO[c.kind]?.unit === '%' ? '（%）' : '（分）'}`,
        `${COMPONENT_KIND_LABELS[c.kind]}得分（权重 ${c.weight}%）`,
      ]),
      '上期名次',
      '名次变化',
    ]).font = { bold: true };
    for (const r of rows) {
      sheet.addRow([
        r.rank ?? '—',
        r.storeCode,
        r.storeName,
        r.regionName,
        r.composite,
        ...components.flatMap((c) => {
          const component = r.components.find((x) => x.key === c.key);
          return [component?.raw ?? '缺失', component?.score ?? '缺失'];
        }),
        r.previousRank,
        r.rankChange,
      ]);
    }
    sheet.columns.forEach((column, i) => {
      column.width = i === 2 ? 18 : i > 4 && i < 5 + 2 * components.length ? 16 : 12;
      // The composite, raw values (in their unit) and scores to 1 decimal, as the page shows them.
      if (i >= 4 && i < 5 + 2 * components.length) column.numFmt = '0.0';
    });
    sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: 1 }];
    const meta = workbook.addWorksheet('说明');
    meta.addRows([
      ['期间', ranking.period],
      ['范围', await this.scopeLabel(ranking.scope)],
      ['考评方案', `${ranking.scheme.name} v${ranking.scheme.schemeVersion}`],
      ['缺项规则', ranking.scheme.missingRule === 'zero' ? '缺项计 0 分' : '缺项按比例重新分配权重'],
      ['数据截至', ranking.asOf ?? '—'],
    ]);
    const scopePart = ranking.scope.replace(':', '-');
    return { fileName: `store-ranking-${ranking.period}-${scopePart}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }
}

const FORMAT_NAMES: Readonly<Record<string, string>> = STORE_FORMAT_LABELS;

export function schemeRef(s: ScorecardSchemeEntity): RankingSchemeRef {
  return { id: s.id, name: s.name, schemeVersion: s.schemeVersion, missingRule: s.missingRule, components: s.components };
}
