import { DataSource, EntityManager } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver shares one connection (one query runner) across the process, so two
 * `dataSource.transaction()` calls in flight at once would nest as savepoints of each other and commit or roll back
 * each other's work. On SQLite, transactions therefore take turns through this queue; PostgreSQL gives each its own
 * pooled connection and needs none.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();
const exclusive = new WeakMap<DataSource, number>();

function enqueue<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  queues.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}

const commitHooks = new WeakMap<EntityManager, Array<() => void>>();

/** Runs `hook` once the transaction of `em` (one of `runInTransaction`) has committed; never when it rolls back. */
export function onCommit(em: EntityManager, hook: () => void): void {
  const hooks = commitHooks.get(em);
  if (!hooks) throw new Error('onCommit needs the EntityManager of a runInTransaction transaction');
  hooks.push(hook);
}

async function transaction<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const hooks: Array<() => void> = [];
  const result = await db.transaction((em) => {
    commitHooks.set(em, hooks);
    return work(em);
  });
  for (const hook of hooks) hook();
  return result;
}

export function runInTransaction<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type === 'postgres') return transaction(db, work);
  return enqueue(db, () => transaction(db, work));
}

/**
 * Work that holds SQLite's one writer for a while from another connection (an import's apply in a worker thread):
 * it takes its turn in the same queue, so the process's own transactions wait for it asynchronously — the event loop
 * and every read go on — instead of blocking on the database lock. On PostgreSQL it simply runs.
 */
export function runExclusive<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  if (db.options.type === 'postgres') return work();
  return enqueue(db, async () => {
    exclusive.set(db, (exclusive.get(db) ?? 0) + 1);
    try {
      return await work();
    } finally {
      exclusive.set(db, (exclusive.get(db) ?? 1) - 1);
    }
  });
}

/** Whether exclusive work holds the writer now: optional writes (a session's last-seen time) are skipped meanwhile. */
export function writerBusy(db: DataSource): boolean {
  return (exclusive.get(db) ?? 0) > 0;
}

/** Resolves once every transaction queued so far has finished (SQLite); at once on PostgreSQL. */
export async function transactionsIdle(db: DataSource): Promise<void> {
  await (queues.get(db) ?? Promise.resolve());
}
