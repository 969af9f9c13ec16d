import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { Progress } from '@storeops/shared/contracts';
import { paceTone } from '@storeops/web/kpi/data-access';
import { MoneyPipe, NumberFormatPipe, PercentFormatPipe, TranslatePipe, isMoneyMetric, metricKey } from '@storeops/web/shared/util';

/** One metric's MTD or YTD progress: actual against target, 达成率, 时间进度, 进度达成率 (coloured) and 预计完成. */
@Component({
  selector: 'so-progress-card',
  imports: [MatCard, MatCardContent, MoneyPipe, NumberFormatPipe, PercentFormatPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="card" [attr.data-testid]="'progress-card-' + metric() + '-' + period()">
      <mat-card-content>
        <div class="head">
          <span class="title">{{ metricKey(metric()) | t }}</span>
          <span class="period">{{ 'kpi.progress.' + period() | t }}</span>
        </div>
        <div class="actual">
          @if (money()) {
            {{ progress().actual | money: true }}
          } @else {
            {{ progress().actual | num: 0 }}
          }
        </div>
        <div class="target">
          {{ 'kpi.progress.target' | t }}
          @if (money()) {
            {{ progress().target | money: true }}
          } @else {
            {{ progress().target | num: 0 }}
          }
        </div>
        <div class="bar" aria-hidden="true">
          <span class="fill" [class]="'fill tone-' + tone()" [style.width.%]="barWidth()"></span>
          <span class="time" [style.left.%]="progress().timeProgress * 100"></span>
        </div>
        <dl class="facts">
          <div>
            <dt>{{ 'kpi.progress.achievement' | t }}</dt>
            <dd data-testid="achievement">{{ progress().achievement | pct: 1 }}</dd>
          </div>
          <div>
            <dt>{{ 'kpi.progress.timeProgress' | t }}</dt>
            <dd>{{ progress().timeProgress | pct: 1 }}</dd>
          </div>
          <div>
            <dt>{{ 'kpi.progress.pace' | t }}</dt>
            <dd>
              <span class="chip" [class]="'chip tone-' + tone()" data-testid="pace">{{ progress().pace | pct: 1 }}</span>
            </dd>
          </div>
          <div>
            <dt>{{ 'kpi.progress.forecast' | t }}</dt>
            <dd>
              @if (money()) {
                {{ progress().forecast | money: true }}
              } @else {
                {{ progress().forecast | num: 0 }}
              }
            </dd>
          </div>
        </dl>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .card {
      height: 100%;
    }
    .head {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
    }
    .title {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .period {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .actual {
      font: var(--mat-sys-headline-medium);
      margin-top: 4px;
      font-variant-numeric: tabular-nums;
    }
    .target {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .bar {
      position: relative;
      height: 6px;
      border-radius: 3px;
      background: var(--mat-sys-surface-container-high);
      margin: 10px 0 8px;
      overflow: visible;
    }
    .fill {
      display: block;
      height: 100%;
      border-radius: 3px;
    }
    .time {
      position: absolute;
      top: -3px;
      width: 2px;
      height: 12px;
      background: var(--mat-sys-on-surface);
    }
    .facts {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 6px 12px;
      margin: 0;
    }
    .facts div {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    dd {
      margin: 2px 0 0;
      font: var(--mat-sys-title-medium);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .chip {
      padding: 1px 8px;
      border-radius: 10px;
      display: inline-block;
    }
    .fill.tone-good,
    .chip.tone-good {
      background: #1e8e3e;
    }
    .chip.tone-good {
      background: #d8f3e4;
      color: #0b5d34;
    }
    .fill.tone-warn {
      background: #f29900;
    }
    .chip.tone-warn {
      background: #fdefc8;
      color: #7a4f00;
    }
    .fill.tone-bad {
      background: #d93025;
    }
    .chip.tone-bad {
      background: #fbe0de;
      color: #8c1d18;
    }
    .fill.tone-none {
      background: var(--mat-sys-outline);
    }
  `,
})
export class ProgressCard {
  readonly metric = input.required<string>();
  readonly period = input.required<'mtd' | 'ytd'>();
  readonly progress = input.required<Progress>();
  protected readonly metricKey = metricKey;
  protected readonly money = computed(() => isMoneyMetric(this.metric()));
  protected readonly tone = computed(() => paceTone(this.progress().pace));
  protected readonly barWidth = computed(() => Math.max(0, Math.min(100, (this.progress().achievement ?? 0) * 100)));
}
