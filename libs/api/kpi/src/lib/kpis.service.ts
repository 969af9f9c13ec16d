import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { clock, dataVersion, DetailedError, LruCache, RequestUser, storeScopeOf } from '@storeops/api/core';
import { KpiGroupBy, KpiResponse, KpiRow, Metric, parseIsoDate, yoy } from '@storeops/shared/contracts';
import { KpiQueryDto } from './dto/kpi-query.dto';
import { emptySums, FactFilter, FactsRepository, Sums } from './facts.repository';
import { metricValue } from './metric-value';
import { daysBetween, resolvePeriod, sameDayLastYear, toDayNumber, toIsoDay, toIsoMonth } from './periods';

/** A day-by-day breakdown reads daily rows: it is limited to a quarter so it stays cheap. */
const MAX_DAY_GROUP_DAYS = 92;

function invalid(field: string, problem: string): DetailedError {
  return new DetailedError(400, 'Invalid request', [{ field, problem }]);
}

@Injectable()
export class KpisService {
  /** Answers keyed by the resolved query and the facts/org data version: an import or an org edit retires them. */
  private readonly cache = new LruCache<KpiResponse>(1000);

  constructor(
    private readonly facts: FactsRepository,
    private readonly db: DataSource,
  ) {}

  async query(user: RequestUser, dto: KpiQueryDto): Promise<KpiResponse> {
    const scope = storeScopeOf(user);
    if (scope !== null && dto.storeId !== undefined && dto.storeId !== scope) throw new ForbiddenException('You may not access this store');
    const filter: FactFilter = {
      storeId: scope ?? dto.storeId,
      regionId: dto.regionId,
      format: dto.format,
      categoryId: dto.categoryId,
    };
    const { from, to } = await this.range(dto);
    const groupBy: KpiGroupBy = dto.groupBy ?? 'none';
    const key = JSON.stringify([dto.metric, from, to, groupBy, filter, dataVersion('facts', 'org')]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const response = await this.compute(dto.metric, from, to, groupBy, filter);
    this.cache.set(key, response);
    return response;
  }

  private async compute(metric: Metric, from: number, to: number, groupBy: KpiGroupBy, filter: FactFilter): Promise<KpiResponse> {
    if (groupBy === 'day' && daysBetween(from, to) > MAX_DAY_GROUP_DAYS) {
      throw invalid('groupBy', `day needs a range of at most ${MAX_DAY_GROUP_DAYS} days`);
    }
    const lyFrom = sameDayLastYear(from);
    const lyTo = sameDayLastYear(to);
    const [current, lastYear, area, labels] = await Promise.all([
      this.facts.sumsBy(groupBy, from, to, filter),
      this.facts.sumsBy(groupBy, lyFrom, lyTo, filter),
      this.facts.areaBy(groupBy, filter),
      this.labels(groupBy),
    ]);
    const storeLevel = groupBy !== 'category' && filter.categoryId === undefined;
    const shiftKey = (key: string) =>
      groupBy === 'day' ? String(sameDayLastYear(Number(key))) : groupBy === 'month' ? String(Number(key) - 100) : key;
    const keys = new Set<string>([...current.keys()]);
    if (groupBy !== 'day' && groupBy !== 'month') for (const k of lastYear.keys()) keys.add(k);
    const withArea = (s: Sums | undefined, key: string): Sums => ({
      ...(s ?? emptySums()),
      areaSqm: area.get(groupBy === 'store' || groupBy === 'region' ? key : 'all') ?? 0,
    });
    const rows: KpiRow[] = [...keys].sort(compareKeys).map((key) => {
      const days = groupBy === 'day' ? 1 : groupBy === 'month' ? this.daysInMonthWithin(Number(key), from, to) : daysBetween(from, to);
      const value = metricValue(metric, withArea(current.get(key), key), days, storeLevel);
      const ly = lastYear.get(shiftKey(key));
      const lastYearValue = ly ? metricValue(metric, withArea(ly, key), days, storeLevel) : null;
      return {
        key: this.formatKey(groupBy, key),
        label: labels.get(key) ?? this.formatKey(groupBy, key),
        value,
        lastYear: lastYearValue,
        yoy: value !== null && lastYearValue !== null ? yoy(value, lastYearValue) : null,
      };
    });
    return { metric, from: toIsoDay(from), to: toIsoDay(to), groupBy, rows };
  }

  private async range(dto: KpiQueryDto): Promise<{ from: number; to: number }> {
    if (dto.period) {
      if (dto.from || dto.to) throw invalid('period', 'give either period or from/to, not both');
      const asOf = dto.date
        ? this.day(dto.date, 'date')
        : ((await this.facts.lastFactDay()) ?? toDayNumber(clock.now().toISOString().slice(0, 10)));
      const resolved = resolvePeriod(dto.period, asOf);
      if (typeof resolved === 'string') throw invalid('period', resolved);
      return resolved;
    }
    if (!dto.from || !dto.to) throw invalid(dto.from ? 'to' : 'from', 'is required unless period is given');
    const from = this.day(dto.from, 'from');
    const to = this.day(dto.to, 'to');
    if (from > to) throw invalid('to', 'must not be before from');
    return { from, to };
  }

  private day(iso: string, field: string): number {
    try {
      parseIsoDate(iso);
    } catch {
      throw invalid(field, `${iso} is not a calendar date`);
    }
    return toDayNumber(iso);
  }

  private daysInMonthWithin(month: number, from: number, to: number): number {
    const start = Math.max(from, month * 100 + 1);
    const end = Math.min(to, month * 100 + 31);
    return daysBetween(start, Math.min(end, endOfMonth(month)));
  }

  private formatKey(groupBy: KpiGroupBy, key: string): string {
    if (groupBy === 'day') return toIsoDay(Number(key));
    if (groupBy === 'month') return toIsoMonth(Number(key));
    return key;
  }

  private async labels(groupBy: KpiGroupBy): Promise<Map<string, string>> {
    const table = groupBy === 'store' ? 'store' : groupBy === 'region' ? 'region' : groupBy === 'category' ? 'category' : null;
    if (!table) return new Map([['all', '合计']]);
    const rows: Array<{ id: number; code: string; name: string }> = await this.db.query(`SELECT "id", "code", "name" FROM "${table}"`);
    return new Map(rows.map((r) => [String(r.id), groupBy === 'store' ? `${r.code} ${r.name}` : r.name]));
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
