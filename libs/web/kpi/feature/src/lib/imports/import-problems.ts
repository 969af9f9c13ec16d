import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { IMPORT_MAX_STORED_PROBLEMS, ImportResponse } from '@storeops/shared/contracts';
import { I18nService, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';

interface GroupView {
  key: string;
  column: string;
  title: string;
  /** One problem of the group in full, with its value (the title alone says only the kind). */
  example: string | null;
  count: number;
  lines: string;
}

/**
 * A failed import's problems grouped by column and kind — 「未知的门店编码 × 45,812」 on one line, not 100 identical
 * ones — each with its count and first lines, and every problem (up to the stated cap) as an XLSX download.
 */
@Component({
  selector: 'so-import-problems',
  imports: [MatButton, MatIcon, NumberFormatPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="problems" aria-labelledby="problems-title">
      <div class="head">
        <h3 id="problems-title" data-testid="import-error-count">
          {{ 'kpi.imports.problemCount' | t: { n: (job().errorCount | num: 0) } }}
        </h3>
        <button
          mat-stroked-button
          type="button"
          (click)="download.emit()"
          [disabled]="downloading()"
          data-testid="import-problems-download"
        >
          <mat-icon>download</mat-icon>{{ 'kpi.imports.downloadProblems' | t }}
        </button>
      </div>
      @if (job().errorCount > maxStored) {
        <p class="muted">{{ 'kpi.imports.downloadCap' | t: { n: (maxStored | num: 0) } }}</p>
      }
      <div class="scroll">
        <table class="table" data-testid="import-problem-groups">
          <thead>
            <tr>
              <th>{{ 'kpi.imports.column' | t }}</th>
              <th>{{ 'kpi.imports.problem' | t }}</th>
              <th class="num">{{ 'kpi.imports.times' | t }}</th>
              <th>{{ 'kpi.imports.firstLines' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (g of groups(); track g.key) {
              <tr data-testid="import-problem-group">
                <td data-testid="group-column">{{ g.column }}</td>
                <td class="wrap">
                  <div data-testid="group-problem">{{ g.title }}</div>
                  @if (g.example) {
                    <div class="example">{{ 'kpi.imports.example' | t: { text: g.example } }}</div>
                  }
                </td>
                <td class="num count" [attr.data-label]="'kpi.imports.times' | t" data-testid="group-count">{{ g.count | num: 0 }}</td>
                <td class="wrap lines" [attr.data-label]="'kpi.imports.firstLines' | t" data-testid="group-lines">{{ g.lines }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styles: `
    .problems {
      margin-top: 16px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
      justify-content: space-between;
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-error);
    }
    .head button {
      min-height: 44px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 0;
    }
    .scroll {
      margin-top: 8px;
      max-height: 420px;
      overflow: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 8px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
      white-space: nowrap;
    }
    th {
      position: sticky;
      top: 0;
      background: var(--mat-sys-surface);
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    tbody tr:last-child td {
      border-bottom: 0;
    }
    .wrap {
      white-space: normal;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .example {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      margin-top: 2px;
    }
    /* A phone: each group as a small block — column and count on one line, then the problem and its lines. */
    @media (max-width: 599.98px) {
      thead {
        display: none;
      }
      tr {
        display: grid;
        grid-template-columns: 1fr auto;
        padding: 8px 12px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      td {
        border: 0;
        padding: 2px 0;
      }
      td.wrap {
        grid-column: 1 / -1;
      }
      .count::before,
      .lines::before {
        content: attr(data-label) '：';
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-body-small);
      }
      .lines {
        font: var(--mat-sys-body-small);
      }
    }
  `,
})
export class ImportProblems {
  private readonly i18n = inject(I18nService);
  readonly job = input.required<ImportResponse>();
  readonly downloading = input(false);
  readonly download = output<void>();

  protected readonly maxStored = IMPORT_MAX_STORED_PROBLEMS;
  protected readonly groups = computed<GroupView[]>(() => {
    const job = this.job();
    const sep = this.i18n.t('common.listSep');
    return job.problemGroups.map((g) => {
      const first = job.errors.find((e) => e.code === g.code && (e.column ?? null) === g.column);
      const prefix = g.columnName ? `${g.columnName}: ` : '';
      const example = first ? (prefix && first.problem.startsWith(prefix) ? first.problem.slice(prefix.length) : first.problem) : null;
      return {
        key: `${g.column ?? 0}|${g.code}`,
        column: g.columnName ?? (g.column === null ? '—' : String(g.column)),
        title: g.problem,
        example: example && example !== g.problem ? example : null,
        count: g.count,
        lines: g.firstLines.filter((l) => l > 0).join(sep) + (g.count > g.firstLines.length ? '…' : '') || '—',
      };
    });
  });
}
