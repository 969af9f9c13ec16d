import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ContractResponse } from '@storeops/shared/contracts';
import { LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';
import { AREA_STYLES, kindKey, statusKey } from './shared';

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
            <th>{{ 'contract.number' | t }}</th><th>{{ 'contract.name' | t }}</th><th class="hide-sm">{{ 'contract.supplier' | t }}</th>
            <th class="hide-sm">{{ 'contract.kind' | t }}</th><th>{{ 'contract.term' | t }}</th><th>{{ 'common.status' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (c of contracts(); track c.id) {
            <tr data-testid="contract-row">
              <td class="nowrap"><a [routerLink]="['/suppliers/contracts', c.id]" data-testid="contract-open">{{ c.number }}</a></td>
              <td>{{ c.title }}
                @if (c.returnCount > 0) { <span class="muted"> · {{ 'contract.returnCount' | t: { n: c.returnCount } }}</span> }
              </td>
              <td class="hide-sm">{{ c.supplierName }}</td>
              <td class="nowrap hide-sm">{{ kindKey(c.kind) | t }}</td>
              <td class="nowrap">{{ c.startDate | localDate }} – {{ c.endDate | localDate }}
                @if (c.renewalDue) { <span class="chip renewal" data-testid="renewal-flag">{{ 'contract.renewal' | t }} · {{ 'contract.daysLeft' | t: { n: c.daysToEnd } }}</span> }
              </td>
              <td><span [class]="'chip st-' + c.status" data-testid="contract-status">{{ statusKey(c.status) | t }}</span></td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: [AREA_STYLES, `@media (max-width: 599.98px) { .hide-sm { display: none; } }`],
})
export class ContractTable {
  readonly contracts = input.required<ContractResponse[]>();
  protected readonly statusKey = statusKey;
  protected readonly kindKey = kindKey;
}
