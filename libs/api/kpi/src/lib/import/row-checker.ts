import { codeKey, DateOrder, DecimalSeparator, ImportField, ImportKind } from '@storeops/shared/contracts';
import { ColumnPlan } from './headers';
import { SourceRow } from './reader';
import { CategoryFactRow, FactRow, StoreFactRow } from './staging';
import {
  Cell,
  DateColumn,
  isBlank,
  numberColumn,
  NumberColumn,
  parseCount,
  parseDay,
  parseHundredths,
  parseOpen,
  Parsed,
  quote,
} from './values';

/** A cell problem: line, 1-based column, a stable code with parameters, and the cell as it was. */
export type ReportProblem = (
  line: number,
  column: number,
  code: string,
  params: Record<string, string | number>,
  value: string | null,
) => void;

/** Store codes, external codes and the clerk's mapping of this upload, all by codeKey → store id. */
export interface StoreLookup {
  get(value: string): number | undefined;
}

export interface CheckerOptions {
  dateOrder: DateOrder | null;
  decimalSeparator: DecimalSeparator | null;
}

const NUMERIC: readonly ImportField[] = ['sales', 'cost', 'shrink', 'transactions', 'labour_hours'];

/**
 * Turns one file row into a fact row, or reports each bad cell with its line and column. Built once per import,
 * with the column positions, code lookups and each column's style resolved, so the per-row work is only parsing.
 * A column the file does not have, or an empty cell, is unknown (null), never 0.
 */
export class RowChecker {
  private readonly col: Partial<Record<ImportField, number>>;
  private readonly dayCache = new Map<string, number>();
  readonly numberColumns = new Map<ImportField, NumberColumn>();
  readonly dateColumn: DateColumn;
  /** Unknown store values: count and first lines. */
  readonly unknownStores = new Map<string, { value: string; count: number; firstLines: number[] }>();

  constructor(
    private readonly plan: ColumnPlan,
    private readonly headers: readonly string[],
    private readonly stores: StoreLookup,
    private readonly categories: ReadonlyMap<string, number>,
    private readonly report: ReportProblem,
    options: CheckerOptions,
  ) {
    this.col = plan.columns;
    this.dateColumn = { order: options.dateOrder, fixed: options.dateOrder !== null };
    for (const f of NUMERIC) if (this.col[f] !== undefined) this.numberColumns.set(f, numberColumn(options.decimalSeparator));
  }

  check(row: SourceRow): FactRow | null {
    const cells = row.cells;
    let good = true;
    const day = this.day(cells[this.col.date as number], row.line);
    if (day === null) good = false;
    const storeId = this.store(cells[this.col.store_code as number], row.line);
    if (storeId === null) good = false;
    if (this.plan.kind === ImportKind.CategoryFacts) {
      const categoryId = this.category(cells[this.col.category_code as number], row.line);
      const sales = this.amount('sales', cells, row.line, true, true);
      const cost = this.amount('cost', cells, row.line, true, false);
      const shrink = this.amount('shrink', cells, row.line, false, false);
      if (!good || categoryId === null || sales === undefined || cost === undefined || shrink === undefined) return null;
      const fact: CategoryFactRow = {
        line: row.line,
        day: day as number,
        storeId: storeId as number,
        categoryId,
        sales: sales as number,
        cost,
        shrink,
      };
      return fact;
    }
    const open = this.open(cells, row.line);
    const transactions = this.count(cells, row.line);
    const labourCenti = this.amount('labour_hours', cells, row.line, false, false);
    const sales = this.amount('sales', cells, row.line, true, false);
    const cost = this.amount('cost', cells, row.line, true, false);
    const shrink = this.amount('shrink', cells, row.line, false, false);
    if (
      !good ||
      open === undefined ||
      transactions === undefined ||
      labourCenti === undefined ||
      sales === undefined ||
      cost === undefined ||
      shrink === undefined
    ) {
      return null;
    }
    if (open === 0 && sales !== null && sales !== 0) {
      this.fail(
        'sales',
        row.line,
        'closed_with_sales',
        { value: quote(String(cells[this.col.sales as number])) },
        cells[this.col.sales as number],
      );
      return null;
    }
    if (sales === null && (cost !== null || shrink !== null)) {
      this.fail('sales', row.line, 'cost_without_sales_value', {}, null);
      return null;
    }
    const fact: StoreFactRow = {
      line: row.line,
      day: day as number,
      storeId: storeId as number,
      open,
      transactions,
      labourCenti,
      sales,
      cost,
      shrink,
    };
    return fact;
  }

  private fail(field: ImportField, line: number, code: string, params: Record<string, string | number>, cell: Cell): void {
    const index = this.col[field] as number;
    this.report(line, index + 1, code, params, isBlank(cell) ? null : quote(String(cell)));
  }

  /** A file repeats few distinct dates: parse each text once (once the column's order is settled). */
  private day(cell: Cell, line: number): number | null {
    const cacheable = typeof cell === 'string';
    if (cacheable) {
      const cached = this.dayCache.get(cell as string);
      if (cached !== undefined) return cached;
    }
    const parsed = parseDay(cell, this.dateColumn);
    if ('value' in parsed) {
      if (cacheable && this.dayCache.size < 10_000) this.dayCache.set(cell as string, parsed.value);
      return parsed.value;
    }
    this.fail('date', line, parsed.code, parsed.params, cell);
    return null;
  }

  private store(cell: Cell, line: number): number | null {
    const text = cell === null || cell === undefined ? '' : String(cell);
    const key = codeKey(text);
    const id = this.stores.get(key);
    if (id !== undefined) return id;
    if (!key) {
      this.fail('store_code', line, 'empty', {}, cell);
      return null;
    }
    this.fail('store_code', line, 'unknown_store', { value: quote(text.trim()) }, cell);
    const known = this.unknownStores.get(key);
    if (known) {
      known.count++;
      if (known.firstLines.length < 5) known.firstLines.push(line);
    } else if (this.unknownStores.size < 1_000) {
      this.unknownStores.set(key, { value: text.trim().slice(0, 40), count: 1, firstLines: [line] });
    }
    return null;
  }

  private category(cell: Cell, line: number): number | null {
    const text = cell === null || cell === undefined ? '' : String(cell);
    const direct = this.categories.get(text);
    if (direct !== undefined) return direct;
    const key = codeKey(text);
    const id = this.categories.get(key);
    if (id !== undefined) return id;
    this.fail('category_code', line, key ? 'unknown_category' : 'empty', key ? { value: quote(text.trim()) } : {}, cell);
    return null;
  }

  /** An amount (元 → 分) or hours (→ hundredths); null when the column is absent or the cell empty; undefined when bad. */
  private amount(field: ImportField, cells: Cell[], line: number, allowNegative: boolean, required: boolean): number | null | undefined {
    const index = this.col[field];
    if (index === undefined) return null;
    const cell = cells[index];
    if (isBlank(cell)) {
      if (!required) return null;
      this.fail(field, line, 'empty', {}, cell);
      return undefined;
    }
    return this.value(field, parseHundredths(cell, { allowNegative }, this.numberColumns.get(field)), line, cell);
  }

  private count(cells: Cell[], line: number): number | null | undefined {
    const index = this.col.transactions;
    if (index === undefined) return null;
    const cell = cells[index];
    if (isBlank(cell)) return null;
    return this.value('transactions', parseCount(cell, this.numberColumns.get('transactions')), line, cell);
  }

  private open(cells: Cell[], line: number): number | null | undefined {
    const index = this.col.open;
    if (index === undefined) return null;
    const parsed = parseOpen(cells[index]);
    if ('code' in parsed) {
      this.fail('open', line, parsed.code, parsed.params, cells[index]);
      return undefined;
    }
    return parsed.value === null ? null : parsed.value ? 1 : 0;
  }

  private value(field: ImportField, parsed: Parsed<number>, line: number, cell: Cell): number | undefined {
    if ('value' in parsed) return parsed.value;
    this.fail(field, line, parsed.code, parsed.params, cell);
    return undefined;
  }

  /** The decimal separator the numeric columns settled on (they must agree to be named). */
  decimalSeparator(): DecimalSeparator | null {
    const seen = new Set([...this.numberColumns.values()].map((c) => c.decimal).filter((d): d is DecimalSeparator => d !== null));
    return seen.size === 1 ? [...seen][0] : null;
  }
}
