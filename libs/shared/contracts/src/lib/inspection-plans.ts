/** Inspection plans 检查计划 (DESIGN.md §4): recurring rules and what they make due. */

export type PlanFrequency = 'monthly' | 'weekly';

export interface InspectionPlanResponse {
  id: number;
  specialistId: number;
  specialistName: string;
  /** null: the general store standard. */
  categoryId: number | null;
  frequency: PlanFrequency;
  /** null: every open store; otherwise the chosen stores. */
  storeIds: number[] | null;
  active: boolean;
}

export interface CreateInspectionPlanRequest {
  specialistId: number;
  categoryId: number | null;
  frequency: PlanFrequency;
  storeIds?: number[] | null;
}

/** A (store, category) a rule makes due in a period and that has no inspection in it yet. */
export interface DuePlanItem {
  planId: number;
  specialistId: number;
  specialistName: string;
  storeId: number;
  storeCode: string;
  storeName: string;
  categoryId: number | null;
  frequency: PlanFrequency;
  /** The period's first and last day (YYYY-MM-DD, China time). */
  periodStart: string;
  periodEnd: string;
  /** True for an item of the previous period that was never inspected. */
  overdue: boolean;
}

export interface PlanCoverageRow {
  specialistId: number;
  specialistName: string;
  /** Pairs due in the current period, and how many of them are done. */
  due: number;
  done: number;
  /** Pairs of the previous period never inspected. */
  overdue: number;
}

export interface InspectionPlanDueResponse {
  date: string;
  items: DuePlanItem[];
  /** Per specialist; the ops manager sees every specialist, a specialist only themself. */
  coverage: PlanCoverageRow[];
}
