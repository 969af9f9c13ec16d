import { ImportField, ImportKind } from '@storeops/shared/contracts';
import { ColumnPlan } from './headers';
import { SourceRow } from './reader';
import { FactRow } from './staging';
import { Cell, parseCount, parseDay, Parsed, parseHundredths } from './values';

export type ReportProblem = (line: number, column: number, problem: string) => void;

/**
 * Turns one file row into a fact row, or reports each bad cell with its line and column. Built once per import,
 * with the column positions and code lookups resolved, so the per-row work is only parsing.
 */
export class RowChecker {
  private readonly col: Record<ImportField, number>;
  private readonly dayCache = new Map<string, number>();

  constructor(
    private readonly plan: ColumnPlan,
    private readonly headers: readonly string[],
    private readonly stores: ReadonlyMap<string, number>,
    private readonly categories: ReadonlyMap<string, number>,
    private readonly report: ReportProblem,
  ) {
    this.col = plan.columns as Record<ImportField, number>;
  }

  check(row: SourceRow): FactRow | null {
    const cells = row.cells;
    let good = true;
    const day = this.day(cells[this.col.date], row.line);
    if (day === null) good = false;
    const storeId = this.code(cells[this.col.store_code], this.stores, 'store_code', 'store', row.line);
    if (storeId === null) good = false;
    if (this.plan.kind === ImportKind.CategoryFacts) {
      const categoryId = this.code(cells[this.col.category_code], this.categories, 'category_code', 'category', row.line);
      const sales = this.value('sales', parseHundredths(cells[this.col.sales], { allowNegative: true }), row.line);
      const cost = this.value('cost', parseHundredths(cells[this.col.cost], { allowNegative: true }), row.line);
      const shrink = this.value('shrink', parseHundredths(cells[this.col.shrink], { allowNegative: false }), row.line);
      if (!good || categoryId === null || sales === null || cost === null || shrink === null) return null;
      return { line: row.line, day: day as number, storeId: storeId as number, categoryId, sales, cost, shrink };
    }
    const transactions = this.value('transactions', parseCount(cells[this.col.transactions]), row.line);
    const labourCenti = this.value('labour_hours', parseHundredths(cells[this.col.labour_hours], { allowNegative: false }), row.line);
    if (!good || transactions === null || labourCenti === null) return null;
    return { line: row.line, day: day as number, storeId: storeId as number, transactions, labourCenti };
  }

  private fail(field: ImportField, line: number, problem: string): void {
    this.report(line, this.col[field] + 1, `${this.headers[this.col[field]] || field}: ${problem}`);
  }

  /** A file repeats few distinct dates: parse each text once. */
  private day(cell: Cell, line: number): number | null {
    if (typeof cell === 'string') {
      const cached = this.dayCache.get(cell);
      if (cached !== undefined) return cached;
    }
    const parsed = parseDay(cell);
    if ('value' in parsed) {
      if (typeof cell === 'string' && this.dayCache.size < 10_000) this.dayCache.set(cell, parsed.value);
      return parsed.value;
    }
    this.fail('date', line, parsed.problem);
    return null;
  }

  private code(cell: Cell, map: ReadonlyMap<string, number>, field: ImportField, what: string, line: number): number | null {
    const text = cell === null || cell === undefined ? '' : String(cell);
    const direct = map.get(text);
    if (direct !== undefined) return direct;
    const code = text.trim().toUpperCase();
    const id = map.get(code);
    if (id !== undefined) return id;
    this.fail(field, line, code ? `unknown ${what} code "${code}"` : 'is empty');
    return null;
  }

  private value(field: ImportField, parsed: Parsed<number>, line: number): number | null {
    if ('value' in parsed) return parsed.value;
    this.fail(field, line, parsed.problem);
    return null;
  }
}
