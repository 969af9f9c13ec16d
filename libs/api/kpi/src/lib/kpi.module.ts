import { Module } from '@nestjs/common';
import { AuditModule } from '@storeops/api/audit';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACTUALS_READER } from '@storeops/api/core';
import { OrgModule } from '@storeops/api/org';
import { FactsActualsReader } from './actuals.reader';
import { KPI_ENTITIES } from './entities';
import { FactsRepository } from './facts.repository';
import { ImportsController } from './imports.controller';
import { KpisController } from './kpis.controller';
import { ImportsService } from './imports.service';
import { KpisService } from './kpis.service';

@Module({
  imports: [TypeOrmModule.forFeature(KPI_ENTITIES), OrgModule, AuditModule],
  controllers: [KpisController, ImportsController],
  providers: [
    FactsRepository,
    KpisService,
    ImportsService,
    FactsActualsReader,
    { provide: ACTUALS_READER, useExisting: FactsActualsReader },
  ],
  exports: [ACTUALS_READER, FactsRepository, ImportsService],
})
export class KpiModule {}
