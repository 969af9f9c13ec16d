import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { SupplierIssueListStore } from '@storeops/web/suppliers/data-access';
import { ErrorBanner } from '@storeops/web/shared/ui';
import { TranslatePipe } from '@storeops/web/shared/util';
import { ISSUE_STYLES } from './supplier-issue-shared';
import { SupplierIssueTable } from './supplier-issue-table';

/** The 供应商问题 section of a supplier's page: that supplier's issues, newest first, and a way to raise one. */
@Component({
  selector: 'so-supplier-issues-section',
  imports: [MatButton, MatIcon, MatProgressBar, RouterLink, ErrorBanner, TranslatePipe, SupplierIssueTable],
  providers: [SupplierIssueListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" data-testid="supplier-issues">
      <div class="head">
        <h2>{{ 'supIssues.section.title' | t }}</h2>
        @if (canRaise()) {
          <a
            mat-button
            [routerLink]="['/supplier-issues/new']"
            [queryParams]="{ supplierId: supplierId() }"
            data-testid="supplier-issue-new"
            ><mat-icon>add</mat-icon>{{ 'supIssues.list.new' | t }}</a
          >
        }
      </div>
      <div class="progress">
        @if (list.loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'supIssues.list.loading' | t" />
        }
      </div>
      @if (list.error(); as error) {
        <div class="body">
          <so-error-banner
            [message]="'common.loadError' | t: { message: error.message }"
            [retryLabel]="'common.retry' | t"
            (retry)="list.reload()"
          />
        </div>
      }
      @if (list.items().length) {
        <so-supplier-issue-table [issues]="list.items()" [showSupplier]="false" />
      } @else if (list.empty()) {
        <p class="body muted" data-testid="supplier-issues-empty">{{ 'supIssues.section.empty' | t }}</p>
      }
    </section>
  `,
  styles: [
    ISSUE_STYLES,
    `
      .head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        padding-right: 8px;
      }
    `,
  ],
})
export class SupplierIssuesSection implements OnInit {
  protected readonly list = inject(SupplierIssueListStore);
  readonly supplierId = input.required<number>();
  readonly canRaise = input(false);

  ngOnInit(): void {
    void this.list.load({ supplierId: this.supplierId(), page: 1, pageSize: 20 });
  }
}
