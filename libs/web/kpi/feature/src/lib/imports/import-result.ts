import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { ImportResponse, NumberStyle } from '@storeops/shared/contracts';
import { dateOrderExample, numberStyleExample, unusedColumns } from '@storeops/web/kpi/data-access';
import { I18nService, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';

/**
 * A finished import: rows new, changed and unchanged; what it did to store-days (未分品类 sales replaced, a store
 * file's sales not used, closed days); how dates and amounts were read; which columns fed nothing.
 */
@Component({
  selector: 'so-import-result',
  imports: [MatIcon, NumberFormatPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="counts" data-testid="import-result">
      <div>
        <span class="n" data-testid="import-inserted">{{ job().inserted | num: 0 }}</span
        ><span>{{ 'kpi.imports.inserted' | t }}</span>
      </div>
      <div>
        <span class="n" data-testid="import-updated">{{ job().updated | num: 0 }}</span
        ><span>{{ 'kpi.imports.updated' | t }}</span>
      </div>
      <div>
        <span class="n" data-testid="import-unchanged">{{ job().unchanged | num: 0 }}</span
        ><span>{{ 'kpi.imports.unchanged' | t }}</span>
      </div>
      <div>
        <span class="n">{{ job().rowsRead | num: 0 }}</span
        ><span>{{ 'kpi.imports.rows' | t }}</span>
      </div>
    </div>
    <ul class="notes" data-testid="import-notes">
      <li>
        <mat-icon aria-hidden="true">category</mat-icon>{{ 'kpi.imports.kindRead' | t: { kind: ('kpi.imports.kind.' + job().kind | t) } }}
      </li>
      @if (job().replacedStoreDays) {
        <li data-testid="import-replaced">
          <mat-icon aria-hidden="true">swap_horiz</mat-icon>{{ 'kpi.imports.replaced' | t: { n: (job().replacedStoreDays | num: 0) } }}
        </li>
      }
      @if (job().ignoredStoreDaySales) {
        <li data-testid="import-ignored-sales">
          <mat-icon aria-hidden="true">info</mat-icon>{{ 'kpi.imports.ignoredSales' | t: { n: (job().ignoredStoreDaySales | num: 0) } }}
        </li>
      }
      @if (job().closedDays) {
        <li data-testid="import-closed">
          <mat-icon aria-hidden="true">event_busy</mat-icon>{{ 'kpi.imports.closedDays' | t: { n: (job().closedDays | num: 0) } }}
        </li>
      }
      @if (readAs(); as r) {
        <li><mat-icon aria-hidden="true">rule</mat-icon>{{ r }}</li>
      }
      @if (unused().length) {
        <li data-testid="import-unused">
          <mat-icon aria-hidden="true">visibility_off</mat-icon>{{ 'kpi.imports.unusedColumns' | t: { columns: unused() } }}
        </li>
      }
    </ul>
  `,
  styles: `
    .counts {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: 8px;
      margin-top: 12px;
    }
    .counts div {
      display: flex;
      flex-direction: column;
      align-items: center;
      padding: 12px 4px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
    .n {
      font: var(--mat-sys-headline-small);
      font-variant-numeric: tabular-nums;
    }
    .notes {
      list-style: none;
      margin: 12px 0 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .notes li {
      display: flex;
      gap: 8px;
      align-items: flex-start;
    }
    .notes mat-icon {
      flex: none;
      font-size: 20px;
      width: 20px;
      height: 20px;
      color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 599.98px) {
      .counts {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
  `,
})
export class ImportResult {
  private readonly i18n = inject(I18nService);
  readonly job = input.required<ImportResponse>();

  protected readonly unused = computed(() =>
    unusedColumns(this.job().columns)
      .map((c) => c.header || this.i18n.t('kpi.imports.noHeader', { n: c.index }))
      .join(this.i18n.t('common.listSep')),
  );
  /** 日期按 31.07.2015 读取 · 金额按 1.234,56 读取 */
  protected readonly readAs = computed(() => {
    const job = this.job();
    const parts: string[] = [];
    if (job.dateOrder) parts.push(this.i18n.t('kpi.imports.readDates', { example: dateOrderExample(job.dateOrder) }));
    if (job.decimalSeparator) {
      const style: NumberStyle = { decimal: job.decimalSeparator, thousands: job.decimalSeparator === ',' ? '.' : ',' };
      parts.push(this.i18n.t('kpi.imports.readAmounts', { example: numberStyleExample(style) }));
    }
    return parts.join(' · ');
  });
}
