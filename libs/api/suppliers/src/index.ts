export * from './lib/suppliers.module';
export * from './lib/entities';
export * from './lib/contracts.service';
export * from './lib/demo-suppliers.seeder';
export * from './lib/supplier-directory';
export * from './lib/supplier-issues.port';
export * from './lib/demo-supplier-issues.seeder';
