import { SupplierIssuesSection } from './supplier-issues-section';
import { isIssueWriter } from './supplier-issue-shared';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  LicenceResponse,
  Role,
  SUPPLIER_ISSUE_READERS,
  SUPPLIER_STATUS_NEXT,
  SupplierResponse,
  SupplierStatus,
} from '@storeops/shared/contracts';
import { CategoriesStore } from '@storeops/web/org/data-access';
import { SupplierStore } from '@storeops/web/suppliers/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, NumberFormatPipe, PercentFormatPipe, TranslatePipe, ScorePipe } from '@storeops/web/shared/util';

import { LicenceDialog, LicenceDialogData } from './licence-dialog';
import { LicenceRenewDialog, LicenceRenewDialogData } from './licence-renew-dialog';

import { describeError, personLabel } from './shared';
import { SupplierEditDialog, SupplierEditDialogData } from './supplier-edit-dialog';
import { AREA_STYLES, ContractTable, LicenceFilePick, LicenceTable, SuppliersNav, supplierStatusKey } from '@storeops/web/suppliers/ui';

/** One supplier: details and status (who decided, why), licences, a year of scorecards, contracts. */
@Component({
  selector: 'so-supplier-detail-page',
  imports: [
    SupplierIssuesSection,
    MatButton,
    MatFormField,
    MatIcon,
    MatLabel,
    MatInput,
    MatProgressBar,
    MatOption,
    MatSelect,
    EmptyState,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    NumberFormatPipe,
    ScorePipe,
    PercentFormatPipe,
    TranslatePipe,
    ContractTable,
    LicenceTable,
    SuppliersNav,
  ],
  providers: [SupplierStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-suppliers-nav />
    <div class="progress">
      @if (store.loading()) {
        <mat-progress-bar mode="indeterminate" data-testid="state-loading" />
      }
    </div>
    @if (store.error(); as error) {
      <so-error-banner [message]="'common.loadError' | t: { message: error.message }" [retryLabel]="'common.retry' | t" (retry)="load()" />
    }
    @if (store.supplier(); as s) {
      <so-page-header [title]="s.code + ' · ' + s.name">
        <span [class]="'chip st-' + s.status" data-testid="supplier-status">{{ supplierStatusKey(s.status) | t }}</span>
        @if (canWrite()) {
          <button mat-stroked-button type="button" (click)="edit()" data-testid="supplier-edit">
            <mat-icon>edit</mat-icon>{{ 'common.edit' | t }}
          </button>
        }
      </so-page-header>
      @if (s.licenceFlag) {
        <div class="flag-note" role="alert" data-testid="supplier-licence-flag">
          <mat-icon>report</mat-icon>
          <strong>{{ 'sup.supplier.licenceFlag' | t }}</strong>
          <span>{{ 'sup.supplier.licenceFlagHint' | t: { n: s.expiredLicences, m: s.liveContracts } }}</span>
        </div>
      }
      <section class="card">
        <dl class="grid body">
          <div>
            <dt>{{ 'sup.supplier.creditCode' | t }}</dt>
            <dd class="mono">{{ s.creditCode }}</dd>
          </div>
          <div>
            <dt>{{ 'sup.supplier.categories' | t }}</dt>
            <dd data-testid="supplier-categories">
              @for (c of categoryNames(); track $index) {
                <span class="chip cat">{{ c }}</span>
              } @empty {
                <span class="muted">{{ 'sup.supplier.categoriesNone' | t }}</span>
              }
            </dd>
          </div>
          <div>
            <dt>{{ 'sup.supplier.contacts' | t }}</dt>
            <dd data-testid="supplier-contacts">
              @for (c of s.contacts; track $index) {
                <div class="contact">
                  {{ c.name }}
                  @if (c.role) {
                    <span class="muted">（{{ c.role }}）</span>
                  }
                  <a [href]="'tel:' + c.phone">{{ c.phone }}</a>
                </div>
              } @empty {
                —
              }
            </dd>
          </div>
          <div>
            <dt>{{ 'common.status' | t }}</dt>
            <dd>
              {{ supplierStatusKey(s.status) | t }}
              @if (s.statusChangedBy) {
                <div class="muted">
                  {{
                    'sup.supplier.statusBy'
                      | t: { by: person(s.statusChangedByName, s.statusChangedBy), at: (s.statusChangedAt | localDate) }
                  }}
                </div>
              }
              @if (s.statusReason) {
                <div class="muted">{{ 'sup.supplier.statusReason' | t }}：{{ s.statusReason }}</div>
              }
            </dd>
          </div>
        </dl>
        @if (canWrite() && nextStatuses().length) {
          <div class="toolbar body">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sup.supplier.changeStatus' | t }}</mat-label>
              <mat-select [value]="nextStatus()" (selectionChange)="nextStatus.set($event.value)">
                @for (n of nextStatuses(); track n) {
                  <mat-option [value]="n">{{ supplierStatusKey(n) | t }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sup.supplier.statusReason' | t }}</mat-label>
              <input matInput [value]="reason()" (input)="reason.set($any($event.target).value)" />
            </mat-form-field>
            <button
              mat-flat-button
              type="button"
              [disabled]="!nextStatus() || (nextStatus() === 'eliminated' && !reason())"
              (click)="changeStatus()"
            >
              {{ 'common.save' | t }}
            </button>
          </div>
          @if (saveError(); as e) {
            <so-error-banner [message]="e" />
          }
        }
      </section>

      <section class="card" data-testid="supplier-licences">
        <div class="card-head">
          <h2>{{ 'sup.supplier.licences' | t }}</h2>
          @if (canWriteLicences()) {
            <button mat-stroked-button type="button" (click)="addLicence()" data-testid="licence-add">
              <mat-icon>add</mat-icon>{{ 'sup.licence.add' | t }}
            </button>
          }
        </div>
        @if (licenceError(); as e) {
          <div class="body"><so-error-banner [message]="e" data-testid="licence-upload-error" /></div>
        }
        @if (store.licences().length) {
          <so-licence-table
            [licences]="store.licences()"
            [canWrite]="canWriteLicences()"
            (upload)="uploadLicenceFile($event)"
            (renew)="renew($event)"
          />
        } @else {
          <p class="body muted">{{ 'sup.licence.none' | t }}</p>
        }
      </section>

      <section class="card" data-testid="supplier-scorecards">
        <h2>{{ 'sup.supplier.scorecards' | t }}</h2>
        <div class="table-scroll">
          <table class="table wide">
            <thead>
              <tr>
                <th>{{ 'sup.score.period' | t }}</th>
                <th class="num">{{ 'sup.score.checks' | t }}</th>
                <th class="num">{{ 'sup.score.compliance' | t }}</th>
                <th class="num">{{ 'sup.score.breaches' | t }}</th>
                <th class="num">{{ 'sup.score.licences' | t }}</th>
                <th class="num">{{ 'sup.score.contracts' | t }}</th>
                <th class="num">{{ 'sup.score.score' | t }}</th>
                <th class="num">{{ 'sup.score.rank' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (r of store.scorecards(); track r.period) {
                <tr>
                  <td class="nowrap">{{ r.period }}</td>
                  <td class="num">{{ r.checks | num: 0 }}</td>
                  <td class="num">{{ r.complianceRate | pct }}</td>
                  <td class="num">{{ r.breaches | num: 0 }}</td>
                  <td class="num">{{ r.licencesValid }}/{{ r.licencesTotal }}</td>
                  <td class="num">{{ r.contractsInForce }}</td>
                  <td class="num">{{ r.score | score }}</td>
                  <td class="num">
                    @if (r.rank !== null) {
                      {{ r.rank }}
                    } @else {
                      <span class="muted">{{ 'sup.score.unranked' | t }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>

      <section class="card">
        <h2>{{ 'sup.supplier.contracts' | t }}</h2>
        @if (store.contracts().length) {
          <so-contract-table [contracts]="store.contracts()" />
        } @else {
          <p class="body muted">{{ 'sup.contract.empty' | t }}</p>
        }
      </section>

      @if (canReadIssues()) {
        <so-supplier-issues-section [supplierId]="s.id" [canRaise]="canRaiseIssues()" />
      }
    } @else if (!store.loading() && !store.error()) {
      <so-empty-state icon="storefront" [title]="'sup.supplier.empty' | t" />
    }
  `,
  styles: [
    AREA_STYLES,
    `
      .flag-note {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 12px;
        margin: 0 0 12px;
        padding: 12px 16px;
        border-radius: 8px;
        background: #fdecea;
        color: #5f1410;
      }
      .mono {
        font-family: monospace;
      }
      .card-head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        padding-right: 12px;
      }
      .card-head button {
        margin-top: 8px;
      }
      so-page-header .chip,
      so-page-header button {
        margin-left: 4px;
      }
      .chip.cat {
        margin: 0 4px 4px 0;
      }
      .contact {
        margin-bottom: 2px;
      }
    `,
  ],
})
export class SupplierDetailPage implements OnInit {
  protected readonly store = inject(SupplierStore);
  readonly id = input.required<string>();
  readonly role = input<Role | null>(null);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  /** 供应商问题: its section for the roles that read issues, the raise link for those who raise them. */
  protected readonly canReadIssues = computed(() => !!this.role() && SUPPLIER_ISSUE_READERS.includes(this.role() as Role));
  protected readonly canRaiseIssues = computed(() => isIssueWriter(this.role()));
  protected readonly canWrite = computed(() => this.role() === Role.Buyer || this.role() === Role.Admin);
  /** Licences are recorded by 综合管理处 and buyers. */
  protected readonly canWriteLicences = computed(() => this.role() === Role.AdminOffice || this.role() === Role.Buyer);
  protected readonly licenceError = signal<string | null>(null);
  protected readonly nextStatuses = computed(() => {
    const s = this.store.supplier();
    return s ? SUPPLIER_STATUS_NEXT[s.status] : [];
  });
  protected readonly nextStatus = signal<SupplierStatus | null>(null);
  protected readonly reason = signal('');
  protected readonly saveError = signal<string | null>(null);
  protected readonly supplierStatusKey = supplierStatusKey;
  protected readonly person = personLabel;
  private readonly categoryStore = inject(CategoriesStore);
  /** Top-level categories: what a supplier is listed under. */
  protected readonly categories = this.categoryStore.tops;
  protected readonly categoryNames = computed(() => {
    const byId = new Map(this.categories().map((c) => [c.id, c.name] as const));
    return (this.store.supplier()?.categoryIds ?? []).map((id) => byId.get(id) ?? `#${id}`);
  });

  ngOnInit(): void {
    this.load();
    void this.categoryStore.load();
  }

  protected edit(): void {
    const s = this.store.supplier();
    if (!s) return;
    const data: SupplierEditDialogData = {
      supplier: s,
      categories: this.categories(),
      save: (body) => this.store.update(body),
      reload: async () => {
        await this.store.load(s.id);
        return this.store.supplier();
      },
    };
    this.dialog
      .open<SupplierEditDialog, SupplierEditDialogData, SupplierResponse>(SupplierEditDialog, { data, maxWidth: '95vw' })
      .afterClosed()
      .subscribe(
        (saved) => saved && this.snackBar.open(this.i18n.t('sup.supplier.updated', { name: saved.name }), undefined, { duration: 2500 }),
      );
  }

  protected load(): void {
    void this.store.load(Number(this.id()));
  }

  protected async changeStatus(): Promise<void> {
    const s = this.store.supplier();
    const status = this.nextStatus();
    if (!s || !status) return;
    this.saveError.set(null);
    try {
      await this.store.update({ version: s.version, status, statusReason: this.reason() || undefined });
      this.nextStatus.set(null);
      this.reason.set('');
    } catch (e) {
      this.saveError.set(describeError(e));
    }
  }

  protected addLicence(): void {
    const s = this.store.supplier();
    if (!s) return;
    const data: LicenceDialogData = {
      supplier: { id: s.id, name: s.name },
      create: (body) => this.store.createLicence(body),
      upload: (id, file) => this.store.uploadLicenceFile(id, file),
    };
    this.dialog
      .open<LicenceDialog, LicenceDialogData, boolean>(LicenceDialog, { data })
      .afterClosed()
      .subscribe((saved) => saved && this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 2500 }));
  }

  protected async uploadLicenceFile({ licence, file }: LicenceFilePick): Promise<void> {
    this.licenceError.set(null);
    try {
      await this.store.uploadLicenceFile(licence.id, file);
      this.snackBar.open(this.i18n.t('sup.licence.scan.uploaded'), undefined, { duration: 2500 });
    } catch (e) {
      this.licenceError.set(describeError(e, this.i18n));
    }
  }

  protected renew(licence: LicenceResponse): void {
    const data: LicenceRenewDialogData = { licence, renew: (body) => this.store.renewLicence(licence.id, body) };
    this.dialog
      .open<LicenceRenewDialog, LicenceRenewDialogData, boolean>(LicenceRenewDialog, { data })
      .afterClosed()
      .subscribe((saved) => saved && this.snackBar.open(this.i18n.t('sup.licence.renewed'), undefined, { duration: 2500 }));
  }
}
