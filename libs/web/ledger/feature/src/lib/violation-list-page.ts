import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Role, VIOLATION_STATUSES, VIOLATION_SUBJECT_TYPES } from '@storeops/shared/contracts';
import { ViolationFilters, ViolationListStore } from '@storeops/web/ledger/data-access';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { DateField, EmptyState, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';
import { VIOLATION_STYLES, ViolationsNav } from './violation-area';
import { isViolationOffice, penaltyText, statusKey, subjectTypeKey } from './violation-logic';

/**
 * 违纪列表: every violation for the office and the heads, a 店长's own store's (the API narrows it). Filters by store,
 * subject type, state and the days it occurred; each row with its state, the proposed penalty and the prior count.
 */
@Component({
  selector: 'so-violation-list-page',
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
    DateField,
    EmptyState,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    NumberFormatPipe,
    TranslatePipe,
    ViolationsNav,
  ],
  providers: [ViolationListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header
      [title]="(isStoreManager() ? 'violations.list.titleStore' : 'violations.list.title') | t"
      [intro]="'violations.list.intro' | t"
    >
      @if (canRecord()) {
        <a mat-flat-button routerLink="/violations/new" data-testid="violation-new"
          ><mat-icon>add</mat-icon>{{ 'violations.nav.new' | t }}</a
        >
      }
    </so-page-header>
    <so-violations-nav [canRecord]="canRecord()" />

    <div class="toolbar">
      @if (!isStoreManager()) {
        <so-entity-picker
          class="picker"
          subscript="dynamic"
          [label]="'violations.field.store' | t"
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
        <mat-label>{{ 'violations.field.subjectType' | t }}</mat-label>
        <mat-select
          [value]="filters().subjectType ?? null"
          (selectionChange)="patch({ subjectType: $event.value ?? undefined })"
          data-testid="filter-subject-type"
        >
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          @for (t of subjectTypes; track t) {
            <mat-option [value]="t">{{ subjectTypeKey(t) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'common.status' | t }}</mat-label>
        <mat-select
          [value]="filters().status ?? null"
          (selectionChange)="patch({ status: $event.value ?? undefined })"
          data-testid="filter-status"
        >
          <mat-option [value]="null">{{ 'common.all' | t }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ statusKey(s) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <so-date-field
        class="date"
        [label]="'violations.list.from' | t"
        [value]="filters().from ?? null"
        [max]="filters().to ?? null"
        testId="filter-from"
        (picked)="patch({ from: $event })"
        (cleared)="patch({ from: undefined })"
      />
      <so-date-field
        class="date"
        [label]="'violations.list.to' | t"
        [value]="filters().to ?? null"
        [min]="filters().from ?? null"
        testId="filter-to"
        (picked)="patch({ to: $event })"
        (cleared)="patch({ to: undefined })"
      />
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
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'violations.list.loading' | t" />
        }
      </div>
      @if (list.items().length) {
        <div class="table-scroll">
          <table class="table" data-testid="violation-table">
            <thead>
              <tr>
                <th>{{ 'violations.field.occurredAt' | t }}</th>
                <th>{{ 'violations.field.subject' | t }}</th>
                <th>{{ 'violations.field.rule' | t }}</th>
                <th>{{ 'violations.field.penalty' | t }}</th>
                <th class="num">{{ 'violations.field.priorCount' | t }}</th>
                <th>{{ 'common.status' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (v of list.items(); track v.id) {
                <tr data-testid="violation-row" [attr.data-id]="v.id" [attr.data-status]="v.status">
                  <td class="nowrap">
                    <a [routerLink]="['/violations', v.id]" data-testid="violation-open">{{ v.occurredAt | localDate: true }}</a>
                  </td>
                  <td class="cell-wide">
                    <span class="muted">{{ subjectTypeKey(v.subjectType) | t }}</span> {{ v.subjectName }}
                    @if (v.subjectType !== 'store' && v.storeName) {
                      <div class="muted small">{{ v.storeName }}</div>
                    }
                  </td>
                  <td class="cell-wide">
                    <span class="mono">{{ v.ruleCode }}</span> {{ v.ruleTitle }}
                  </td>
                  <td class="penalty" data-testid="row-penalty">{{ penalty(v.proposedPenalty) }}</td>
                  <td class="num" data-testid="row-prior">{{ v.priorCount | num: 0 }}</td>
                  <td>
                    <span class="chip vs-{{ v.status }}" data-testid="row-status">{{ statusKey(v.status) | t }}</span>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (list.loading()) {
        <p class="body muted">{{ 'violations.list.loading' | t }}</p>
      } @else if (list.empty()) {
        <so-empty-state icon="gavel" [title]="'violations.list.empty' | t" [text]="'violations.list.emptyText' | t" />
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
    VIOLATION_STYLES,
    `
      .toolbar .date {
        width: 180px;
      }
      .small {
        font: var(--mat-sys-body-small);
      }
      /* The table scrolls sideways on a phone rather than squeezing names to a word a line. */
      .cell-wide {
        min-width: 150px;
      }
      @media (max-width: 599.98px) {
        .toolbar .date {
          width: calc(50% - 6px);
        }
      }
    `,
  ],
})
export class ViolationListPage implements OnInit {
  protected readonly list = inject(ViolationListStore);
  protected readonly stores = inject(StorePickerSource);
  private readonly i18n = inject(I18nService);
  readonly role = input<Role | null>(null);

  protected readonly subjectTypes = VIOLATION_SUBJECT_TYPES;
  protected readonly statuses = VIOLATION_STATUSES;
  protected readonly statusKey = statusKey;
  protected readonly subjectTypeKey = subjectTypeKey;
  protected readonly filters = signal<ViolationFilters>({});
  protected readonly canRecord = computed(() => isViolationOffice(this.role()));
  protected readonly isStoreManager = computed(() => this.role() === Role.StoreManager);

  ngOnInit(): void {
    void this.reload();
  }

  protected penalty(step: Parameters<typeof penaltyText>[0]): string {
    return penaltyText(step, (k) => this.i18n.t(k), this.i18n.locale());
  }

  protected patch(change: Partial<ViolationFilters>): void {
    this.filters.update((f) => ({ ...f, ...change }));
    void this.reload();
  }

  protected reload(): Promise<void> {
    return this.list.filter(this.filters());
  }

  protected page(event: PageEvent): void {
    void this.list.load({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
