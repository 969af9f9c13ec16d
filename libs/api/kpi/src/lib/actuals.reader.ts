import { Injectable } from '@nestjs/common';
import { ActualsComparison, ActualsReader, CategorySales, StoreSums } from '@storeops/api/core';
import { Metric, TargetMetric } from '@storeops/shared/contracts';
import { FactsRepository } from './facts.repository';
import { KpisService } from './kpis.service';
import { metricFigure } from './metric-value';
import { toDayNumber, toIsoDay } from './periods';

const NO_AREA = { sales: 0, areaDays: 0, daysWithoutArea: 0 };

/** ActualsReader over the rollups, for targets, progress and the dashboard. */
@Injectable()
export class FactsActualsReader implements ActualsReader {
  constructor(
    private readonly facts: FactsRepository,
    private readonly kpis: KpisService,
  ) {}

  async storeYearTotals(year: number, metric: TargetMetric): Promise<Map<number, number>> {
    const months = await this.facts.storeMonths(year, this.expr(metric));
    const out = new Map<number, number>();
    for (const [storeId, values] of months) {
      const known = values.filter((v): v is number => v !== null);
      if (known.length)
        out.set(
          storeId,
          known.reduce((a, b) => a + b, 0),
        );
    }
    return out;
  }

  async storeMonthTotals(year: number, metric: TargetMetric): Promise<Map<number, number[]>> {
    const months = await this.facts.storeMonths(year, this.expr(metric));
    return new Map([...months].map(([storeId, values]) => [storeId, values.map((v) => v ?? 0)]));
  }

  async storeTotal(storeId: number, from: string, to: string, metric: TargetMetric): Promise<number | null> {
    const sums = (await this.facts.sumsByStore('none', toDayNumber(from), toDayNumber(to), { storeId })).get('all')?.get(storeId);
    return sums ? metricFigure(metric as Metric, sums, NO_AREA, true).value : null;
  }

  async storeTotals(from: string, to: string, metric: TargetMetric): Promise<Map<number, number>> {
    const sums = (await this.facts.sumsByStore('none', toDayNumber(from), toDayNumber(to), {})).get('all') ?? new Map();
    const out = new Map<number, number>();
    for (const [storeId, s] of sums) {
      const value = metricFigure(metric as Metric, s, NO_AREA, true).value;
      if (value !== null) out.set(storeId, value);
    }
    return out;
  }

  async storeDays(from: string, to: string): Promise<Map<number, { days: number; closedDays: number }>> {
    return (await this.facts.dayCounts('all', toDayNumber(from), toDayNumber(to), {})).get('all') ?? new Map();
  }

  async companyComparison(from: string, to: string, metric: TargetMetric): Promise<ActualsComparison> {
    const [row] = (await this.kpis.figures(metric as Metric, toDayNumber(from), toDayNumber(to), 'none', 'date', {})).rows;
    return {
      current: row?.value ?? null,
      lastYear: row?.lastYear ?? null,
      yoy: row?.yoy ?? null,
      yoyLikeForLike: row?.yoyLikeForLike ?? null,
      comparableStores: row?.comparableStores ?? 0,
    };
  }

  async lastFactDate(): Promise<string | null> {
    const day = await this.facts.lastFactDay();
    return day === null ? null : toIsoDay(day);
  }

  storeMonthSums(fromMonth: number, toMonth: number): Promise<Map<number, StoreSums>> {
    return this.facts.storeSums('rollup', fromMonth, toMonth);
  }

  storeDaySums(fromDay: number, toDay: number): Promise<Map<number, StoreSums>> {
    return this.facts.storeSums('daily', fromDay, toDay);
  }

  categorySales(fromMonth: number, toMonth: number, fromDay: number, toDay: number): Promise<CategorySales[]> {
    return this.facts.categorySales(fromMonth, toMonth, fromDay, toDay);
  }

  private expr(metric: TargetMetric): 'sales' | 'margin' | 'transactions' {
    return metric === Metric.Sales ? 'sales' : metric === Metric.GrossMargin ? 'margin' : 'transactions';
  }
}
