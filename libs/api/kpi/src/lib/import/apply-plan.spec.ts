import { ImportKind } from '@storeops/shared/contracts';
import { chunkDays, writeStatements } from './apply-plan';

describe('chunkDays (cutting the apply into reportable steps)', () => {
  it.each<[string, Array<{ day: number; n: number }>, number, Array<[number, number]>, number[]]>([
    [
      'even days into two chunks',
      [20260101, 20260102, 20260103, 20260104].map((day) => ({ day, n: 10 })),
      2,
      [
        [20260101, 20260102],
        [20260103, 20260104],
      ],
      [20, 20],
    ],
    [
      'more chunks than days: one a day',
      [
        { day: 20260101, n: 5 },
        { day: 20260102, n: 5 },
      ],
      20,
      [
        [20260101, 20260101],
        [20260102, 20260102],
      ],
      [5, 5],
    ],
    [
      'a heavy day stands alone',
      [
        { day: 1, n: 1 },
        { day: 2, n: 100 },
        { day: 3, n: 1 },
      ],
      3,
      [
        [1, 2],
        [3, 3],
      ],
      [101, 1],
    ],
    ['nothing staged', [], 5, [[0, 0]], [0]],
  ])('%s', (_, days, parts, chunks, rows) => {
    const out = chunkDays(days, parts);
    expect(out.chunks).toEqual(chunks);
    expect(out.rows).toEqual(rows);
    // Every staged row is in exactly one chunk.
    expect(out.rows.reduce((a, b) => a + b, 0)).toBe(days.reduce((a, d) => a + d.n, 0));
  });
});

describe('writeStatements', () => {
  const base = {
    dialect: 'sqlite' as const,
    stage: 'stg.stage',
    dayChunks: [[20260101, 20260131]] as Array<[number, number]>,
    chunkRows: [10],
  };

  it('a column the file lacks is left as it is: a category file without cost never writes cost', () => {
    const { steps } = writeStatements({
      ...base,
      kind: ImportKind.CategoryFacts,
      present: new Set(['date', 'store_code', 'category_code', 'sales']),
      fresh: false,
    });
    const upsert = steps.find((s) => s.sql.includes('INSERT INTO "fact_category_day"') && s.sql.includes('ON CONFLICT')) as { sql: string };
    expect(upsert.sql).toMatch(/DO UPDATE SET "sales" = excluded\."sales"$/);
    expect(upsert.sql).not.toMatch(/"cost" = excluded/);
  });

  it('a first store-day load writes straight from the stage, with no comparison tables', () => {
    const { steps, withCategories } = writeStatements({
      ...base,
      kind: ImportKind.StoreFacts,
      present: new Set(['date', 'store_code', 'sales', 'transactions', 'open']),
      fresh: true,
    });
    expect(withCategories).toBe(true);
    expect(steps.some((s) => /diff/.test(s.sql))).toBe(false);
    expect(steps.filter((s) => s.progress?.phase === 'writing').at(-1)?.progress?.done).toBe(10);
  });

  it('a later store file keeps 未分品类 sales off days that have category rows, and counts them', () => {
    const { steps } = writeStatements({
      ...base,
      kind: ImportKind.StoreFacts,
      present: new Set(['date', 'store_code', 'sales']),
      fresh: false,
    });
    const uncat = steps.find((s) => s.sql.startsWith('CREATE TEMP TABLE uncat')) as { sql: string };
    expect(uncat.sql).toMatch(/NOT EXISTS \(SELECT 1 FROM "fact_category_day" c WHERE [^)]* c\."categoryId" <> 0\)/);
    expect(steps.map((s) => s.get).filter(Boolean)).toEqual(expect.arrayContaining(['closed', 'ignored', 'counts']));
  });

  it('PostgreSQL compares nulls with IS DISTINCT FROM, SQLite with IS NOT', () => {
    const pg = writeStatements({
      ...base,
      dialect: 'postgres',
      stage: 'stage',
      kind: ImportKind.CategoryFacts,
      present: new Set(['sales', 'cost']),
      fresh: false,
    });
    const lite = writeStatements({ ...base, kind: ImportKind.CategoryFacts, present: new Set(['sales', 'cost']), fresh: false });
    expect(pg.steps[0].sql).toContain('IS DISTINCT FROM');
    expect(lite.steps[0].sql).toContain('IS NOT');
    expect(pg.steps.some((s) => s.sql.includes('CROSS JOIN'))).toBe(false);
  });
});
