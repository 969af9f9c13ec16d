import { Module } from '@nestjs/common';
import { AuditModule } from '@storeops/api/audit';
import { OrgModule } from '@storeops/api/org';
import { InspectionFacts } from './inspection-facts.reader';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CorrectiveActionDeadlines, PlanItemDeadlines } from './corrective-action-deadlines';
import { CorrectiveActionsService } from './corrective-actions.service';
import { CorrectiveActionsPort } from './corrective-actions.port';
import { INSPECTION_ENTITIES } from './entities';
import { CorrectiveActionsController } from './corrective-actions.controller';
import { InspectionRankingsController } from './inspection-rankings.controller';
import { InspectionsController } from './inspections.controller';
import { PhotosController } from './photos.controller';
import { PlansController } from './plans.controller';
import { TemplatesController } from './templates.controller';
import { InspectionsRepository } from './inspections.repository';
import { InspectionsService } from './inspections.service';
import { PhotosService } from './photos.service';
import { PlansService } from './plans.service';
import { InspectionRankingsService } from './inspection-rankings.service';
import { TemplatesService } from './templates.service';

/** Inspections 巡店/品类检查: templates, photos, inspections, corrective actions, plans and the inspection ranking. */
@Module({
  imports: [TypeOrmModule.forFeature(INSPECTION_ENTITIES), AuditModule, OrgModule],
  controllers: [
    TemplatesController,
    PhotosController,
    InspectionsController,
    CorrectiveActionsController,
    InspectionRankingsController,
    PlansController,
  ],
  providers: [
    InspectionsRepository,
    TemplatesService,
    PhotosService,
    InspectionsService,
    CorrectiveActionsService,
    CorrectiveActionsPort,
    InspectionRankingsService,
    PlansService,
    InspectionFacts,
    CorrectiveActionDeadlines,
    PlanItemDeadlines,
  ],
  exports: [InspectionsService, InspectionFacts, CorrectiveActionsPort],
})
export class InspectionsModule {}
