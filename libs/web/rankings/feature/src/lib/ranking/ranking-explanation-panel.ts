import { ChangeDetectionStrategy, Component, Signal, computed, effect, inject, input, output, untracked } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { RankingComponent, RankingQuery } from '@storeops/shared/contracts';
import { RankingExplanationStore, buildWaterfall, rankMove } from '@storeops/web/rankings/data-access';
import { ChartView, EmptyState, ErrorBanner, KpiValue, LoadingState, SoChartData, SoChartOptions } from '@storeops/web/shared/ui';
import {
  I18nService,
  LocalDatePipe,
  MoneyPipe,
  NumberFormatPipe,
  PercentFormatPipe,
  TranslatePipe,
  formatScore,
  ScorePipe,
} from '@storeops/web/shared/util';
import { componentLabel, rawText } from '../component-labels';

const COLOURS = { total: '#5f6368', up: '#1e8e3e', down: '#d93025', flat: '#9aa0a6' } as const;

/**
 * Why a store ranks where it does: a waterfall from the previous composite through each component's contribution to
 * the current one, the figures behind each component, and its rank over the last 12 periods.
 */
@Component({
  selector: 'so-ranking-explanation-panel',
  imports: [
    MatButton,
    MatIconButton,
    MatIcon,
    RouterLink,
    ChartView,
    EmptyState,
    ErrorBanner,
    KpiValue,
    LoadingState,
    LocalDatePipe,
    MoneyPipe,
    NumberFormatPipe,
    PercentFormatPipe,
    ScorePipe,
    TranslatePipe,
  ],
  providers: [RankingExplanationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ranking-explanation-panel.html',
  styleUrl: './ranking-explanation-panel.scss',
  host: { '(document:keydown.escape)': 'closed.emit()' },
})
export class RankingExplanationPanel {
  protected readonly store = inject(RankingExplanationStore);
  private readonly i18n = inject(I18nService);

  readonly storeId = input.required<number>();
  readonly query = input.required<RankingQuery>();
  readonly closed = output<void>();

  protected readonly explanation = this.store.explanation;
  protected readonly row = computed(() => this.explanation()?.row ?? null);
  protected readonly move = computed(() => {
    const row = this.row();
    return row ? rankMove(row) : 'none';
  });
  protected readonly bars = computed(() => {
    const row = this.row();
    if (!row) return [];
    const byKey = new Map(row.components.map((c) => [c.key, c]));
    return buildWaterfall(row, (key) => {
      if (key === 'previous') return this.i18n.t('rank.previousComposite');
      if (key === 'current') return this.i18n.t('rank.currentComposite');
      const c = byKey.get(key);
      return c ? componentLabel(this.i18n, c) : key;
    });
  });
  protected readonly hasPrevious = computed(() => this.bars()[0]?.key === 'previous');

  protected readonly waterfallData: Signal<SoChartData> = computed<SoChartData>(() => ({
    labels: this.bars().map((b) => b.label),
    datasets: [
      {
        label: this.i18n.t('rank.contribution'),
        data: this.bars().map((b) => [b.from, b.to] as [number, number]),
        backgroundColor: this.bars().map((b) => COLOURS[b.kind]),
        borderSkipped: false,
        barPercentage: 0.7,
      },
    ],
  }));

  protected readonly waterfallOptions: Signal<SoChartOptions> = computed<SoChartOptions>(() => {
    const bars = this.bars();
    const locale = this.i18n.locale();
    const steps = bars.filter((b) => b.kind !== 'total').flatMap((b) => [b.from, b.to]);
    const totals = bars.filter((b) => b.kind === 'total').map((b) => b.to);
    const values = this.hasPrevious() ? [...steps, ...totals] : [0, ...totals];
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = Math.max(1, (hi - lo) * 0.25);
    return {
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const bar = bars[ctx.dataIndex];
              return formatScore(bar.value, locale, bar.kind !== 'total');
            },
          },
        },
      },
      scales: {
        x: { grid: { display: false }, ticks: { autoSkip: false, maxRotation: 45, minRotation: 0 } },
        // Bounds on a multiple of 10 (the ticks step) so the lowest tick is not a stray 57 crowding the 60 above it.
        y: {
          min: Math.max(0, Math.floor((lo - pad) / 10) * 10),
          max: Math.min(100, Math.ceil((hi + pad) / 10) * 10),
          ticks: { maxTicksLimit: 6 },
        },
      },
    } as SoChartOptions;
  });

  protected readonly trendPoints = computed(() => this.store.trend()?.points ?? []);
  protected readonly trendData: Signal<SoChartData> = computed<SoChartData>(() => ({
    labels: this.trendPoints().map((p) => p.period),
    datasets: [
      {
        label: this.i18n.t('rank.term.rank'),
        data: this.trendPoints().map((p) => p.rank),
        borderColor: '#1a73e8',
        backgroundColor: '#1a73e8',
        tension: 0.2,
        spanGaps: true,
      },
    ],
  }));
  protected readonly trendOptions: Signal<SoChartOptions> = computed<SoChartOptions>(() => {
    const points = this.trendPoints();
    const locale = this.i18n.locale();
    return {
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = points[ctx.dataIndex];
              return `${this.i18n.t('rank.term.rank')} ${p.rank ?? '—'} / ${p.ranked} · ${this.i18n.t('rank.composite')} ${formatScore(p.composite, locale)}`;
            },
          },
        },
      },
      scales: {
        x: { grid: { display: false } },
        // Rank 1 at the top.
        y: { reverse: true, min: 1, ticks: { precision: 0, maxTicksLimit: 6 } },
      },
    } as SoChartOptions;
  });

  protected readonly salesAchievement = computed(() => ratioOf(this.explanation()?.sales.actual, this.explanation()?.sales.target));
  protected readonly marginAchievement = computed(() => ratioOf(this.explanation()?.margin.actual, this.explanation()?.margin.target));
  protected readonly shrinkRate = computed(() => ratioOf(this.explanation()?.shrink.shrink, this.explanation()?.shrink.sales));

  constructor() {
    effect(() => {
      const id = this.storeId();
      const query = this.query();
      untracked(() => void this.store.load(id, query));
    });
  }

  protected retry(): void {
    void this.store.load(this.storeId(), this.query());
  }

  protected label(c: RankingComponent): string {
    return componentLabel(this.i18n, c);
  }

  protected raw(c: RankingComponent): string {
    return rawText(this.i18n, c);
  }

  protected previousRaw(c: RankingComponent): string {
    return c.previousRaw === null ? '—' : rawText(this.i18n, { kind: c.kind, raw: c.previousRaw });
  }
}

function ratioOf(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === undefined || a === null || b === undefined || b === null || b === 0 ? null : a / b;
}
