import { DataSource, EntityManager } from 'typeorm';

/**
 * The SQL dialect helpers, the one place raw SQL learns how to name things in both databases: both keep the
 * entities' camelCase names, so identifiers are double-quoted alike; bound parameters differ ($1 against ?).
 */

/** A quoted identifier (a table or column name of the entities). */
export const q = (name: string) => `"${name}"`;

/** The i-th (1-based) bound parameter's placeholder in the connected database's dialect. */
export const param = (db: DataSource, i: number) => (db.options.type === 'postgres' ? `$${i}` : '?');

/**
 * PostgreSQL: takes a transaction-scoped advisory lock (released at commit or rollback), so processes that race for
 * the same work take turns. SQLite serializes transactions already: nothing to take.
 */
export async function advisoryXactLock(em: EntityManager, key: number): Promise<void> {
  if (em.connection.options.type === 'postgres') await em.query('SELECT pg_advisory_xact_lock($1)', [key]);
}

/** Resolves when the database answers a trivial query (health checks); rejects when it does not. */
export async function pingDatabase(db: DataSource): Promise<void> {
  await db.query('SELECT 1');
}
