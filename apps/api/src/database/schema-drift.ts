import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

/**
 * The SQL TypeORM would run to bring the migrated schema in line with the entities. Empty means the
 * migrations and the entities agree; anything else is drift (or the body of the next migration).
 */
export async function pendingSchemaSql(url?: string): Promise<{ up: string[]; down: string[] }> {
  const db = new DataSource({ ...dataSourceOptions(url), migrationsRun: false, logging: false } as never);
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    const log = await db.driver.createSchemaBuilder().log();
    return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query).reverse() };
  } finally {
    await db.destroy();
  }
}
