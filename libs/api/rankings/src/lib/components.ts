import { ComponentKind, meanScore, ratePer10k, SchemeComponentConfig, violationsPerMonth } from '@storeops/shared/contracts';
import { ActionFact, PeriodInputs } from './period-inputs';

/** Raw values to 2 decimals: what is shown, exported and scored. */
export const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * One kind of scorecard component: how to measure every store's raw value in a period. The ranking engine knows
 * nothing else about components, so a new kind (complaints per 10,000 transactions, …) is one more entry in
 * COMPONENT_DEFINITIONS (and its name in COMPONENT_KINDS), loading whatever it needs through PeriodInputs.
 * A store absent from the answer, or mapped to null, is missing that component.
 */
export interface ComponentDefinition {
  kind: ComponentKind;
  measure(inputs: PeriodInputs, component: SchemeComponentConfig): Promise<Map<number, number | null>>;
}

/**
 * 达成率 in percent over the period; for a period still running, the pace (achievement ÷ time progress), so a
 * half-finished month is comparable with a finished one. Missing without a target, and missing when the store's
 * figure is unknown: no sales in the period, or — for the margin — sales whose 成本 is not known on every day (a
 * file without cost never scores as 100 % margin).
 */
async function achievement(inputs: PeriodInputs, target: 'sales' | 'margin') {
  const out = new Map<number, number | null>();
  if (inputs.notStarted) return out;
  const [sums, targets] = await Promise.all([inputs.sums(), inputs.targets()]);
  const progress = inputs.timeProgress;
  for (const [storeId, t] of targets) {
    const goal = t[target];
    if (goal <= 0) continue;
    const s = sums.get(storeId);
    if (!s || s.salesDays === 0) continue;
    if (target === 'margin' && s.costDays < s.salesDays) continue;
    const actual = target === 'sales' ? s.sales : s.costSales - s.cost;
    out.set(storeId, round2((actual / goal / progress) * 100));
  }
  return out;
}

export function onTimeRate(actions: readonly ActionFact[]): Map<number, { due: number; onTime: number }> {
  const byStore = new Map<number, { due: number; onTime: number }>();
  for (const a of actions) {
    const s = byStore.get(a.storeId) ?? { due: 0, onTime: 0 };
    s.due++;
    if ((a.status === 'closed' || a.status === 'accepted') && a.closedAt && a.closedAt.getTime() <= a.dueAt.getTime()) s.onTime++;
    byStore.set(a.storeId, s);
  }
  return byStore;
}

export const COMPONENT_DEFINITIONS: readonly ComponentDefinition[] = [
  {
    kind: 'sales_achievement',
    measure: (inputs) => achievement(inputs, 'sales'),
  },
  {
    kind: 'margin_achievement',
    measure: (inputs) => achievement(inputs, 'margin'),
  },
  {
    // Mean score of the period's inspections (of the chosen categories, or all).
    kind: 'inspection_score',
    async measure(inputs, component) {
      const only = component.categoryIds?.length ? new Set(component.categoryIds) : null;
      const scores = new Map<number, number[]>();
      for (const i of await inputs.inspections()) {
        if (i.score === null || (only && (i.categoryId === null || !only.has(i.categoryId)))) continue;
        scores.set(i.storeId, [...(scores.get(i.storeId) ?? []), i.score]);
      }
      return new Map([...scores].map(([storeId, list]) => [storeId, meanScore(list)]));
    },
  },
  {
    // Share (%) of the corrective actions due in the period that were closed by their due time.
    kind: 'actions_on_time',
    async measure(inputs) {
      const rates = onTimeRate(await inputs.actions());
      return new Map([...rates].map(([storeId, r]) => [storeId, round2((r.onTime / r.due) * 100)]));
    },
  },
  {
    // 损耗率 as a percentage of the allowed rate: 100 = exactly on target; lower is better.
    kind: 'shrink_vs_target',
    async measure(inputs, component) {
      const out = new Map<number, number | null>();
      if (inputs.notStarted) return out;
      const allowed = component.targetRate ?? 1;
      for (const [storeId, s] of await inputs.sums()) {
        // Unknown shrink (a file without 损耗 on some day) is missing, not a perfect 0 %.
        if (s.salesDays === 0 || s.shrinkDays < s.salesDays || s.shrinkSales <= 0) continue;
        out.set(storeId, round2(((s.shrink / s.shrinkSales) * 100 * 100) / allowed));
      }
      return out;
    },
  },
  {
    // 每万来客投诉率: valid complaints per 10,000 来客数 of the period; lower is better. A store whose 来客数 is
    // unknown is missing (never a perfect 0); a store with 来客数 and no complaint scores 0.
    kind: 'complaint_rate',
    async measure(inputs) {
      const out = new Map<number, number | null>();
      if (inputs.notStarted) return out;
      const [complaints, transactions] = await Promise.all([inputs.complaints(), inputs.transactions()]);
      for (const [storeId, tx] of transactions) {
        const rate = ratePer10k(complaints.get(storeId) ?? 0, tx);
        if (rate !== null) out.set(storeId, round2(rate));
      }
      return out;
    },
  },
  {
    // 月均违纪次数: standing violations of the store (or of its people) per month of the period; lower is better.
    // Only a store with facts in the period is measured (one not trading is missing, never a perfect 0).
    kind: 'violations',
    async measure(inputs) {
      const out = new Map<number, number | null>();
      if (inputs.notStarted) return out;
      const [violations, sums] = await Promise.all([inputs.violations(), inputs.sums()]);
      for (const [storeId, s] of sums) {
        if (s.salesDays === 0) continue;
        const rate = violationsPerMonth(violations.get(storeId) ?? 0, inputs.monthsElapsed);
        if (rate !== null) out.set(storeId, round2(rate));
      }
      return out;
    },
  },
];

export function definitionOf(kind: ComponentKind): ComponentDefinition {
  const found = COMPONENT_DEFINITIONS.find((d) => d.kind === kind);
  if (!found) throw new Error(`No component definition for ${kind}`);
  return found;
}
