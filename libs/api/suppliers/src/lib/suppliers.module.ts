import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@storeops/api/audit';
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

/** Suppliers and contracts 供应商/合同: suppliers, licences, the contract review workflow, clause checks, scorecards. */
@Module({
  imports: [TypeOrmModule.forFeature(SUPPLIER_ENTITIES), AuditModule, OrgModule],
  controllers: [SuppliersController, SupplierScorecardsController, ContractsController, LicencesController],
  providers: [SuppliersRepository, SuppliersService, ContractsService, RecordsService, SupplierDeadlines, SupplierDirectory],
  exports: [ContractsService, SupplierDirectory],
})
export class SuppliersModule {}
