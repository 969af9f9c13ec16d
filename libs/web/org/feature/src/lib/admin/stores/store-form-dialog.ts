import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatChipGrid, MatChipInput, MatChipInputEvent, MatChipRemove, MatChipRow } from '@angular/material/chips';
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
import {
  CreateStoreRequest,
  RegionResponse,
  STORE_CODE_PATTERN,
  StoreFormat,
  StoreResponse,
  StoreStatus,
  UpdateStoreRequest,
} from '@storeops/shared/contracts';
import { externalCodeProblem, parseSalesArea } from '@storeops/web/org/data-access';
import { DateField, ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, formatKey, storeStatusKey, applyServerErrors } from '@storeops/web/shared/util';
import { storeProblemText } from '../server-errors';

export interface StoreFormDialogData {
  store: StoreResponse | null;
  regions: readonly RegionResponse[];
  /** Performs the write; rejects with the ApiError. */
  save: (body: CreateStoreRequest | UpdateStoreRequest) => Promise<StoreResponse>;
  /** A new store's fields filled in beforehand (an import's unknown store number as its external code …). */
  draft?: Partial<CreateStoreRequest>;
}

/** Empty is allowed (unknown area); anything else must be a whole number of m². */
function salesAreaValidator(control: AbstractControl): ValidationErrors | null {
  return parseSalesArea(control.value) === undefined ? { area: true } : null;
}

@Component({
  selector: 'so-store-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    DateField,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatChipGrid,
    MatChipInput,
    MatChipRemove,
    MatChipRow,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
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
      gap: 4px 16px;
      padding-top: 8px;
    }
    .wide {
      grid-column: 1 / -1;
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
  /** Enter and comma end an external code (a code may hold spaces). */
  protected readonly separators = [ENTER, COMMA];
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly editing = this.data.store !== null;

  protected readonly storeProblemText = (problem: string, field?: 'code' | 'externalCodes') => storeProblemText(problem, this.i18n, field);
  private readonly initial = { ...this.data.draft, ...this.data.store };

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: [this.initial.code ?? '', [Validators.required, Validators.pattern(STORE_CODE_PATTERN)]],
    name: [this.initial.name ?? '', [Validators.required, Validators.maxLength(64)]],
    regionId: [this.initial.regionId ?? (null as number | null), Validators.required],
    format: [this.initial.format ?? StoreFormat.Supermarket, Validators.required],
    status: [this.initial.status ?? StoreStatus.Preparing, Validators.required],
    openDate: [this.initial.openDate ?? (null as string | null)],
    salesAreaSqm: [
      this.initial.salesAreaSqm === null || this.initial.salesAreaSqm === undefined ? '' : String(this.initial.salesAreaSqm),
      salesAreaValidator,
    ],
    externalCodes: [[...(this.initial.externalCodes ?? [])] as string[]],
  });

  constructor() {
    if (this.editing) this.form.controls.code.disable();
  }

  /** Adds the typed external code as a chip, or says why it cannot be added. */
  protected addExternalCode(event: MatChipInputEvent): void {
    const control = this.form.controls.externalCodes;
    const code = event.value.trim();
    if (!code) return;
    const problem = externalCodeProblem(code, control.value, this.form.controls.code.value);
    if (problem) {
      control.setErrors({ local: this.i18n.t(problem, { code }) });
      control.markAsTouched();
      return;
    }
    control.setValue([...control.value, code]);
    control.markAsDirty();
    event.chipInput.clear();
  }

  protected removeExternalCode(code: string): void {
    const control = this.form.controls.externalCodes;
    control.setValue(control.value.filter((c) => c !== code));
    control.markAsDirty();
  }

  /** A rejected entry's message goes once the clerk types again; it never blocks saving the list as it is. */
  protected clearExternalCodeProblem(): void {
    const control = this.form.controls.externalCodes;
    if (control.hasError('local')) control.updateValueAndValidity();
  }

  protected async submit(): Promise<void> {
    this.clearExternalCodeProblem();
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
      openDate: v.openDate,
      salesAreaSqm: parseSalesArea(v.salesAreaSqm) ?? null,
      externalCodes: v.externalCodes,
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
