import { DataSource } from 'typeorm';

/**
 * The SQL dialect helpers, the one place raw SQL learns how to name things in both databases: both keep the
 * entities' camelCase names, so identifiers are double-quoted alike; bound parameters differ ($1 against ?).
 */

/** A quoted identifier (a table or column name of the entities). */
export const q = (name: string) => `"${name}"`;

/** The i-th (1-based) bound parameter's placeholder in the connected database's dialect. */
export const param = (db: DataSource, i: number) => (db.options.type === 'postgres' ? `$${i}` : '?');

/** Resolves when the database answers a trivial query (health checks); rejects when it does not. */
export async function pingDatabase(db: DataSource): Promise<void> {
  await db.query('SELECT 1');
}
