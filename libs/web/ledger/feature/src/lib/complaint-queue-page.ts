import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOptgroup, MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import {
  COMPLAINT_QUEUE_TABS,
  ComplaintFilters,
  ComplaintLookupsStore,
  ComplaintQueueStore,
  ComplaintQueueTab,
} from '@storeops/web/ledger/data-access';
import { ComplaintTable, COMPLAINT_STYLES, ComplaintsNav, statusKey } from '@storeops/web/ledger/ui';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { DateField, EmptyState, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';
import { isHandler, queueTitleKey } from './shared';

/**
 * The complaints queue: the office's workbench (every store), a 店长's 本店投诉 (the API narrows it to their store),
 * everyone else's read-only list. Tabs by stage with their counts, filters, overdue ones marked red.
 */
@Component({
  selector: 'so-complaint-queue-page',
  imports: [
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    MatPaginator,
    MatProgressBar,
    MatOptgroup,
    MatOption,
    MatSelect,
    RouterLink,
    DateField,
    EmptyState,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    NumberFormatPipe,
    TranslatePipe,
    ComplaintTable,
    ComplaintsNav,
  ],
  providers: [ComplaintQueueStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="titleKey() | t" [intro]="'complaints.queue.intro' | t">
      @if (canRecord()) {
        <a mat-flat-button routerLink="/complaints/new" data-testid="complaint-new"
          ><mat-icon>add</mat-icon>{{ 'complaints.nav.new' | t }}</a
        >
      }
    </so-page-header>
    <so-complaints-nav [queueLabel]="titleKey()" [canRecord]="canRecord()" />

    <div class="tabs" role="tablist" [attr.aria-label]="'complaints.queue.tabs' | t">
      @for (tab of tabs; track tab) {
        <button
          type="button"
          role="tab"
          class="tab"
          [class.active]="list.tab() === tab"
          [attr.aria-selected]="list.tab() === tab"
          (click)="list.selectTab(tab)"
          [attr.data-testid]="'tab-' + tab"
        >
          {{ tabKey(tab) | t }}
          <span class="count" [attr.data-testid]="'tab-count-' + tab">{{
            list.counts()[tab] === undefined ? '…' : (list.counts()[tab] | num: 0)
          }}</span>
        </button>
      }
    </div>

    <div class="toolbar">
      <mat-form-field subscriptSizing="dynamic" class="search">
        <mat-label>{{ 'complaints.queue.search' | t }}</mat-label>
        <input
          matInput
          type="search"
          [value]="filters().q ?? ''"
          (change)="patch({ q: $any($event.target).value.trim() || undefined })"
          data-testid="filter-q"
        />
      </mat-form-field>
      @if (!isStoreManager()) {
        <so-entity-picker
          class="picker"
          subscript="dynamic"
          [label]="'complaints.field.store' | t"
          [search]="stores.search"
          [resolve]="stores.resolve"
          [value]="filters().storeId ?? null"
          [clearable]="true"
          [clearLabel]="'common.all' | t"
          (picked)="patch({ storeId: $event ?? undefined })"
          testId="filter-store"
        />
      }
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'complaints.field.category' | t }}</mat-label>
        <mat-select
          [value]="filters().categoryId ?? null"
          (selectionChange)="patch({ categoryId: $event.value ?? undefined })"
          data-testid="filter-category"
        >
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          @for (top of lookups.topCategories(); track top.id) {
            <mat-optgroup [label]="top.name">
              <mat-option [value]="top.id">{{ 'complaints.category.whole' | t: { name: top.name } }}</mat-option>
              @for (child of lookups.childrenOf(top.id); track child.id) {
                <mat-option [value]="child.id">{{ child.name }}</mat-option>
              }
            </mat-optgroup>
          }
        </mat-select>
      </mat-form-field>
      <so-date-field
        class="date"
        [label]="'complaints.queue.from' | t"
        [value]="filters().from ?? null"
        [max]="filters().to ?? null"
        testId="filter-from"
        (picked)="patch({ from: $event })"
        (cleared)="patch({ from: undefined })"
      />
      <so-date-field
        class="date"
        [label]="'complaints.queue.to' | t"
        [value]="filters().to ?? null"
        [min]="filters().from ?? null"
        testId="filter-to"
        (picked)="patch({ to: $event })"
        (cleared)="patch({ to: undefined })"
      />
      <mat-checkbox
        [checked]="!!filters().keyCustomer"
        (change)="patch({ keyCustomer: $event.checked || undefined })"
        data-testid="filter-key"
      >
        {{ 'complaints.keyCustomer' | t }}
      </mat-checkbox>
      <mat-checkbox [checked]="!!filters().overdue" (change)="patch({ overdue: $event.checked || undefined })" data-testid="filter-overdue">
        {{ 'complaints.queue.overdueOnly' | t }}
      </mat-checkbox>
    </div>

    @if (list.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="reload()"
      />
    }
    <div class="card">
      <div class="progress">
        @if (list.loading()) {
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'complaints.queue.loading' | t" />
        }
      </div>
      @if (list.items().length) {
        <so-complaint-table [complaints]="list.items()" />
      } @else if (list.loading()) {
        <p class="body muted">{{ 'complaints.queue.loading' | t }}</p>
      } @else if (list.empty()) {
        <so-empty-state icon="support_agent" [title]="'complaints.queue.empty' | t" [text]="'complaints.queue.emptyText' | t" />
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
  styles: [
    COMPLAINT_STYLES,
    `
      .tabs {
        display: flex;
        gap: 8px;
        overflow-x: auto;
        padding-bottom: 4px;
        margin-bottom: 12px;
      }
      .tab {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        min-height: 44px;
        padding: 0 14px;
        border-radius: 22px;
        border: 1px solid var(--mat-sys-outline-variant);
        background: var(--mat-sys-surface);
        color: var(--mat-sys-on-surface);
        font: var(--mat-sys-label-large);
        white-space: nowrap;
        cursor: pointer;
      }
      .tab.active {
        background: var(--mat-sys-secondary-container);
        border-color: var(--mat-sys-secondary-container);
        color: var(--mat-sys-on-secondary-container);
      }
      .count {
        min-width: 20px;
        padding: 0 6px;
        border-radius: 10px;
        background: var(--mat-sys-surface-container-highest);
        font-variant-numeric: tabular-nums;
        text-align: center;
      }
      .toolbar .search {
        width: 220px;
      }
      .toolbar .date {
        width: 180px;
      }
      @media (max-width: 599.98px) {
        .toolbar .search {
          width: 100%;
        }
        .toolbar .date {
          width: calc(50% - 6px);
        }
      }
    `,
  ],
})
export class ComplaintQueuePage implements OnInit {
  protected readonly list = inject(ComplaintQueueStore);
  protected readonly lookups = inject(ComplaintLookupsStore);
  protected readonly stores = inject(StorePickerSource);
  readonly role = input<Role | null>(null);

  protected readonly tabs = COMPLAINT_QUEUE_TABS;
  protected readonly filters = signal<ComplaintFilters>({});
  protected readonly titleKey = computed(() => queueTitleKey(this.role()));
  protected readonly canRecord = computed(() => isHandler(this.role()));
  protected readonly isStoreManager = computed(() => this.role() === Role.StoreManager);

  ngOnInit(): void {
    void this.lookups.load();
    void this.reload();
  }

  protected tabKey(tab: ComplaintQueueTab): string {
    return tab === 'all' ? 'complaints.queue.all' : statusKey(tab);
  }

  protected patch(change: Partial<ComplaintFilters>): void {
    this.filters.update((f) => ({ ...f, ...change }));
    void this.list.filter(this.filters());
  }

  protected reload(): Promise<void> {
    return this.list.filter(this.filters());
  }

  protected page(event: PageEvent): void {
    void this.list.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
