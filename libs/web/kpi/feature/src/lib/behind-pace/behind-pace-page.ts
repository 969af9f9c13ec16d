import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TARGET_METRICS } from '@storeops/shared/contracts';
import { BehindPaceStore, FactRangeStore, paceTone } from '@storeops/web/kpi/data-access';
import { DateField, EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import {
  LocalDatePipe,
  MoneyPipe,
  NumberFormatPipe,
  PercentFormatPipe,
  TranslatePipe,
  isMoneyMetric,
  metricKey,
} from '@storeops/web/shared/util';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 门店进度: stores behind their month-to-date pace, worst first as the API orders them. */
@Component({
  selector: 'so-behind-pace-page',
  imports: [
    MatFormField,
    MatLabel,
    MatProgressBar,
    MatOption,
    MatSelect,
    RouterLink,
    DateField,
    EmptyState,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    MoneyPipe,
    NumberFormatPipe,
    PercentFormatPipe,
    TranslatePipe,
  ],
  providers: [BehindPaceStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'kpi.progress.behindTitle' | t" [intro]="'kpi.progress.behindIntro' | t">
      <so-date-field
        [label]="'kpi.progress.asOfPicker' | t"
        [value]="store.response()?.date ?? null"
        [min]="facts.firstDay()"
        [max]="facts.lastDay()"
        testId="behind-date"
        (picked)="pickDate($event)"
      />
      <mat-form-field subscriptSizing="dynamic" class="metric">
        <mat-label>{{ 'kpi.decomp.metric' | t }}</mat-label>
        <mat-select [value]="store.metric()" (selectionChange)="store.load($event.value)" data-testid="behind-metric">
          @for (m of metrics; track m) {
            <mat-option [value]="m">{{ metricKey(m) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </so-page-header>
    @if (store.response(); as r) {
      <p class="as-of">
        {{ 'kpi.progress.asOf' | t }} <strong data-testid="as-of-date">{{ r.date | localDate }}</strong>
      </p>
    }
    @if (store.error()?.statusCode === 403) {
      <so-empty-state icon="lock" testId="state-forbidden" [title]="'common.forbidden' | t" [text]="'kpi.progress.forbiddenText' | t" />
    } @else if (store.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="store.load()"
      />
    }
    <div class="table-card">
      <div class="progress">
        @if (store.loading()) {
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" />
        }
      </div>
      @if (store.response(); as r) {
        @if (r.rows.length) {
          <div class="table-scroll">
            <table class="table" data-testid="behind-pace-table">
              <thead>
                <tr>
                  <th>{{ 'store.code' | t }}</th>
                  <th>{{ 'store.name' | t }}</th>
                  <th>{{ 'store.region' | t }}</th>
                  <th class="num">{{ 'kpi.progress.targetMonth' | t }}</th>
                  <th class="num">{{ 'kpi.progress.actual' | t }}</th>
                  <th class="num">{{ 'kpi.progress.forecast' | t }}</th>
                  <th class="num">{{ 'kpi.progress.forecastRatio' | t }}</th>
                  <th class="num">{{ 'kpi.progress.pace' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of r.rows; track row.storeId) {
                  <tr data-testid="behind-pace-row">
                    <td>
                      <a class="mono" [routerLink]="['/targets/store', row.storeId]">{{ row.storeCode }}</a>
                    </td>
                    <td>
                      <a [routerLink]="['/targets/store', row.storeId]">{{ row.storeName }}</a>
                    </td>
                    <td>{{ row.regionName }}</td>
                    <td class="num">
                      @if (money()) {
                        {{ row.target | money: true }}
                      } @else {
                        {{ row.target | num: 0 }}
                      }
                    </td>
                    <td class="num">
                      @if (money()) {
                        {{ row.actual | money: true }}
                      } @else {
                        {{ row.actual | num: 0 }}
                      }
                    </td>
                    <td class="num">
                      @if (money()) {
                        {{ row.forecast | money: true }}
                      } @else {
                        {{ row.forecast | num: 0 }}
                      }
                    </td>
                    <td class="num">{{ row.forecastRatio | pct: 1 }}</td>
                    <td class="num">
                      <span [class]="'chip tone-' + tone(row.pace)">{{ row.pace | pct: 1 }}</span>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <so-empty-state icon="task_alt" testId="state-empty" [title]="'kpi.progress.allOnTrack' | t" />
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .metric {
      width: 160px;
    }
    @media (max-width: 599.98px) {
      .metric {
        width: 100%;
      }
    }
    .as-of {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .table-card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      overflow: hidden;
      background: var(--mat-sys-surface);
    }
    .progress {
      height: 4px;
    }
    .table-scroll {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 10px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      white-space: nowrap;
      text-align: left;
    }
    th {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    tbody tr:last-child td {
      border-bottom: 0;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .mono {
      font-family: ui-monospace, monospace;
    }
    a {
      color: var(--mat-sys-primary);
      text-decoration: none;
    }
    a:hover {
      text-decoration: underline;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 12px;
    }
    .tone-good {
      background: #d8f3e4;
      color: #0b5d34;
    }
    .tone-warn {
      background: #fdefc8;
      color: #7a4f00;
    }
    .tone-bad {
      background: #fbe0de;
      color: #8c1d18;
    }
  `,
})
export class BehindPacePage {
  protected readonly store = inject(BehindPaceStore);
  /** The date picker offers the days that have facts. */
  protected readonly facts = inject(FactRangeStore);
  private readonly router = inject(Router);

  /** `?date=YYYY-MM-DD` (the dashboard links here with its day); absent = the last day with facts. */
  readonly date = input<string>();
  private readonly requested = computed(() => {
    const date = this.date();
    return date && ISO_DATE.test(date) ? date : undefined;
  });
  protected readonly metrics = TARGET_METRICS;
  protected readonly metricKey = metricKey;
  protected readonly tone = paceTone;
  protected money(): boolean {
    return isMoneyMetric(this.store.metric());
  }

  constructor() {
    void this.facts.load();
    effect(() => {
      const date = this.requested();
      untracked(() => void this.store.load(this.store.metric(), date));
    });
  }

  protected pickDate(date: string): void {
    void this.router.navigate([], { queryParams: { date }, queryParamsHandling: 'merge' });
  }
}
