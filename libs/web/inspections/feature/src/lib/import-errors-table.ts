import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ImportProblem } from '@storeops/web/inspections/data-access';
import { TranslatePipe } from '@storeops/web/shared/util';

/** The 400 of 导入 Excel: where in the file (line, column) and what is wrong. */
@Component({
  selector: 'so-import-errors-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="box" role="alert" data-testid="template-import-errors">
      <p>{{ 'insp.tpl.importErrors' | t }}</p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>{{ 'insp.tpl.line' | t }}</th>
              <th>{{ 'insp.tpl.column' | t }}</th>
              <th>{{ 'insp.tpl.problem' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (p of problems(); track $index) {
              <tr data-testid="template-import-error">
                <td>{{ p.line ?? '—' }}</td>
                <td>{{ p.column ?? '—' }}</td>
                <td>{{ p.problem }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </div>
  `,
  styles: `
    .box {
      margin: 0 0 12px;
      padding: 12px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    p {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      text-align: left;
      padding: 4px 8px;
      border-bottom: 1px solid color-mix(in srgb, currentColor 25%, transparent);
      vertical-align: top;
    }
    th:nth-child(-n + 2),
    td:nth-child(-n + 2) {
      white-space: nowrap;
      width: 1%;
    }
  `,
})
export class ImportErrorsTable {
  readonly problems = input.required<ImportProblem[]>();
}
