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
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  CreateStoreRequest,
  RegionResponse,
  STORE_CODE_PATTERN,
  StoreFormat,
  StoreResponse,
  StoreStatus,
  UpdateStoreRequest,
} from '@storeops/shared/contracts';
import { ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, formatKey, storeStatusKey } from '@storeops/web/shared/util';
import { applyServerErrors } from '../server-errors';

export interface StoreFormDialogData {
  store: StoreResponse | null;
  regions: readonly RegionResponse[];
  /** Performs the write; rejects with the ApiError. */
  save: (body: CreateStoreRequest | UpdateStoreRequest) => Promise<StoreResponse>;
}

@Component({
  selector: 'so-store-form-dialog',
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
    MatInput,
    MatOption,
    MatSelect,
    ErrorBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './store-form-dialog.html',
  styles: `
    .form {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 0 16px;
      padding-top: 8px;
    }
  `,
})
export class StoreFormDialog {
  protected readonly data = inject<StoreFormDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<StoreFormDialog, StoreResponse>>(MatDialogRef);
  private readonly i18n = inject(I18nService);

  protected readonly formats = Object.values(StoreFormat);
  protected readonly statuses = Object.values(StoreStatus);
  protected readonly formatKey = formatKey;
  protected readonly statusKey = storeStatusKey;
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly editing = this.data.store !== null;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: [this.data.store?.code ?? '', [Validators.required, Validators.pattern(STORE_CODE_PATTERN)]],
    name: [this.data.store?.name ?? '', [Validators.required, Validators.maxLength(64)]],
    regionId: [this.data.store?.regionId ?? (null as number | null), Validators.required],
    format: [this.data.store?.format ?? StoreFormat.Supermarket, Validators.required],
    status: [this.data.store?.status ?? StoreStatus.Preparing, Validators.required],
    openDate: [this.data.store?.openDate ?? ''],
    salesAreaSqm: [this.data.store?.salesAreaSqm ?? (null as number | null), [Validators.required, Validators.min(1)]],
  });

  constructor() {
    if (this.editing) this.form.controls.code.disable();
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const common = {
      name: v.name.trim(),
      regionId: Number(v.regionId),
      format: v.format,
      status: v.status,
      openDate: v.openDate || null,
      salesAreaSqm: Number(v.salesAreaSqm),
    };
    const body: CreateStoreRequest | UpdateStoreRequest = this.editing
      ? { ...common, version: this.data.store?.version }
      : { ...common, code: v.code.trim() };
    this.saving.set(true);
    this.banner.set(null);
    try {
      this.ref.close(await this.data.save(body));
    } catch (error) {
      this.banner.set(applyServerErrors(this.form, error, this.i18n));
    } finally {
      this.saving.set(false);
    }
  }
}
