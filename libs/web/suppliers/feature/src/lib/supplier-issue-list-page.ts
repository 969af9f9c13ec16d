import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Role, SUPPLIER_ISSUE_STATUSES, SupplierIssueStatus } from '@storeops/shared/contracts';
import { SupplierIssueListStore, SupplierPickerSource } from '@storeops/web/suppliers/data-access';
import { EmptyState, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { TranslatePipe } from '@storeops/web/shared/util';
import { ISSUE_STYLES, isIssueWriter } from './supplier-issue-shared';
import { SupplierIssueTable } from './supplier-issue-table';

/** 供应商问题: every issue by state and supplier, with the response and fix deadlines; overdue ones marked. */
@Component({
  selector: 'so-supplier-issue-list-page',
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatIcon,
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
    SupplierIssueTable,
  ],
  providers: [SupplierIssueListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'supIssues.list.title' | t" [intro]="'supIssues.list.intro' | t">
      @if (canRaise()) {
        <a mat-flat-button routerLink="/supplier-issues/new" data-testid="issue-new"
          ><mat-icon>add</mat-icon>{{ 'supIssues.list.new' | t }}</a
        >
      }
    </so-page-header>
    <div class="toolbar">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'supIssues.field.status' | t }}</mat-label>
        <mat-select [value]="status()" (selectionChange)="pickStatus($event.value)" data-testid="filter-status">
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ 'supIssues.status.' + s | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <so-entity-picker
        class="picker"
        subscript="dynamic"
        [label]="'supIssues.field.supplier' | t"
        [search]="suppliers.search"
        [resolve]="suppliers.resolve"
        [value]="supplierId()"
        [clearable]="true"
        [clearLabel]="'common.all' | t"
        (picked)="pickSupplier($event)"
        testId="filter-supplier"
      />
    </div>
    @if (list.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="list.reload()"
      />
    }
    <div class="card">
      <div class="progress">
        @if (list.loading()) {
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'supIssues.list.loading' | t" />
        }
      </div>
      @if (list.items().length) {
        <so-supplier-issue-table [issues]="list.items()" />
      } @else if (list.loading()) {
        <p class="body muted">{{ 'supIssues.list.loading' | t }}</p>
      } @else if (list.empty()) {
        <so-empty-state icon="report" [title]="'supIssues.list.empty' | t" [text]="'supIssues.list.emptyText' | t" />
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
  styles: [ISSUE_STYLES],
})
export class SupplierIssueListPage implements OnInit {
  protected readonly list = inject(SupplierIssueListStore);
  protected readonly suppliers = inject(SupplierPickerSource);
  readonly role = input<Role | null>(null);
  protected readonly statuses = SUPPLIER_ISSUE_STATUSES;
  protected readonly status = signal<SupplierIssueStatus | null>(null);
  protected readonly supplierId = signal<number | null>(null);
  protected readonly canRaise = computed(() => isIssueWriter(this.role()));

  ngOnInit(): void {
    void this.list.load({ page: 1 });
  }

  protected pickStatus(status: SupplierIssueStatus | null): void {
    this.status.set(status);
    void this.list.load({ status: status ?? undefined, page: 1 });
  }

  protected pickSupplier(id: number | null): void {
    this.supplierId.set(id);
    void this.list.load({ supplierId: id ?? undefined, page: 1 });
  }

  protected page(event: PageEvent): void {
    void this.list.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
