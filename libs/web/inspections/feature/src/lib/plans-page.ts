import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { InspectionPlanResponse, periodsEnding, PlanFrequency, PlanItemStatus, shiftPeriod } from '@storeops/shared/contracts';
import { PlansStore } from '@storeops/web/inspections/data-access';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { EntityMultiPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { detailText, formatMonth, I18nService, LocalDatePipe, TranslatePipe, isApiError } from '@storeops/web/shared/util';

const STATUSES: readonly PlanItemStatus[] = ['overdue', 'due', 'done_late', 'done'];

/** 检查计划 (ops manager): plan per specialist × category × stores × frequency, the month board, 改派. */
@Component({
  selector: 'so-plans-page',
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    MatProgressBar,
    RouterLink,
    ErrorBanner,
    EntityMultiPicker,
    PageHeader,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [PlansStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'insp.plan.title' | t" [intro]="'insp.plan.intro' | t">
      <a mat-stroked-button routerLink="/inspections">{{ 'insp.back' | t }}</a>
    </so-page-header>
    <div class="bar">
      @if (store.loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (store.error(); as e) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: e.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="store.load()"
      />
    }

    <section class="card" data-testid="plan-form">
      <h2>{{ 'insp.plan.new' | t }}</h2>
      <div class="fields">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'insp.plan.specialist' | t }}</mat-label>
          <mat-select [value]="specialistId()" (selectionChange)="pickSpecialist($event.value)" data-testid="plan-specialist">
            @for (s of store.specialists(); track s.id) {
              <mat-option [value]="s.id">{{ s.displayName }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'insp.plan.category' | t }}</mat-label>
          <mat-select [value]="categoryId()" (selectionChange)="categoryId.set($event.value)" data-testid="plan-category">
            <mat-option [value]="0">{{ 'insp.general' | t }}</mat-option>
            @for (c of categoriesOfSpecialist(); track c.id) {
              <mat-option [value]="c.id">{{ c.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'insp.plan.frequency' | t }}</mat-label>
          <mat-select [value]="frequency()" (selectionChange)="frequency.set($event.value)" data-testid="plan-frequency">
            <mat-option value="monthly">{{ 'insp.plan.frequency.monthly' | t }}</mat-option>
            <mat-option value="weekly">{{ 'insp.plan.frequency.weekly' | t }}</mat-option>
          </mat-select>
        </mat-form-field>
        <so-entity-multi-picker
          class="wide"
          [label]="'insp.plan.stores' | t"
          [placeholder]="'picker.storeHint' | t"
          [search]="storeSource.searchOpen"
          [resolveMany]="storeSource.resolveMany"
          [value]="storeIds()"
          (picked)="storeIds.set($event)"
          testId="plan-stores"
        />
      </div>
      <p class="muted">{{ 'insp.plan.storesHint' | t }}</p>
      @if (formError(); as e) {
        <so-error-banner [message]="e" data-testid="plan-error" />
      }
      <div class="actions">
        <button mat-flat-button type="button" [disabled]="!specialistId() || store.saving()" (click)="create()" data-testid="plan-save">
          {{ 'insp.plan.save' | t }}
        </button>
      </div>
    </section>

    <section class="card" data-testid="plan-rules">
      <h2>{{ 'insp.plan.rules' | t }}</h2>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th>{{ 'insp.plan.specialist' | t }}</th>
              <th>{{ 'insp.plan.category' | t }}</th>
              <th>{{ 'insp.plan.frequency' | t }}</th>
              <th>{{ 'insp.plan.stores' | t }}</th>
              <th>{{ 'insp.plan.reassign' | t }}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            @for (p of store.plans(); track p.id) {
              <tr data-testid="plan-row" [class.off]="!p.active">
                <td>{{ p.specialistName }}</td>
                <td>{{ categoryLabel(p.categoryId) }}</td>
                <td>{{ 'insp.plan.frequency.' + p.frequency | t }}</td>
                <td [title]="storesTitle(p)">
                  {{ p.storeIds ? ('insp.plan.storesN' | t: { n: p.storeIds.length }) : ('insp.plan.allStores' | t) }}
                </td>
                <td>
                  <mat-form-field subscriptSizing="dynamic" class="narrow">
                    <mat-select [value]="p.specialistId" (selectionChange)="reassign(p, $event.value)" data-testid="plan-reassign">
                      @for (s of specialistsFor(p); track s.id) {
                        <mat-option [value]="s.id">{{ s.displayName }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                </td>
                <td>
                  <button mat-stroked-button type="button" (click)="toggle(p)" data-testid="plan-toggle">
                    {{ (p.active ? 'insp.plan.switchOff' : 'insp.plan.switchOn') | t }}
                  </button>
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6" class="muted">{{ 'insp.plan.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>

    @if (store.board(); as b) {
      <section class="card" data-testid="plan-board">
        <h2>{{ 'insp.plan.board' | t }}</h2>
        <div class="fields">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'insp.plan.month' | t }}</mat-label>
            <mat-select [value]="b.month" (selectionChange)="store.loadBoard($event.value)" data-testid="plan-month">
              @for (m of months(); track m.value) {
                <mat-option [value]="m.value">{{ m.label }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <div class="totals" data-testid="plan-totals">
          <span>{{ 'insp.plan.total.items' | t: { n: b.totals.items } }}</span>
          @for (s of statuses; track s) {
            <button type="button" class="chip" [class]="'chip st-' + s" [class.on]="statusFilter() === s" (click)="filter(s)">
              {{ 'insp.plan.status.' + s | t }} {{ count(s) }}
            </button>
          }
        </div>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th>{{ 'insp.plan.specialist' | t }}</th>
                <th class="n">{{ 'insp.plan.total.due' | t }}</th>
                <th class="n">{{ 'insp.plan.status.done' | t }}</th>
                <th class="n">{{ 'insp.plan.status.done_late' | t }}</th>
                <th class="n">{{ 'insp.plan.status.overdue' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (s of b.bySpecialist; track s.specialistId) {
                <tr data-testid="board-specialist">
                  <td>{{ s.specialistName }}</td>
                  <td class="n">{{ s.items }}</td>
                  <td class="n">{{ s.done }}</td>
                  <td class="n">{{ s.doneLate }}</td>
                  <td class="n">{{ s.overdue }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th>{{ 'insp.plan.store' | t }}</th>
                <th>{{ 'insp.plan.category' | t }}</th>
                <th>{{ 'insp.plan.specialist' | t }}</th>
                <th>{{ 'insp.plan.dueDate' | t }}</th>
                <th>{{ 'common.status' | t }}</th>
                <th>{{ 'insp.plan.doneBy' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (i of shownItems(); track i.planId + ':' + i.storeId + ':' + i.periodStart) {
                <tr data-testid="board-item" [attr.data-status]="i.status">
                  <td class="nowrap">
                    <span class="mono">{{ i.storeCode }}</span> {{ i.storeName }}
                  </td>
                  <td>{{ categoryLabel(i.categoryId) }}</td>
                  <td>{{ i.specialistName }}</td>
                  <td class="nowrap">{{ i.dueDate | localDate }}</td>
                  <td>
                    <span [class]="'chip st-' + i.status">{{ 'insp.plan.status.' + i.status | t }}</span>
                  </td>
                  <td>
                    @if (i.inspectionId) {
                      <a [routerLink]="['/inspections', i.inspectionId]">{{ i.inspectorName }} · {{ i.inspectedAt | localDate: true }}</a>
                    } @else {
                      —
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (filteredItems().length > shownItems().length) {
          <button mat-button type="button" (click)="showAll.set(true)" data-testid="board-show-all">
            {{ 'insp.due.showAll' | t: { n: filteredItems().length } }}
          </button>
        }
      </section>
    }
  `,
  styles: `
    .bar {
      height: 4px;
    }
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      margin-bottom: 16px;
      background: var(--mat-sys-surface);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 12px;
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 12px;
    }
    .wide {
      grid-column: span 2;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      margin-top: 8px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .table-scroll {
      overflow-x: auto;
      margin-top: 12px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: middle;
    }
    th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    .n {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .nowrap {
      white-space: nowrap;
    }
    .mono {
      font-family: monospace;
    }
    tr.off td {
      color: var(--mat-sys-on-surface-variant);
    }
    .narrow {
      width: 160px;
    }
    .totals {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-top: 8px;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      min-height: 28px;
      padding: 2px 10px;
      border-radius: 14px;
      border: 1px solid transparent;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-high);
      white-space: nowrap;
    }
    button.chip {
      min-height: 44px;
      cursor: pointer;
    }
    .chip.on {
      border-color: var(--mat-sys-primary);
    }
    .st-done {
      background: #dff3e4;
      color: #0b5d34;
    }
    .st-done_late {
      background: #fff4e0;
      color: #5c3b00;
    }
    .st-overdue {
      background: #fdecea;
      color: #8c1d18;
    }
    .st-due {
      background: #e8eefc;
      color: #1d3a8c;
    }
    a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
    @media (max-width: 599.98px) {
      .wide {
        grid-column: auto;
      }
    }
  `,
})
export class PlansPage implements OnInit {
  protected readonly store = inject(PlansStore);
  protected readonly storeSource = inject(StorePickerSource);
  private readonly i18n = inject(I18nService);
  protected readonly statuses = STATUSES;
  protected readonly specialistId = signal<number | null>(null);
  /** 0: the general store standard. */
  protected readonly categoryId = signal<number>(0);
  protected readonly frequency = signal<PlanFrequency>('monthly');
  protected readonly storeIds = signal<number[]>([]);
  protected readonly formError = signal<string | null>(null);
  protected readonly statusFilter = signal<PlanItemStatus | null>(null);
  protected readonly showAll = signal(false);

  protected readonly categoriesOfSpecialist = computed(() => {
    const s = this.store.specialists().find((x) => x.id === this.specialistId());
    return this.store.categories().filter((c) => s?.categoryIds.includes(c.id));
  });
  protected readonly months = computed(() => {
    const locale = this.i18n.locale();
    const today = this.store.board()?.today ?? new Date().toISOString().slice(0, 10);
    const next = shiftPeriod(today.slice(0, 7), 1);
    return periodsEnding(next, 14)
      .reverse()
      .map((value) => ({ value, label: formatMonth(value, locale) }));
  });
  protected readonly filteredItems = computed(() => {
    const items = this.store.board()?.items ?? [];
    const f = this.statusFilter();
    const order = (s: PlanItemStatus) => STATUSES.indexOf(s);
    return [...(f ? items.filter((i) => i.status === f) : items)].sort(
      (a, b) => order(a.status) - order(b.status) || a.dueDate.localeCompare(b.dueDate) || a.storeCode.localeCompare(b.storeCode),
    );
  });
  protected readonly shownItems = computed(() => (this.showAll() ? this.filteredItems() : this.filteredItems().slice(0, 50)));

  ngOnInit(): void {
    void this.store.load();
  }

  protected pickSpecialist(id: number): void {
    this.specialistId.set(id);
    if (this.categoryId() && !this.categoriesOfSpecialist().some((c) => c.id === this.categoryId())) this.categoryId.set(0);
  }

  protected count(status: PlanItemStatus): number {
    const t = this.store.board()?.totals;
    if (!t) return 0;
    return status === 'done_late' ? t.doneLate : t[status];
  }

  protected filter(status: PlanItemStatus): void {
    this.statusFilter.update((f) => (f === status ? null : status));
    this.showAll.set(false);
  }

  protected categoryLabel(id: number | null): string {
    return id === null ? this.i18n.t('insp.general') : (this.store.categoryNames().get(id) ?? `#${id}`);
  }

  protected storesTitle(p: InspectionPlanResponse): string {
    return (p.storeIds ?? []).map((id) => this.store.storeNames().get(id) ?? `#${id}`).join('、');
  }

  /** 改派 offers the specialists who cover the rule's category. */
  protected specialistsFor(p: InspectionPlanResponse) {
    return this.store.specialists().filter((s) => p.categoryId === null || s.categoryIds.includes(p.categoryId) || s.id === p.specialistId);
  }

  protected async create(): Promise<void> {
    const specialistId = this.specialistId();
    if (!specialistId) return;
    this.formError.set(null);
    try {
      await this.store.create({
        specialistId,
        categoryId: this.categoryId() || null,
        frequency: this.frequency(),
        storeIds: this.storeIds().length ? this.storeIds() : null,
      });
      this.storeIds.set([]);
    } catch (e) {
      this.formError.set(this.describe(e));
    }
  }

  protected async reassign(p: InspectionPlanResponse, specialistId: number): Promise<void> {
    if (specialistId === p.specialistId) return;
    this.formError.set(null);
    try {
      await this.store.update(p.id, { version: p.version, specialistId });
    } catch (e) {
      this.formError.set(this.describe(e));
    }
  }

  protected async toggle(p: InspectionPlanResponse): Promise<void> {
    try {
      await this.store.update(p.id, { version: p.version, active: !p.active });
    } catch (e) {
      this.formError.set(this.describe(e));
    }
  }

  private describe(e: unknown): string {
    if (!isApiError(e)) return String(e);
    if (e.statusCode === 409) return this.i18n.t('common.conflict');
    return [e.message, ...e.details.map(detailText)].filter(Boolean).join('；');
  }
}
