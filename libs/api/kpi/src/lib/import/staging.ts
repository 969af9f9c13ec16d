import { Logger } from '@nestjs/common';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, QueryRunner } from 'typeorm';
import { ImportKind } from '@storeops/shared/contracts';
import { bumpDataVersion, transactionsIdle } from '@storeops/api/core';

/** IMPORT_TIMING=true logs each apply statement's duration (docs/operations.md). */
const timingLog = new Logger('ImportTiming');

export interface CategoryFactRow {
  line: number;
  day: number;
  storeId: number;
  categoryId: number;
  sales: number;
  cost: number;
  shrink: number;
}

export interface StoreFactRow {
  line: number;
  day: number;
  storeId: number;
  transactions: number;
  labourCenti: number;
}

export type FactRow = CategoryFactRow | StoreFactRow;

export interface ApplyCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface Duplicate {
  line: number;
  firstLine: number;
}

/**
 * An import's rows are first staged (keyed, so a key repeated inside the file is caught with both lines), then
 * applied in one transaction: upsert into the daily facts, then rebuild the store-day totals and the month rollups
 * of every (store, day) the import really changed. Nothing reaches the fact tables unless the whole file is good.
 */
export interface Staging {
  add(rows: readonly FactRow[]): Promise<Duplicate[]>;
  apply(): Promise<ApplyCounts>;
  close(): Promise<void>;
}

interface Spec {
  table: string;
  keys: string[];
  values: string[];
}

const SPECS: Record<ImportKind, Spec> = {
  [ImportKind.CategoryFacts]: { table: 'fact_category_day', keys: ['day', 'storeId', 'categoryId'], values: ['sales', 'cost', 'shrink'] },
  [ImportKind.StoreFacts]: { table: 'fact_store_day', keys: ['day', 'storeId'], values: ['transactions', 'labourCenti'] },
};

const q = (name: string) => `"${name}"`;

type Dialect = 'sqlite' | 'postgres';

function differs(dialect: Dialect, spec: Spec, a: string, b: string): string {
  const op = dialect === 'postgres' ? 'IS DISTINCT FROM' : 'IS NOT';
  return spec.values.map((v) => `${a}.${q(v)} ${op} ${b}.${q(v)}`).join(' OR ');
}

/**
 * The statements of the apply step, the same on both databases but for null-safe comparison. One pass joins the
 * staged rows with the facts and keeps only new or changed rows (`diff`); everything after reads that.
 */
function applyStatements(
  kind: ImportKind,
  dialect: Dialect,
  stage: string,
  fresh: boolean,
): { prepare: string[]; counts: string | null; writes: string[] } {
  const spec = SPECS[kind];
  const keyJoin = spec.keys.map((k) => `f.${q(k)} = s.${q(k)}`).join(' AND ');
  const cols = [...spec.keys, ...spec.values].map(q).join(', ');
  // A store-day row made by a category import carries no store facts yet: filling it in counts as new.
  const isNew =
    kind === ImportKind.StoreFacts
      ? `(f.${q('day')} IS NULL OR (f.${q('transactions')} IS NULL AND f.${q('labourCenti')} IS NULL))`
      : `f.${q('day')} IS NULL`;
  const prepare = [
    `CREATE TEMP TABLE diff AS SELECT ${[...spec.keys, ...spec.values].map((c) => `s.${q(c)} AS ${q(c)}`).join(', ')},
       CASE WHEN ${isNew} THEN 1 ELSE 0 END AS isnew
       FROM ${stage} s LEFT JOIN ${q(spec.table)} f ON ${keyJoin}
       WHERE ${isNew} OR ${differs(dialect, spec, 'f', 's')}`,
  ];
  const counts = fresh ? null : `SELECT COUNT(*) AS changed, COALESCE(SUM(isnew), 0) AS inserted FROM diff`;
  // A range the table has no rows in yet (a first load): every staged row is new, so no join is needed.
  const source = fresh ? stage : 'diff';
  const writes = [
    `INSERT INTO ${q(spec.table)} (${cols}) SELECT ${cols} FROM ${source} WHERE true
       ON CONFLICT (${spec.keys.map(q).join(', ')}) DO UPDATE SET ${spec.values.map((v) => `${q(v)} = excluded.${q(v)}`).join(', ')}`,
    `CREATE TEMP TABLE touched_day AS SELECT DISTINCT ${q('day')}, ${q('storeId')} FROM ${source}`,
  ];
  if (kind === ImportKind.CategoryFacts) {
    // Store-day totals: in a fresh range straight from the staged rows (already in key order), otherwise
    // recomputed from the facts of every touched (store, day).
    writes.push(
      fresh
        ? `INSERT INTO ${q('fact_store_day')} (${q('day')}, ${q('storeId')}, ${q('sales')}, ${q('cost')}, ${q('shrink')})
             SELECT s.${q('day')}, s.${q('storeId')}, SUM(s.${q('sales')}), SUM(s.${q('cost')}), SUM(s.${q('shrink')})
             FROM ${stage} s GROUP BY s.${q('day')}, s.${q('storeId')}
             ON CONFLICT (${q('day')}, ${q('storeId')}) DO UPDATE SET ${q('sales')} = excluded.${q('sales')}, ${q('cost')} = excluded.${q('cost')}, ${q('shrink')} = excluded.${q('shrink')}`
        : `INSERT INTO ${q('fact_store_day')} (${q('day')}, ${q('storeId')}, ${q('sales')}, ${q('cost')}, ${q('shrink')})
         SELECT f.${q('day')}, f.${q('storeId')}, SUM(f.${q('sales')}), SUM(f.${q('cost')}), SUM(f.${q('shrink')})
         FROM ${q('fact_category_day')} f JOIN touched_day t ON t.${q('day')} = f.${q('day')} AND t.${q('storeId')} = f.${q('storeId')}
         GROUP BY f.${q('day')}, f.${q('storeId')}
         ON CONFLICT (${q('day')}, ${q('storeId')}) DO UPDATE SET ${q('sales')} = excluded.${q('sales')}, ${q('cost')} = excluded.${q('cost')}, ${q('shrink')} = excluded.${q('shrink')}`,
    );
  }
  writes.push(`CREATE TEMP TABLE touched_month AS SELECT DISTINCT ${q('day')} / 100 AS ${q('month')}, ${q('storeId')} FROM touched_day`);
  if (kind === ImportKind.CategoryFacts) {
    // Month rollups of the touched (store, month)s, from their daily rows (by the (storeId, day) index).
    writes.push(
      `DELETE FROM ${q('rollup_category_month')} WHERE EXISTS (SELECT 1 FROM touched_month t
         WHERE t.${q('month')} = ${q('rollup_category_month')}.${q('month')} AND t.${q('storeId')} = ${q('rollup_category_month')}.${q('storeId')})`,
      `INSERT INTO ${q('rollup_category_month')} (${q('month')}, ${q('storeId')}, ${q('categoryId')}, ${q('sales')}, ${q('cost')}, ${q('shrink')})
         SELECT t.${q('month')}, f.${q('storeId')}, f.${q('categoryId')}, SUM(f.${q('sales')}), SUM(f.${q('cost')}), SUM(f.${q('shrink')})
         FROM touched_month t JOIN ${q('fact_category_day')} f
           ON f.${q('storeId')} = t.${q('storeId')} AND f.${q('day')} BETWEEN t.${q('month')} * 100 + 1 AND t.${q('month')} * 100 + 31
         GROUP BY t.${q('month')}, f.${q('storeId')}, f.${q('categoryId')}`,
    );
  }
  writes.push(
    `DELETE FROM ${q('rollup_store_month')} WHERE EXISTS (SELECT 1 FROM touched_month t
       WHERE t.${q('month')} = ${q('rollup_store_month')}.${q('month')} AND t.${q('storeId')} = ${q('rollup_store_month')}.${q('storeId')})`,
    `INSERT INTO ${q('rollup_store_month')} (${q('month')}, ${q('storeId')}, ${q('sales')}, ${q('cost')}, ${q('shrink')}, ${q('transactions')}, ${q('labourCenti')}, ${q('days')})
       SELECT t.${q('month')}, f.${q('storeId')}, SUM(f.${q('sales')}), SUM(f.${q('cost')}), SUM(f.${q('shrink')}),
              SUM(COALESCE(f.${q('transactions')}, 0)), SUM(COALESCE(f.${q('labourCenti')}, 0)), COUNT(*)
       FROM touched_month t JOIN ${q('fact_store_day')} f
         ON f.${q('storeId')} = t.${q('storeId')} AND f.${q('day')} BETWEEN t.${q('month')} * 100 + 1 AND t.${q('month')} * 100 + 31
       GROUP BY t.${q('month')}, f.${q('storeId')}`,
    `DROP TABLE touched_month`,
    `DROP TABLE touched_day`,
  );
  if (!fresh) writes.push(`DROP TABLE diff`);
  return { prepare: fresh ? [] : prepare, counts, writes };
}

/** Whether the fact table has no row in the staged day range. */
function freshnessSql(kind: ImportKind, stage: string): { range: string; probe: string } {
  return {
    range: `SELECT MIN(${q('day')}) AS lo, MAX(${q('day')}) AS hi FROM ${stage}`,
    probe: `SELECT 1 AS hit FROM ${q(SPECS[kind].table)} WHERE ${q('day')} BETWEEN $LO AND $HI LIMIT 1`,
  };
}

function rowValues(kind: ImportKind, row: FactRow): number[] {
  return kind === ImportKind.CategoryFacts
    ? [
        row.day,
        row.storeId,
        (row as CategoryFactRow).categoryId,
        (row as CategoryFactRow).sales,
        (row as CategoryFactRow).cost,
        (row as CategoryFactRow).shrink,
      ]
    : [row.day, row.storeId, (row as StoreFactRow).transactions, (row as StoreFactRow).labourCenti];
}

function stageColumns(kind: ImportKind): string {
  const spec = SPECS[kind];
  return (
    [...spec.keys, ...spec.values].map((c) => `${q(c)} INTEGER NOT NULL`).join(', ') +
    `, ${q('line')} INTEGER NOT NULL, PRIMARY KEY (${spec.keys.map(q).join(', ')})`
  );
}

export async function openStaging(db: DataSource, kind: ImportKind): Promise<Staging> {
  return db.options.type === 'postgres' ? PostgresStaging.open(db, kind) : SqliteStaging.open(db, kind);
}

type SqliteHandle = Database.Database;

/**
 * SQLite: rows are staged in a throwaway database file of their own (no lock on the real one while a large file is
 * read), then applied by the app's own connection in one synchronous transaction — nothing else in the process can
 * run in between, and the one writer lock is held only for the apply.
 */
class SqliteStaging implements Staging {
  private readonly insert: Database.Statement;
  private readonly firstLine: Database.Statement;

  private constructor(
    private readonly db: DataSource,
    private readonly kind: ImportKind,
    private readonly path: string,
    private readonly stage: SqliteHandle,
  ) {
    const spec = SPECS[kind];
    const cols = [...spec.keys, ...spec.values, 'line'];
    this.insert = stage.prepare(
      `INSERT INTO stage (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT DO NOTHING`,
    );
    this.firstLine = stage.prepare(`SELECT ${q('line')} FROM stage WHERE ${spec.keys.map((k) => `${q(k)} = ?`).join(' AND ')}`);
  }

  static async open(db: DataSource, kind: ImportKind): Promise<SqliteStaging> {
    const path = join(tmpdir(), `storeops-stage-${randomUUID()}.sqlite`);
    const stage = new Database(path);
    stage.pragma('journal_mode = OFF');
    stage.pragma('synchronous = OFF');
    stage.exec(`CREATE TABLE stage (${stageColumns(kind)}) WITHOUT ROWID`);
    return new SqliteStaging(db, kind, path, stage);
  }

  private staged = 0;

  async add(rows: readonly FactRow[]): Promise<Duplicate[]> {
    const duplicates: Duplicate[] = [];
    const keyCount = SPECS[this.kind].keys.length;
    this.stage.transaction(() => {
      for (const row of rows) {
        const values = rowValues(this.kind, row);
        if (this.insert.run(...values, row.line).changes === 1) this.staged++;
        else {
          const first = this.firstLine.get(...values.slice(0, keyCount)) as { line: number };
          duplicates.push({ line: row.line, firstLine: first.line });
        }
      }
    })();
    return duplicates;
  }

  async apply(): Promise<ApplyCounts> {
    this.stage.close();
    const conn = (this.db.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
    const freshness = freshnessSql(this.kind, 'stg.stage');
    // Wait for the shared connection to be free of any open transaction, then do everything synchronously.
    for (;;) {
      await transactionsIdle(this.db);
      if (!conn.inTransaction) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    conn.prepare('ATTACH DATABASE ? AS stg').run(this.path);
    // A large apply inserts into the (storeId, day) indexes out of key order: give it a page cache that holds them.
    const cacheSize = conn.pragma('cache_size', { simple: true }) as number;
    conn.pragma('cache_size = -524288');
    try {
      return conn.transaction(() => {
        const { lo, hi } = conn.prepare(freshness.range).get() as { lo: number | null; hi: number | null };
        const fresh =
          this.kind === ImportKind.CategoryFacts &&
          (lo === null || !conn.prepare(freshness.probe.replace('$LO', String(lo)).replace('$HI', String(hi))).get());
        const { prepare, counts, writes } = applyStatements(this.kind, 'sqlite', 'stg.stage', fresh);
        const timed = (sql: string) => {
          const t0 = Date.now();
          conn.exec(sql);
          if (process.env['IMPORT_TIMING'] === 'true') timingLog.log(`${Date.now() - t0} ms  ${sql.replace(/\s+/g, ' ').slice(0, 90)}`);
        };
        prepare.forEach(timed);
        const c = counts
          ? (conn.prepare(counts).get() as { changed: number; inserted: number })
          : { changed: this.staged, inserted: this.staged };
        writes.forEach(timed);
        return { inserted: c.inserted, updated: c.changed - c.inserted, unchanged: this.staged - c.changed };
      })();
    } finally {
      bumpDataVersion('facts');
      conn.pragma(`cache_size = ${cacheSize}`);
      conn.exec('DETACH DATABASE stg');
    }
  }

  async close(): Promise<void> {
    if (this.stage.open) this.stage.close();
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(this.path + suffix, { force: true });
  }
}

/** PostgreSQL: a connection of its own from the pool, a temporary staging table, and one transaction to apply. */
class PostgresStaging implements Staging {
  private constructor(
    private readonly kind: ImportKind,
    private readonly runner: QueryRunner,
  ) {}

  static async open(db: DataSource, kind: ImportKind): Promise<PostgresStaging> {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.query(`CREATE TEMP TABLE stage (${stageColumns(kind).replace(/INTEGER/g, 'BIGINT')})`);
    return new PostgresStaging(kind, runner);
  }

  async add(rows: readonly FactRow[]): Promise<Duplicate[]> {
    if (!rows.length) return [];
    const spec = SPECS[this.kind];
    const cols = [...spec.keys, ...spec.values, 'line'];
    const params: number[] = [];
    const tuples = rows.map((row) => {
      const values = [...rowValues(this.kind, row), row.line];
      const start = params.length;
      params.push(...values);
      return `(${values.map((_, i) => `$${start + i + 1}`).join(', ')})`;
    });
    const inserted: Array<Record<string, string | number>> = await this.runner.query(
      `INSERT INTO stage (${cols.map(q).join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING RETURNING ${q('line')}`,
      params,
    );
    if (inserted.length === rows.length) return [];
    const kept = new Set(inserted.map((r) => Number(r['line'])));
    const duplicates: Duplicate[] = [];
    for (const row of rows) {
      if (kept.has(row.line)) continue;
      const keys = rowValues(this.kind, row).slice(0, spec.keys.length);
      const [first] = await this.runner.query(
        `SELECT ${q('line')} FROM stage WHERE ${spec.keys.map((k, i) => `${q(k)} = $${i + 1}`).join(' AND ')}`,
        keys,
      );
      duplicates.push({ line: row.line, firstLine: Number(first.line) });
    }
    return duplicates;
  }

  async apply(): Promise<ApplyCounts> {
    await this.runner.startTransaction();
    try {
      const freshness = freshnessSql(this.kind, 'stage');
      const [{ lo, hi }] = await this.runner.query(freshness.range);
      const fresh =
        this.kind === ImportKind.CategoryFacts &&
        (lo === null ||
          (await this.runner.query(freshness.probe.replace('$LO', String(Number(lo))).replace('$HI', String(Number(hi))))).length === 0);
      const { prepare, counts, writes } = applyStatements(this.kind, 'postgres', 'stage', fresh);
      for (const sql of prepare) await this.runner.query(sql);
      const [staged] = await this.runner.query('SELECT COUNT(*) AS n FROM stage');
      const [c] = counts ? await this.runner.query(counts) : [{ changed: staged.n, inserted: staged.n }];
      for (const sql of writes) await this.runner.query(sql);
      await this.runner.commitTransaction();
      bumpDataVersion('facts');
      const changed = Number(c.changed);
      const insertedCount = Number(c.inserted);
      return { inserted: insertedCount, updated: changed - insertedCount, unchanged: Number(staged.n) - changed };
    } catch (error) {
      await this.runner.rollbackTransaction();
      throw error;
    }
  }

  async close(): Promise<void> {
    try {
      await this.runner.query('DROP TABLE IF EXISTS stage');
    } finally {
      await this.runner.release();
    }
  }
}
