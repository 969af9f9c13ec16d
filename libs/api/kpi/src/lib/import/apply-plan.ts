import { ImportField, ImportKind } from '@storeops/shared/contracts';
import { CATEGORY_SUM_COLUMNS, categoryDayAggregates, STORE_SUM_COLUMNS, storeDayAggregates } from '../fact-aggregates';

/**
 * The apply step as a list of SQL statements, the same on both databases but for null-safe comparison: it writes the
 * staged rows into the daily facts, recomputes the store-day totals of the store-days that really changed and
 * rebuilds the month rollups of the (store, month)s they fall in — each a set-wise statement over the whole import
 * (a join with the set of touched keys), so the cost grows with the rows, not with one statement per key. The big
 * statements are cut into chunks of days so the apply can report how far it is; all of them run in one transaction.
 */
export type Dialect = 'sqlite' | 'postgres';

export interface Step {
  sql: string;
  /** A SELECT whose first row is kept under this name (counts). */
  get?: string;
  /** After this step the phase has done this many units. */
  progress?: { phase: 'writing' | 'rollup'; done: number };
}

export interface ApplyPlanInput {
  kind: ImportKind;
  dialect: Dialect;
  /** The staging table's name as the applying connection sees it (`stg.stage` on SQLite, `stage` on PostgreSQL). */
  stage: string;
  /** The fields the file carries: a column the file does not have leaves what the facts hold as it is. */
  present: ReadonlySet<ImportField>;
  /** No facts yet in the staged day range: every staged row is new, no comparison is needed. */
  fresh: boolean;
  /** Day ranges (inclusive) that split the staged rows into chunks of similar size, in day order. */
  dayChunks: Array<[number, number]>;
  /** Number of staged rows per chunk (for progress). */
  chunkRows: number[];
}

export const q = (name: string) => `"${name}"`;
const cols = (names: readonly string[], alias?: string) => names.map((n) => (alias ? `${alias}.${q(n)}` : q(n))).join(', ');

/** Null-safe "differs". */
function differs(dialect: Dialect, columns: readonly string[], a: string, b: string): string {
  const op = dialect === 'postgres' ? 'IS DISTINCT FROM' : 'IS NOT';
  return columns.map((c) => `${a}.${q(c)} ${op} ${b}.${q(c)}`).join(' OR ');
}

function inChunk(column: string, [lo, hi]: [number, number]): string {
  return `${column} BETWEEN ${lo} AND ${hi}`;
}

/** Store-day totals of the touched store-days from their category rows (category 0: 未分品类). */
function storeDayTotals(source: string, join: string): string {
  return `INSERT INTO ${q('fact_store_day')} (${cols(['day', 'storeId', 'sales', 'cost', 'costSales', 'shrink', 'shrinkSales', 'rows', 'costRows', 'shrinkRows'])})
    SELECT f.${q('day')}, f.${q('storeId')}, SUM(f.${q('sales')}), SUM(f.${q('cost')}),
      SUM(CASE WHEN f.${q('cost')} IS NOT NULL THEN f.${q('sales')} END), SUM(f.${q('shrink')}),
      SUM(CASE WHEN f.${q('shrink')} IS NOT NULL THEN f.${q('sales')} END), COUNT(*),
      SUM(CASE WHEN f.${q('cost')} IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN f.${q('shrink')} IS NOT NULL THEN 1 ELSE 0 END)
    FROM ${source} f ${join}
    GROUP BY f.${q('day')}, f.${q('storeId')}
    ON CONFLICT (${cols(['day', 'storeId'])}) DO UPDATE SET ${[
      'sales',
      'cost',
      'costSales',
      'shrink',
      'shrinkSales',
      'rows',
      'costRows',
      'shrinkRows',
    ]
      .map((c) => `${q(c)} = excluded.${q(c)}`)
      .join(', ')}`;
}

/** The month rollups of the touched (store, month)s, rebuilt from their daily rows. */
function rollupSteps(withCategories: boolean, monthChunks: Array<[number, number]>, chunkMonths: number[]): Step[] {
  const steps: Step[] = [];
  let done = 0;
  monthChunks.forEach((chunk, i) => {
    const touched = `(SELECT * FROM touched_month WHERE ${inChunk(q('month'), chunk)})`;
    const join = `JOIN ${'$TABLE'} f ON f.${q('storeId')} = t.${q('storeId')} AND f.${q('day')} BETWEEN t.${q('month')} * 100 + 1 AND t.${q('month')} * 100 + 31`;
    const del = (table: string) =>
      `DELETE FROM ${q(table)} WHERE ${inChunk(q('month'), chunk)} AND EXISTS (SELECT 1 FROM touched_month t
        WHERE t.${q('month')} = ${q(table)}.${q('month')} AND t.${q('storeId')} = ${q(table)}.${q('storeId')})`;
    if (withCategories) {
      steps.push(
        { sql: del('rollup_category_month') },
        {
          sql: `INSERT INTO ${q('rollup_category_month')} (${cols(['month', 'storeId', 'categoryId', ...CATEGORY_SUM_COLUMNS])})
            SELECT t.${q('month')}, f.${q('storeId')}, f.${q('categoryId')}, ${categoryDayAggregates('f').join(', ')}
            FROM ${touched} t ${join.replace('$TABLE', q('fact_category_day'))}
            GROUP BY t.${q('month')}, f.${q('storeId')}, f.${q('categoryId')}`,
        },
      );
    }
    done += chunkMonths[i];
    steps.push(
      { sql: del('rollup_store_month') },
      {
        sql: `INSERT INTO ${q('rollup_store_month')} (${cols(['month', 'storeId', ...STORE_SUM_COLUMNS])})
          SELECT t.${q('month')}, f.${q('storeId')}, ${storeDayAggregates('f').join(', ')}
          FROM ${touched} t ${join.replace('$TABLE', q('fact_store_day'))}
          GROUP BY t.${q('month')}, f.${q('storeId')}`,
        progress: { phase: 'rollup', done },
      },
    );
  });
  return steps;
}

export interface RollupChunks {
  monthChunks: Array<[number, number]>;
  chunkMonths: number[];
}

/**
 * The statements that write the facts, up to and including the touched (store, month)s; `rollupStatements` follow.
 */
export function writeStatements(input: ApplyPlanInput): { steps: Step[]; withCategories: boolean } {
  return input.kind === ImportKind.CategoryFacts ? categorySteps(input) : storeSteps(input);
}

export function rollupStatements(withCategories: boolean, chunks: RollupChunks): Step[] {
  return [
    ...rollupSteps(withCategories, chunks.monthChunks, chunks.chunkMonths),
    { sql: `DROP TABLE touched_month` },
    { sql: `DROP TABLE touched_day` },
  ];
}

function categorySteps(input: ApplyPlanInput): { steps: Step[]; withCategories: boolean } {
  const { dialect, stage, present, fresh } = input;
  const keys = ['day', 'storeId', 'categoryId'];
  const values = ['sales', ...(['cost', 'shrink'] as const).filter((f) => present.has(f))];
  const all = [...keys, 'sales', 'cost', 'shrink'];
  const steps: Step[] = [];
  const source = fresh ? stage : 'diff';
  if (!fresh) {
    steps.push(
      {
        sql: `CREATE TEMP TABLE diff AS SELECT ${cols(all, 's')}, CASE WHEN f.${q('day')} IS NULL THEN 1 ELSE 0 END AS isnew
          FROM ${stage} s LEFT JOIN ${q('fact_category_day')} f ON ${keys.map((k) => `f.${q(k)} = s.${q(k)}`).join(' AND ')}
          WHERE f.${q('day')} IS NULL OR ${differs(dialect, values, 'f', 's')}`,
      },
      { sql: `SELECT COUNT(*) AS changed, COALESCE(SUM(isnew), 0) AS inserted FROM diff`, get: 'counts' },
    );
  }
  // The facts, a chunk of days at a time. Columns the file lacks keep what an earlier import stored.
  let done = 0;
  input.dayChunks.forEach((chunk, i) => {
    done += input.chunkRows[i];
    steps.push({
      sql: `INSERT INTO ${q('fact_category_day')} (${cols(all)})
        SELECT ${cols(keys)}, ${q('sales')}, ${present.has('cost') ? q('cost') : 'NULL'}, ${present.has('shrink') ? q('shrink') : 'NULL'}
        FROM ${source} WHERE ${inChunk(q('day'), chunk)}
        ON CONFLICT (${cols(keys)}) DO UPDATE SET ${values.map((v) => `${q(v)} = excluded.${q(v)}`).join(', ')}`,
      progress: { phase: 'writing', done },
    });
  });
  if (fresh) {
    steps.push(
      { sql: `CREATE TEMP TABLE replaced AS SELECT ${cols(['day', 'storeId'])} FROM ${stage} WHERE 1 = 0` },
      { sql: `CREATE TEMP TABLE touched_day AS SELECT DISTINCT ${cols(['day', 'storeId'])} FROM ${stage}` },
      { sql: storeDayTotals(stage, '') },
    );
  } else {
    // A store's 未分品类 sales of a day give way to the day's category rows.
    steps.push(
      {
        sql: `CREATE TEMP TABLE replaced AS SELECT u.${q('day')}, u.${q('storeId')} FROM ${q('fact_category_day')} u
          WHERE u.${q('categoryId')} = 0 AND EXISTS (SELECT 1 FROM ${stage} s WHERE s.${q('day')} = u.${q('day')} AND s.${q('storeId')} = u.${q('storeId')})`,
      },
      {
        sql: `DELETE FROM ${q('fact_category_day')} WHERE ${q('categoryId')} = 0 AND EXISTS (SELECT 1 FROM replaced r
          WHERE r.${q('day')} = ${q('fact_category_day')}.${q('day')} AND r.${q('storeId')} = ${q('fact_category_day')}.${q('storeId')})`,
      },
      {
        sql: `CREATE TEMP TABLE touched_day AS SELECT ${cols(['day', 'storeId'])} FROM diff UNION SELECT ${cols(['day', 'storeId'])} FROM replaced`,
      },
      {
        sql: storeDayTotals(
          q('fact_category_day'),
          `JOIN touched_day t ON t.${q('day')} = f.${q('day')} AND t.${q('storeId')} = f.${q('storeId')}`,
        ),
      },
      { sql: `DROP TABLE diff` },
    );
  }
  steps.push(
    { sql: `SELECT COUNT(*) AS n FROM replaced`, get: 'replaced' },
    { sql: `DROP TABLE replaced` },
    { sql: `CREATE TEMP TABLE touched_month AS SELECT DISTINCT ${q('day')} / 100 AS ${q('month')}, ${q('storeId')} FROM touched_day` },
  );
  return { steps, withCategories: true };
}

const STORE_COLUMNS: ReadonlyArray<[ImportField, string]> = [
  ['open', 'open'],
  ['transactions', 'transactions'],
  ['labour_hours', 'labourCenti'],
];

function storeSteps(input: ApplyPlanInput): { steps: Step[]; withCategories: boolean } {
  const { dialect, stage, present, fresh } = input;
  const keys = ['day', 'storeId'];
  const storeCols = STORE_COLUMNS.filter(([f]) => present.has(f)).map(([, c]) => c);
  const withSales = present.has('sales');
  const uncatValues = ['sales', ...(['cost', 'shrink'] as const).filter((f) => present.has(f))];
  const keyJoin = (a: string, b: string) => keys.map((k) => `${a}.${q(k)} = ${b}.${q(k)}`).join(' AND ');
  const steps: Step[] = [];
  steps.push({ sql: `SELECT COUNT(*) AS n FROM ${stage} WHERE ${q('open')} = 0`, get: 'closed' });
  // Store measures (营业, 来客数, 工时): new or changed rows only.
  if (storeCols.length) {
    const isNew = `(f.${q('day')} IS NULL OR (f.${q('open')} IS NULL AND f.${q('transactions')} IS NULL AND f.${q('labourCenti')} IS NULL))`;
    steps.push({
      sql: `CREATE TEMP TABLE diff_store AS SELECT ${cols([...keys, ...storeCols], 's')}, CASE WHEN ${isNew} THEN 1 ELSE 0 END AS isnew
        FROM ${stage} s LEFT JOIN ${q('fact_store_day')} f ON ${keyJoin('f', 's')}
        WHERE ${fresh ? '1 = 1' : `${isNew} OR ${differs(dialect, storeCols, 'f', 's')}`}`,
    });
    let done = 0;
    input.dayChunks.forEach((chunk, i) => {
      done += input.chunkRows[i];
      steps.push({
        sql: `INSERT INTO ${q('fact_store_day')} (${cols([...keys, ...storeCols])})
          SELECT ${cols([...keys, ...storeCols])} FROM diff_store WHERE ${inChunk(q('day'), chunk)}
          ON CONFLICT (${cols(keys)}) DO UPDATE SET ${storeCols.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`,
        progress: withSales ? undefined : { phase: 'writing', done },
      });
    });
  } else {
    steps.push({ sql: `CREATE TEMP TABLE diff_store AS SELECT ${cols(keys)}, 1 AS isnew FROM ${stage} WHERE 1 = 0` });
  }
  // 销售额 of a store file: the store's 未分品类 sales of the day, unless the day already has category rows.
  if (withSales) {
    steps.push(
      {
        sql: `CREATE TEMP TABLE uncat AS SELECT ${cols([...keys, 'sales', 'cost', 'shrink'], 's')} FROM ${stage} s WHERE s.${q('sales')} IS NOT NULL
          ${fresh ? '' : `AND NOT EXISTS (SELECT 1 FROM ${q('fact_category_day')} c WHERE ${keyJoin('c', 's')} AND c.${q('categoryId')} <> 0)`}`,
      },
      {
        sql: `SELECT COUNT(*) AS n FROM ${stage} s WHERE s.${q('sales')} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM uncat u WHERE ${keyJoin('u', 's')})`,
        get: 'ignored',
      },
      {
        sql: `CREATE TEMP TABLE diff_uncat AS SELECT ${cols([...keys, 'sales', 'cost', 'shrink'], 'u')}, CASE WHEN c.${q('day')} IS NULL THEN 1 ELSE 0 END AS isnew
          FROM uncat u LEFT JOIN ${q('fact_category_day')} c ON ${keyJoin('c', 'u')} AND c.${q('categoryId')} = 0
          WHERE c.${q('day')} IS NULL OR ${differs(dialect, uncatValues, 'c', 'u')}`,
      },
    );
    let done = 0;
    input.dayChunks.forEach((chunk, i) => {
      done += input.chunkRows[i];
      steps.push({
        sql: `INSERT INTO ${q('fact_category_day')} (${cols(['day', 'storeId', 'categoryId', 'sales', 'cost', 'shrink'])})
          SELECT ${cols(keys)}, 0, ${q('sales')}, ${present.has('cost') ? q('cost') : 'NULL'}, ${present.has('shrink') ? q('shrink') : 'NULL'}
          FROM diff_uncat WHERE ${inChunk(q('day'), chunk)}
          ON CONFLICT (${cols(['day', 'storeId', 'categoryId'])}) DO UPDATE SET ${uncatValues.map((v) => `${q(v)} = excluded.${q(v)}`).join(', ')}`,
        progress: { phase: 'writing', done },
      });
    });
    steps.push({
      sql: storeDayTotals(
        q('fact_category_day'),
        `JOIN (SELECT DISTINCT ${cols(keys)} FROM diff_uncat) t ON t.${q('day')} = f.${q('day')} AND t.${q('storeId')} = f.${q('storeId')}`,
      ),
    });
  } else {
    steps.push({ sql: `CREATE TEMP TABLE diff_uncat AS SELECT ${cols(keys)}, 1 AS isnew FROM ${stage} WHERE 1 = 0` });
  }
  // A row is new when every part of it is; changed when any part is.
  steps.push(
    {
      sql: `CREATE TEMP TABLE touched_day AS SELECT ${q('day')}, ${q('storeId')}, MIN(isnew) AS isnew FROM (
          SELECT ${cols(keys)}, isnew FROM diff_store UNION ALL SELECT ${cols(keys)}, isnew FROM diff_uncat) x
        GROUP BY ${q('day')}, ${q('storeId')}`,
    },
    { sql: `SELECT COUNT(*) AS changed, COALESCE(SUM(isnew), 0) AS inserted FROM touched_day`, get: 'counts' },
    { sql: `DROP TABLE diff_store` },
    { sql: `DROP TABLE diff_uncat` },
    ...(withSales ? [{ sql: `DROP TABLE uncat` }] : []),
    { sql: `CREATE TEMP TABLE touched_month AS SELECT DISTINCT ${q('day')} / 100 AS ${q('month')}, ${q('storeId')} FROM touched_day` },
  );
  return { steps, withCategories: withSales };
}

/** Cuts [lo, hi] day counts into about `parts` chunks of similar row counts, in day order. */
export function chunkDays(
  dayCounts: ReadonlyArray<{ day: number; n: number }>,
  parts: number,
): { chunks: Array<[number, number]>; rows: number[] } {
  const total = dayCounts.reduce((a, d) => a + d.n, 0);
  if (!dayCounts.length) return { chunks: [[0, 0]], rows: [0] };
  const target = Math.max(1, Math.ceil(total / parts));
  const chunks: Array<[number, number]> = [];
  const rows: number[] = [];
  let start = dayCounts[0].day;
  let acc = 0;
  dayCounts.forEach((d, i) => {
    acc += d.n;
    const last = i === dayCounts.length - 1;
    if (acc >= target || last) {
      chunks.push([start, d.day]);
      rows.push(acc);
      acc = 0;
      if (!last) start = dayCounts[i + 1].day;
    }
  });
  return { chunks, rows };
}
