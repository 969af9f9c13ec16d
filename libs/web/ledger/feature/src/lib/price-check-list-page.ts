import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { PriceCheckQuery, Role } from '@storeops/shared/contracts';
import { PriceCheckListStore } from '@storeops/web/ledger/data-access';
import { COMPLAINT_STYLES } from '@storeops/web/ledger/ui';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { DateField, EmptyState, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { LocalDatePipe, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';
import { isCheckWriter } from './check-texts';

/** 进售价检查: the checks of every store (a 店长's own), with accuracy, 多收/少收 and the re-check each opened. */
@Component({
  selector: 'so-price-check-list-page',
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
  providers: [PriceCheckListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'priceChecks.list.title' | t" [intro]="'priceChecks.list.intro' | t">
      @if (canRecord()) {
        <a mat-stroked-button routerLink="/price-checks/price-changes" data-testid="price-changes-link"
          ><mat-icon>upload_file</mat-icon>{{ 'priceChecks.changes.title' | t }}</a
        >
        <a mat-flat-button routerLink="/price-checks/new" data-testid="price-check-new"
          ><mat-icon>add</mat-icon>{{ 'priceChecks.list.new' | t }}</a
        >
      }
    </so-page-header>

    <div class="toolbar">
      @if (!isStoreManager()) {
        <so-entity-picker
          class="picker"
          subscript="dynamic"
          [label]="'priceChecks.field.store' | t"
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
        [label]="'priceChecks.list.from' | t"
        [value]="filters().from ?? null"
        [max]="filters().to ?? null"
        testId="filter-from"
        (picked)="patch({ from: $event })"
        (cleared)="patch({ from: undefined })"
      />
      <so-date-field
        class="date"
        [label]="'priceChecks.list.to' | t"
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
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'priceChecks.list.loading' | t" />
        }
      </div>
      @if (list.items().length) {
        <div class="table-scroll">
          <table class="table" data-testid="price-check-table">
            <thead>
              <tr>
                <th>{{ 'priceChecks.field.store' | t }}</th>
                <th>{{ 'priceChecks.field.checkedAt' | t }}</th>
                <th class="num">{{ 'priceChecks.field.checked' | t }}</th>
                <th class="num">{{ 'priceChecks.field.accuracy' | t }}</th>
                <th class="num">{{ 'priceChecks.field.overcharges' | t }}</th>
                <th class="num">{{ 'priceChecks.field.undercharges' | t }}</th>
                <th>{{ 'priceChecks.field.recheck' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of list.items(); track c.id) {
                <tr data-testid="price-check-row">
                  <td>
                    <a [routerLink]="['/price-checks', c.id]" class="row-link"
                      ><span class="mono">{{ c.storeCode }}</span> {{ c.storeName }}</a
                    >
                  </td>
                  <td class="nowrap">{{ c.checkedAt | localDate }}</td>
                  <td class="num">{{ c.checked | num: 0 }}</td>
                  <td class="num" [class.late]="c.recheckDueAt !== null" data-testid="row-accuracy">{{ c.accuracy | num: 2 }}%</td>
                  <td class="num" [class.late]="c.overcharges > 0">{{ c.overcharges | num: 0 }}</td>
                  <td class="num">{{ c.undercharges | num: 0 }}</td>
                  <td class="nowrap" data-testid="row-recheck">
                    @if (c.recheckDoneAt) {
                      <span class="chip dl-done_on_time">{{
                        'priceChecks.recheck.done' | t: { date: (c.recheckDoneAt | localDate) }
                      }}</span>
                    } @else if (c.recheckDueAt) {
                      <span class="chip dl-due_soon">{{ 'priceChecks.recheck.due' | t: { date: (c.recheckDueAt | localDate) } }}</span>
                    } @else {
                      <span class="muted">{{ 'priceChecks.recheck.none' | t }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (list.loading()) {
        <p class="body muted">{{ 'priceChecks.list.loading' | t }}</p>
      } @else if (list.empty()) {
        <so-empty-state icon="sell" [title]="'priceChecks.list.empty' | t" [text]="'priceChecks.list.emptyText' | t" />
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
export class PriceCheckListPage implements OnInit {
  protected readonly list = inject(PriceCheckListStore);
  protected readonly stores = inject(StorePickerSource);
  readonly role = input<Role | null>(null);

  protected readonly filters = signal<PriceCheckQuery>({});
  protected readonly canRecord = computed(() => isCheckWriter(this.role()));
  protected readonly isStoreManager = computed(() => this.role() === Role.StoreManager);

  ngOnInit(): void {
    void this.reload();
  }

  protected patch(change: Partial<PriceCheckQuery>): void {
    this.filters.update((f) => ({ ...f, ...change }));
    void this.reload();
  }

  protected reload(): Promise<void> {
    return this.list.load(this.filters());
  }
}
