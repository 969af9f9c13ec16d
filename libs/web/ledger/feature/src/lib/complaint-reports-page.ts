import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { ComplaintGroupBy, ComplaintStatsRow, Role } from '@storeops/shared/contracts';
import {
  COMPLAINT_PERIOD_KINDS,
  ComplaintPeriodKind,
  ComplaintStatsStore,
  periodKindOf,
  periodOf,
  shiftPeriod,
} from '@storeops/web/ledger/data-access';
import { COMPLAINT_STYLES, ComplaintsNav, GROUP_BYS, groupByKey, stageKey } from '@storeops/web/ledger/ui';
import { ChartView, EmptyState, ErrorBanner, PageHeader, SoChartData, SoChartOptions } from '@storeops/web/shared/ui';
import {
  I18nService,
  LocalDatePipe,
  MoneyPipe,
  NumberFormatPipe,
  PercentFormatPipe,
  saveBlob,
  TranslatePipe,
} from '@storeops/web/shared/util';
import { percentRatio, periodLabel, rateCell, trendLabel } from './complaint-report-format';
import { describeError, isHandler, queueTitleKey } from './shared';

/**
 * 投诉分析: one period (week, month, quarter, year) grouped by category, cause, store or region — counts, validity,
 * the rate per 10,000 来客数, follow-up rates (key customers apart), stage deadlines met, satisfaction, reopens and
 * compensation; the groups as bars, twelve periods as a trend, the stage clocks as cards; the table as a spreadsheet.
 */
@Component({
  selector: 'so-complaint-reports-page',
  imports: [
    NgTemplateOutlet,
    MatButton,
    MatIconButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatIcon,
    MatProgressBar,
    MatTooltip,
    ChartView,
    EmptyState,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    MoneyPipe,
    NumberFormatPipe,
    PercentFormatPipe,
    TranslatePipe,
    ComplaintsNav,
  ],
  providers: [ComplaintStatsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './complaint-reports-page.html',
  styles: COMPLAINT_STYLES,
  styleUrl: './complaint-reports-page.scss',
})
export class ComplaintReportsPage implements OnInit {
  protected readonly store = inject(ComplaintStatsStore);
  private readonly i18n = inject(I18nService);
  readonly role = input<Role | null>(null);

  protected readonly kinds = COMPLAINT_PERIOD_KINDS;
  protected readonly groupBys = GROUP_BYS;
  protected readonly groupByKey = groupByKey;
  protected readonly stageKey = stageKey;
  protected readonly percentRatio = percentRatio;
  protected readonly period = signal(periodOf('week', new Date()));
  protected readonly groupBy = signal<ComplaintGroupBy>('category');
  protected readonly kind = computed(() => periodKindOf(this.period()));
  protected readonly exportError = signal<string | null>(null);
  protected readonly queueTitle = computed(() => queueTitleKey(this.role()));
  protected readonly canRecord = computed(() => isHandler(this.role()));
  /** Never past the period that holds today. */
  protected readonly atCurrent = computed(() => this.period() >= periodOf(this.kind(), new Date()));
  protected readonly label = computed(() => periodLabel(this.period(), this.i18n));
  protected readonly rows = computed(() => this.store.stats()?.rows ?? []);

  protected readonly barData = computed<SoChartData>(() => {
    const rows = this.rows();
    return {
      labels: rows.map((r) => r.label || this.i18n.t('complaints.report.noGroup')),
      datasets: [
        { label: this.i18n.t('complaints.report.count'), data: rows.map((r) => r.count), backgroundColor: '#8ab4f8' },
        { label: this.i18n.t('complaints.report.valid'), data: rows.map((r) => r.valid), backgroundColor: '#1a73e8' },
      ],
    };
  });
  protected readonly barOptions: SoChartOptions = {
    indexAxis: 'y',
    plugins: { legend: { position: 'bottom' } },
    scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
  } as SoChartOptions;
  protected readonly barHeight = computed(() => `${Math.max(200, 64 + this.rows().length * 36)}px`);

  protected readonly trendData = computed<SoChartData>(() => {
    const trend = this.store.stats()?.trend ?? [];
    return {
      labels: trend.map((p, i) => trendLabel(p.period, i ? trend[i - 1].period : null, this.i18n)),
      datasets: [
        {
          type: 'line',
          label: this.i18n.t('complaints.report.count'),
          data: trend.map((p) => p.count),
          borderColor: '#8ab4f8',
          backgroundColor: '#8ab4f8',
          yAxisID: 'y',
        },
        {
          type: 'line',
          label: this.i18n.t('complaints.report.valid'),
          data: trend.map((p) => p.valid),
          borderColor: '#1a73e8',
          backgroundColor: '#1a73e8',
          yAxisID: 'y',
        },
        {
          type: 'line',
          label: this.i18n.t('complaints.report.rate'),
          // An unknown rate is a gap in the line, not a fall to 0.
          data: trend.map((p) => p.ratePer10k),
          borderColor: '#e37400',
          backgroundColor: '#e37400',
          borderDash: [4, 4],
          spanGaps: false,
          yAxisID: 'rate',
        },
      ],
    } as SoChartData;
  });
  protected readonly trendOptions: SoChartOptions = {
    plugins: { legend: { position: 'bottom' } },
    scales: {
      y: { beginAtZero: true, ticks: { precision: 0 } },
      rate: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } },
    },
  } as SoChartOptions;

  ngOnInit(): void {
    this.load();
  }

  protected setKind(kind: ComplaintPeriodKind): void {
    this.period.set(periodOf(kind, new Date()));
    this.load();
  }

  protected step(steps: number): void {
    this.period.set(shiftPeriod(this.period(), steps));
    this.load();
  }

  protected setGroupBy(groupBy: ComplaintGroupBy): void {
    this.groupBy.set(groupBy);
    this.load();
  }

  protected load(): void {
    void this.store.load({ period: this.period(), groupBy: this.groupBy() });
  }

  protected rate(row: ComplaintStatsRow) {
    return rateCell(row, this.i18n);
  }

  protected async exportXlsx(): Promise<void> {
    this.exportError.set(null);
    try {
      saveBlob(await this.store.exportXlsx(), `complaints-${this.period()}-${this.groupBy()}.xlsx`);
    } catch (e) {
      this.exportError.set(describeError(e, this.i18n));
    }
  }
}
