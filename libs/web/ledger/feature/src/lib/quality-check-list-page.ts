import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { QualityCheckQuery, Role } from '@storeops/shared/contracts';
import { QualityCheckListStore } from '@storeops/web/ledger/data-access';
import { COMPLAINT_STYLES } from '@storeops/web/ledger/ui';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { DateField, EmptyState, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { LocalDatePipe, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';
import { isCheckWriter } from './check-texts';

/** 商品质量检查: the checks of every store (a 店长's own), with how many findings the store must fix. */
@Component({
  selector: 'so-quality-check-list-page',
  imports: [
    MatButton,
    MatIcon,
    MatProgressBar,
    RouterLink,
    DateField,
    EmptyState,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    NumberFormatPipe,
    TranslatePipe,
  ],
  providers: [QualityCheckListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'qualityChecks.list.title' | t" [intro]="'qualityChecks.list.intro' | t">
      @if (canRecord()) {
        <a mat-flat-button routerLink="/quality-checks/new" data-testid="quality-check-new"
          ><mat-icon>add</mat-icon>{{ 'qualityChecks.list.new' | t }}</a
        >
      }
    </so-page-header>
    <div class="toolbar">
      @if (!isStoreManager()) {
        <so-entity-picker
          class="picker"
          subscript="dynamic"
          [label]="'qualityChecks.field.store' | t"
          [search]="stores.search"
          [resolve]="stores.resolve"
          [value]="filters().storeId ?? null"
          [clearable]="true"
          [clearLabel]="'common.all' | t"
          (picked)="patch({ storeId: $event ?? undefined })"
          testId="filter-store"
        />
      }
      <so-date-field
        class="date"
        [label]="'qualityChecks.list.from' | t"
        [value]="filters().from ?? null"
        [max]="filters().to ?? null"
        testId="filter-from"
        (picked)="patch({ from: $event })"
        (cleared)="patch({ from: undefined })"
      />
      <so-date-field
        class="date"
        [label]="'qualityChecks.list.to' | t"
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
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'qualityChecks.list.loading' | t" />
        }
      </div>
      @if (list.items().length) {
        <div class="table-scroll">
          <table class="table" data-testid="quality-check-table">
            <thead>
              <tr>
                <th>{{ 'qualityChecks.field.store' | t }}</th>
                <th>{{ 'qualityChecks.field.checkedAt' | t }}</th>
                <th>{{ 'qualityChecks.field.checkedBy' | t }}</th>
                <th class="num">{{ 'qualityChecks.field.findings' | t }}</th>
                <th class="num">{{ 'qualityChecks.field.openedActions' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of list.items(); track c.id) {
                <tr data-testid="quality-check-row">
                  <td>
                    <a [routerLink]="['/quality-checks', c.id]" class="row-link"
                      ><span class="mono">{{ c.storeCode }}</span> {{ c.storeName }}</a
                    >
                  </td>
                  <td class="nowrap">{{ c.checkedAt | localDate }}</td>
                  <td>{{ c.checkedBy }}</td>
                  <td class="num">{{ c.findings | num: 0 }}</td>
                  <td class="num" [class.late]="c.openedActions > 0">{{ c.openedActions | num: 0 }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (list.loading()) {
        <p class="body muted">{{ 'qualityChecks.list.loading' | t }}</p>
      } @else if (list.empty()) {
        <so-empty-state icon="inventory" [title]="'qualityChecks.list.empty' | t" [text]="'qualityChecks.list.emptyText' | t" />
      }
    </div>
  `,
  styles: [
    COMPLAINT_STYLES,
    `
      .toolbar .date {
        width: 180px;
      }
      .row-link {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
      }
      @media (max-width: 599.98px) {
        .toolbar .date {
          width: calc(50% - 6px);
        }
      }
    `,
  ],
})
export class QualityCheckListPage implements OnInit {
  protected readonly list = inject(QualityCheckListStore);
  protected readonly stores = inject(StorePickerSource);
  readonly role = input<Role | null>(null);
  protected readonly filters = signal<QualityCheckQuery>({});
  protected readonly canRecord = computed(() => isCheckWriter(this.role()));
  protected readonly isStoreManager = computed(() => this.role() === Role.StoreManager);

  ngOnInit(): void {
    void this.reload();
  }

  protected patch(change: Partial<QualityCheckQuery>): void {
    this.filters.update((f) => ({ ...f, ...change }));
    void this.reload();
  }

  protected reload(): Promise<void> {
    return this.list.load(this.filters());
  }
}
