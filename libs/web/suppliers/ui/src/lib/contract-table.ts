import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ContractResponse } from '@storeops/shared/contracts';
import { LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';
import { AREA_STYLES, kindKey, statusKey } from './area';

/** Contracts as a table: number, title, supplier, kind, term with the renewal flag, status. */
@Component({
  selector: 'so-contract-table',
  imports: [RouterLink, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="table" data-testid="contract-table">
        <thead>
          <tr>
            <th>{{ 'sup.contract.number' | t }}</th>
            <th>{{ 'sup.contract.name' | t }}</th>
            <th>{{ 'sup.contract.supplier' | t }}</th>
            <th class="hide-sm">{{ 'sup.contract.kind' | t }}</th>
            <th>{{ 'sup.contract.term' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (c of contracts(); track c.id) {
            <tr data-testid="contract-row">
              <td class="nowrap c-number">
                <a [routerLink]="['/suppliers/contracts', c.id]" data-testid="contract-open">{{ c.number }}</a>
              </td>
              <td class="c-title">
                {{ c.title }}
                @if (c.returnCount > 0) {
                  <span class="muted"> · {{ 'sup.contract.returnCount' | t: { n: c.returnCount } }}</span>
                }
              </td>
              <td class="c-supplier">{{ c.supplierName }}</td>
              <td class="nowrap hide-sm">{{ kindKey(c.kind) | t }}</td>
              <td class="nowrap c-term">
                {{ c.startDate | localDate }} – {{ c.endDate | localDate }}
                @if (c.renewalDue) {
                  <span class="chip renewal" data-testid="renewal-flag"
                    >{{ 'sup.contract.renewal' | t }} · {{ 'sup.contract.daysLeft' | t: { n: c.daysToEnd } }}</span
                  >
                }
              </td>
              <td class="c-status">
                <span [class]="'chip st-' + c.status" data-testid="contract-status">{{ statusKey(c.status) | t }}</span>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: [
    AREA_STYLES,
    `
      /* On a phone each contract is a small card: number and status on top, then title, supplier and term. */
      @media (max-width: 599.98px) {
        .hide-sm,
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
        .c-number {
          grid-area: 1 / 1;
        }
        .c-status {
          grid-area: 1 / 2;
          text-align: right !important;
        }
        .c-title,
        .c-supplier,
        .c-term {
          grid-column: 1 / -1;
        }
        .c-supplier {
          color: var(--mat-sys-on-surface-variant);
        }
        .c-term {
          white-space: normal;
        }
      }
    `,
  ],
})
export class ContractTable {
  readonly contracts = input.required<ContractResponse[]>();
  protected readonly statusKey = statusKey;
  protected readonly kindKey = kindKey;
}
