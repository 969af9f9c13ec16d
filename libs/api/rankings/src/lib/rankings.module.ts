import { Module } from '@nestjs/common';
import { SchemeDeadlines } from './scheme-deadlines';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@storeops/api/audit';
import { InspectionsModule } from '@storeops/api/inspections';
import { KpiModule } from '@storeops/api/kpi';
import { LedgerModule } from '@storeops/api/ledger';
import { OrgModule } from '@storeops/api/org';
import { TargetsModule } from '@storeops/api/targets';
import { DashboardService } from './dashboard.service';
import { RANKING_ENTITIES } from './entities/scorecard-scheme.entity';
import { DashboardController } from './dashboard.controller';
import { SchemesController } from './schemes.controller';
import { StoreRankingsController } from './store-rankings.controller';
import { RankingsService } from './rankings.service';
import { SchemesService } from './schemes.service';

/** Store rankings and performance assessment (DESIGN.md §5): scorecard schemes, composite rankings, the 营运总览. */
@Module({
  // Cross-domain reads go through each domain's read port: kpi's ACTUALS_READER, TargetsReader, InspectionFacts, StoreDirectory.
  imports: [TypeOrmModule.forFeature(RANKING_ENTITIES), AuditModule, KpiModule, TargetsModule, InspectionsModule, LedgerModule, OrgModule],
  controllers: [SchemesController, StoreRankingsController, DashboardController],
  providers: [SchemesService, RankingsService, DashboardService, SchemeDeadlines],
  exports: [SchemesService, RankingsService],
})
export class RankingsModule {}
