import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { DecompositionResponse, DecompositionStatus, Role, TARGET_METRICS, TARGET_WRITERS, TargetMetric } from '@storeops/shared/contracts';
import { DecompositionListStore } from '@storeops/web/targets/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { MoneyPipe, NumberFormatPipe, TranslatePipe, isMoneyMetric, metricKey } from '@storeops/web/shared/util';
import { DECOMPOSITION_STATUSES, methodKey, statusKey } from '../decomposition-labels';
import { CreateDecompositionData, CreateDecompositionDialog } from './create-decomposition-dialog';

/** 目标分解 list: company targets by year and metric, with their workflow status. */
@Component({
  selector: 'so-decomposition-list-page',
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
    ErrorBanner,
    PageHeader,
    MoneyPipe,
    NumberFormatPipe,
    TranslatePipe,
  ],
  providers: [DecompositionListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'targets.decomp.title' | t" [intro]="'targets.decomp.intro' | t">
      @if (isDirector() && list.awaitingApproval(); as n) {
        <button mat-flat-button type="button" class="todo" (click)="showAwaiting()" data-testid="decomp-awaiting">
          <mat-icon>pending_actions</mat-icon>{{ 'targets.decomp.awaitingApproval' | t: { n: n } }}
        </button>
      }
      @if (canWrite()) {
        <button mat-flat-button type="button" (click)="openCreate()" data-testid="decomp-create">
          <mat-icon>add</mat-icon>{{ 'targets.decomp.create' | t }}
        </button>
      }
    </so-page-header>
    <div class="toolbar">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'targets.decomp.year' | t }}</mat-label>
        <mat-select
          [value]="list.query().year ?? null"
          (selectionChange)="list.load({ year: $event.value ?? undefined, page: 1 })"
          data-testid="filter-year"
        >
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'targets.decomp.metric' | t }}</mat-label>
        <mat-select
          [value]="list.query().metric ?? null"
          (selectionChange)="list.load({ metric: $event.value ?? undefined, page: 1 })"
          data-testid="filter-metric"
        >
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          @for (m of metrics; track m) {
            <mat-option [value]="m">{{ metricKey(m) | t }}</mat-option>
          }
        </mat-select>
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
    </div>
    @if (list.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="list.load()"
      />
    }
    <div class="table-card">
      <div class="progress">
        @if (list.loading()) {
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" />
        }
      </div>
      @if (list.items().length) {
        <div class="table-scroll">
          <table class="table" data-testid="decomp-table">
            <thead>
              <tr>
                <th>{{ 'targets.decomp.year' | t }}</th>
                <th>{{ 'targets.decomp.metric' | t }}</th>
                <th class="num">{{ 'targets.decomp.total' | t }}</th>
                <th>{{ 'targets.decomp.methodLabel' | t }}</th>
                <th>{{ 'common.status' | t }}</th>
                <th>{{ 'targets.decomp.createdBy' | t }}</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              @for (d of list.items(); track d.id) {
                <tr data-testid="decomp-row">
                  <td>{{ d.year }}</td>
                  <td>{{ metricKey(d.metric) | t }}</td>
                  <td class="num">
                    @if (money(d.metric)) {
                      {{ d.total | money: true }}
                    } @else {
                      {{ d.total | num: 0 }}
                    }
                  </td>
                  <td>{{ methodKey(d.method) | t }}</td>
                  <td>
                    <span [class]="'chip status-' + d.status" data-testid="decomp-status">{{ statusKey(d.status) | t }}</span>
                  </td>
                  <td>{{ d.createdBy ?? '—' }}</td>
                  <td>
                    <a mat-button [routerLink]="[d.id]" data-testid="decomp-open">{{ 'targets.decomp.open' | t }}</a>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (list.empty() && !list.loading()) {
        <so-empty-state icon="account_tree" [title]="'targets.decomp.empty' | t" />
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
  styles: `
    :host {
      display: block;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      margin-bottom: 12px;
    }
    .toolbar mat-form-field {
      width: 160px;
    }
    .table-card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      overflow: hidden;
      background: var(--mat-sys-surface);
    }
    .progress {
      height: 4px;
    }
    .table-scroll {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 8px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      white-space: nowrap;
      text-align: left;
    }
    th {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
    }
    .status-draft {
      background: var(--mat-sys-surface-container-highest);
    }
    .status-published {
      background: #d3e3fd;
      color: #0842a0;
    }
    .status-approved {
      background: #d8f3e4;
      color: #0b5d34;
    }
    @media (max-width: 599.98px) {
      .toolbar mat-form-field {
        width: calc(50% - 6px);
      }
    }
  `,
})
export class DecompositionListPage implements OnInit {
  protected readonly list = inject(DecompositionListStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  readonly role = input<Role | null>(null);
  protected readonly canWrite = computed(() => !!this.role() && TARGET_WRITERS.includes(this.role() as Role));
  /** The director's to-do count: splits waiting for their approval. */
  protected readonly isDirector = computed(() => this.role() === Role.Director);
  protected readonly metrics = TARGET_METRICS;
  protected readonly statuses: readonly DecompositionStatus[] = DECOMPOSITION_STATUSES;
  protected readonly years = Array.from({ length: 5 }, (_, i) => new Date().getFullYear() + 1 - i);
  protected readonly metricKey = metricKey;
  protected readonly methodKey = methodKey;
  protected readonly statusKey = statusKey;
  protected readonly money = (metric: TargetMetric) => isMoneyMetric(metric);

  ngOnInit(): void {
    void this.list.load({ page: 1 });
    if (this.isDirector()) void this.list.loadAwaitingApproval();
  }

  protected showAwaiting(): void {
    void this.list.load({ status: 'published', page: 1 });
  }

  protected page(event: PageEvent): void {
    void this.list.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected async openCreate(): Promise<void> {
    const data: CreateDecompositionData = { save: (body) => this.list.create(body) };
    this.dialog
      .open<CreateDecompositionDialog, CreateDecompositionData, DecompositionResponse>(CreateDecompositionDialog, {
        data,
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((created) => {
        if (created) void this.router.navigate(['/targets/decompositions', created.id]);
      });
  }
}
