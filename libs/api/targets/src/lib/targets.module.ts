import { Module } from '@nestjs/common';
import { DecompositionDeadlines } from './decomposition-deadlines';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@storeops/api/audit';
import { OrgModule } from '@storeops/api/org';
import { KpiModule } from '@storeops/api/kpi';
import { TargetsReader } from './targets.reader';
import { DecompositionsService } from './decompositions.service';
import { TARGET_ENTITIES } from './entities';
import { ProgressService } from './progress.service';
import { DecompositionsController } from './decompositions.controller';
import { ProgressController } from './progress.controller';
import { TargetsRepository } from './targets.repository';

/** Targets 经营指标: decompositions and progress, reading actuals through kpi's ACTUALS_READER; TargetsReader is its read port. */
@Module({
  imports: [TypeOrmModule.forFeature(TARGET_ENTITIES), AuditModule, KpiModule, OrgModule],
  controllers: [DecompositionsController, ProgressController],
  providers: [TargetsRepository, DecompositionsService, ProgressService, TargetsReader, DecompositionDeadlines],
  exports: [DecompositionsService, ProgressService, TargetsReader],
})
export class TargetsModule {}
