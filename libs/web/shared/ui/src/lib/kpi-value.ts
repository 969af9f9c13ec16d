import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTooltip } from '@angular/material/tooltip';
import { KpiCoverage, KpiUnknownReason } from '@storeops/shared/contracts';
import { I18nService, figureNote, formatMoney, formatNumber, formatPercent } from '@storeops/web/shared/util';

export type KpiValueFormat = 'money' | 'money-compact' | 'percent' | 'number';

/**
 * A KPI figure that may be unknown: the value in zh-CN/en format, or 「—」 — never 0 — with the reason (缺少成本数据,
 * 无数据, 分母为零) on hover or tap; a value over only part of the store-days is marked and says how many lacked inputs.
 */
@Component({
  selector: 'so-kpi-value',
  imports: [MatTooltip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (note(); as text) {
      <button
        type="button"
        class="tip"
        [class.unknown]="value() === null"
        [matTooltip]="text"
        #tip="matTooltip"
        (click)="tip.show()"
        [attr.aria-label]="shown() + '，' + text"
        [attr.data-unknown]="value() === null ? (reason() ?? 'no_facts') : null"
        data-testid="kpi-value"
      >
        {{ shown() }}
        @if (value() !== null) {
          <sup aria-hidden="true">*</sup>
        }
      </button>
    } @else {
      <span data-testid="kpi-value">{{ shown() }}</span>
    }
  `,
  styles: `
    :host {
      display: inline;
    }
    .tip {
      position: relative;
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0;
      cursor: help;
      text-decoration: underline dotted;
      text-underline-offset: 3px;
    }
    /* A 44 px tap target around a small figure, without pushing the layout. */
    .tip::after {
      content: '';
      position: absolute;
      left: 50%;
      top: 50%;
      width: 44px;
      height: 44px;
      min-width: 100%;
      transform: translate(-50%, -50%);
    }
    .unknown {
      color: var(--mat-sys-on-surface-variant);
    }
    sup {
      color: var(--mat-sys-tertiary);
      margin-left: 1px;
    }
  `,
})
export class KpiValue {
  private readonly i18n = inject(I18nService);

  readonly value = input<number | null | undefined>(null);
  readonly format = input<KpiValueFormat>('number');
  /** Decimals of percent and number formats. */
  readonly digits = input(1);
  readonly reason = input<KpiUnknownReason | null | undefined>(null);
  readonly coverage = input<Pick<KpiCoverage, 'days' | 'missingDays'> | null | undefined>(null);
  /** The metric, so the reason names what was missing (成本 for 毛利率 …). */
  readonly metric = input<string>();

  protected readonly shown = computed(() => {
    const value = this.value() ?? null;
    const locale = this.i18n.locale();
    switch (this.format()) {
      case 'money':
        return formatMoney(value, locale);
      case 'money-compact':
        return formatMoney(value, locale, true);
      case 'percent':
        return formatPercent(value, locale, this.digits());
      default:
        return formatNumber(value, locale, this.digits());
    }
  });
  protected readonly note = computed(() =>
    figureNote(this.i18n, { value: this.value() ?? null, unknownReason: this.reason(), coverage: this.coverage() }, this.metric()),
  );
}
