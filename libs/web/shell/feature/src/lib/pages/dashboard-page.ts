import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { StoreStatus } from '@storeops/shared/contracts';
import { StoreDirectoryStore } from '@storeops/web/org/data-access';
import { ErrorBanner, LoadingState, PageHeader, StatCard, StatRow } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, formatKey, formatNumber } from '@storeops/web/shared/util';

/** 营运总览: until KPI data is imported, the store network at a glance (counts by status, region and format). */
@Component({
  selector: 'so-dashboard-page',
  imports: [ErrorBanner, LoadingState, PageHeader, StatCard, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'dashboard.title' | t" [intro]="'dashboard.intro' | t" />
    @if (directory.error(); as error) {
      <so-error-banner [message]="'common.loadError' | t: { message: error.message }" [retryLabel]="'common.retry' | t" (retry)="directory.load(true)" />
    } @else if (directory.loading() && !directory.stores().length) {
      <so-loading-state [text]="'common.loading' | t" />
    } @else {
      <section class="grid kpis" data-testid="dashboard-counts">
        @for (card of statusCards(); track card.label) {
          <so-stat-card [label]="card.label" [value]="card.value" />
        }
      </section>
      <section class="grid lists">
        <so-stat-card data-testid="dashboard-by-region" [label]="'dashboard.byRegion' | t" [rows]="regionRows()" />
        <so-stat-card data-testid="dashboard-by-format" [label]="'dashboard.byFormat' | t" [rows]="formatRows()" />
      </section>
    }
  `,
  styles: `
    .grid { display: grid; gap: 16px; margin-bottom: 16px; }
    .kpis { grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); }
    .lists { grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); align-items: start; }
    @media (max-width: 400px) { .kpis { grid-template-columns: 1fr 1fr; } .lists { grid-template-columns: 1fr; } }
  `,
})
export class DashboardPage implements OnInit {
  protected readonly directory = inject(StoreDirectoryStore);
  private readonly i18n = inject(I18nService);

  private count(n: number): string {
    return formatNumber(n, this.i18n.locale(), 0);
  }

  protected readonly statusCards = computed(() => {
    const byStatus = new Map(this.directory.byStatus().map((row) => [row.key, row.count]));
    return [
      { label: this.i18n.t('dashboard.totalStores'), value: this.count(this.directory.stores().length) },
      { label: this.i18n.t('dashboard.openStores'), value: this.count(byStatus.get(StoreStatus.Open) ?? 0) },
      { label: this.i18n.t('dashboard.preparingStores'), value: this.count(byStatus.get(StoreStatus.Preparing) ?? 0) },
      { label: this.i18n.t('dashboard.closedStores'), value: this.count(byStatus.get(StoreStatus.Closed) ?? 0) },
    ];
  });

  protected readonly regionRows = computed<StatRow[]>(() =>
    this.directory.byRegion().map((row) => ({ label: row.label, value: this.i18n.t('dashboard.storeCount', { count: this.count(row.count) }) })),
  );

  protected readonly formatRows = computed<StatRow[]>(() =>
    this.directory.byFormat().map((row) => ({ label: this.i18n.t(formatKey(row.key)), value: this.i18n.t('dashboard.storeCount', { count: this.count(row.count) }) })),
  );

  ngOnInit(): void {
    void this.directory.load(true);
  }
}
