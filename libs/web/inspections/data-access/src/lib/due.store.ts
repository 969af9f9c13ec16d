import { Injectable, computed, inject, signal } from '@angular/core';
import { CategoryResponse, DuePlanItem, InspectionPlanDueResponse } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { CategoriesApi } from '@storeops/web/org/data-access';
import { InspectionsApi } from './inspections-api';
import { DRAFT_STORAGE } from './draft-storage';
import { withOfflineCopy } from './offline-cache';

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

/** One category line of a store's 今日待检 card. */
export interface DueLine {
  key: string;
  categoryId: number | null;
  categoryName: string | null;
  overdue: boolean;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  startParams: DueRow['startParams'];
}

/** A store once, with what is due there: overdue lines first, then by category. */
export interface DueStoreCard {
  storeId: number;
  storeCode: string;
  storeName: string;
  overdue: boolean;
  /** The earliest planned day among its lines. */
  dueDate: string;
  lines: DueLine[];
}

/** Sunday of the ISO week of `day` (YYYY-MM-DD). */
export function weekEndOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() + (6 - weekday) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * 今日待检 as a specialist works it: each store once, with what is overdue or planned up to the end of this week
 * (a month's later rounds wait for their week); overdue stores first, then by the earliest planned day.
 */
export function toDueCards(
  items: readonly DuePlanItem[],
  categories: readonly Pick<CategoryResponse, 'id' | 'name'>[],
  today: string,
): DueStoreCard[] {
  const weekEnd = weekEndOf(today);
  const byStore = new Map<number, DueStoreCard>();
  for (const row of toDueRows(
    items.filter((i) => i.overdue || (i.dueDate ?? i.periodEnd) <= weekEnd),
    categories,
  )) {
    const item = items.find((i) => i.storeId === row.storeId && i.categoryId === row.categoryId && i.overdue === row.overdue);
    const dueDate = item?.dueDate ?? row.periodEnd;
    const card = byStore.get(row.storeId) ?? {
      storeId: row.storeId,
      storeCode: row.storeCode,
      storeName: row.storeName,
      overdue: false,
      dueDate,
      lines: [],
    };
    card.overdue ||= row.overdue;
    if (dueDate < card.dueDate) card.dueDate = dueDate;
    card.lines.push({
      key: row.key,
      categoryId: row.categoryId,
      categoryName: row.categoryName,
      overdue: row.overdue,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      dueDate,
      startParams: row.startParams,
    });
    byStore.set(row.storeId, card);
  }
  return [...byStore.values()].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate) || a.storeCode.localeCompare(b.storeCode),
  );
}

/** 今日待检 of the inspections landing: due/overdue pairs and coverage by specialist. */
@Injectable()
export class DueStore {
  private readonly api = inject(InspectionsApi);
  private readonly categoriesApi = inject(CategoriesApi);
  private readonly storage = inject(DRAFT_STORAGE);
  private readonly state = new RequestState();
  readonly response = signal<InspectionPlanDueResponse | null>(null);
  readonly categories = signal<CategoryResponse[]>([]);
  readonly rows = computed(() => toDueRows(this.response()?.items ?? [], this.categories()));
  /** Each store once: what is overdue or planned up to the end of this week. */
  readonly cards = computed(() => {
    const r = this.response();
    return r ? toDueCards(r.items, this.categories(), r.date) : [];
  });
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
    // Offline, the last list fetched on this device stands in, marked as such; never a raw HTTP error.
    const result = await withOfflineCopy(this.storage, key, async () => {
      const [due, categories] = await Promise.all([this.state.run(this.api.due(date)), this.state.run(this.categoriesApi.all())]);
      return { due, categories };
    });
    if (!result) return;
    if (result.value) {
      this.categories.set(result.value.categories);
      this.response.set(result.value.due);
    }
    this.offline.set(result.offline);
    if (result.offline) this.state.clearError();
  }
}
