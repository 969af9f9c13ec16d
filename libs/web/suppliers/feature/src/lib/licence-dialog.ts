import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { CreateLicenceRequest, LicenceOwnerKind, LicenceResponse } from '@storeops/shared/contracts';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { SupplierPickerSource } from '@storeops/web/suppliers/data-access';
import { DateField, EntityPicker, ErrorBanner } from '@storeops/web/shared/ui';
import { applyServerErrors, I18nService, TranslatePipe } from '@storeops/web/shared/util';
import { LICENCE_FILE_TYPES } from '@storeops/web/suppliers/ui';
import { describeError } from './shared';

export interface LicenceDialogData {
  /** On a supplier's page the owner is that supplier; elsewhere the dialog asks for a supplier or a store. */
  supplier?: { id: number; name: string };
  create: (body: CreateLicenceRequest) => Promise<LicenceResponse>;
  upload: (id: number, file: File) => Promise<LicenceResponse>;
}

/** 证照: type, number, validity and an optional scan (PDF/JPEG/PNG). The licence is saved first, then the scan. */
@Component({
  selector: 'so-licence-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    MatOption,
    MatSelect,
    DateField,
    EntityPicker,
    ErrorBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ 'sup.licence.add' | t }}
      @if (data.supplier) {
        · {{ data.supplier.name }}
      }
    </h2>
    <mat-dialog-content>
      @if (banner(); as message) {
        <so-error-banner [message]="message" data-testid="licence-form-error" />
      }
      <form id="licence-form" class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @if (!data.supplier) {
          <mat-form-field>
            <mat-label>{{ 'sup.licence.owner' | t }}</mat-label>
            <mat-select formControlName="ownerKind" data-testid="licence-owner-kind">
              <mat-option value="supplier">{{ 'sup.licence.owner.supplier' | t }}</mat-option>
              <mat-option value="store">{{ 'sup.licence.owner.store' | t }}</mat-option>
            </mat-select>
          </mat-form-field>
          @if (form.controls.ownerKind.value === 'supplier') {
            <so-entity-picker
              formControlName="supplierId"
              [label]="'sup.licence.owner.supplier' | t"
              [search]="supplierSource.search"
              [resolve]="supplierSource.resolve"
              [error]="fieldError('supplierId')"
              testId="licence-supplier"
            />
          } @else {
            <so-entity-picker
              formControlName="storeId"
              [label]="'sup.licence.owner.store' | t"
              [search]="storeSource.search"
              [resolve]="storeSource.resolve"
              [error]="fieldError('storeId')"
              testId="licence-store"
            />
          }
        }
        <mat-form-field>
          <mat-label>{{ 'sup.licence.type' | t }}</mat-label>
          <input matInput formControlName="type" list="licence-types" data-testid="licence-type" />
          <datalist id="licence-types">
            @for (k of types; track k) {
              <option [value]="k"></option>
            }
          </datalist>
          <mat-error>{{ form.controls.type.getError('server') ?? ('common.required' | t) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'sup.licence.number' | t }}</mat-label>
          <input matInput formControlName="number" data-testid="licence-number" />
          <mat-error>{{ form.controls.number.getError('server') ?? ('common.required' | t) }}</mat-error>
        </mat-form-field>
        <div class="row">
          <so-date-field formControlName="validFrom" [label]="'sup.licence.validFrom' | t" [required]="true" testId="licence-valid-from" />
          <so-date-field formControlName="validTo" [label]="'sup.licence.validTo' | t" [required]="true" testId="licence-valid-to" />
        </div>
        <div class="file">
          <label class="upload">
            <mat-icon>attach_file</mat-icon> {{ 'sup.licence.scan.upload' | t }}
            <input type="file" [accept]="accept" (change)="pick($event)" data-testid="licence-file" />
          </label>
          <span class="muted">{{ file()?.name ?? ('sup.licence.scan.hint' | t) }}</span>
          @if (fileError(); as e) {
            <div class="error" data-testid="licence-file-error">{{ e }}</div>
          }
        </div>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="!!created()">{{ (created() ? 'common.close' : 'common.cancel') | t }}</button>
      <button mat-flat-button type="submit" form="licence-form" data-testid="licence-save" [disabled]="saving()">
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
      min-width: min(420px, 80vw);
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .row so-date-field {
      flex: 1 1 160px;
    }
    .file {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .upload {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      cursor: pointer;
      color: var(--mat-sys-primary);
    }
    .upload {
      position: relative;
      align-self: flex-start;
    }
    .upload input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
      overflow: hidden;
    }
    .upload:focus-within {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
      border-radius: 4px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class LicenceDialog {
  protected readonly data = inject<LicenceDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<LicenceDialog, boolean>);
  private readonly i18n = inject(I18nService);
  protected readonly storeSource = inject(StorePickerSource);
  protected readonly supplierSource = inject(SupplierPickerSource);
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  /** Saved already: a retry only uploads the scan, so a failed upload never makes a second licence. */
  protected readonly created = signal<LicenceResponse | null>(null);
  protected readonly accept = LICENCE_FILE_TYPES;
  protected readonly types = ['营业执照', '食品经营许可证', '食品生产许可证', '卫生许可证', '酒类流通备案', '质检报告'];

  protected readonly form = inject(FormBuilder).nonNullable.group({
    ownerKind: ['supplier' as LicenceOwnerKind],
    supplierId: [null as number | null],
    storeId: [null as number | null],
    type: ['', [Validators.required, Validators.maxLength(50)]],
    number: ['', [Validators.required, Validators.maxLength(64)]],
    validFrom: [null as string | null, Validators.required],
    validTo: [null as string | null, Validators.required],
  });

  /** The owner field's message once touched: the server's sentence, else "required". */
  protected fieldError(name: 'supplierId' | 'storeId'): string | null {
    const control = this.form.controls[name];
    if (!control.invalid || !control.touched) return null;
    return (control.getError('server') as string | undefined) ?? this.i18n.t('common.required');
  }

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.fileError.set(null);
  }

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    if (!this.created() && (this.form.invalid || !this.ownerChosen(value.ownerKind, value.supplierId, value.storeId))) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.banner.set(null);
    this.fileError.set(null);
    try {
      let licence = this.created();
      if (!licence) {
        try {
          licence = await this.data.create(this.body(value));
        } catch (error) {
          this.banner.set(applyServerErrors(this.form, error, this.i18n));
          return;
        }
        this.created.set(licence);
        this.form.disable();
      }
      const file = this.file();
      if (file) {
        try {
          await this.data.upload(licence.id, file);
        } catch (error) {
          const message = describeError(error);
          this.fileError.set(this.i18n.t('sup.licence.savedScanFailed', { message }));
          return;
        }
      }
      this.ref.close(true);
    } finally {
      this.saving.set(false);
    }
  }

  private ownerChosen(kind: LicenceOwnerKind, supplierId: number | null, storeId: number | null): boolean {
    if (this.data.supplier) return true;
    const control = kind === 'supplier' ? this.form.controls.supplierId : this.form.controls.storeId;
    const chosen = (kind === 'supplier' ? supplierId : storeId) !== null;
    if (!chosen) control.setErrors({ required: true });
    return chosen;
  }

  private body(value: ReturnType<typeof this.form.getRawValue>): CreateLicenceRequest {
    const common = {
      type: value.type.trim(),
      number: value.number.trim(),
      validFrom: value.validFrom ?? '',
      validTo: value.validTo ?? '',
    };
    if (this.data.supplier) return { ...common, ownerKind: 'supplier', supplierId: this.data.supplier.id };
    return value.ownerKind === 'supplier'
      ? { ...common, ownerKind: 'supplier', supplierId: value.supplierId ?? undefined }
      : { ...common, ownerKind: 'store', storeId: value.storeId ?? undefined };
  }
}
