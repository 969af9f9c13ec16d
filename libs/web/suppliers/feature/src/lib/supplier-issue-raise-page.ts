import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { ContractResponse, CreateSupplierIssueRequest, Role, SUPPLIER_ISSUE_KINDS, SupplierIssueKind } from '@storeops/shared/contracts';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { SupplierIssueStore, SupplierPickerSource } from '@storeops/web/suppliers/data-access';
import { EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe } from '@storeops/web/shared/util';
import { describeError } from './shared';
import { ISSUE_STYLES, isIssueWriter } from './supplier-issue-shared';

/** 登记供应商问题: supplier, optionally the contract (its 整改期限 sets the fix deadline) and store, kind, description. */
@Component({
  selector: 'so-supplier-issue-raise-page',
  imports: [
    FormsModule,
    MatButton,
    MatFormField,
    MatHint,
    MatLabel,
    MatIcon,
    MatInput,
    MatOption,
    MatSelect,
    RouterLink,
    EntityPicker,
    ErrorBanner,
    PageHeader,
    TranslatePipe,
  ],
  providers: [SupplierIssueStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'supIssues.raise.title' | t" [intro]="'supIssues.raise.intro' | t" />
    <p>
      <a mat-button routerLink="/supplier-issues"><mat-icon>arrow_back</mat-icon>{{ 'supIssues.list.title' | t }}</a>
    </p>
    @if (!canRaise()) {
      <p class="card body muted" data-testid="raise-not-allowed">{{ 'supIssues.raise.notAllowed' | t }}</p>
    } @else {
      <form class="card body form" (ngSubmit)="submit()" novalidate data-testid="raise-form">
        <so-entity-picker
          [label]="'supIssues.field.supplier' | t"
          [search]="suppliers.search"
          [resolve]="suppliers.resolve"
          [value]="supplier()"
          [required]="true"
          [error]="missing().includes('supplier') ? ('supIssues.form.required' | t) : null"
          (picked)="pickSupplier($event)"
          testId="raise-supplier"
        />
        <mat-form-field>
          <mat-label>{{ 'supIssues.field.contract' | t }}</mat-label>
          <mat-select name="contract" [(ngModel)]="contractId" [disabled]="!contracts().length" data-testid="raise-contract">
            <mat-option [value]="null">{{ 'supIssues.raise.noContract' | t }}</mat-option>
            @for (c of contracts(); track c.id) {
              <mat-option [value]="c.id">{{ c.number }} {{ c.title }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'supIssues.raise.contractHint' | t }}</mat-hint>
        </mat-form-field>
        <so-entity-picker
          [label]="'supIssues.field.storeOptional' | t"
          [search]="stores.search"
          [resolve]="stores.resolve"
          [value]="storeId()"
          [clearable]="true"
          [clearLabel]="'supIssues.raise.noStore' | t"
          (picked)="storeId.set($event ?? null)"
          testId="raise-store"
        />
        <mat-form-field>
          <mat-label>{{ 'supIssues.field.kind' | t }}</mat-label>
          <mat-select name="kind" [(ngModel)]="kind" data-testid="raise-kind">
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ 'supIssues.kind.' + k | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supIssues.field.description' | t }}</mat-label>
          <textarea matInput rows="4" name="description" [(ngModel)]="description" data-testid="raise-description"></textarea>
          <mat-hint [class.late]="missing().includes('description')">{{
            missing().includes('description') ? ('supIssues.form.required' | t) : ('supIssues.raise.descriptionHint' | t)
          }}</mat-hint>
        </mat-form-field>
        @if (error(); as e) {
          <so-error-banner [message]="e" data-testid="raise-error" />
        }
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="store.saving()" data-testid="raise-submit">
            {{ (store.saving() ? 'supIssues.raise.saving' : 'supIssues.raise.submit') | t }}
          </button>
          <a mat-button routerLink="/supplier-issues">{{ 'common.cancel' | t }}</a>
        </div>
      </form>
    }
  `,
  styles: [
    ISSUE_STYLES,
    `
      .form {
        display: flex;
        flex-direction: column;
        gap: 4px;
        max-width: 760px;
        padding: 16px;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 8px;
      }
      @media (max-width: 599.98px) {
        .buttons > * {
          flex: 1 1 100%;
        }
      }
    `,
  ],
})
export class SupplierIssueRaisePage implements OnInit {
  protected readonly store = inject(SupplierIssueStore);
  protected readonly suppliers = inject(SupplierPickerSource);
  protected readonly stores = inject(StorePickerSource);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  readonly role = input<Role | null>(null);
  /** ?supplierId= from the supplier's page. */
  readonly supplierId = input<string | undefined>(undefined);

  protected readonly kinds = SUPPLIER_ISSUE_KINDS;
  protected readonly canRaise = computed(() => isIssueWriter(this.role()));
  protected readonly supplier = signal<number | null>(null);
  protected readonly storeId = signal<number | null>(null);
  protected readonly contracts = signal<ContractResponse[]>([]);
  protected readonly missing = signal<Array<'supplier' | 'description'>>([]);
  protected readonly error = signal<string | null>(null);
  protected contractId: number | null = null;
  protected kind: SupplierIssueKind = 'quality';
  protected description = '';

  ngOnInit(): void {
    const id = Number(this.supplierId());
    if (Number.isInteger(id) && id > 0) void this.pickSupplier(id);
  }

  protected async pickSupplier(id: number | null): Promise<void> {
    this.supplier.set(id);
    this.contractId = null;
    this.contracts.set([]);
    if (id === null) return;
    // Without the list the issue is raised without a contract: the office's default fix period applies.
    const contracts = await this.store.contractsOf(id);
    if (this.supplier() === id) this.contracts.set(contracts);
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    const supplierId = this.supplier();
    const description = this.description.trim();
    const missing: Array<'supplier' | 'description'> = [];
    if (supplierId === null) missing.push('supplier');
    if (!description) missing.push('description');
    this.missing.set(missing);
    if (supplierId === null || !description) return;
    const body: CreateSupplierIssueRequest = {
      supplierId,
      kind: this.kind,
      description,
      ...(this.contractId !== null ? { contractId: this.contractId } : {}),
      ...(this.storeId() !== null ? { storeId: this.storeId() as number } : {}),
    };
    try {
      const issue = await this.store.create(body);
      await this.router.navigate(['/supplier-issues', issue.id]);
    } catch (e) {
      this.error.set(describeError(e, this.i18n));
    }
  }
}
