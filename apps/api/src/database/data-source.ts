import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { AuditEntryEntity } from '@storeops/api/audit';
import { LoginThrottleEntity, SessionEntity } from '@storeops/api/auth';
import { CALENDAR_ENTITIES } from '@storeops/api/calendar';
import { DataVersionEntity, parseDatabaseUrl } from '@storeops/api/core';
import { KPI_ENTITIES } from '@storeops/api/kpi';
import { CategoryEntity, RegionEntity, StoreEntity, StoreExternalCodeEntity, UserEntity } from '@storeops/api/org';
import { TARGET_ENTITIES } from '@storeops/api/targets';
import { INSPECTION_ENTITIES } from '@storeops/api/inspections';
import { RANKING_ENTITIES } from '@storeops/api/rankings';
import { SUPPLIER_ENTITIES } from '@storeops/api/suppliers';
import { LEDGER_ENTITIES } from '@storeops/api/ledger';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [
  RegionEntity,
  CategoryEntity,
  StoreEntity,
  StoreExternalCodeEntity,
  UserEntity,
  SessionEntity,
  LoginThrottleEntity,
  AuditEntryEntity,
  DataVersionEntity,
  ...CALENDAR_ENTITIES,
  ...KPI_ENTITIES,
  ...TARGET_ENTITIES,
  ...INSPECTION_ENTITIES,
  ...RANKING_ENTITIES,
  ...SUPPLIER_ENTITIES,
  ...LEDGER_ENTITIES,
];

/**
 * One place that turns DATABASE_URL into TypeORM options. Migrations only: the schema never follows the
 * entities by itself (`synchronize` is off), and a test proves the migrations and entities agree.
 */
export function dataSourceOptions(url = process.env['DATABASE_URL']): DataSourceOptions {
  const target = parseDatabaseUrl(url);
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: process.env['DB_LOG'] === 'true' ? ('all' as const) : (['error'] as Array<'error'>),
  };
  if (target.kind === 'postgres') {
    return { ...common, type: 'postgres', url: target.location, extra: { max: Number(process.env['DB_POOL_SIZE'] ?? 10) } };
  }
  if (target.location !== ':memory:') mkdirSync(dirname(target.location), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: target.location,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      // 64 MiB of page cache (the default is 2 MiB): rollup reads and index updates stay in memory.
      db.pragma('cache_size = -65536');
      db.pragma('temp_store = MEMORY');
    },
  };
}
