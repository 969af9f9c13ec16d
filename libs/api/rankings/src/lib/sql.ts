import { DataSource } from 'typeorm';

/** A quoted identifier (both databases keep the entities' camelCase names). */
export const q = (name: string) => `"${name}"`;

/** The i-th bound parameter's placeholder in the connected database's dialect. */
export const param = (db: DataSource, i: number) => (db.options.type === 'postgres' ? `$${i}` : '?');

export interface TargetInForce {
  storeId: number;
  metric: 'sales' | 'gross_margin';
  /** The month, or null when the months were summed. */
  month: number | null;
  value: number;
}

/**
 * Σ of the approved targets in force (sales and gross margin) for a year's months `fromMonth`..`toMonth`, per store
 * and metric, and per month when `byMonth`. Summed in SQL: a year of 2,000 stores is 48,000 cells.
 */
export async function targetsInForce(
  db: DataSource,
  year: number,
  options: { fromMonth?: number; toMonth?: number; byMonth?: boolean } = {},
): Promise<TargetInForce[]> {
  const yes = db.options.type === 'postgres' ? 'TRUE' : '1';
  const month = options.byMonth ? `c.${q('month')}` : 'NULL';
  const rows: Array<{ s: unknown; metric: TargetInForce['metric']; m: unknown; v: unknown }> = await db.query(
    `SELECT c.${q('storeId')} AS s, d.${q('metric')} AS metric, ${month} AS m, SUM(c.${q('value')}) AS v
     FROM ${q('target_cell')} c JOIN ${q('target_decomposition')} d ON d.${q('id')} = c.${q('decompositionId')}
     WHERE d.${q('year')} = ${param(db, 1)} AND d.${q('status')} = 'approved' AND d.${q('current')} = ${yes}
       AND d.${q('metric')} IN ('sales', 'gross_margin') AND c.${q('month')} BETWEEN ${param(db, 2)} AND ${param(db, 3)}
     GROUP BY c.${q('storeId')}, d.${q('metric')}${options.byMonth ? `, c.${q('month')}` : ''}`,
    [year, options.fromMonth ?? 1, options.toMonth ?? 12],
  );
  return rows.map((r) => ({ storeId: Number(r.s), metric: r.metric, month: r.m === null ? null : Number(r.m), value: Number(r.v) }));
}
