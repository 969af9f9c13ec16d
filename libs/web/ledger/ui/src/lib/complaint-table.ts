import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ComplaintListItem } from '@storeops/shared/contracts';
import { LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';
import { COMPLAINT_STYLES, deadlineKey, stageKey, statusKey } from './area';

/**
 * Complaints as the queue shows them: code, store, received, category, customer (phone as the API sends it: masked
 * unless the caller may see it), status, the running stage with its due time — red once overdue.
 */
@Component({
  selector: 'so-complaint-table',
  imports: [RouterLink, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="table" data-testid="complaint-table">
        <thead>
          <tr>
            <th>{{ 'complaints.field.code' | t }}</th>
            <th>{{ 'complaints.field.store' | t }}</th>
            <th>{{ 'complaints.field.receivedAt' | t }}</th>
            <th>{{ 'complaints.field.category' | t }}</th>
            <th>{{ 'complaints.field.customer' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th>{{ 'complaints.field.due' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (c of complaints(); track c.id) {
            <tr data-testid="complaint-row" [class.overdue]="c.deadlineStatus === 'overdue'" [attr.data-code]="c.code">
              <td class="nowrap c-code">
                <a [routerLink]="['/complaints', c.id]" data-testid="complaint-open">{{ c.code }}</a>
                @if (c.keyCustomer) {
                  <span class="chip key" data-testid="key-customer">{{ 'complaints.keyCustomer' | t }}</span>
                }
              </td>
              <td class="c-store">{{ c.storeName }}</td>
              <td class="nowrap c-received">{{ c.receivedAt | localDate: true }}</td>
              <td class="c-category">{{ c.categoryName }}</td>
              <td class="c-customer">
                {{ c.customerName ?? '—' }}
                <span class="muted nowrap" data-testid="row-phone">{{ c.customerPhone ?? '' }}</span>
              </td>
              <td class="c-status">
                <span [class]="'chip st-' + c.status" data-testid="row-status">{{ statusKey(c.status) | t }}</span>
                @if (c.reopenCount > 0) {
                  <span class="muted nowrap"> · {{ 'complaints.reopened' | t: { n: c.reopenCount } }}</span>
                }
              </td>
              <td class="c-due" data-testid="row-due">
                @if (c.currentStage && c.dueAt) {
                  <span class="muted">{{ stageKey(c.currentStage) | t }}</span>
                  <span class="nowrap" [class.late]="c.deadlineStatus === 'overdue'">{{ c.dueAt | localDate: true }}</span>
                  @if (c.paused) {
                    <span class="chip dl-paused">{{ 'complaints.deadline.paused' | t }}</span>
                  } @else if (c.deadlineStatus === 'overdue' || c.deadlineStatus === 'due_soon') {
                    <span [class]="'chip dl-' + c.deadlineStatus" data-testid="row-overdue">{{ deadlineKey(c.deadlineStatus) | t }}</span>
                  }
                } @else {
                  <span class="muted">—</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: [
    COMPLAINT_STYLES,
    `
      tr.overdue td:first-child {
        box-shadow: inset 4px 0 0 #b3261e;
      }
      .c-code a {
        display: inline-flex;
        align-items: center;
        min-height: 32px;
        margin-right: 4px;
      }
      .c-due > span {
        display: block;
      }
      .c-due .chip {
        display: inline-block;
        margin-top: 2px;
      }
      /* On a phone each complaint is a small card: code and status on top, then store, customer, due. */
      @media (max-width: 599.98px) {
        thead {
          display: none;
        }
        tr {
          display: grid;
          grid-template-columns: 1fr auto;
          gap: 2px 8px;
          padding: 8px 12px;
          border-bottom: 1px solid var(--mat-sys-outline-variant);
        }
        .table td {
          display: block;
          padding: 0;
          border: 0;
        }
        .c-code {
          grid-area: 1 / 1;
        }
        .c-status {
          grid-area: 1 / 2;
          text-align: right;
        }
        .c-store,
        .c-category,
        .c-customer,
        .c-received,
        .c-due {
          grid-column: 1 / -1;
        }
        .c-received,
        .c-category {
          color: var(--mat-sys-on-surface-variant);
        }
        .c-due > span {
          display: inline;
          margin-right: 6px;
        }
      }
    `,
  ],
})
export class ComplaintTable {
  readonly complaints = input.required<readonly ComplaintListItem[]>();
  protected readonly statusKey = statusKey;
  protected readonly stageKey = stageKey;
  protected readonly deadlineKey = deadlineKey;
}
