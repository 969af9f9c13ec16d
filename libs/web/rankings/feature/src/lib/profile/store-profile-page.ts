import { ChangeDetectionStrategy, Component, Signal, computed, effect, inject, input, numberAttribute, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { Role, TARGET_METRICS } from '@storeops/shared/contracts';
import { FactRangeStore, defaultFactMonth } from '@storeops/web/kpi/data-access';
import { StoreProfileStore, isPeriod } from '@storeops/web/rankings/data-access';
import { ChartView, EmptyState, ErrorBanner, LoadingState, SoChartData, SoChartOptions } from '@storeops/web/shared/ui';
import {
  I18nService,
  LocalDatePipe,
  PercentFormatPipe,
  TranslatePipe,
  formatKey,
  formatNumber,
  formatScore,
  metricKey,
  ScorePipe,
} from '@storeops/web/shared/util';
import { componentLabel, rawText } from '../component-labels';

/**
 * 门店档案: one store's scorecard history and component radar, targets progress, recent inspections and open
 * corrective actions. Open to every signed-in user; the API answers 403 for another store's manager.
 */
@Component({
  selector: 'so-store-profile-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    MatFormField,
    MatInput,
    MatLabel,
    RouterLink,
    ChartView,
    EmptyState,
    ErrorBanner,
    LoadingState,
    LocalDatePipe,
    PercentFormatPipe,
    ScorePipe,
    TranslatePipe,
  ],
  providers: [StoreProfileStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './store-profile-page.html',
  styleUrl: './store-profile-page.scss',
})
export class StoreProfilePage {
  protected readonly profile = inject(StoreProfileStore);
  private readonly i18n = inject(I18nService);

  readonly id = input.required({ transform: numberAttribute });
  /** `?period=` — the scorecard's period (default: the last complete month). */
  readonly period = input<string>();
  /** From the route's resolver: rankings links only for the roles that have them. */
  readonly role = input<Role | null>(null);

  protected readonly facts = inject(FactRangeStore);
  private readonly router = inject(Router);
  protected readonly scorePeriod = computed(() => {
    const p = this.period();
    return isPeriod(p) ? p : defaultFactMonth(this.facts.range(), new Date());
  });
  /** The scorecard is asked for once its period is known: from the URL, or from the facts. */
  private readonly periodKnown = computed(() => isPeriod(this.period()) || this.facts.settled());
  /** Every month with facts, newest first, and the period shown even when it is a quarter or has no facts. */
  protected readonly periodChoices = computed(() => {
    const months = this.facts.months();
    const shown = this.scorePeriod();
    return months.includes(shown) ? months : [shown, ...months];
  });
  protected readonly canRank = computed(() => {
    const role = this.role();
    return role !== null && role !== Role.StoreManager;
  });
  protected readonly formatKey = formatKey;
  protected readonly metricKey = metricKey;

  protected readonly row = computed(() => this.profile.explanation()?.row ?? null);
  protected readonly metrics = computed(() => {
    const rank = (m: string) => TARGET_METRICS.indexOf(m as (typeof TARGET_METRICS)[number]);
    return [...(this.profile.progress()?.metrics ?? [])].sort((a, b) => rank(a.metric) - rank(b.metric));
  });

  protected readonly radarData: Signal<SoChartData | null> = computed<SoChartData | null>(() => {
    const row = this.row();
    if (!row) return null;
    const labels = row.components.map((c) => componentLabel(this.i18n, c));
    return {
      labels,
      datasets: [
        {
          label: this.profile.explanation()?.period ?? '',
          data: row.components.map((c) => (c.raw === null ? null : c.score)),
          borderColor: '#1a73e8',
          backgroundColor: 'rgba(26,115,232,.18)',
          fill: true,
          pointRadius: 3,
        },
        ...(row.previousComposite !== null
          ? [
              {
                label: this.profile.explanation()?.previousPeriod ?? '',
                data: row.components.map((c) => (c.previousRaw === null ? null : c.previousScore)),
                borderColor: '#9aa0a6',
                backgroundColor: 'rgba(154,160,166,.10)',
                borderDash: [4, 4],
                fill: true,
                pointRadius: 2,
              },
            ]
          : []),
      ],
    };
  });
  protected readonly radarOptions: Signal<SoChartOptions> = computed<SoChartOptions>(
    () =>
      ({
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatScore(ctx.parsed.r, this.i18n.locale())}` } },
        },
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: { stepSize: 25, backdropColor: 'transparent', font: { size: 9 }, color: '#9aa0a6' },
            pointLabels: { font: { size: 12 } },
          },
        },
      }) as SoChartOptions,
  );

  protected readonly historyData: Signal<SoChartData | null> = computed<SoChartData | null>(() => {
    const points = this.profile.trend()?.points ?? [];
    if (!points.length) return null;
    return {
      labels: points.map((p) => p.period),
      datasets: [
        {
          type: 'line',
          label: this.i18n.t('rank.composite'),
          data: points.map((p) => p.composite),
          borderColor: '#1a73e8',
          backgroundColor: '#1a73e8',
          yAxisID: 'y',
          tension: 0.2,
          spanGaps: true,
        },
        {
          type: 'line',
          label: this.i18n.t('rank.term.rank'),
          data: points.map((p) => p.rank),
          borderColor: '#e37400',
          backgroundColor: '#e37400',
          yAxisID: 'y1',
          borderDash: [5, 4],
          tension: 0.2,
          spanGaps: true,
        },
      ],
    };
  });
  protected readonly historyOptions: Signal<SoChartOptions> = computed<SoChartOptions>(() => {
    const locale = this.i18n.locale();
    return {
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: {
          callbacks: {
            // The composite as a score (one decimal), the rank as it is.
            label: (ctx) => `${ctx.dataset.label}: ${ctx.datasetIndex === 0 ? formatScore(ctx.parsed.y, locale) : ctx.parsed.y}`,
          },
        },
      },
      scales: {
        x: { grid: { display: false } },
        y: {
          position: 'left',
          min: 0,
          max: 100,
          title: { display: true, text: this.i18n.t('rank.composite') },
          ticks: { callback: (v: string | number) => formatNumber(Number(v), locale, 0) },
        },
        y1: {
          position: 'right',
          reverse: true,
          min: 1,
          grid: { drawOnChartArea: false },
          title: { display: true, text: this.i18n.t('rank.term.rank') },
          ticks: { precision: 0 },
        },
      },
    } as SoChartOptions;
  });

  constructor() {
    void this.facts.load();
    effect(() => {
      if (!this.periodKnown()) return;
      const id = this.id();
      const period = this.scorePeriod();
      untracked(() => void this.profile.load(id, period));
    });
  }

  protected pickPeriod(period: string): void {
    if (isPeriod(period)) void this.router.navigate([], { queryParams: { period }, queryParamsHandling: 'merge' });
  }

  /** 2026-10 → 2026年10月; a quarter or year as it is written. */
  protected periodLabel(period: string): string {
    const month = /^(\d{4})-(\d{2})$/.exec(period);
    return month ? this.i18n.t('rank.profile.monthLabel', { y: month[1], m: Number(month[2]) }) : period;
  }

  protected retry(): void {
    void this.profile.load(this.id(), this.scorePeriod());
  }

  protected raw(c: Parameters<typeof rawText>[1]): string {
    return rawText(this.i18n, c);
  }

  protected label(c: Parameters<typeof componentLabel>[1]): string {
    return componentLabel(this.i18n, c);
  }

  protected tone(pace: number | null): string {
    if (pace === null) return 'none';
    return pace >= 1 ? 'good' : pace >= 0.9 ? 'warn' : 'bad';
  }
}
