import { Injectable } from '@nestjs/common';
import { ActualsReader } from '@storeops/api/core';
import { Metric, TargetMetric } from '@storeops/shared/contracts';
import { FactsRepository, Sums } from './facts.repository';
import { toDayNumber, toIsoDay } from './periods';

function pick(metric: TargetMetric, s: Sums): number {
  if (metric === Metric.Sales) return s.sales;
  if (metric === Metric.GrossMargin) return s.sales - s.cost;
  return s.transactions;
}

/** ActualsReader over the rollups, for targets and progress. */
@Injectable()
export class FactsActualsReader implements ActualsReader {
  constructor(private readonly facts: FactsRepository) {}

  async storeYearTotals(year: number, metric: TargetMetric): Promise<Map<number, number>> {
    const months = await this.storeMonthTotals(year, metric);
    return new Map([...months].map(([storeId, values]) => [storeId, values.reduce((a, b) => a + b, 0)]));
  }

  storeMonthTotals(year: number, metric: TargetMetric): Promise<Map<number, number[]>> {
    return this.facts.storeMonths(year, metric === Metric.Sales ? 'sales' : metric === Metric.GrossMargin ? 'margin' : 'transactions');
  }

  async storeTotal(storeId: number, from: string, to: string, metric: TargetMetric): Promise<number> {
    const sums = await this.facts.sumsBy('none', toDayNumber(from), toDayNumber(to), { storeId });
    const s = sums.get('all');
    return s ? pick(metric, s) : 0;
  }

  async storeTotals(from: string, to: string, metric: TargetMetric): Promise<Map<number, number>> {
    const sums = await this.facts.sumsBy('store', toDayNumber(from), toDayNumber(to), {});
    return new Map([...sums].map(([key, s]) => [Number(key), pick(metric, s)]));
  }

  async lastFactDate(): Promise<string | null> {
    const day = await this.facts.lastFactDay();
    return day === null ? null : toIsoDay(day);
  }
}
