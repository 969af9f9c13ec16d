import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemoTargetsSeeder } from './demo-targets.seeder';
import { DecompositionsService } from './decompositions.service';
import { TARGET_ENTITIES } from './entities';
import { ProgressService } from './progress.service';
import { DecompositionsController, ProgressController } from './targets.controllers';
import { TargetsRepository } from './targets.repository';

/** Targets 经营指标: decompositions and progress. Needs ACTUALS_READER, provided globally by the kpi module. */
@Module({
  imports: [TypeOrmModule.forFeature(TARGET_ENTITIES)],
  controllers: [DecompositionsController, ProgressController],
  providers: [TargetsRepository, DecompositionsService, ProgressService, DemoTargetsSeeder],
  exports: [DecompositionsService, ProgressService, DemoTargetsSeeder],
})
export class TargetsModule {}
