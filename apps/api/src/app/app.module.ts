import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@storeops/api/audit';
import { AuthModule } from '@storeops/api/auth';
import { CalendarModule } from '@storeops/api/calendar';
import { OrgModule } from '@storeops/api/org';
import { KpiModule } from '@storeops/api/kpi';
import { TargetsModule } from '@storeops/api/targets';
import { InspectionsModule } from '@storeops/api/inspections';
import { RankingsModule } from '@storeops/api/rankings';
import { SuppliersModule } from '@storeops/api/suppliers';
import { LedgerModule } from '@storeops/api/ledger';
import { DataVersionListener } from '@storeops/api/core';
import { LoggerModule } from 'nestjs-pino';
import { loggerOptions } from './logging';
import { RequestMetrics } from './operations';
import { dataSourceOptions } from '../database/data-source';
import { DemoSeedModule } from './demo/demo-seed.module';
import { shouldSeedDemo } from './demo/demo-seed.service';
import { HealthController } from './health.controller';

@Module({
  imports: [
    LoggerModule.forRoot(loggerOptions()),
    TypeOrmModule.forRootAsync({ useFactory: () => dataSourceOptions() }),
    AuditModule,
    CalendarModule,
    OrgModule,
    AuthModule,
    KpiModule,
    TargetsModule,
    InspectionsModule,
    RankingsModule,
    SuppliersModule,
    LedgerModule,
    // Demo data only when seeding: otherwise no demo provider is even loaded.
    ...(shouldSeedDemo() ? [DemoSeedModule] : []),
  ],
  controllers: [HealthController],
  providers: [DataVersionListener, { provide: RequestMetrics, useValue: new RequestMetrics() }],
})
export class AppModule {}
