/**
 * Scorecard schemes of DESIGN.md §5: components with weights summing to 100, each mapping its raw value linearly to
 * 0..100 between a floor and a ceiling (direction-aware); composite = Σ weightᵢ × scoreᵢ / 100. Component scores
 * are kept to 2 decimals and composites to 4, computed in integers, so a change of composite splits exactly into
 * the components' contributions.
 */
export type MissingRule = 'zero' | 'reweight';

export interface SchemeComponent {
  key: string;
  weight: number;
  floor: number;
  ceiling: number;
  direction: 'higher' | 'lower';
}

export interface ComponentScore {
  key: string;
  raw: number | null;
  /** 0..100 to 2 decimals; null when the raw value is missing and the rule reweights. */
  score: number | null;
  weight: number;
  /** The weight actually applied (reweighting spreads a missing component's weight over the others). */
  effectiveWeight: number;
}

export interface CompositeResult {
  /** To 4 decimals; null when every component is missing. */
  composite: number | null;
  components: ComponentScore[];
}

/** Weights must be whole, positive and sum to exactly 100; returns the problems. */
export function checkWeights(components: readonly SchemeComponent[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const c of components) {
    if (!Number.isInteger(c.weight) || c.weight <= 0) problems.push(`${c.key}: weight must be a whole number above 0`);
    if (keys.has(c.key)) problems.push(`${c.key}: appears twice`);
    keys.add(c.key);
    if (c.floor === c.ceiling) problems.push(`${c.key}: floor and ceiling must differ`);
  }
  const sum = components.reduce((a, c) => a + c.weight, 0);
  if (sum !== 100) problems.push(`weights sum to ${sum}, not 100`);
  return problems;
}

/** Linear 0..100 between floor and ceiling, clamped; for "lower is better" the floor is the good end. Hundredths. */
export function componentScore(raw: number, c: Pick<SchemeComponent, 'floor' | 'ceiling' | 'direction'>): number {
  const [bad, good] = c.direction === 'higher' ? [c.floor, c.ceiling] : [c.ceiling, c.floor];
  const share = (raw - bad) / (good - bad);
  const clamped = Math.min(1, Math.max(0, share));
  return Math.round(clamped * 10_000) / 100;
}

const hundredths = (score: number) => Math.round(score * 100);

/**
 * Composite of one store. `zero`: a missing component scores 0 with its weight. `reweight`: it is left out and the
 * others' weights are scaled to sum to 100.
 */
export function compositeScore(
  scheme: readonly SchemeComponent[],
  raws: Readonly<Record<string, number | null | undefined>>,
  rule: MissingRule,
): CompositeResult {
  const present = scheme.filter((c) => raws[c.key] !== null && raws[c.key] !== undefined);
  const presentWeight = present.reduce((a, c) => a + c.weight, 0);
  const components: ComponentScore[] = scheme.map((c) => {
    const raw = raws[c.key];
    const missing = raw === null || raw === undefined;
    if (missing && rule === 'reweight') return { key: c.key, raw: null, score: null, weight: c.weight, effectiveWeight: 0 };
    return {
      key: c.key,
      raw: missing ? null : (raw as number),
      score: missing ? 0 : componentScore(raw as number, c),
      weight: c.weight,
      effectiveWeight: rule === 'reweight' ? (c.weight * 100) / presentWeight : c.weight,
    };
  });
  if (rule === 'reweight' && presentWeight === 0) return { composite: null, components };
  // Σ w·s in units of 1/10000 (w whole, s in hundredths); reweighting divides by the present weight once.
  const units = components.reduce((a, c) => a + (c.score === null ? 0 : c.weight * hundredths(c.score)), 0);
  const composite = rule === 'reweight' ? Math.round((units * 100) / presentWeight) / 10_000 : units / 10_000;
  return { composite, components };
}

export interface Contribution {
  key: string;
  /** weightᵢ × Δscoreᵢ / 100, to 4 decimals; the contributions sum exactly to the composite change. */
  contribution: number;
}

/**
 * Splits a store's composite change between two periods into its components' contributions (both periods under the
 * same scheme and the `zero` rule, where the split is exact). Missing components count as 0.
 */
export function contributions(
  scheme: readonly SchemeComponent[],
  previous: CompositeResult,
  current: CompositeResult,
): { change: number; parts: Contribution[] } {
  const score = (r: CompositeResult, key: string) => hundredths(r.components.find((c) => c.key === key)?.score ?? 0);
  const parts = scheme.map((c) => ({ key: c.key, units: c.weight * (score(current, c.key) - score(previous, c.key)) }));
  const change = parts.reduce((a, p) => a + p.units, 0);
  return { change: change / 10_000, parts: parts.map((p) => ({ key: p.key, contribution: p.units / 10_000 })) };
}

/**
 * Each component's share of the composite in units of 1/10000, summing exactly to the composite's units. Under
 * `zero` a share is weight × score (hundredths); under `reweight` the shares are weight × score × 100 / present
 * weight, rounded by largest remainder so they still add up. Missing components (score null) get 0.
 */
export function compositePartUnits(result: CompositeResult): number[] {
  if (result.composite === null) return result.components.map(() => 0);
  const total = Math.round(result.composite * 10_000);
  const raw = result.components.map((c) => (c.score === null ? 0 : c.effectiveWeight * hundredths(c.score)));
  const floors = raw.map((v) => Math.floor(v + 1e-9));
  let rest = total - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((v, i) => ({ i, frac: v - floors[i] })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0 && order.length; k = (k + 1) % order.length, rest--) floors[order[k].i]++;
  for (let k = order.length - 1; rest < 0 && order.length; k = (k - 1 + order.length) % order.length, rest++) floors[order[k].i]--;
  return floors;
}
