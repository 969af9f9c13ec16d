import { ChangeDetectionStrategy, Component, Signal, computed, effect, inject, input, numberAttribute } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Metric, TARGET_METRICS } from '@storeops/shared/contracts';
import { StoreProgressStore, buildTrend, withShares } from '@storeops/web/kpi/data-access';
import { StoreDetailStore } from '@storeops/web/org/data-access';
import {
  ChartView,
  EmptyState,
  ErrorBanner,
  KpiValue,
  LoadingState,
  PageHeader,
  SoChartData,
  SoChartOptions,
} from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, MoneyPipe, PercentFormatPipe, TranslatePipe, formatMoney } from '@storeops/web/shared/util';
import { ProgressCard } from './progress-card';

const optionalNumber = (value: unknown): number | null =>
  value === null || value === undefined || value === '' ? null : numberAttribute(value);

/**
 * 我的指标: `/targets` for a store manager (their store, from the route's resolver), `/targets/store/:id` for others.
 * Phone first: one column of cards at 375 px.
 */
@Component({
  selector: 'so-my-targets-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    RouterLink,
    ChartView,
    EmptyState,
    ErrorBanner,
    KpiValue,
    LoadingState,
    PageHeader,
    LocalDatePipe,
    MoneyPipe,
    PercentFormatPipe,
    TranslatePipe,
    ProgressCard,
  ],
  providers: [StoreProgressStore, StoreDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-targets-page.html',
  styleUrl: './my-targets-page.scss',
})
export class MyTargetsPage {
  protected readonly store = inject(StoreProgressStore);
  protected readonly detail = inject(StoreDetailStore);
  private readonly i18n = inject(I18nService);

  /** `/targets/store/:id` */
  readonly id = input(null, { transform: optionalNumber });
  /** A store manager's own store (route resolver). */
  readonly myStoreId = input(null, { transform: optionalNumber });

  protected readonly storeId = computed(() => this.id() ?? this.myStoreId());
  protected readonly ownStore = computed(() => this.id() === null);
  protected readonly metrics = computed(() => {
    const rank = (m: string) => TARGET_METRICS.indexOf(m as (typeof TARGET_METRICS)[number]);
    return [...(this.store.progress()?.metrics ?? [])].sort((a, b) => rank(a.metric) - rank(b.metric));
  });
  protected readonly categories = computed(() => withShares(this.store.categories()));
  protected readonly notFound = computed(() => this.store.error()?.statusCode === 404);

  private readonly trend = computed(() => {
    const date = this.store.date();
    return date ? buildTrend(this.store.days(), date, this.store.salesProgress()?.mtd.target ?? 0) : null;
  });

  protected readonly trendData: Signal<SoChartData | null> = computed<SoChartData | null>(() => {
    const trend = this.trend();
    if (!trend) return null;
    const target = this.store.salesProgress()?.mtd.target ?? 0;
    const yuan = (v: number | null) => (v === null ? null : v / 100);
    return {
      labels: trend.days.map(String),
      datasets: [
        {
          type: 'bar',
          label: this.i18n.t('kpi.progress.dailySales'),
          data: trend.daily.map(yuan),
          backgroundColor: '#8ab4f8',
          yAxisID: 'y',
          order: 2,
        },
        {
          type: 'line',
          label: this.i18n.t('kpi.progress.cumulativeActual'),
          data: trend.cumulative.map(yuan),
          borderColor: '#1a73e8',
          backgroundColor: '#1a73e8',
          pointRadius: 0,
          tension: 0.2,
          yAxisID: 'y1',
          order: 1,
        },
        ...(target > 0
          ? [
              {
                type: 'line' as const,
                label: this.i18n.t('kpi.progress.cumulativeTarget'),
                data: trend.targetPace.map(yuan),
                borderColor: '#e37400',
                backgroundColor: '#e37400',
                borderDash: [6, 4],
                pointRadius: 0,
                yAxisID: 'y1',
                order: 0,
              },
            ]
          : []),
      ],
    };
  });

  protected readonly trendOptions: Signal<SoChartOptions> = computed<SoChartOptions>(() => {
    const locale = this.i18n.locale();
    const closed = this.trend()?.closed ?? [];
    const closedNote = this.i18n.t('kpi.progress.closedDay');
    const tick = (value: string | number) => formatMoney(Number(value) * 100, locale, true);
    return {
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: {
          callbacks: {
            title: (items) => {
              const i = items[0]?.dataIndex ?? -1;
              const label = items[0]?.label ?? '';
              return closed[i] ? `${label} · ${closedNote}` : label;
            },
            label: (ctx) => `${ctx.dataset.label}: ${formatMoney(Number(ctx.parsed.y) * 100, locale, true)}`,
          },
        },
      },
      scales: {
        x: { grid: { display: false } },
        y: {
          position: 'left',
          beginAtZero: true,
          ticks: { callback: tick, maxTicksLimit: 5 },
          title: { display: true, text: this.i18n.t('kpi.progress.dailyAxis') },
        },
        y1: {
          position: 'right',
          beginAtZero: true,
          grid: { drawOnChartArea: false },
          ticks: { callback: tick, maxTicksLimit: 5 },
          title: { display: true, text: this.i18n.t('kpi.progress.cumulativeAxis') },
        },
      },
    } as SoChartOptions;
  });

  constructor() {
    effect(() => {
      const id = this.storeId();
      if (id === null) return;
      void this.store.load(id);
      void this.detail.load(id);
    });
  }

  protected retry(): void {
    const id = this.storeId();
    if (id !== null) void this.store.load(id);
  }

  protected readonly Metric = Metric;
}
