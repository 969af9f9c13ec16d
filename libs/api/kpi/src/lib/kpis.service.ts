import { Injectable } from '@nestjs/common';
import { StoreDirectory } from '@storeops/api/org';
import { chinaDay, codedError, dataVersion, invalidField, LruCache, RequestUser, storeScopeOf } from '@storeops/api/core';
import {
  FactRangeResponse,
  KpiGroupBy,
  KpiResponse,
  KpiRow,
  Metric,
  parseIsoDate,
  tradedThroughout,
  UNCATEGORISED_CATEGORY_ID,
  yoy,
  YoyAlign,
} from '@storeops/shared/contracts';
import { KpiQueryDto } from './dto/kpi-query.dto';
import { addSums, DayCounts, emptySums, FactFilter, FactQuery, FactsRepository, Sums } from './facts.repository';
import { AreaSums, metricFigure } from './metric-value';
import { daysBetween, resolvePeriod, sameDayLastYear, shiftDays, toDayNumber, toIsoDay, toIsoMonth } from './periods';

/** A day-by-day breakdown reads daily rows: it is limited to a quarter so it stays cheap. */
const MAX_DAY_GROUP_DAYS = 92;

/** The figures of one group over a set of stores: the summed sums and what 坪效 needs. */
function total(
  stores: ReadonlyMap<number, Sums> | undefined,
  areas: ReadonlyMap<number, number | null>,
  only?: ReadonlySet<number>,
): { sums: Sums; area: AreaSums } {
  const sums = emptySums();
  const area: AreaSums = { sales: 0, areaDays: 0, daysWithoutArea: 0 };
  for (const [storeId, s] of stores ?? []) {
    if (only && !only.has(storeId)) continue;
    addSums(sums, s);
    const sqm = areas.get(storeId) ?? null;
    if (sqm === null) area.daysWithoutArea += s.days;
    else {
      area.sales += s.sales;
      area.areaDays += sqm * s.salesDays;
    }
  }
  return { sums, area };
}

@Injectable()
export class KpisService {
  /** Answers keyed by the resolved query and the facts/org data version: an import or an org edit retires them. */
  private readonly cache = new LruCache<KpiResponse>(1000);

  constructor(
    private readonly facts: FactsRepository,
    private readonly directory: StoreDirectory,
  ) {}

  async query(user: RequestUser, dto: KpiQueryDto): Promise<KpiResponse> {
    const scope = storeScopeOf(user);
    if (scope !== null && dto.storeId !== undefined && dto.storeId !== scope) throw codedError(403, 'kpi.other_store');
    const filter: FactFilter = {
      storeId: scope ?? dto.storeId,
      regionId: dto.regionId,
      format: dto.format,
      categoryId: dto.categoryId,
    };
    const { from, to } = await this.resolveRange(dto);
    const groupBy: KpiGroupBy = dto.groupBy ?? 'none';
    // Days line up by weekday (364 days back) unless asked otherwise; months and longer by the calendar.
    const align: YoyAlign = groupBy === 'month' ? 'date' : (dto.yoyAlign ?? (groupBy === 'day' ? 'weekday' : 'date'));
    const key = JSON.stringify([dto.metric, from, to, groupBy, align, filter, dataVersion('facts', 'org')]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const response = await this.compute(dto.metric, from, to, groupBy, align, filter);
    this.cache.set(key, response);
    return response;
  }

  /** The same figures for the app's own use (the dashboard), without a caller's scope; cached alike. */
  async figures(metric: Metric, from: number, to: number, groupBy: KpiGroupBy, align: YoyAlign, filter: FactFilter): Promise<KpiResponse> {
    const key = JSON.stringify([metric, from, to, groupBy, align, filter, dataVersion('facts', 'org')]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const response = await this.compute(metric, from, to, groupBy, align, filter);
    this.cache.set(key, response);
    return response;
  }

  /** The first and last day with facts. */
  async range(): Promise<FactRangeResponse> {
    const [first, last] = await Promise.all([this.facts.firstFactDay(), this.facts.lastFactDay()]);
    return { firstDay: first === null ? null : toIsoDay(first), lastDay: last === null ? null : toIsoDay(last) };
  }

  private async resolveRange(dto: KpiQueryDto): Promise<{ from: number; to: number }> {
    if (dto.period) {
      if (dto.from || dto.to) throw invalidField('period', 'kpi.period_and_range');
      const asOf = dto.date ? this.day(dto.date, 'date') : ((await this.facts.lastFactDay()) ?? toDayNumber(chinaDay()));
      const resolved = resolvePeriod(dto.period, asOf);
      if (typeof resolved === 'string') throw invalidField('period', 'kpi.period_invalid', { reason: resolved });
      return resolved;
    }
    if (!dto.from || !dto.to) throw invalidField(dto.from ? 'to' : 'from', 'kpi.range_required');
    const from = this.day(dto.from, 'from');
    const to = this.day(dto.to, 'to');
    if (from > to) throw invalidField('to', 'kpi.range_reversed');
    return { from, to };
  }

  private async compute(
    metric: Metric,
    from: number,
    to: number,
    groupBy: KpiGroupBy,
    align: YoyAlign,
    filter: FactFilter,
  ): Promise<KpiResponse> {
    if (groupBy === 'day' && daysBetween(from, to) > MAX_DAY_GROUP_DAYS) {
      throw invalidField('groupBy', 'kpi.day_range_too_long', { max: MAX_DAY_GROUP_DAYS });
    }
    const back = (day: number) => (align === 'weekday' ? shiftDays(day, -364) : sameDayLastYear(day));
    const lyFrom = back(from);
    const lyTo = back(to);
    const granularity = groupBy === 'day' ? 'day' : groupBy === 'month' ? 'month' : 'all';
    const query = await this.factQuery(groupBy, filter);
    const [current, lastYear, counts, lyCounts, areas, labels] = await Promise.all([
      this.facts.sumsByStore(groupBy, from, to, query),
      this.facts.sumsByStore(groupBy, lyFrom, lyTo, query),
      this.facts.dayCounts(granularity, from, to, query),
      this.facts.dayCounts(granularity, lyFrom, lyTo, query),
      this.directory.areas(),
      this.labels(groupBy),
    ]);
    const storeLevel = groupBy !== 'category' && filter.categoryId === undefined;
    // The key of the same group a year earlier, and the stretch of days a group's comparability is judged over.
    const shiftKey = (key: string) =>
      groupBy === 'day' ? String(back(Number(key))) : groupBy === 'month' ? String(Number(key) - 100) : key;
    const stretch = (key: string): { cur: string; ly: string; days: number; lyDays: number } => {
      if (groupBy === 'day') return { cur: key, ly: shiftKey(key), days: 1, lyDays: 1 };
      if (groupBy === 'month') {
        const month = Number(key);
        const lo = Math.max(from, month * 100 + 1);
        const hi = Math.min(to, endOfMonth(month));
        return { cur: key, ly: shiftKey(key), days: daysBetween(lo, hi), lyDays: daysBetween(sameDayLastYear(lo), sameDayLastYear(hi)) };
      }
      return { cur: 'all', ly: 'all', days: daysBetween(from, to), lyDays: daysBetween(lyFrom, lyTo) };
    };
    const keys = new Set<string>([...current.keys()]);
    if (groupBy !== 'day' && groupBy !== 'month') for (const k of lastYear.keys()) keys.add(k);
    const rows: KpiRow[] = [...keys].sort(compareKeys).map((key) => {
      const mine = current.get(key);
      const theirs = lastYear.get(shiftKey(key));
      const now = total(mine, areas);
      const before = theirs ? total(theirs, areas) : null;
      const fig = metricFigure(metric, now.sums, now.area, storeLevel);
      const lyFig = before ? metricFigure(metric, before.sums, before.area, storeLevel) : null;
      // 同店: the stores of the group that traded on every day of both stretches.
      const span = stretch(key);
      const comparable = new Set<number>();
      for (const storeId of new Set([...(mine?.keys() ?? []), ...(theirs?.keys() ?? [])])) {
        const c: DayCounts | undefined = counts.get(span.cur)?.get(storeId);
        const l: DayCounts | undefined = lyCounts.get(span.ly)?.get(storeId);
        if (tradedThroughout(c, span.days) && tradedThroughout(l, span.lyDays)) comparable.add(storeId);
      }
      let yoyLikeForLike: number | null = null;
      if (comparable.size) {
        const a = total(mine, areas, comparable);
        const b = total(theirs, areas, comparable);
        const va = metricFigure(metric, a.sums, a.area, storeLevel).value;
        const vb = metricFigure(metric, b.sums, b.area, storeLevel).value;
        yoyLikeForLike = va !== null && vb !== null ? yoy(va, vb) : null;
      }
      const row: KpiRow = {
        key: this.formatKey(groupBy, key),
        label: labels.get(key) ?? this.formatKey(groupBy, key),
        value: fig.value,
        unknownReason: fig.reason,
        coverage: { days: now.sums.days, missingDays: fig.missingDays, closedDays: now.sums.closedDays },
        lastYear: lyFig?.value ?? null,
        yoy: fig.value !== null && lyFig?.value !== null && lyFig?.value !== undefined ? yoy(fig.value, lyFig.value) : null,
        yoyLikeForLike,
        comparableStores: comparable.size,
      };
      if (groupBy === 'day') row.closed = now.sums.closedDays > 0 && now.sums.days === 0;
      return row;
    });
    return {
      metric,
      from: toIsoDay(from),
      to: toIsoDay(to),
      lastYearFrom: toIsoDay(lyFrom),
      lastYearTo: toIsoDay(lyTo),
      yoyAlign: align,
      groupBy,
      rows,
    };
  }

  private day(iso: string, field: string): number {
    try {
      parseIsoDate(iso);
    } catch {
      throw invalidField(field, 'kpi.not_a_date', { value: iso });
    }
    return toDayNumber(iso);
  }

  /** The filter as the fact queries take it: a region or format becomes its stores, read from org's directory. */
  private async factQuery(groupBy: KpiGroupBy, filter: FactFilter): Promise<FactQuery> {
    const byStoreAttribute = filter.regionId !== undefined || filter.format !== undefined;
    if (!byStoreAttribute && groupBy !== 'region') return { storeId: filter.storeId, categoryId: filter.categoryId };
    const stores = await this.directory.stores({ regionId: filter.regionId, format: filter.format });
    return {
      storeId: filter.storeId,
      categoryId: filter.categoryId,
      ...(byStoreAttribute ? { storeIds: stores.map((s) => s.id) } : {}),
      ...(groupBy === 'region' ? { regionOf: new Map(stores.map((s) => [s.id, s.regionId])) } : {}),
    };
  }

  private formatKey(groupBy: KpiGroupBy, key: string): string {
    if (groupBy === 'day') return toIsoDay(Number(key));
    if (groupBy === 'month') return toIsoMonth(Number(key));
    return key;
  }

  private async labels(groupBy: KpiGroupBy): Promise<Map<string, string>> {
    const rows: Array<{ id: number; code: string; name: string }> | null =
      groupBy === 'store'
        ? await this.directory.stores()
        : groupBy === 'region'
          ? await this.directory.regions()
          : groupBy === 'category'
            ? await this.directory.categories()
            : null;
    if (!rows) return new Map([['all', '合计']]);
    const labels = new Map<string, string>(rows.map((r) => [String(r.id), groupBy === 'store' ? `${r.code} ${r.name}` : r.name]));
    if (groupBy === 'category') labels.set(String(UNCATEGORISED_CATEGORY_ID), '未分品类');
    return labels;
  }
}

function endOfMonth(month: number): number {
  const y = Math.floor(month / 100);
  const m = month % 100;
  return month * 100 + new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function compareKeys(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : a.localeCompare(b);
}
