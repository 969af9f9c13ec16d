import { Logger } from '@nestjs/common';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, QueryRunner } from 'typeorm';
import { IMPORT_FIELDS, ImportField, ImportKind } from '@storeops/shared/contracts';
import { clock, dataVersionBumpSql, q, runExclusive, syncDataVersions } from '@storeops/api/core';
import { ApplyPlanInput, chunkDays, Dialect, rollupStatements, Step, writeStatements } from './apply-plan';
import { runInWorker, runSteps } from './apply-runner';

/** IMPORT_TIMING=true logs each apply statement's duration (docs/operations.md). */
const timingLog = new Logger('ImportTiming');

export interface CategoryFactRow {
  line: number;
  day: number;
  storeId: number;
  categoryId: number;
  sales: number;
  cost: number | null;
  shrink: number | null;
}

export interface StoreFactRow {
  line: number;
  day: number;
  storeId: number;
  /** 1 open, 0 closed, null unknown. */
  open: number | null;
  transactions: number | null;
  labourCenti: number | null;
  /** The store's uncategorised sales of the day (未分品类), with cost and shrink, when the file has them. */
  sales: number | null;
  cost: number | null;
  shrink: number | null;
}

export type FactRow = CategoryFactRow | StoreFactRow;

export interface ApplyCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  replacedStoreDays: number;
  ignoredStoreDaySales: number;
  closedDays: number;
}

export interface Duplicate {
  line: number;
  firstLine: number;
}

export interface ApplyProgress {
  phase: 'writing' | 'rollup';
  done: number;
  total: number;
}

/**
 * An import's rows are first staged (keyed, so a key repeated inside the file is caught with both lines), then
 * applied in one transaction (apply-plan.ts). Nothing reaches the fact tables unless the whole file is good.
 */
export interface Staging {
  add(rows: readonly FactRow[]): Promise<Duplicate[]>;
  /** `jobId`: the import job marked applied in the apply's own transaction (a job retried after a crash then writes nothing). */
  apply(onProgress?: (progress: ApplyProgress) => void, jobId?: number): Promise<ApplyCounts>;
  close(): Promise<void>;
}

/** The apply's last statements, in its transaction: the facts' data version moves on, and the job is marked applied. */
function closingSql(dialect: Dialect, jobId: number | undefined): string[] {
  const applied =
    jobId === undefined
      ? []
      : [`UPDATE "import_job" SET "applied" = ${dialect === 'postgres' ? 'true' : '1'} WHERE "id" = ${Number(jobId)}`];
  return [...dataVersionBumpSql('facts', dialect), ...applied];
}

const STAGE_SPECS: Record<ImportKind, { keys: string[]; values: string[] }> = {
  [ImportKind.CategoryFacts]: { keys: ['day', 'storeId', 'categoryId'], values: ['sales', 'cost', 'shrink'] },
  [ImportKind.StoreFacts]: { keys: ['day', 'storeId'], values: ['open', 'transactions', 'labourCenti', 'sales', 'cost', 'shrink'] },
};

function rowValues(kind: ImportKind, row: FactRow): Array<number | null> {
  if (kind === ImportKind.CategoryFacts) {
    const r = row as CategoryFactRow;
    return [r.day, r.storeId, r.categoryId, r.sales, r.cost, r.shrink];
  }
  const r = row as StoreFactRow;
  return [r.day, r.storeId, r.open, r.transactions, r.labourCenti, r.sales, r.cost, r.shrink];
}

function stageColumns(kind: ImportKind, integer: string): string {
  const spec = STAGE_SPECS[kind];
  const notNull = kind === ImportKind.CategoryFacts ? new Set(['sales']) : new Set<string>();
  return [
    ...spec.keys.map((c) => `${q(c)} ${integer} NOT NULL`),
    ...spec.values.map((c) => `${q(c)} ${integer}${notNull.has(c) ? ' NOT NULL' : ''}`),
    `${q('line')} ${integer} NOT NULL`,
    `PRIMARY KEY (${spec.keys.map(q).join(', ')})`,
  ].join(', ');
}

/** Every field of the kind: what the demo seed and the benchmark's floor write. */
export function allFields(kind: ImportKind): ReadonlySet<ImportField> {
  return new Set(IMPORT_FIELDS[kind]);
}

export async function openStaging(db: DataSource, kind: ImportKind, present: ReadonlySet<ImportField> = allFields(kind)): Promise<Staging> {
  return db.options.type === 'postgres' ? PostgresStaging.open(db, kind, present) : SqliteStaging.open(db, kind, present);
}

/** Rows per staging INSERT on PostgreSQL. */
const PG_ROWS_PER_INSERT = 20_000;

/** How many chunks the big statements are cut into (for progress). */
const CHUNKS = 20;

interface PlanShape {
  dayCounts: Array<{ day: number; n: number }>;
  staged: number;
}

/** The whole apply program, from the stage's day counts and whether the range holds facts yet. */
function program(kind: ImportKind, dialect: Dialect, stage: string, present: ReadonlySet<ImportField>, fresh: boolean, shape: PlanShape) {
  const days = chunkDays(shape.dayCounts, CHUNKS);
  const input: ApplyPlanInput = { kind, dialect, stage, present, fresh, dayChunks: days.chunks, chunkRows: days.rows };
  const { steps, withCategories } = writeStatements(input);
  const monthCounts = new Map<number, number>();
  for (const d of shape.dayCounts) monthCounts.set(Math.floor(d.day / 100), 1);
  const months = [...monthCounts.keys()].sort((a, b) => a - b).map((m) => ({ day: m, n: 1 }));
  const monthChunks = chunkDays(months, Math.min(CHUNKS, Math.max(1, months.length)));
  const rollup = rollupStatements(dialect, withCategories, { monthChunks: monthChunks.chunks, chunkMonths: monthChunks.rows });
  return { steps: [...steps, ...rollup], totals: { writing: shape.staged, rollup: months.length } };
}

function countsOf(results: Record<string, Record<string, unknown> | undefined>, staged: number): ApplyCounts {
  const counts = results['counts'];
  const changed = counts ? Number(counts['changed']) : staged;
  const inserted = counts ? Number(counts['inserted']) : staged;
  return {
    inserted,
    updated: changed - inserted,
    unchanged: staged - changed,
    replacedStoreDays: Number(results['replaced']?.['n'] ?? 0),
    ignoredStoreDaySales: Number(results['ignored']?.['n'] ?? 0),
    closedDays: Number(results['closed']?.['n'] ?? 0),
  };
}

function reporter(totals: { writing: number; rollup: number }, onProgress?: (p: ApplyProgress) => void) {
  return (step: Step) => {
    if (step.progress && onProgress) onProgress({ ...step.progress, total: totals[step.progress.phase] });
  };
}

function freshnessProbe(kind: ImportKind): string {
  const table = kind === ImportKind.CategoryFacts ? 'fact_category_day' : 'fact_store_day';
  return `SELECT 1 AS hit FROM ${q(table)} WHERE ${q('day')} BETWEEN $LO AND $HI LIMIT 1`;
}

type SqliteHandle = Database.Database;

/**
 * SQLite: rows are staged in a throwaway database file of their own (no lock on the real one while a large file is
 * read). The apply runs in one transaction on a connection of its own in a worker thread, so the app goes on
 * answering (WAL lets readers read the last committed state) while the writer works; the app's own transactions
 * wait their turn in core's queue without blocking the event loop. An in-memory database (tests) cannot be opened
 * twice, so there the apply runs on the app's connection.
 */
class SqliteStaging implements Staging {
  private readonly insert: Database.Statement;
  private readonly firstLine: Database.Statement;
  private staged = 0;

  private constructor(
    private readonly db: DataSource,
    private readonly kind: ImportKind,
    private readonly present: ReadonlySet<ImportField>,
    private readonly path: string,
    private readonly stage: SqliteHandle,
  ) {
    const spec = STAGE_SPECS[kind];
    const columns = [...spec.keys, ...spec.values, 'line'];
    this.insert = stage.prepare(
      `INSERT INTO stage (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT DO NOTHING`,
    );
    this.firstLine = stage.prepare(`SELECT ${q('line')} FROM stage WHERE ${spec.keys.map((k) => `${q(k)} = ?`).join(' AND ')}`);
  }

  static async open(db: DataSource, kind: ImportKind, present: ReadonlySet<ImportField>): Promise<SqliteStaging> {
    const path = join(tmpdir(), `storeops-stage-${randomUUID()}.sqlite`);
    const stage = new Database(path);
    stage.pragma('journal_mode = OFF');
    stage.pragma('synchronous = OFF');
    stage.exec(`CREATE TABLE stage (${stageColumns(kind, 'INTEGER')}) WITHOUT ROWID`);
    return new SqliteStaging(db, kind, present, path, stage);
  }

  async add(rows: readonly FactRow[]): Promise<Duplicate[]> {
    const duplicates: Duplicate[] = [];
    const keyCount = STAGE_SPECS[this.kind].keys.length;
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

  async apply(onProgress?: (p: ApplyProgress) => void, jobId?: number): Promise<ApplyCounts> {
    const dayCounts = (
      this.stage.prepare(`SELECT ${q('day')} AS day, COUNT(*) AS n FROM stage GROUP BY ${q('day')} ORDER BY ${q('day')}`).all() as Array<{
        day: number;
        n: number;
      }>
    ).map((r) => ({ day: Number(r.day), n: Number(r.n) }));
    this.stage.close();
    const conn = (this.db.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
    const file = conn.name;
    const inMemory = !file || file === ':memory:';
    try {
      return await runExclusive(this.db, async () => {
        const lo = dayCounts[0]?.day;
        const hi = dayCounts[dayCounts.length - 1]?.day;
        const fresh =
          lo === undefined || !conn.prepare(freshnessProbe(this.kind).replace('$LO', String(lo)).replace('$HI', String(hi))).get();
        const planned = program(this.kind, 'sqlite', 'stg.stage', this.present, fresh, { dayCounts, staged: this.staged });
        const { totals } = planned;
        // The facts' version moves in the apply's own transaction, with the job marked applied (a retried job writes nothing).
        const steps = [...planned.steps, ...closingSql('sqlite', jobId).map((sql): Step => ({ sql }))];
        const report = reporter(totals, onProgress);
        const timing =
          process.env['IMPORT_TIMING'] === 'true'
            ? (step: Step, ms: number) => timingLog.log(`${ms} ms  ${step.sql.replace(/\s+/g, ' ').slice(0, 100)}`)
            : undefined;
        if (inMemory) {
          // A transaction opened outside core's queue (none should be) must end first.
          while (conn.inTransaction) await new Promise((resolve) => setTimeout(resolve, 5));
          conn.prepare('ATTACH DATABASE ? AS stg').run(this.path);
          try {
            return countsOf(runSteps(conn, steps, report, timing), this.staged);
          } finally {
            conn.exec('DETACH DATABASE stg');
          }
        }
        // Other writers of this process wait in runExclusive's queue; one that does not (a stray write) fails fast
        // with SQLITE_BUSY (answered 503, try again) instead of blocking the event loop for the whole apply.
        const busy = conn.pragma('busy_timeout', { simple: true }) as number;
        conn.pragma('busy_timeout = 250');
        try {
          const results = await runInWorker(file, this.path, steps, report, timing);
          return countsOf(results, this.staged);
        } finally {
          conn.pragma(`busy_timeout = ${busy}`);
        }
      });
    } finally {
      await syncDataVersions(this.db);
    }
  }

  async close(): Promise<void> {
    if (this.stage.open) this.stage.close();
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(this.path + suffix, { force: true });
  }
}

/**
 * PostgreSQL: a connection of its own from the pool, a temporary staging table, and one transaction to apply; the
 * app's other connections go on reading and writing meanwhile.
 */
class PostgresStaging implements Staging {
  private staged = 0;

  private constructor(
    private readonly kind: ImportKind,
    private readonly present: ReadonlySet<ImportField>,
    private readonly runner: QueryRunner,
  ) {}

  static async open(db: DataSource, kind: ImportKind, present: ReadonlySet<ImportField>): Promise<PostgresStaging> {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.query(`CREATE TEMP TABLE stage (${stageColumns(kind, 'BIGINT')})`);
    return new PostgresStaging(kind, present, runner);
  }

  async add(rows: readonly FactRow[]): Promise<Duplicate[]> {
    // A statement carries at most 65,535 parameters.
    const duplicates: Duplicate[] = [];
    for (let i = 0; i < rows.length; i += PG_ROWS_PER_INSERT)
      duplicates.push(...(await this.addBatch(rows.slice(i, i + PG_ROWS_PER_INSERT))));
    return duplicates;
  }

  private async addBatch(rows: readonly FactRow[]): Promise<Duplicate[]> {
    if (!rows.length) return [];
    const spec = STAGE_SPECS[this.kind];
    const columns = [...spec.keys, ...spec.values, 'line'];
    // One array per column, unnested: a handful of parameters however many rows.
    const arrays: Array<Array<number | null>> = columns.map(() => new Array(rows.length));
    rows.forEach((row, r) => {
      const values = [...rowValues(this.kind, row), row.line];
      values.forEach((v, c) => (arrays[c][r] = v));
    });
    const inserted: Array<Record<string, string | number>> = await this.runner.query(
      `INSERT INTO stage (${columns.map(q).join(', ')}) SELECT * FROM unnest(${columns.map((_, i) => `$${i + 1}::bigint[]`).join(', ')})
       ON CONFLICT DO NOTHING RETURNING ${q('line')}`,
      arrays,
    );
    this.staged += inserted.length;
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

  async apply(onProgress?: (p: ApplyProgress) => void, jobId?: number): Promise<ApplyCounts> {
    const dayCounts = (
      (await this.runner.query(`SELECT ${q('day')} AS day, COUNT(*) AS n FROM stage GROUP BY ${q('day')} ORDER BY ${q('day')}`)) as Array<{
        day: string;
        n: string;
      }>
    ).map((r) => ({ day: Number(r.day), n: Number(r.n) }));
    await this.runner.startTransaction();
    try {
      const lo = dayCounts[0]?.day;
      const hi = dayCounts[dayCounts.length - 1]?.day;
      const fresh =
        lo === undefined ||
        (await this.runner.query(freshnessProbe(this.kind).replace('$LO', String(lo)).replace('$HI', String(hi)))).length === 0;
      const planned = program(this.kind, 'postgres', 'stage', this.present, fresh, { dayCounts, staged: this.staged });
      const { totals } = planned;
      const steps = [...planned.steps, ...closingSql('postgres', jobId).map((sql): Step => ({ sql }))];
      const report = reporter(totals, onProgress);
      const results: Record<string, Record<string, unknown>> = {};
      // Fault injection for the multi-process test only: a pause after each step, so a process can be killed mid-apply.
      const stepDelayMs = Number(process.env['IMPORT_STEP_DELAY_MS'] ?? 0);
      for (const step of steps) {
        if (stepDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, stepDelayMs));
        const t0 = clock.ms();
        const rows = await this.runner.query(step.sql);
        if (step.get) results[step.get] = (rows as Array<Record<string, unknown>>)[0];
        if (process.env['IMPORT_TIMING'] === 'true') timingLog.log(`${clock.ms() - t0} ms  ${step.sql.replace(/\s+/g, ' ').slice(0, 100)}`);
        report(step);
      }
      await this.runner.commitTransaction();
      await syncDataVersions(this.runner.connection);
      return countsOf(results, this.staged);
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
