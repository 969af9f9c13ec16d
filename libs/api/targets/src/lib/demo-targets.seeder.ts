import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { ACTUALS_READER, ActualsReader, RequestUser } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import { Metric, parseIsoDate, Role, TargetMetric } from '@storeops/shared/contracts';
import { DecompositionsService } from './decompositions.service';
import { TargetsRepository } from './targets.repository';

const DEMO_METRICS: readonly TargetMetric[] = [Metric.Sales, Metric.GrossMargin];
const GROWTH_PERCENT = 106;

/**
 * Demo targets, once demo facts exist: for last year and this year, sales and gross margin split by last year's
 * actuals, created and published by `ops` and approved by `director`. Does nothing when any decomposition exists.
 */
@Injectable()
export class DemoTargetsSeeder {
  private readonly logger = new Logger('DemoTargets');

  constructor(
    private readonly repo: TargetsRepository,
    private readonly directory: StoreDirectory,
    private readonly decompositions: DecompositionsService,
    @Optional() @Inject(ACTUALS_READER) private readonly actuals?: ActualsReader,
  ) {}

  /** Returns the number of decompositions approved. */
  async seed(referenceDate: string): Promise<number> {
    const actuals = this.actuals;
    if (!actuals || (await this.repo.countDecompositions()) > 0) return 0;
    const year = parseIsoDate(referenceDate).y;
    const ops = await this.actor('ops', Role.OpsManager);
    const director = await this.actor('director', Role.Director);
    let approved = 0;
    for (const targetYear of [year - 1, year]) {
      for (const metric of DEMO_METRICS) {
        const total = await this.demoTotal(actuals, targetYear, year, metric);
        if (total <= 0) continue;
        const draft = await this.decompositions.create(ops, { year: targetYear, metric, total, method: 'last_year' });
        // Demo data has nobody to ask: months at 0 (a store without facts) are confirmed as they come.
        const published = await this.decompositions.publish(ops, draft.id, { version: draft.version, confirmZeroMonths: true });
        await this.decompositions.approve(director, published.id, { version: published.version, confirmZeroMonths: true });
        approved++;
      }
    }
    this.logger.log(`Demo targets approved: ${approved}`);
    return approved;
  }

  /** This year: last year × 1.06. Last year: the year before × 1.06, or last year's own actual when that is missing. */
  private async demoTotal(actuals: ActualsReader, targetYear: number, currentYear: number, metric: TargetMetric): Promise<number> {
    const companyTotal = async (y: number) => [...(await actuals.storeYearTotals(y, metric)).values()].reduce((a, b) => a + b, 0);
    const base = await companyTotal(targetYear - 1);
    if (targetYear === currentYear || base > 0) return Math.round((base * GROWTH_PERCENT) / 100);
    return companyTotal(targetYear);
  }

  private async actor(username: string, role: Role): Promise<RequestUser> {
    const user = await this.directory.user({ username });
    return {
      id: user?.id ?? 0,
      username,
      displayName: user?.displayName ?? username,
      role,
      storeId: null,
      categoryIds: [],
      sessionId: 'demo-seed',
    };
  }
}

/**
 * What the app's DemoSeedModule provides to seed this domain (loaded only when seeding): the seeder, and the
 * domain's stateless repository it writes through, so the domain module itself ships no demo code.
 */
export const DEMO_TARGETS_PROVIDERS = [TargetsRepository, DemoTargetsSeeder];
