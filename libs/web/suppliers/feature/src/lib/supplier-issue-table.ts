import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SupplierIssueListItem } from '@storeops/shared/contracts';
import { LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';
import { ISSUE_STYLES } from './supplier-issue-shared';

/** Issues as rows: supplier, kind, store, state, the two deadlines (red once the running one has passed). */
@Component({
  selector: 'so-supplier-issue-table',
  imports: [RouterLink, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="table" data-testid="issue-table">
        <thead>
          <tr>
            @if (showSupplier()) {
              <th>{{ 'supIssues.field.supplier' | t }}</th>
            }
            <th>{{ 'supIssues.field.kind' | t }}</th>
            <th>{{ 'supIssues.field.status' | t }}</th>
            <th>{{ 'supIssues.field.raisedAt' | t }}</th>
            <th>{{ 'supIssues.field.responseDue' | t }}</th>
            <th>{{ 'supIssues.field.fixDue' | t }}</th>
            <th>{{ 'supIssues.field.store' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (i of issues(); track i.id) {
            <tr data-testid="issue-row">
              @if (showSupplier()) {
                <td class="supplier-cell">
                  <a [routerLink]="['/supplier-issues', i.id]" class="row-link"
                    ><span class="mono">{{ i.supplierCode }}</span
                    >&nbsp;{{ i.supplierName }}</a
                  >
                </td>
              }
              <td>
                @if (showSupplier()) {
                  {{ 'supIssues.kind.' + i.kind | t }}
                } @else {
                  <a [routerLink]="['/supplier-issues', i.id]" class="row-link">{{ 'supIssues.kind.' + i.kind | t }}</a>
                }
              </td>
              <td>
                <span class="chip" [class]="'chip st-' + i.status" data-testid="issue-status">{{
                  'supIssues.status.' + i.status | t
                }}</span>
                @if (i.overdue) {
                  <span class="late"> {{ 'supIssues.overdue' | t }}</span>
                }
              </td>
              <td class="nowrap">{{ i.raisedAt | localDate }}</td>
              <td class="nowrap" [class.late]="i.overdue && !i.respondedAt">
                {{ i.respondedAt ? ('supIssues.done' | t: { date: (i.respondedAt | localDate) }) : (i.responseDueAt | localDate: true) }}
              </td>
              <td class="nowrap" [class.late]="i.overdue && !!i.respondedAt">
                {{ i.fixedAt ? ('supIssues.done' | t: { date: (i.fixedAt | localDate) }) : (i.fixDueAt | localDate) }}
              </td>
              <td>{{ i.storeName ?? '—' }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: [ISSUE_STYLES],
})
export class SupplierIssueTable {
  readonly issues = input.required<readonly SupplierIssueListItem[]>();
  readonly showSupplier = input(true);
}
