import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { CONTRACT_KINDS, CONTRACT_STATUSES, Role } from '@storeops/shared/contracts';
import { ContractListStore, SupplierPickerSource } from '@storeops/web/suppliers/data-access';
import { EmptyState, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { TranslatePipe } from '@storeops/web/shared/util';
import { AREA_STYLES, ContractTable, kindKey, statusKey, SuppliersNav } from '@storeops/web/suppliers/ui';

/** 合同 list: by status, kind and supplier; the renewal filter lists contracts ending within 60 days. */
@Component({
  selector: 'so-contract-list-page',
  imports: [
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    MatPaginator,
    MatProgressBar,
    MatOption,
    MatSelect,
    RouterLink,
    EmptyState,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    TranslatePipe,
    ContractTable,
    SuppliersNav,
  ],
  providers: [ContractListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'sup.contract.title' | t" [intro]="'sup.contract.intro' | t">
      @if (isBuyer()) {
        <a mat-flat-button routerLink="/suppliers/contracts/new" data-testid="contract-new"
          ><mat-icon>add</mat-icon>{{ 'sup.contract.new' | t }}</a
        >
      }
    </so-page-header>
    <so-suppliers-nav />
    <div class="toolbar">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'common.search' | t }}</mat-label>
        <input
          matInput
          [value]="list.query().q ?? ''"
          (change)="list.load({ q: $any($event.target).value || undefined, page: 1 })"
          data-testid="filter-q"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'common.status' | t }}</mat-label>
        <mat-select
          [value]="list.query().status ?? null"
          (selectionChange)="list.load({ status: $event.value ?? undefined, page: 1 })"
          data-testid="filter-status"
        >
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ statusKey(s) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'sup.contract.kind' | t }}</mat-label>
        <mat-select
          [value]="list.query().kind ?? null"
          (selectionChange)="list.load({ kind: $event.value ?? undefined, page: 1 })"
          data-testid="filter-kind"
        >
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          @for (k of kinds; track k) {
            <mat-option [value]="k">{{ kindKey(k) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <so-entity-picker
        class="picker"
        subscript="dynamic"
        [label]="'sup.contract.filterSupplier' | t"
        [search]="supplierSource.search"
        [resolve]="supplierSource.resolve"
        [value]="list.query().supplierId ?? null"
        [clearable]="true"
        [clearLabel]="'common.all' | t"
        (picked)="list.load({ supplierId: $event ?? undefined, page: 1 })"
        testId="filter-supplier"
      />
      <mat-checkbox
        [checked]="list.query().expiringWithinDays !== undefined"
        (change)="list.load({ expiringWithinDays: $event.checked ? 60 : undefined, page: 1 })"
        data-testid="filter-renewal"
      >
        {{ 'sup.contract.renewalOnly' | t }}
      </mat-checkbox>
    </div>
    @if (list.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="list.load()"
      />
    }
    <div class="card">
      <div class="progress">
        @if (list.loading()) {
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" />
        }
      </div>
      @if (list.items().length) {
        <so-contract-table [contracts]="list.items()" />
      } @else if (list.empty() && !list.loading()) {
        <so-empty-state icon="description" [title]="'sup.contract.empty' | t" />
      }
      <mat-paginator
        [length]="list.total()"
        [pageIndex]="(list.query().page ?? 1) - 1"
        [pageSize]="list.query().pageSize ?? 20"
        [pageSizeOptions]="[20, 50]"
        (page)="page($event)"
      />
    </div>
  `,
  styles: AREA_STYLES,
})
export class ContractListPage implements OnInit {
  protected readonly list = inject(ContractListStore);
  protected readonly supplierSource = inject(SupplierPickerSource);
  readonly role = input<Role | null>(null);
  protected readonly isBuyer = computed(() => this.role() === Role.Buyer);
  protected readonly statuses = CONTRACT_STATUSES;
  protected readonly kinds = CONTRACT_KINDS;
  protected readonly statusKey = statusKey;
  protected readonly kindKey = kindKey;

  ngOnInit(): void {
    void this.list.load({ page: 1 });
  }

  protected page(event: PageEvent): void {
    void this.list.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
