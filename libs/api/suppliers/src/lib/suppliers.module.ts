import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@storeops/api/audit';
import { CalendarModule } from '@storeops/api/calendar';
import { OrgModule } from '@storeops/api/org';
import { ContractsService } from './contracts.service';
import { SUPPLIER_ENTITIES } from './entities';
import { RecordsService } from './records.service';
import { ContractsController } from './contracts.controller';
import { LicencesController } from './licences.controller';
import { SupplierScorecardsController } from './supplier-scorecards.controller';
import { SuppliersController } from './suppliers.controller';
import { SuppliersRepository } from './suppliers.repository';
import { SuppliersService } from './suppliers.service';
import { SupplierDeadlines } from './supplier-deadlines';
import { SupplierDirectory } from './supplier-directory';
import { SupplierIssueDeadlines } from './supplier-issue-deadlines';
import { SupplierIssueSettingsController, SupplierIssuesController } from './supplier-issues.controller';
import { SupplierIssuesPort } from './supplier-issues.port';
import { SupplierIssuesService } from './supplier-issues.service';

/**
 * Suppliers and contracts 供应商/合同: suppliers, licences, the contract review workflow, clause checks, scorecards,
 * and supplier issues 供应商问题 (raised here or through SupplierIssuesPort by a quality check or a complaint).
 */
@Module({
  imports: [TypeOrmModule.forFeature(SUPPLIER_ENTITIES), AuditModule, CalendarModule, OrgModule],
  controllers: [
    SuppliersController,
    SupplierScorecardsController,
    ContractsController,
    LicencesController,
    SupplierIssuesController,
    SupplierIssueSettingsController,
  ],
  providers: [
    SuppliersRepository,
    SuppliersService,
    ContractsService,
    RecordsService,
    SupplierDeadlines,
    SupplierDirectory,
    SupplierIssuesService,
    SupplierIssuesPort,
    SupplierIssueDeadlines,
  ],
  exports: [ContractsService, SupplierDirectory, SupplierIssuesPort],
})
export class SuppliersModule {}
