import { DateOrder, DecimalSeparator, NumberStyle } from '@storeops/shared/contracts';
import { SourceRow } from './reader';
import { Cell, dateEvidence, isBlank, numberColumn, parseHundredths } from './values';

/** The rows looked at before reading a file for real (a 2,000-store chain's first 50 days), at most. */
export const STYLE_SAMPLE_ROWS = 100_000;
/** … and at least, even when every column has shown its style sooner. */
export const STYLE_SAMPLE_MIN_ROWS = 5_000;

export interface ColumnStyle {
  /** The decimal separator most of the column's values with a separator prove, or null (plain digits only). */
  numberStyle: NumberStyle | null;
  /** The date order the column's day/month/year values prove, or null (none above 12, or a year-first form). */
  dateOrder: DateOrder | null;
  /** Values of each kind seen, for the mapping step. */
  numbers: number;
  dates: number;
}

interface Votes {
  dot: number;
  comma: number;
  thousands: Record<string, number>;
  numbers: number;
  dmy: number;
  mdy: number;
  dates: number;
  ambiguous: number;
}

/**
 * What every column of the first rows looks like: which decimal separator and which date order its values prove.
 * The file is then read in those styles, and a later value that contradicts them is an error naming it; a column
 * whose sample proves nothing (plain digits, days never above 12) is decided by the first value that does.
 */
export class StyleDetector {
  private readonly votes: Votes[] = [];

  add(rows: readonly SourceRow[]): void {
    for (const row of rows) {
      row.cells.forEach((cell, index) => this.addCell(index, cell));
    }
  }

  private addCell(index: number, cell: Cell): void {
    if (isBlank(cell) || typeof cell !== 'string') return;
    const v = (this.votes[index] ??= { dot: 0, comma: 0, thousands: {}, numbers: 0, dmy: 0, mdy: 0, dates: 0, ambiguous: 0 });
    const evidence = dateEvidence(cell);
    if (evidence === 'ambiguous') {
      v.ambiguous++;
      return;
    }
    if (evidence) {
      v.dates++;
      if (evidence === 'dmy') v.dmy++;
      else v.mdy++;
      return;
    }
    const probe = numberColumn();
    if ('value' in parseHundredths(cell, { allowNegative: true }, probe)) {
      v.numbers++;
      if (probe.decimal === '.') v.dot++;
      if (probe.decimal === ',') v.comma++;
      if (probe.thousands) v.thousands[probe.thousands] = (v.thousands[probe.thousands] ?? 0) + 1;
    }
  }

  /**
   * Whether the sample may stop: no column holds day-month-year dates whose order is still open (03/04/2015 with no
   * day above 12 seen yet). Numbers need no long look: plain digits read the same in every style, and the first value
   * with a separator settles a column's style when the file is read.
   */
  settled(): boolean {
    return this.votes.every((v) => !v || v.ambiguous === 0 || v.dmy + v.mdy > 0);
  }

  styleOf(index: number): ColumnStyle {
    const v = this.votes[index];
    if (!v) return { numberStyle: null, dateOrder: null, numbers: 0, dates: 0 };
    const decimal: DecimalSeparator | null = v.dot > v.comma ? '.' : v.comma > v.dot ? ',' : null;
    const thousands = Object.entries(v.thousands).sort((a, b) => b[1] - a[1])[0]?.[0] as NumberStyle['thousands'] | undefined;
    const dateOrder: DateOrder | null = v.dmy > v.mdy ? 'dmy' : v.mdy > v.dmy ? 'mdy' : null;
    return {
      numberStyle: v.numbers ? { decimal, thousands: thousands ?? null } : null,
      dateOrder,
      numbers: v.numbers,
      dates: v.dates + v.ambiguous,
    };
  }
}
