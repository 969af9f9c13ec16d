import { StoreRankingRow } from '@storeops/shared/contracts';

export type WaterfallKind = 'total' | 'up' | 'down' | 'flat';

export interface WaterfallBar {
  key: string;
  /** A component key, or `previous` / `current` for the totals. */
  label: string;
  from: number;
  to: number;
  /** The bar's value: the total, or the component's contribution (or part, without a previous composite). */
  value: number;
  kind: WaterfallKind;
}

/** Fixed 4 decimals, as the API computes composites, so the running sum lands exactly on the current composite. */
const units = (value: number) => Math.round(value * 10_000);
const back = (u: number) => u / 10_000;

/**
 * The waterfall of one store's composite: previous composite, each component's contribution (floating bars from
 * the running total), current composite. Without a previous composite it shows how the components' parts build
 * the current composite from 0 instead.
 */
export function buildWaterfall(row: StoreRankingRow, label: (key: string) => string): WaterfallBar[] {
  const current = row.composite ?? 0;
  const hasPrevious = row.previousComposite !== null && row.components.every((c) => c.contribution !== null);
  const start = hasPrevious ? units(row.previousComposite ?? 0) : 0;
  const bars: WaterfallBar[] = [];
  if (hasPrevious) bars.push({ key: 'previous', label: label('previous'), from: 0, to: back(start), value: back(start), kind: 'total' });
  let running = start;
  for (const c of row.components) {
    const step = units(hasPrevious ? (c.contribution ?? 0) : c.part);
    const from = running;
    running += step;
    bars.push({
      key: c.key,
      label: label(c.key),
      from: back(from),
      to: back(running),
      value: back(step),
      kind: step > 0 ? 'up' : step < 0 ? 'down' : 'flat',
    });
  }
  // The API's parts and contributions sum exactly; a mismatch would show as a gap between the last step and the total.
  bars.push({ key: 'current', label: label('current'), from: 0, to: current, value: current, kind: 'total' });
  return bars;
}
