export * from './lib/ledger.module';
export * from './lib/entities/complaint.entity';
export * from './lib/complaint-facts';
export * from './lib/complaint-retention';
export * from './lib/complaints.service';
export * from './lib/demo-complaints.seeder';
