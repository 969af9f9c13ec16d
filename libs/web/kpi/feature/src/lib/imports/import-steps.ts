import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { ImportStep } from '@storeops/web/kpi/data-access';
import { I18nService, TranslatePipe, formatNumber } from '@storeops/web/shared/util';

/**
 * The import's real phases — 上传 · 读取与校验 · 写入 · 汇总 — each with what it has done and the time left of the
 * running one; while the job waits, its place in the queue.
 */
@Component({
  selector: 'so-import-steps',
  imports: [MatIcon, MatProgressBar, MatProgressSpinner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="steps" data-testid="import-steps" [attr.aria-label]="'kpi.imports.stepsLabel' | t">
      @for (s of steps(); track s.key; let i = $index) {
        <li [class]="'step ' + s.state" [attr.data-testid]="'import-step-' + s.key" [attr.data-state]="s.state">
          <span class="mark" aria-hidden="true">
            @switch (s.state) {
              @case ('done') {
                <mat-icon>check_circle</mat-icon>
              }
              @case ('failed') {
                <mat-icon>error</mat-icon>
              }
              @case ('active') {
                <mat-spinner diameter="20" />
              }
              @default {
                <span class="n">{{ i + 1 }}</span>
              }
            }
          </span>
          <span class="label">{{ 'kpi.imports.step.' + s.key | t }}</span>
          @if (s.state === 'active') {
            <span class="detail" data-testid="import-step-detail">{{ detail(s) }}</span>
          }
        </li>
      }
    </ol>
    @for (s of steps(); track s.key) {
      @if (s.state === 'active') {
        <mat-progress-bar
          class="bar"
          [mode]="s.fraction === null ? 'indeterminate' : 'determinate'"
          [value]="(s.fraction ?? 0) * 100"
          [attr.aria-label]="'kpi.imports.step.' + s.key | t"
          data-testid="import-progress"
        />
      }
    }
    @if (queuePosition() !== null) {
      <p class="queued" data-testid="import-queued">
        <mat-icon aria-hidden="true">hourglass_top</mat-icon>
        {{ (queuePosition() ? 'kpi.imports.queued' : 'kpi.imports.queuedNext') | t: { n: queuePosition() ?? 0 } }}
      </p>
    }
  `,
  styles: `
    .steps {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: 8px;
      list-style: none;
      margin: 16px 0 8px;
      padding: 0;
    }
    .step {
      display: grid;
      grid-template-columns: auto 1fr;
      grid-template-rows: auto auto;
      column-gap: 8px;
      align-items: center;
      padding: 8px 10px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface-variant);
    }
    .mark {
      display: flex;
      width: 24px;
      height: 24px;
      align-items: center;
      justify-content: center;
      grid-row: 1 / 3;
    }
    .n {
      display: inline-flex;
      width: 22px;
      height: 22px;
      align-items: center;
      justify-content: center;
      border-radius: 50%;
      border: 1px solid var(--mat-sys-outline);
      font: var(--mat-sys-label-medium);
    }
    .label {
      font: var(--mat-sys-title-small);
    }
    .detail {
      font: var(--mat-sys-body-small);
      font-variant-numeric: tabular-nums;
    }
    .active {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .done {
      color: var(--mat-sys-on-surface);
    }
    .done mat-icon {
      color: #188038;
    }
    .failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .bar {
      margin: 4px 0;
    }
    .queued {
      display: flex;
      gap: 6px;
      align-items: center;
      margin: 8px 0 0;
      color: #7a4f00;
    }
    @media (max-width: 599.98px) {
      .steps {
        grid-template-columns: 1fr 1fr;
      }
    }
  `,
})
export class ImportSteps {
  private readonly i18n = inject(I18nService);

  readonly steps = input.required<readonly ImportStep[]>();
  readonly queuePosition = input<number | null>(null);

  /** 已读取 1.2 MB / 3.4 MB · 约剩 5 秒 — what the running step has done, and how long it has left. */
  protected detail(s: ImportStep): string {
    const parts: string[] = [];
    if (s.done !== null) parts.push(this.amount(s));
    parts.push(this.timeLeft(s.secondsLeft));
    return parts.join(' · ');
  }

  private amount(s: ImportStep): string {
    const locale = this.i18n.locale();
    if (s.unit === 'bytes') {
      const mb = (n: number | null) => formatNumber((n ?? 0) / 1_048_576, locale, 1);
      return this.i18n.t(s.key === 'upload' ? 'kpi.imports.uploaded' : 'kpi.imports.read', { done: mb(s.done), total: mb(s.total) });
    }
    const n = (v: number | null) => formatNumber(v ?? 0, locale, 0);
    return this.i18n.t(s.unit === 'rows' ? 'kpi.imports.rowsWritten' : 'kpi.imports.monthsDone', { done: n(s.done), total: n(s.total) });
  }

  private timeLeft(seconds: number | null): string {
    if (seconds === null) return this.i18n.t('kpi.imports.estimating');
    if (seconds < 60) return this.i18n.t('kpi.imports.secondsLeft', { n: Math.max(1, Math.ceil(seconds)) });
    return this.i18n.t('kpi.imports.minutesLeft', { n: Math.ceil(seconds / 60) });
  }
}
