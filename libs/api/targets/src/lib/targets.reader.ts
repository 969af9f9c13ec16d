import { Injectable } from '@nestjs/common';
import { TargetsRepository } from './targets.repository';

/** Σ of approved targets in force of one store and metric, for a month or summed over months. */
export interface TargetInForce {
  storeId: number;
  metric: 'sales' | 'gross_margin';
  /** The month, or null when the months were summed. */
  month: number | null;
  value: number;
}

/**
 * The targets domain's read port: the approved targets in force, for rankings and the dashboard, without their
 * reading the targets' tables (docs/architecture.md).
 */
@Injectable()
export class TargetsReader {
  constructor(private readonly repo: TargetsRepository) {}

  /**
   * Σ of the approved targets in force (sales and gross margin) for a year's months `fromMonth`..`toMonth`, per store
   * and metric, and per month when `byMonth`. Summed in SQL: a year of 2,000 stores is 48,000 cells.
   */
  inForce(year: number, options: { fromMonth?: number; toMonth?: number; byMonth?: boolean } = {}): Promise<TargetInForce[]> {
    return this.repo.targetsInForce(year, options.fromMonth ?? 1, options.toMonth ?? 12, options.byMonth ?? false);
  }
}
