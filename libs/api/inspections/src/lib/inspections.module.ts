import { Module } from '@nestjs/common';
import { AuditModule } from '@storeops/api/audit';
import { OrgModule } from '@storeops/api/org';
import { InspectionFacts } from './inspection-facts.reader';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CorrectiveActionDeadlines } from './corrective-action-deadlines';
import { CorrectiveActionsService } from './corrective-actions.service';
import { DemoInspectionsSeeder } from './demo-inspections.seeder';
import { INSPECTION_ENTITIES } from './entities';
import {
  CorrectiveActionsController,
  InspectionRankingsController,
  InspectionsController,
  PhotosController,
  PlansController,
  TemplatesController,
} from './inspections.controllers';
import { InspectionsRepository } from './inspections.repository';
import { InspectionsService } from './inspections.service';
import { PhotosService } from './photos.service';
import { PlansService } from './plans.service';
import { InspectionRankingsService } from './rankings.service';
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
    InspectionRankingsService,
    PlansService,
    DemoInspectionsSeeder,
    InspectionFacts,
    CorrectiveActionDeadlines,
  ],
  exports: [InspectionsService, DemoInspectionsSeeder, InspectionFacts],
})
export class InspectionsModule {}
