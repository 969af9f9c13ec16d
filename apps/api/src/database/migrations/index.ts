import { Foundation1764201600000 } from './1764201600000-foundation';
import { Facts1764250000000 } from './1764250000000-facts';
import { Targets1764300000000 } from './1764300000000-targets';
import { Inspections1764350000000 } from './1764350000000-inspections';
import { Rankings1764400000000 } from './1764400000000-rankings';
import { Suppliers1764450000000 } from './1764450000000-suppliers';
import { LicenceFiles1764500000000 } from './1764500000000-licence-files';
import { RealFiles1764550000000 } from './1764550000000-real-files';
import { HostileInput1764600000000 } from './1764600000000-hostile-input';
import { TargetWorkflow1764700000000 } from './1764700000000-target-workflow';
import { DailyJobs1764750000000 } from './1764750000000-daily-jobs';
import { WorkCalendar1764800000000 } from './1764800000000-work-calendar';
import { AlertCentre1764900000000 } from './1764900000000-alert-centre';
import { Complaints1765000000000 } from './1765000000000-complaints';
import { PriceQualityChecks1765100000000 } from './1765100000000-price-quality-checks';
import { Meetings1765300000000 } from './1765300000000-meetings';
import { SupplierIssues1765400000000 } from './1765400000000-supplier-issues';
import { MultiProcess1765600000000 } from './1765600000000-multi-process';
import { RollupStoreSpan1765500000000 } from './1765500000000-rollup-store-span';
import { Violations1765200000000 } from './1765200000000-violations';

/** Every migration, oldest first. Listed by hand: the bundled API cannot glob for files. */
export const MIGRATIONS = [
  Foundation1764201600000,
  Facts1764250000000,
  Targets1764300000000,
  Inspections1764350000000,
  Rankings1764400000000,
  Suppliers1764450000000,
  LicenceFiles1764500000000,
  RealFiles1764550000000,
  HostileInput1764600000000,
  TargetWorkflow1764700000000,
  DailyJobs1764750000000,
  WorkCalendar1764800000000,
  AlertCentre1764900000000,
  Complaints1765000000000,
  PriceQualityChecks1765100000000,
  Violations1765200000000,
  Meetings1765300000000,
  SupplierIssues1765400000000,
  RollupStoreSpan1765500000000,
  MultiProcess1765600000000,
];
