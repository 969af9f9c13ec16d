import { DataSource } from 'typeorm';
import { runInTransaction } from './transactions';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runInTransaction on SQLite (one shared connection)', () => {
  let db: DataSource;

  beforeEach(async () => {
    db = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    await db.initialize();
    await db.query('CREATE TABLE t (x TEXT NOT NULL)');
  });
  afterEach(() => db.destroy());

  it('keeps two overlapping transactions apart: one rolls back alone, the other commits whole', async () => {
    const failing = runInTransaction(db, async (em) => {
      await em.query("INSERT INTO t (x) VALUES ('a1')");
      await pause(30); // real I/O inside a transaction, e.g. reading a file
      await em.query("INSERT INTO t (x) VALUES ('a2')");
      throw new Error('a fails');
    });
    const succeeding = runInTransaction(db, async (em) => {
      await em.query("INSERT INTO t (x) VALUES ('b1')");
      await pause(5);
      await em.query("INSERT INTO t (x) VALUES ('b2')");
      return 'b';
    });
    await expect(failing).rejects.toThrow('a fails');
    await expect(succeeding).resolves.toBe('b');
    const rows: Array<{ x: string }> = await db.query('SELECT x FROM t ORDER BY x');
    expect(rows.map((r) => r.x)).toEqual(['b1', 'b2']);
  });
});
