import { ChangeDetectionStrategy, Component, Signal, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { CompanyProgress, DashboardStore as DashboardStoreRow, Progress } from '@storeops/shared/contracts';
import { FactRangeStore } from '@storeops/web/kpi/data-access';
import { DashboardStore, rankMove } from '@storeops/web/rankings/data-access';
import {
  ChartView,
  DateField,
  EmptyState,
  ErrorBanner,
  KpiValue,
  LoadingState,
  PageHeader,
  SoChartData,
  SoChartOptions,
} from '@storeops/web/shared/ui';
import {
  I18nService,
  LocalDatePipe,
  MoneyPipe,
  NumberFormatPipe,
  PercentFormatPipe,
  TranslatePipe,
  formatMoney,
  formatNumber,
  ScorePipe,
} from '@storeops/web/shared/util';
import { heatColour } from './heat';

interface ProgressCardView {
  id: string;
  metricKey: string;
  periodKey: string;
  progress: Progress;
  /** The figure is unknown (a margin without 成本): shown as 「—」 with the reason, never 0. */
  unknown: boolean;
  /** 全店同比 */
  yoy: number | null;
  /** 同店同比, over the comparable stores only. */
  yoyLikeForLike: number | null;
  comparableStores: number;
}

function cardsOf(id: string, metricKey: string, p: CompanyProgress): ProgressCardView[] {
  return [
    {
      id: `${id}-mtd`,
      metricKey,
      periodKey: 'rank.progress.mtd',
      progress: p.mtd,
      unknown: p.mtdUnknown,
      yoy: p.yoyMtd,
      yoyLikeForLike: p.yoyMtdLikeForLike,
      comparableStores: p.comparableStoresMtd,
    },
    {
      id: `${id}-ytd`,
      metricKey,
      periodKey: 'rank.progress.ytd',
      progress: p.ytd,
      unknown: p.ytdUnknown,
      yoy: p.yoyYtd,
      yoyLikeForLike: p.yoyYtdLikeForLike,
      comparableStores: p.comparableStoresYtd,
    },
  ];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 营运总览: the director's morning page. Every tile links to the page that explains it. */
@Component({
  selector: 'so-dashboard-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    MatProgressBar,
    RouterLink,
    ChartView,
    DateField,
    EmptyState,
    ErrorBanner,
    KpiValue,
    LoadingState,
    PageHeader,
    LocalDatePipe,
    MoneyPipe,
    NumberFormatPipe,
    PercentFormatPipe,
    ScorePipe,
    TranslatePipe,
  ],
  providers: [DashboardStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrls: ['./dashboard-page.scss', './dashboard-cards.scss'],
})
export class DashboardPage {
  protected readonly store = inject(DashboardStore);
  /** The date picker offers the days that have facts. */
  protected readonly facts = inject(FactRangeStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** `?date=YYYY-MM-DD`; absent = the API's last day with facts. */
  readonly date = input<string>();
  private readonly requested = computed(() => {
    const date = this.date();
    return date && ISO_DATE.test(date) ? date : undefined;
  });

  protected readonly data = this.store.dashboard;
  protected readonly cards = computed<ProgressCardView[]>(() => {
    const d = this.data();
    if (!d) return [];
    return [...cardsOf('sales', 'metric.sales', d.sales), ...cardsOf('margin', 'metric.gross_margin', d.margin)];
  });
  protected readonly year = computed(() => this.data()?.date.slice(0, 4) ?? '');

  /** Region × category cells looked up by key; the ratio is computed from the sums shown. */
  private readonly cells = computed(() => new Map((this.data()?.heatmap.cells ?? []).map((c) => [`${c.regionId}:${c.categoryId}`, c])));
  protected heatCell(regionId: number, categoryId: number): { ratio: number | null; colour: string; actual: number; target: number } {
    const c = this.cells().get(`${regionId}:${categoryId}`);
    const ratio = c && c.target > 0 ? c.actual / c.target : null;
    return { ratio, colour: heatColour(ratio), actual: c?.actual ?? 0, target: c?.target ?? 0 };
  }

  protected readonly monthsData: Signal<SoChartData | null> = computed<SoChartData | null>(() => {
    const d = this.data();
    if (!d) return null;
    const wan = (fen: number | null) => (fen === null ? null : fen / 1_000_000);
    const year = Number(d.date.slice(0, 4));
    return {
      labels: d.months.map((m) => this.i18n.t('rank.monthN', { n: m.month })),
      datasets: [
        {
          type: 'bar',
          label: this.i18n.t('rank.dash.thisYear', { year }),
          data: d.months.map((m) => wan(m.thisYear)),
          backgroundColor: '#1a73e8',
          order: 2,
        },
        {
          type: 'bar',
          label: this.i18n.t('rank.dash.lastYear', { year: year - 1 }),
          data: d.months.map((m) => wan(m.lastYear)),
          backgroundColor: '#c6dafc',
          order: 3,
        },
        {
          type: 'line',
          label: this.i18n.t('rank.progress.target'),
          data: d.months.map((m) => wan(m.target)),
          borderColor: '#e37400',
          backgroundColor: '#e37400',
          borderDash: [6, 4],
          pointRadius: 2,
          order: 1,
        },
      ],
    };
  });
  protected readonly monthsOptions: Signal<SoChartOptions> = computed<SoChartOptions>(() => {
    const locale = this.i18n.locale();
    return {
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatMoney(Number(ctx.parsed.y) * 1_000_000, locale, true)}` } },
      },
      scales: {
        x: { grid: { display: false } },
        // The axis is in 万元 already: whole numbers read better than ¥60,000.00万.
        y: {
          beginAtZero: true,
          ticks: {
            maxTicksLimit: 5,
            callback: (v: string | number) =>
              Number(v) === 0
                ? '¥0'
                : locale.startsWith('zh')
                  ? `¥${formatNumber(Number(v), locale, 0)}万`
                  : formatMoney(Number(v) * 1_000_000, locale, true),
          },
        },
      },
    } as SoChartOptions;
  });

  constructor() {
    void this.facts.load();
    effect(() => {
      const date = this.requested();
      untracked(() => void this.store.load(date));
    });
  }

  protected pickDate(date: string): void {
    void this.router.navigate([], { queryParams: { date }, queryParamsHandling: 'merge' });
  }

  protected retry(): void {
    void this.store.load(this.requested());
  }

  protected tone(pace: number | null): string {
    if (pace === null) return 'none';
    return pace >= 1 ? 'good' : pace >= 0.9 ? 'warn' : 'bad';
  }

  protected move(row: DashboardStoreRow): string {
    return rankMove({
      rank: row.rank,
      previousRank: row.rankChange === null ? null : (row.rank ?? 0) + row.rankChange,
      rankChange: row.rankChange,
    });
  }

  protected rankingLink(extra: Record<string, string | number> = {}): Record<string, string | number> {
    const r = this.data()?.ranking;
    return r ? { period: r.period, schemeId: r.schemeId, ...extra } : { ...extra };
  }
}
