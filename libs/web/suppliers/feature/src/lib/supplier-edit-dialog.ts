import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { CategoryResponse, isValidCreditCode, SupplierContact, SupplierResponse, UpdateSupplierRequest } from '@storeops/shared/contracts';
import { ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, applyServerErrors, isStaleVersion } from '@storeops/web/shared/util';
import { contactsFromRows, creditCodeHint } from './shared';

export interface SupplierEditDialogData {
  supplier: SupplierResponse;
  /** Top-level categories to choose from. */
  categories: CategoryResponse[];
  /** PATCHes with the version; rejects with the ApiError (409 when someone else saved first). */
  save: (body: UpdateSupplierRequest) => Promise<SupplierResponse>;
  /** Reloads the supplier after a conflict; the dialog then shows the current values. */
  reload: () => Promise<SupplierResponse | null>;
}

type ContactRow = FormGroup<{ name: FormControl<string>; phone: FormControl<string>; role: FormControl<string> }>;

/** 编辑供应商: name, 统一社会信用代码 (check digit verified as typed), categories and contacts, saved with the version. */
@Component({
  selector: 'so-supplier-edit-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatIcon,
    MatInput,
    MatOption,
    MatSelect,
    ErrorBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'sup.supplier.edit' | t }} · {{ data.supplier.code }}</h2>
    <mat-dialog-content>
      @if (banner(); as message) {
        <so-error-banner [message]="message" data-testid="supplier-edit-error" />
      }
      <form id="supplier-edit-form" class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field>
          <mat-label>{{ 'sup.supplier.name' | t }}</mat-label>
          <input matInput formControlName="name" maxlength="100" data-testid="supplier-edit-name" />
          <mat-error>{{ form.controls.name.getError('server') ?? ('common.required' | t) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'sup.supplier.creditCode' | t }}</mat-label>
          <input matInput formControlName="creditCode" maxlength="18" data-testid="supplier-edit-credit-code" />
          @if (codeProblem(); as p) {
            <mat-hint class="problem" data-testid="credit-code-problem">{{ p }}</mat-hint>
          }
          <mat-error>{{ form.controls.creditCode.getError('server') ?? codeProblem() ?? ('common.required' | t) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'sup.supplier.categories' | t }}</mat-label>
          <mat-select formControlName="categoryIds" multiple data-testid="supplier-edit-categories">
            @for (c of data.categories; track c.id) {
              <mat-option [value]="c.id">{{ c.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.categoryIds.getError('server') }}</mat-error>
        </mat-form-field>
        <fieldset class="contacts" formArrayName="contacts">
          <legend>{{ 'sup.supplier.contacts' | t }}</legend>
          @for (row of contacts.controls; track row; let i = $index) {
            <div class="contact" [formGroupName]="i" data-testid="supplier-contact-row">
              <mat-form-field>
                <mat-label>{{ 'sup.supplier.contact.name' | t }}</mat-label>
                <input matInput formControlName="name" maxlength="50" />
                <mat-error>{{ row.controls.name.getError('server') ?? ('common.required' | t) }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'sup.supplier.contact.phone' | t }}</mat-label>
                <input matInput formControlName="phone" maxlength="30" />
                <mat-error>{{ row.controls.phone.getError('server') ?? ('common.required' | t) }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'sup.supplier.contact.role' | t }}</mat-label>
                <input matInput formControlName="role" maxlength="50" />
                <mat-error>{{ row.controls.role.getError('server') }}</mat-error>
              </mat-form-field>
              <button
                mat-icon-button
                type="button"
                (click)="contacts.removeAt(i)"
                [attr.aria-label]="'sup.supplier.contact.remove' | t"
                data-testid="supplier-contact-remove"
              >
                <mat-icon>delete</mat-icon>
              </button>
            </div>
          }
          <button mat-stroked-button type="button" (click)="addContact()" data-testid="supplier-contact-add">
            <mat-icon>add</mat-icon>{{ 'sup.supplier.contact.add' | t }}
          </button>
        </fieldset>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="submit" form="supplier-edit-form" data-testid="supplier-edit-save" [disabled]="saving()">
        {{ 'common.save' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding-top: 8px;
      min-width: min(560px, 80vw);
    }
    .problem {
      color: var(--mat-sys-error);
    }
    .contacts {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 8px 12px 12px;
      margin: 0;
    }
    .contacts legend {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
      padding: 0 4px;
    }
    .contact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
      align-items: flex-start;
    }
    .contact mat-form-field {
      flex: 1 1 140px;
      min-width: 0;
    }
    .contact button {
      margin-top: 8px;
    }
  `,
})
export class SupplierEditDialog {
  protected readonly data = inject<SupplierEditDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<SupplierEditDialog, SupplierResponse>);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);
  private readonly version = signal(this.data.supplier.version);
  private readonly creditCode = signal(this.data.supplier.creditCode);
  protected readonly codeProblem = signal<string | null>(null);

  protected readonly form = this.fb.group({
    name: this.fb.control('', [Validators.required, Validators.maxLength(100)]),
    creditCode: this.fb.control('', Validators.required),
    categoryIds: this.fb.control<number[]>([]),
    contacts: this.fb.array<ContactRow>([]),
  });
  protected readonly contacts = this.form.controls.contacts as FormArray<ContactRow>;

  constructor() {
    this.form.controls.creditCode.valueChanges.subscribe((v) => {
      const code = v.trim().toUpperCase();
      this.creditCode.set(code);
      this.codeProblem.set(code.length ? creditCodeHint(code, this.i18n) : null);
    });
    this.fill(this.data.supplier);
  }

  private contactRow(c?: SupplierContact): ContactRow {
    return this.fb.group({
      name: this.fb.control(c?.name ?? '', [Validators.required, Validators.maxLength(50)]),
      phone: this.fb.control(c?.phone ?? '', [Validators.required, Validators.maxLength(30)]),
      role: this.fb.control(c?.role ?? '', Validators.maxLength(50)),
    });
  }

  protected addContact(): void {
    this.contacts.push(this.contactRow());
  }

  private fill(s: SupplierResponse): void {
    this.version.set(s.version);
    this.contacts.clear();
    for (const c of s.contacts) this.contacts.push(this.contactRow(c));
    this.form.patchValue({ name: s.name, creditCode: s.creditCode, categoryIds: [...s.categoryIds] });
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid || !isValidCreditCode(this.creditCode())) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.banner.set(null);
    try {
      const saved = await this.data.save({
        version: this.version(),
        name: v.name.trim(),
        creditCode: this.creditCode(),
        categoryIds: v.categoryIds,
        contacts: contactsFromRows(v.contacts),
      });
      this.ref.close(saved);
    } catch (error) {
      this.banner.set(applyServerErrors(this.form, error, this.i18n));
      if (isStaleVersion(error)) {
        // Someone else saved first: show what is there now (and its version) so the user can redo their change.
        const fresh = await this.data.reload().catch(() => null);
        if (fresh) this.fill(fresh);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
