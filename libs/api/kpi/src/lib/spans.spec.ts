import { rollupStatements } from './import/apply-plan';
import { isSpan } from './facts.repository';

describe('isSpan (the month ranges rollup_store_span keeps)', () => {
  it.each<[string, number, number, boolean]>([
    ['a first quarter', 202601, 202603, true],
    ['a fourth quarter', 202610, 202612, true],
    ['a whole year', 202601, 202612, true],
    ['one month (rollup_store_month already has it)', 202603, 202603, false],
    ['three months not starting a quarter', 202602, 202604, false],
    ['a half year', 202601, 202606, false],
    ['a quarter across a year end', 202611, 202701, false],
    ['twelve months across a year end', 202602, 202701, false],
  ])('%s: %i–%i → %s', (_, from, to, expected) => {
    expect(isSpan(from, to)).toBe(expected);
  });
});

describe('rollupStatements keeps the spans in the apply', () => {
  it.each(['sqlite', 'postgres'] as const)(
    '%s: the span rows are rebuilt after the month rollups, before touched_month goes',
    (dialect) => {
      const sql = rollupStatements(dialect, true, { monthChunks: [[202601, 202612]], chunkMonths: [12] }).map((s) => s.sql);
      const monthInsert = sql.findIndex((s) => s.startsWith('INSERT INTO "rollup_store_month"'));
      const spanDelete = sql.findIndex((s) => s.startsWith('DELETE FROM "rollup_store_span"'));
      const spanInsert = sql.findIndex((s) => s.startsWith('INSERT INTO "rollup_store_span"'));
      const dropTouched = sql.findIndex((s) => s === 'DROP TABLE touched_month');
      expect(monthInsert).toBeGreaterThanOrEqual(0);
      expect(spanDelete).toBeGreaterThan(monthInsert);
      expect(spanInsert).toBeGreaterThan(spanDelete);
      expect(dropTouched).toBeGreaterThan(spanInsert);
      expect(sql[spanInsert]).toContain(dialect === 'sqlite' ? 'CROSS JOIN' : ' JOIN ');
    },
  );
});
