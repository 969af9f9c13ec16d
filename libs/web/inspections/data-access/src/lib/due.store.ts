import { Injectable, computed, inject, signal } from '@angular/core';
import { CategoryResponse, DuePlanItem, InspectionPlanDueResponse } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { InspectionsApi } from './inspections-api';
import { DRAFT_STORAGE } from './draft-storage';
import { Cached, isNetworkFailure } from './offline-cache';

/** One line of 今日待检, ready to render. */
export interface DueRow {
  key: string;
  storeId: number;
  storeCode: string;
  storeName: string;
  categoryId: number | null;
  /** null: the general store standard. */
  categoryName: string | null;
  specialistName: string;
  overdue: boolean;
  periodStart: string;
  periodEnd: string;
  /** Query params of /inspections/new that preselect the store and category and name the plan item (and its period). */
  startParams: { storeId: number; categoryId?: number; planId: number; periodStart: string };
}

/**
 * Due pairs as rows: one per (store, category) — overdue wins over due when a pair is both —, overdue first,
 * then by store code; category names from the categories list.
 */
export function toDueRows(items: readonly DuePlanItem[], categories: readonly Pick<CategoryResponse, 'id' | 'name'>[]): DueRow[] {
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const byPair = new Map<string, DueRow>();
  for (const i of items) {
    const key = `${i.storeId}:${i.categoryId ?? 'general'}`;
    const existing = byPair.get(key);
    if (existing && (existing.overdue || !i.overdue)) continue;
    byPair.set(key, {
      key,
      storeId: i.storeId,
      storeCode: i.storeCode,
      storeName: i.storeName,
      categoryId: i.categoryId,
      categoryName: i.categoryId === null ? null : (names.get(i.categoryId) ?? `#${i.categoryId}`),
      specialistName: i.specialistName,
      overdue: i.overdue,
      periodStart: i.periodStart,
      periodEnd: i.periodEnd,
      startParams: {
        storeId: i.storeId,
        ...(i.categoryId === null ? {} : { categoryId: i.categoryId }),
        planId: i.planId,
        periodStart: i.periodStart,
      },
    });
  }
  return [...byPair.values()].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      a.storeCode.localeCompare(b.storeCode) ||
      (a.categoryName ?? '').localeCompare(b.categoryName ?? ''),
  );
}

/** 今日待检 of the inspections landing: due/overdue pairs and coverage by specialist. */
@Injectable()
export class DueStore {
  private readonly api = inject(InspectionsApi);
  private readonly storage = inject(DRAFT_STORAGE);
  private readonly state = new RequestState();
  readonly response = signal<InspectionPlanDueResponse | null>(null);
  readonly categories = signal<CategoryResponse[]>([]);
  readonly rows = computed(() => toDueRows(this.response()?.items ?? [], this.categories()));
  readonly coverage = computed(() =>
    [...(this.response()?.coverage ?? [])].sort(
      (a, b) => b.overdue - a.overdue || a.specialistName.localeCompare(b.specialistName, 'zh-CN'),
    ),
  );
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  /** Offline: when the rows shown were fetched (null: nothing cached on this device yet); null while online. */
  readonly offline = signal<{ at: string | null } | null>(null);

  async load(date?: string): Promise<void> {
    const key = `due:${date ?? 'today'}`;
    try {
      const [due, categories] = await Promise.all([this.state.run(this.api.due(date)), this.state.run(this.api.categories())]);
      this.categories.set(categories.items);
      this.response.set(due);
      this.offline.set(null);
      const entry: Cached<{ due: InspectionPlanDueResponse; categories: CategoryResponse[] }> = {
        at: new Date().toISOString(),
        value: { due, categories: categories.items },
      };
      void this.storage.putCached(key, entry).catch(() => undefined);
    } catch (error) {
      // Offline, the last list fetched on this device stands in, marked as such; never a raw HTTP error.
      if (!isNetworkFailure(error)) return;
      const cached = await this.storage
        .getCached<Cached<{ due: InspectionPlanDueResponse; categories: CategoryResponse[] }>>(key)
        .catch(() => undefined);
      if (cached) {
        this.categories.set(cached.value.categories);
        this.response.set(cached.value.due);
      }
      this.offline.set({ at: cached?.at ?? null });
      this.state.clearError();
    }
  }
}
