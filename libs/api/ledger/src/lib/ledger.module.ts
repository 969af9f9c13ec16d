import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@storeops/api/audit';
import { CalendarModule } from '@storeops/api/calendar';
import { KpiModule } from '@storeops/api/kpi';
import { OrgModule } from '@storeops/api/org';
import { SuppliersModule } from '@storeops/api/suppliers';
import { InspectionsModule } from '@storeops/api/inspections';
import { MeetingActionDeadlines } from './meeting-deadlines';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { ComplaintDeadlines } from './complaint-deadlines';
import { ComplaintFacts } from './complaint-facts';
import { ComplaintRetention } from './complaint-retention';
import { ComplaintStatsService } from './complaint-stats.service';
import { ComplaintListsController, ComplaintsController } from './complaints.controller';
import { ComplaintsRepository } from './complaints.repository';
import { ComplaintsService } from './complaints.service';
import { LEDGER_ENTITIES } from './entities/complaint.entity';
import { PriceChecksController, QualityChecksController } from './price-checks.controller';
import { PriceChecksService } from './price-checks.service';
import { PriceRecheckDeadlines } from './price-recheck-deadlines';
import { QualityChecksService } from './quality-checks.service';
import { ViolationFacts } from './violation-facts';
import { ViolationListsController, ViolationsController } from './violations.controller';
import { ViolationsRepository } from './violations.repository';
import { ViolationsService } from './violations.service';

/**
 * The 综合管理处's ledger (DESIGN.md §7): customer complaints 顾客投诉 from intake to 回访 and archive, with stage
 * clocks on the working calendar (in the alert centre), causes that can be counted, privacy and the analysis.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(LEDGER_ENTITIES),
    AuditModule,
    CalendarModule,
    KpiModule,
    OrgModule,
    SuppliersModule,
    InspectionsModule,
  ],
  controllers: [
    PriceChecksController,
    QualityChecksController,
    MeetingsController,
    ComplaintsController,
    ComplaintListsController,
    ViolationsController,
    ViolationListsController,
  ],
  providers: [
    PriceChecksService,
    QualityChecksService,
    PriceRecheckDeadlines,
    MeetingsService,
    MeetingActionDeadlines,
    ComplaintsRepository,
    ComplaintsService,
    ComplaintStatsService,
    ComplaintDeadlines,
    ComplaintFacts,
    ComplaintRetention,
    ViolationsRepository,
    ViolationsService,
    ViolationFacts,
  ],
  exports: [ComplaintFacts, ComplaintsService, ComplaintRetention, ViolationFacts],
})
export class LedgerModule {}
