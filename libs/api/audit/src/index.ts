export * from './lib/audit.module';
export * from './lib/audit.service';
export * from './lib/entities/audit-entry.entity';
