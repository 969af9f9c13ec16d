import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { InspectionRankingStore, PeriodKind, periodString } from '@storeops/web/inspections/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { TranslatePipe, ScorePipe } from '@storeops/web/shared/util';
import { StarsPipe } from './inspection-format';

const now = new Date();

/** 门店排名 → 巡店排名: period, category and region pickers over GET /api/rankings/inspections. */
@Component({
  selector: 'so-inspection-ranking-page',
  imports: [MatFormField, MatInput, MatLabel, MatProgressBar, EmptyState, ErrorBanner, PageHeader, ScorePipe, TranslatePipe, StarsPipe],
  providers: [InspectionRankingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inspection-ranking-page.html',
  styleUrl: './inspection-ranking-page.scss',
})
export class InspectionRankingPage implements OnInit {
  protected readonly store = inject(InspectionRankingStore);
  protected readonly kind = signal<PeriodKind>('month');
  protected readonly year = signal(now.getFullYear());
  protected readonly part = signal(now.getMonth() + 1);
  protected readonly categoryId = signal<number | null>(null);
  protected readonly regionId = signal<number | null>(null);
  protected readonly categories = this.store.categories;
  protected readonly years = Array.from({ length: 4 }, (_, i) => now.getFullYear() - i);
  protected readonly parts = computed(() =>
    this.kind() === 'month' ? Array.from({ length: 12 }, (_, i) => i + 1) : this.kind() === 'quarter' ? [1, 2, 3, 4] : [],
  );
  protected readonly period = computed(() => periodString(this.kind(), this.year(), this.part()));

  async ngOnInit(): Promise<void> {
    void this.store.loadRegions();
    void this.store.loadCategories();
    await this.reload();
  }

  protected setKind(kind: PeriodKind): void {
    this.kind.set(kind);
    this.part.set(kind === 'quarter' ? Math.floor(now.getMonth() / 3) + 1 : kind === 'month' ? now.getMonth() + 1 : 1);
    void this.reload();
  }

  protected set(target: 'year' | 'part' | 'categoryId' | 'regionId', value: string): void {
    const n = value ? Number(value) : null;
    if (target === 'year') this.year.set(n ?? now.getFullYear());
    else if (target === 'part') this.part.set(n ?? 1);
    else if (target === 'categoryId') this.categoryId.set(n);
    else this.regionId.set(n);
    void this.reload();
  }

  protected reload(): Promise<void> {
    const region = this.regionId();
    return this.store.load({
      period: this.period(),
      categoryId: this.categoryId() ?? undefined,
      scope: region ? `region:${region}` : 'all',
    });
  }
}
