import { q } from '@storeops/api/core';
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

const cols = (names: readonly string[], alias?: string) => names.map((n) => (alias ? `${alias}.${q(n)}` : q(n))).join(', ');

/** Null-safe "differs". */
function differs(dialect: Dialect, columns: readonly string[], a: string, b: string): string {
  const op = dialect === 'postgres' ? 'IS DISTINCT FROM' : 'IS NOT';
  return columns.map((c) => `${a}.${q(c)} ${op} ${b}.${q(c)}`).join(' OR ');
}

function inChunk(column: string, [lo, hi]: [number, number]): string {
  return `${column} BETWEEN ${lo} AND ${hi}`;
}

const TOTALS = ['sales', 'cost', 'costSales', 'shrink', 'shrinkSales', 'rows', 'costRows', 'shrinkRows'];

/**
 * Store-day totals from category rows (category 0: 未分品类): straight from the staged rows of a first load, else from
 * the facts of the store-days in `touched` (a keyed table), which drives the join so only those days are read.
 */
function storeDayTotals(dialect: Dialect, from: { stage: string } | { touched: string }): string {
  const source =
    'stage' in from
      ? `${from.stage} f`
      : `${from.touched} t ${joinKeyword(dialect)} ${q('fact_category_day')} f ON f.${q('day')} = t.${q('day')} AND f.${q('storeId')} = t.${q('storeId')}`;
  return `INSERT INTO ${q('fact_store_day')} (${cols(['day', 'storeId', ...TOTALS])})
    SELECT f.${q('day')}, f.${q('storeId')}, SUM(f.${q('sales')}), SUM(f.${q('cost')}),
      SUM(CASE WHEN f.${q('cost')} IS NOT NULL THEN f.${q('sales')} END), SUM(f.${q('shrink')}),
      SUM(CASE WHEN f.${q('shrink')} IS NOT NULL THEN f.${q('sales')} END), COUNT(*),
      SUM(CASE WHEN f.${q('cost')} IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN f.${q('shrink')} IS NOT NULL THEN 1 ELSE 0 END)
    FROM ${source}
    GROUP BY f.${q('day')}, f.${q('storeId')}
    ON CONFLICT (${cols(['day', 'storeId'])}) DO UPDATE SET ${TOTALS.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
}

/**
 * SQLite's CROSS JOIN keeps the tables in the order written: the small keyed set of touched keys drives, and the
 * large fact table is read by its index for those keys only. PostgreSQL's planner needs no such hint.
 */
function joinKeyword(dialect: Dialect): string {
  return dialect === 'sqlite' ? 'CROSS JOIN' : 'JOIN';
}

/** A temporary table with a primary key, filled from a SELECT (so joins and deletes against it use the key). */
function keyedTemp(name: string, columns: ReadonlyArray<[string, string]>, key: readonly string[], select: string): Step[] {
  return [
    {
      sql: `CREATE TEMP TABLE ${name} (${columns.map(([c, type]) => `${q(c)} ${type}`).join(', ')}, PRIMARY KEY (${key.map(q).join(', ')}))`,
    },
    { sql: `INSERT INTO ${name} (${columns.map(([c]) => q(c)).join(', ')}) ${select}` },
  ];
}

const DAY_KEY: ReadonlyArray<[string, string]> = [
  ['day', 'BIGINT NOT NULL'],
  ['storeId', 'BIGINT NOT NULL'],
];

/** The (store, month)s of the touched store-days (or of another SELECT of day / 100 and store). */
function touchedMonths(select = `SELECT DISTINCT ${q('day')} / 100, ${q('storeId')} FROM touched_day`): Step[] {
  return keyedTemp(
    'touched_month',
    [
      ['month', 'BIGINT NOT NULL'],
      ['storeId', 'BIGINT NOT NULL'],
    ],
    ['month', 'storeId'],
    select,
  );
}

/** The month rollups of the touched (store, month)s, rebuilt from their daily rows. */
function rollupSteps(dialect: Dialect, withCategories: boolean, monthChunks: Array<[number, number]>, chunkMonths: number[]): Step[] {
  const steps: Step[] = [];
  let done = 0;
  monthChunks.forEach((chunk, i) => {
    const touched = `(SELECT * FROM touched_month WHERE ${inChunk(q('month'), chunk)})`;
    const join = (table: string) =>
      `${touched} t ${joinKeyword(dialect)} ${q(table)} f ON f.${q('storeId')} = t.${q('storeId')} AND f.${q('day')} BETWEEN t.${q('month')} * 100 + 1 AND t.${q('month')} * 100 + 31`;
    const del = (table: string) =>
      `DELETE FROM ${q(table)} WHERE (${cols(['month', 'storeId'])}) IN (SELECT ${cols(['month', 'storeId'])} FROM touched_month WHERE ${inChunk(q('month'), chunk)})`;
    if (withCategories) {
      steps.push(
        { sql: del('rollup_category_month') },
        {
          sql: `INSERT INTO ${q('rollup_category_month')} (${cols(['month', 'storeId', 'categoryId', ...CATEGORY_SUM_COLUMNS])})
            SELECT t.${q('month')}, f.${q('storeId')}, f.${q('categoryId')}, ${categoryDayAggregates('f').join(', ')}
            FROM ${join('fact_category_day')}
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
          FROM ${join('fact_store_day')}
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

/**
 * The quarter and year sums (rollup_store_span) of the touched (store, month)s, rebuilt from the month rollups just
 * written: a few rows per touched store, in the same transaction, so a ranking of a quarter or a year never reads a
 * span older than the facts.
 */
export function spanSteps(dialect: Dialect): Step[] {
  const m = q('month');
  const year = `(${m} / 100) * 100`;
  const quarterStart = `${year} + ((${m} % 100 - 1) / 3) * 3 + 1`;
  const key = ['fromMonth', 'toMonth', 'storeId'];
  return [
    ...keyedTemp(
      'touched_span',
      [
        ['fromMonth', 'BIGINT NOT NULL'],
        ['toMonth', 'BIGINT NOT NULL'],
        ['storeId', 'BIGINT NOT NULL'],
      ],
      key,
      `SELECT DISTINCT ${quarterStart}, ${quarterStart} + 2, ${q('storeId')} FROM touched_month
        UNION SELECT DISTINCT ${year} + 1, ${year} + 12, ${q('storeId')} FROM touched_month`,
    ),
    { sql: `DELETE FROM ${q('rollup_store_span')} WHERE (${cols(key)}) IN (SELECT ${cols(key)} FROM touched_span)` },
    {
      sql: `INSERT INTO ${q('rollup_store_span')} (${cols([...key, ...STORE_SUM_COLUMNS])})
        SELECT ${cols(key, 't')}, ${STORE_SUM_COLUMNS.map((c) => `SUM(r.${q(c)})`).join(', ')}
        FROM touched_span t ${joinKeyword(dialect)} ${q('rollup_store_month')} r
          ON r.${q('storeId')} = t.${q('storeId')} AND r.${q('month')} BETWEEN t.${q('fromMonth')} AND t.${q('toMonth')}
        GROUP BY ${cols(key, 't')}`,
    },
    { sql: `DROP TABLE touched_span` },
  ];
}

export function rollupStatements(dialect: Dialect, withCategories: boolean, chunks: RollupChunks): Step[] {
  return [
    ...rollupSteps(dialect, withCategories, chunks.monthChunks, chunks.chunkMonths),
    ...spanSteps(dialect),
    { sql: `DROP TABLE touched_month` },
    { sql: `DROP TABLE IF EXISTS touched_day` },
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
    // A first load: no 未分品类 rows can be in the range, and the totals come straight from the staged rows.
    steps.push(
      { sql: storeDayTotals(dialect, { stage }) },
      { sql: `SELECT 0 AS n`, get: 'replaced' },
      ...touchedMonths(`SELECT DISTINCT ${q('day')} / 100, ${q('storeId')} FROM ${stage}`),
    );
    return { steps, withCategories: true };
  } else {
    // A store's 未分品类 sales of a day give way to the day's category rows.
    steps.push(
      ...keyedTemp(
        'replaced',
        DAY_KEY,
        ['day', 'storeId'],
        `SELECT s.${q('day')}, s.${q('storeId')} FROM (SELECT DISTINCT ${cols(['day', 'storeId'])} FROM ${stage}) s
          ${joinKeyword(dialect)} ${q('fact_category_day')} u ON u.${q('day')} = s.${q('day')} AND u.${q('storeId')} = s.${q('storeId')} AND u.${q('categoryId')} = 0`,
      ),
      {
        sql: `DELETE FROM ${q('fact_category_day')} WHERE ${q('categoryId')} = 0 AND (${cols(['day', 'storeId'])}) IN (SELECT ${cols(['day', 'storeId'])} FROM replaced)`,
      },
      ...keyedTemp(
        'touched_day',
        DAY_KEY,
        ['day', 'storeId'],
        `SELECT ${cols(['day', 'storeId'])} FROM diff UNION SELECT ${cols(['day', 'storeId'])} FROM replaced`,
      ),
      { sql: storeDayTotals(dialect, { touched: 'touched_day' }) },
      { sql: `DROP TABLE diff` },
      { sql: `SELECT COUNT(*) AS n FROM replaced`, get: 'replaced' },
      { sql: `DROP TABLE replaced` },
    );
  }
  steps.push(...touchedMonths());
  return { steps, withCategories: true };
}

const STORE_COLUMNS: ReadonlyArray<[ImportField, string]> = [
  ['open', 'open'],
  ['transactions', 'transactions'],
  ['labour_hours', 'labourCenti'],
];

/**
 * A store file's first load (no store-day facts in its range yet): every row is new, so the store-day rows — measures
 * and, for a file with 销售额, the 未分品类 totals — and the category-0 rows go straight in from the stage.
 */
function freshStoreSteps(input: ApplyPlanInput): { steps: Step[]; withCategories: boolean } {
  const { stage, present } = input;
  const keys = ['day', 'storeId'];
  const storeCols = STORE_COLUMNS.filter(([f]) => present.has(f)).map(([, c]) => c);
  const withSales = present.has('sales');
  const known = (c: string) => `CASE WHEN ${q(c)} IS NOT NULL AND ${q('sales')} IS NOT NULL THEN`;
  const totals: Array<[string, string]> = withSales
    ? [
        ['sales', q('sales')],
        ['cost', `CASE WHEN ${q('sales')} IS NOT NULL THEN ${q('cost')} END`],
        ['costSales', `${known('cost')} ${q('sales')} END`],
        ['shrink', `CASE WHEN ${q('sales')} IS NOT NULL THEN ${q('shrink')} END`],
        ['shrinkSales', `${known('shrink')} ${q('sales')} END`],
        ['rows', `CASE WHEN ${q('sales')} IS NOT NULL THEN 1 ELSE 0 END`],
        ['costRows', `${known('cost')} 1 ELSE 0 END`],
        ['shrinkRows', `${known('shrink')} 1 ELSE 0 END`],
      ]
    : [];
  const steps: Step[] = [{ sql: `SELECT COUNT(*) AS n FROM ${stage} WHERE ${q('open')} = 0`, get: 'closed' }];
  let done = 0;
  input.dayChunks.forEach((chunk, i) => {
    done += input.chunkRows[i];
    steps.push({
      sql: `INSERT INTO ${q('fact_store_day')} (${cols([...keys, ...storeCols, ...totals.map(([c]) => c)])})
        SELECT ${[...cols([...keys, ...storeCols]).split(', '), ...totals.map(([, e]) => e)].join(', ')} FROM ${stage} WHERE ${inChunk(q('day'), chunk)}`,
      progress: withSales ? undefined : { phase: 'writing', done },
    });
    if (withSales) {
      steps.push({
        sql: `INSERT INTO ${q('fact_category_day')} (${cols(['day', 'storeId', 'categoryId', 'sales', 'cost', 'shrink'])})
          SELECT ${cols(keys)}, 0, ${q('sales')}, ${present.has('cost') ? q('cost') : 'NULL'}, ${present.has('shrink') ? q('shrink') : 'NULL'}
          FROM ${stage} WHERE ${q('sales')} IS NOT NULL AND ${inChunk(q('day'), chunk)}`,
        progress: { phase: 'writing', done },
      });
    }
  });
  steps.push(
    { sql: `SELECT 0 AS n`, get: 'ignored' },
    ...touchedMonths(`SELECT DISTINCT ${q('day')} / 100, ${q('storeId')} FROM ${stage}`),
  );
  return { steps, withCategories: withSales };
}

function storeSteps(input: ApplyPlanInput): { steps: Step[]; withCategories: boolean } {
  if (input.fresh) return freshStoreSteps(input);
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
        // The staged rows with sales that did not become 未分品类 rows: their days already have category rows.
        sql: `SELECT (SELECT COUNT(*) FROM ${stage} WHERE ${q('sales')} IS NOT NULL) - (SELECT COUNT(*) FROM uncat) AS n`,
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
    steps.push(
      ...keyedTemp('uncat_day', DAY_KEY, ['day', 'storeId'], `SELECT DISTINCT ${cols(keys)} FROM diff_uncat`),
      { sql: storeDayTotals(dialect, { touched: 'uncat_day' }) },
      { sql: `DROP TABLE uncat_day` },
    );
  } else {
    steps.push({ sql: `CREATE TEMP TABLE diff_uncat AS SELECT ${cols(keys)}, 1 AS isnew FROM ${stage} WHERE 1 = 0` });
  }
  // A row is new when every part of it is; changed when any part is.
  steps.push(
    ...keyedTemp(
      'touched_day',
      [...DAY_KEY, ['isnew', 'BIGINT NOT NULL']],
      ['day', 'storeId'],
      `SELECT ${q('day')}, ${q('storeId')}, MIN(isnew) FROM (
          SELECT ${cols(keys)}, isnew FROM diff_store UNION ALL SELECT ${cols(keys)}, isnew FROM diff_uncat) x
        GROUP BY ${q('day')}, ${q('storeId')}`,
    ),
    { sql: `SELECT COUNT(*) AS changed, COALESCE(SUM(isnew), 0) AS inserted FROM touched_day`, get: 'counts' },
    { sql: `DROP TABLE diff_store` },
    { sql: `DROP TABLE diff_uncat` },
    ...(withSales ? [{ sql: `DROP TABLE uncat` }] : []),
    ...touchedMonths(),
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
