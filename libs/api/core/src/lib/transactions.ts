import { DataSource, EntityManager } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver shares one connection (one query runner) across the process, so two
 * `dataSource.transaction()` calls in flight at once would nest as savepoints of each other and commit or roll back
 * each other's work. On SQLite, transactions therefore take turns through this queue; PostgreSQL gives each its own
 * pooled connection and needs none.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

export function runInTransaction<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type === 'postgres') return db.transaction(work);
  const previous = queues.get(db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => db.transaction(work));
  queues.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}

/** Resolves once every transaction queued so far has finished (SQLite); at once on PostgreSQL. */
export async function transactionsIdle(db: DataSource): Promise<void> {
  await (queues.get(db) ?? Promise.resolve());
}
