import { Injectable, computed, inject, signal } from '@angular/core';
import { KpiRow, Metric, StoreProgressResponse } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { forkJoin } from 'rxjs';
import { KpiApi } from './kpi-api';

/** 我的指标 of one store: MTD/YTD progress per targeted metric, this month's daily sales and MTD sales by category. */
@Injectable()
export class StoreProgressStore {
  private readonly api = inject(KpiApi);
  private readonly state = new RequestState();
  private readonly result = signal<StoreProgressResponse | null>(null);
  private readonly dayRows = signal<KpiRow[]>([]);
  private readonly categoryRows = signal<KpiRow[]>([]);
  private requestId = 0;

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly progress = this.result.asReadonly();
  readonly days = this.dayRows.asReadonly();
  readonly categories = this.categoryRows.asReadonly();
  readonly date = computed(() => this.result()?.date ?? null);
  readonly hasTargets = computed(() => (this.result()?.metrics ?? []).some((m) => m.mtd.target > 0 || m.ytd.target > 0));
  readonly hasFacts = computed(
    () =>
      !!this.date() && (this.dayRows().some((r) => (r.value ?? 0) !== 0) || (this.result()?.metrics ?? []).some((m) => m.ytd.actual !== 0)),
  );
  readonly salesProgress = computed(() => this.result()?.metrics.find((m) => m.metric === Metric.Sales) ?? null);
  /** The as-of day's sales row. */
  readonly today = computed(() => {
    const date = this.date();
    return date ? (this.dayRows().find((r) => r.key === date) ?? null) : null;
  });

  async load(storeId: number, date?: string): Promise<void> {
    const id = ++this.requestId;
    this.result.set(null);
    this.dayRows.set([]);
    this.categoryRows.set([]);
    try {
      const progress = await this.state.run(this.api.storeProgress(storeId, date));
      if (id !== this.requestId) return;
      this.result.set(progress);
      if (!progress.date) return;
      const base = { metric: Metric.Sales, period: 'mtd', date: progress.date, storeId } as const;
      const [days, categories] = await this.state.run(
        forkJoin([this.api.kpis({ ...base, groupBy: 'day' }), this.api.kpis({ ...base, groupBy: 'category' })]),
      );
      if (id !== this.requestId) return;
      this.dayRows.set(days.rows);
      this.categoryRows.set([...categories.rows].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)));
    } catch {
      // error() carries it.
    }
  }
}
