import { Module } from '@nestjs/common';
import { InspectionsModule, DEMO_INSPECTIONS_PROVIDERS } from '@storeops/api/inspections';
import { CalendarModule } from '@storeops/api/calendar';
import { KpiModule } from '@storeops/api/kpi';
import { DEMO_LEDGER_PROVIDERS, LedgerModule } from '@storeops/api/ledger';
import { OrgModule } from '@storeops/api/org';
import { DEMO_RANKINGS_PROVIDERS } from '@storeops/api/rankings';
import { DEMO_SUPPLIERS_PROVIDERS } from '@storeops/api/suppliers';
import { DEMO_TARGETS_PROVIDERS, TargetsModule } from '@storeops/api/targets';
import { DemoSeedService } from './demo-seed.service';

/**
 * The demo chain: every domain's seeder and the service that runs them at start. AppModule imports this module only
 * when `shouldSeedDemo()` says so (SEED_DEMO, or any NODE_ENV but production), so a production process has no demo
 * provider at all; the domain modules ship none.
 */
@Module({
  imports: [OrgModule, KpiModule, TargetsModule, InspectionsModule, LedgerModule, CalendarModule],
  providers: [
    DemoSeedService,
    ...DEMO_TARGETS_PROVIDERS,
    ...DEMO_INSPECTIONS_PROVIDERS,
    ...DEMO_SUPPLIERS_PROVIDERS,
    ...DEMO_RANKINGS_PROVIDERS,
    ...DEMO_LEDGER_PROVIDERS,
  ],
  exports: [DemoSeedService],
})
export class DemoSeedModule {}
