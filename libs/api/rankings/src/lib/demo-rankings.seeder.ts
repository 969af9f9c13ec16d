import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bumpDataVersion, clock, runInTransaction } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import { SchemeComponentConfig } from '@storeops/shared/contracts';
import { ScorecardSchemeEntity } from './entities/scorecard-scheme.entity';

/** The demo chain's scorecard scheme. Provided only by the app's DemoSeedModule, which is loaded only when seeding. */
@Injectable()
export class DemoRankingsSeeder {
  constructor(
    private readonly db: DataSource,
    private readonly directory: StoreDirectory,
  ) {}

  /** Seeds the demo chain's scheme in force (no audit: nobody did it). */
  async seed(): Promise<void> {
    if (await this.db.manager.count(ScorecardSchemeEntity)) return;
    const names = await this.directory.displayNames(['ops', 'director']);
    const [opsName, directorName] = [names.get('ops') ?? 'ops', names.get('director') ?? 'director'];
    await runInTransaction(this.db, async (em) => {
      await em.save(
        em.create(ScorecardSchemeEntity, {
          name: '门店综合考评',
          schemeVersion: 1,
          status: 'approved',
          inForce: true,
          missingRule: 'reweight',
          components: DEMO_SCHEME,
          description: '销售达成率 30 · 毛利达成率 25 · 巡店得分 25 · 整改及时率 10 · 损耗率对目标 10',
          createdBy: opsName,
          createdAt: clock.now(),
          approvedBy: directorName,
          approvedAt: clock.now(),
        }),
      );
      await bumpDataVersion(em, 'schemes');
    });
  }
}

export const DEMO_SCHEME: SchemeComponentConfig[] = [
  { key: 'sales', kind: 'sales_achievement', weight: 30, floor: 80, ceiling: 110, direction: 'higher' },
  { key: 'margin', kind: 'margin_achievement', weight: 25, floor: 80, ceiling: 110, direction: 'higher' },
  { key: 'inspection', kind: 'inspection_score', weight: 25, floor: 60, ceiling: 100, direction: 'higher' },
  { key: 'actions', kind: 'actions_on_time', weight: 10, floor: 50, ceiling: 100, direction: 'higher' },
  { key: 'shrink', kind: 'shrink_vs_target', weight: 10, floor: 80, ceiling: 150, direction: 'lower', targetRate: 1.2 },
];

/**
 * What the app's DemoSeedModule provides to seed this domain (loaded only when seeding): the seeder, and the
 * domain's stateless repository it writes through, so the domain module itself ships no demo code.
 */
export const DEMO_RANKINGS_PROVIDERS = [DemoRankingsSeeder];
