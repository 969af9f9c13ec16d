import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { AbstractControl, FormArray, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  ApiError,
  CONTRACT_KINDS,
  CONTRACT_STORE_SCOPES,
  ContractKind,
  ContractStoreScope,
  CreateContractRequest,
} from '@storeops/shared/contracts';
import { StoreDirectoryStore, StorePickerSource } from '@storeops/web/org/data-access';
import { ContractStore, SupplierPickerSource } from '@storeops/web/suppliers/data-access';
import { DateField, EntityMultiPicker, EntityPicker, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { fenToYuan, I18nService, LocalDatePipe, MoneyPipe, TranslatePipe, yuanToFen } from '@storeops/web/shared/util';
import { describeError } from './shared';
import { AREA_STYLES, kindKey, SuppliersNav } from '@storeops/web/suppliers/ui';

/** The buyer's contract form: a new draft, or an edit of an own draft or returned contract (with its version). */
@Component({
  selector: 'so-contract-editor-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatSuffix,
    MatIcon,
    MatInput,
    MatOption,
    MatSelect,
    DateField,
    EntityPicker,
    EntityMultiPicker,
    RouterLink,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    MoneyPipe,
    TranslatePipe,
    SuppliersNav,
  ],
  providers: [ContractStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="(id() ? 'sup.contract.edit' : 'sup.contract.new') | t" />
    <so-suppliers-nav />
    @if (store.contract()?.lastReturn; as r) {
      <div class="return-note" role="note" data-testid="return-reason">
        <strong>{{ 'sup.contract.returnReason' | t }}</strong>
        <span>{{ r.comment }}</span>
        <span class="muted">{{ r.byName }} · {{ r.at | localDate: true }}</span>
      </div>
    }
    @if (error(); as e) {
      <so-error-banner [message]="e" data-testid="editor-error" />
    }
    <form class="card body-form" [formGroup]="form" (ngSubmit)="save()" data-testid="contract-form">
      <div class="fields">
        <so-entity-picker
          formControlName="supplierId"
          [label]="'sup.contract.supplier' | t"
          [search]="supplierSource.contractable"
          [required]="true"
          [resolve]="supplierSource.resolve"
          testId="field-supplier"
        />
        <mat-form-field>
          <mat-label>{{ 'sup.contract.kind' | t }}</mat-label>
          <mat-select formControlName="kind" data-testid="field-kind">
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ kindKey(k) | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>{{ 'sup.contract.name' | t }}</mat-label>
          <input matInput formControlName="title" data-testid="field-title" />
        </mat-form-field>
        <so-date-field formControlName="startDate" [label]="'sup.contract.startDate' | t" [required]="true" testId="field-start" />
        <so-date-field
          formControlName="endDate"
          [label]="'sup.contract.endDate' | t"
          [required]="true"
          [messages]="{ endBeforeStart: 'date.endBeforeStart' }"
          testId="field-end"
        />
        <mat-form-field>
          <mat-label>{{ 'sup.contract.paymentDays' | t }}</mat-label>
          <input matInput type="number" min="0" formControlName="paymentDays" data-testid="field-payment-days" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'sup.contract.rebateRate' | t }}</mat-label>
          <input matInput type="number" min="0" step="0.1" formControlName="rebateRate" data-testid="field-rebate" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'sup.contract.amount' | t }}</mat-label>
          <input matInput inputmode="decimal" formControlName="amount" data-testid="field-amount" />
          <span matTextSuffix>{{ 'sup.contract.yuan' | t }}</span>
          @if (amountFen(); as fen) {
            <mat-hint data-testid="amount-hint">{{ fen | money: true }}</mat-hint>
          }
          <mat-error>{{ 'sup.contract.amountInvalid' | t }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'sup.contract.scope' | t }}</mat-label>
          <mat-select formControlName="storeScope" data-testid="field-scope">
            @for (sc of scopes; track sc) {
              <mat-option [value]="sc">{{ 'sup.contract.scope.' + sc | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (form.controls.storeScope.value === 'region') {
          <mat-form-field>
            <mat-label>{{ 'sup.contract.region' | t }}</mat-label>
            <mat-select formControlName="regionId" data-testid="field-region">
              @for (r of regions(); track r.id) {
                <mat-option [value]="r.id">{{ r.name }} · {{ 'sup.contract.storesCount' | t: { n: r.stores } }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ 'common.required' | t }}</mat-error>
          </mat-form-field>
        }
        @if (form.controls.storeScope.value === 'stores') {
          <so-entity-multi-picker
            class="wide"
            formControlName="storeIds"
            [label]="'sup.contract.stores' | t"
            [placeholder]="'picker.storeHint' | t"
            [search]="storeSource.search"
            [resolveMany]="storeSource.resolveMany"
            testId="field-stores"
          />
        }
      </div>
      <h3>{{ 'sup.contract.clauses' | t }}</h3>
      <div formArrayName="clauses">
        @for (clause of clauses.controls; track clause; let i = $index) {
          <div class="clause" [formGroupName]="i" data-testid="clause-row">
            <mat-form-field class="grow">
              <mat-label>{{ 'sup.contract.clauseText' | t }} {{ i + 1 }}</mat-label>
              <input matInput formControlName="text" data-testid="clause-text" />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'sup.contract.commitment' | t }}</mat-label>
              <input matInput formControlName="commitment" data-testid="clause-commitment" />
            </mat-form-field>
            <button
              mat-icon-button
              type="button"
              (click)="removeClause(i)"
              [disabled]="clauses.length === 1"
              [attr.aria-label]="'sup.contract.removeClause' | t"
            >
              <mat-icon>delete</mat-icon>
            </button>
          </div>
        }
      </div>
      <button mat-button type="button" (click)="addClause()" data-testid="clause-add">
        <mat-icon>add</mat-icon>{{ 'sup.contract.addClause' | t }}
      </button>
      <div class="actions">
        <a mat-button [routerLink]="id() ? ['/suppliers/contracts', id()] : ['/suppliers/contracts']">{{ 'common.cancel' | t }}</a>
        <button mat-flat-button type="submit" [disabled]="store.saving()" data-testid="contract-save">{{ 'sup.contract.save' | t }}</button>
      </div>
    </form>
  `,
  styles: [
    AREA_STYLES,
    `
      .body-form {
        padding: 16px;
      }
      .return-note {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        margin: 0 0 12px;
        padding: 12px 16px;
        border-radius: 8px;
        background: #fdecea;
        color: #5f1410;
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        gap: 0 16px;
      }
      .wide {
        grid-column: span 2;
      }
      .clause {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        flex-wrap: wrap;
      }
      .clause .grow {
        flex: 1 1 240px;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: 8px;
        margin-top: 16px;
      }
      @media (max-width: 599.98px) {
        .wide {
          grid-column: auto;
        }
      }
    `,
  ],
})
export class ContractEditorPage implements OnInit {
  protected readonly store = inject(ContractStore);
  protected readonly stores = inject(StoreDirectoryStore);
  protected readonly storeSource = inject(StorePickerSource);
  protected readonly supplierSource = inject(SupplierPickerSource);
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly i18n = inject(I18nService);

  /** Route parameter: absent for a new contract. */
  readonly id = input<string | undefined>(undefined);
  protected readonly error = signal<string | null>(null);
  protected readonly kinds = CONTRACT_KINDS;
  protected readonly kindKey = kindKey;
  protected readonly scopes = CONTRACT_STORE_SCOPES;
  private version = 0;
  /** Regions of the store directory, with their store counts. */
  protected readonly regions = computed(() => {
    const byId = new Map<number, { id: number; name: string; stores: number }>();
    for (const s of this.stores.stores()) {
      const r = byId.get(s.regionId) ?? { id: s.regionId, name: s.regionName, stores: 0 };
      r.stores++;
      byId.set(s.regionId, r);
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  });

  protected readonly form = this.fb.group({
    supplierId: this.fb.control<number | null>(null, Validators.required),
    kind: this.fb.control<ContractKind>('annual'),
    title: this.fb.control('', [Validators.required, Validators.maxLength(200)]),
    startDate: this.fb.control<string | null>(null, Validators.required),
    endDate: this.fb.control<string | null>(null, Validators.required),
    paymentDays: this.fb.control(60, [Validators.required, Validators.min(0), Validators.max(365)]),
    rebateRate: this.fb.control(0, [Validators.required, Validators.min(0), Validators.max(100)]),
    amount: this.fb.control('', [
      Validators.required,
      (control: AbstractControl): ValidationErrors | null => {
        const fen = yuanToFen(control.value);
        return control.value && (fen === null || fen < 0) ? { amount: true } : null;
      },
    ]),
    storeScope: this.fb.control<ContractStoreScope>('stores'),
    regionId: this.fb.control<number | null>(null),
    storeIds: this.fb.control<number[]>([]),
    clauses: this.fb.array([this.clauseGroup()]),
  });

  constructor() {
    // The end date is checked against the start date as either changes (the API would refuse it in English).
    this.form.controls.endDate.addValidators((control: AbstractControl): ValidationErrors | null => {
      const start = this.form?.controls.startDate.value;
      const end = control.value as string | null;
      return start && end && end < start ? { endBeforeStart: true } : null;
    });
    this.form.controls.startDate.valueChanges.subscribe(() => this.form.controls.endDate.updateValueAndValidity());
    this.form.controls.regionId.addValidators((control: AbstractControl): ValidationErrors | null =>
      this.form?.controls.storeScope.value === 'region' && control.value === null ? { required: true } : null,
    );
    this.form.controls.storeScope.valueChanges.subscribe(() => this.form.controls.regionId.updateValueAndValidity());
    this.form.controls.amount.valueChanges.subscribe((v) => this.amountFen.set(yuanToFen(v)));
  }

  /** The amount as typed, in 分 (shown back as ¥…万 under the field). */
  protected readonly amountFen = signal<number | null>(null);

  protected get clauses(): FormArray {
    return this.form.controls.clauses;
  }

  async ngOnInit(): Promise<void> {
    void this.stores.load();
    const id = Number(this.id());
    if (!id) return;
    await this.store.load(id);
    const c = this.store.contract();
    if (!c) return;
    this.version = c.version;
    this.form.controls.clauses.clear();
    for (const clause of c.clauses) this.form.controls.clauses.push(this.clauseGroup(clause.text, clause.commitment));
    this.form.patchValue({
      supplierId: c.supplierId,
      kind: c.kind,
      title: c.title,
      startDate: c.startDate,
      endDate: c.endDate,
      paymentDays: c.paymentDays,
      rebateRate: c.rebateRate,
      amount: c.amount === null ? '' : fenToYuan(c.amount),
      storeScope: c.storeScope,
      regionId: c.regionId,
      storeIds: c.storeScope === 'stores' ? c.storeIds : [],
    });
  }

  protected addClause(): void {
    this.form.controls.clauses.push(this.clauseGroup());
  }

  protected removeClause(index: number): void {
    this.form.controls.clauses.removeAt(index);
  }

  protected async save(): Promise<void> {
    // The button stays enabled so that a click on an incomplete form says what is missing instead of doing nothing.
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('sup.error.fixFields'));
      return;
    }
    const v = this.form.getRawValue();
    const body: CreateContractRequest = {
      supplierId: v.supplierId as number,
      kind: v.kind,
      title: v.title,
      startDate: v.startDate ?? '',
      endDate: v.endDate ?? '',
      paymentDays: Number(v.paymentDays),
      rebateRate: Number(v.rebateRate),
      amount: yuanToFen(v.amount) as number,
      storeScope: v.storeScope,
      regionId: v.storeScope === 'region' ? v.regionId : null,
      storeIds: v.storeScope === 'stores' ? v.storeIds : [],
      clauses: v.clauses,
    };
    this.error.set(null);
    try {
      const id = Number(this.id());
      const saved = id ? await this.store.update(id, { ...body, version: this.version }) : await this.store.create(body);
      await this.router.navigate(['/suppliers/contracts', saved.id]);
    } catch (e) {
      const error = e as ApiError;
      this.error.set(describeError(error, this.i18n));
    }
  }

  private clauseGroup(text = '', commitment = '') {
    return this.fb.group({
      text: this.fb.control(text, Validators.required),
      commitment: this.fb.control(commitment, Validators.required),
    });
  }
}
