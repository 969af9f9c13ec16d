import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOptgroup, MatOption, MatSelect } from '@angular/material/select';
import {
  ALL_ROLES,
  CreateUserRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  Role,
  UpdateUserRequest,
  UserResponse,
} from '@storeops/shared/contracts';
import { CategoryNode, StorePickerSource } from '@storeops/web/org/data-access';
import { EntityPicker, ErrorBanner } from '@storeops/web/shared/ui';
import { applyServerErrors, I18nService, roleKey, TranslatePipe } from '@storeops/web/shared/util';

export interface UserFormDialogData {
  user: UserResponse | null;
  categories: readonly CategoryNode[];
  save: (body: CreateUserRequest | UpdateUserRequest) => Promise<UserResponse>;
}

@Component({
  selector: 'so-user-form-dialog',
  imports: [
    ReactiveFormsModule,
    EntityPicker,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
    MatOptgroup,
    MatOption,
    MatSelect,
    ErrorBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-form-dialog.html',
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
export class UserFormDialog {
  protected readonly data = inject<UserFormDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<UserFormDialog, UserResponse>);
  private readonly i18n = inject(I18nService);
  protected readonly storeSource = inject(StorePickerSource);
  protected readonly roles = ALL_ROLES;
  protected readonly roleKey = roleKey;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly editing = this.data.user !== null;
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    username: [this.data.user?.username ?? '', [Validators.required, Validators.maxLength(64), Validators.pattern(/^[A-Za-z0-9._-]+$/)]],
    displayName: [this.data.user?.displayName ?? '', [Validators.required, Validators.maxLength(64)]],
    role: [this.data.user?.role ?? Role.StoreManager, Validators.required],
    storeId: [this.data.user?.storeId ?? (null as number | null)],
    categoryIds: [this.data.user?.categoryIds ?? ([] as number[])],
    password: [
      '',
      this.editing
        ? [Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]
        : [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
    ],
  });

  private readonly role = toSignal(this.form.controls.role.valueChanges, { initialValue: this.form.controls.role.value });
  protected readonly needsStore = computed(() => this.role() === Role.StoreManager);
  protected readonly hasCategories = computed(() => this.role() === Role.Specialist);

  constructor() {
    if (this.editing) this.form.controls.username.disable();
  }

  protected async submit(): Promise<void> {
    if (this.needsStore() && this.form.controls.storeId.value === null) {
      this.form.controls.storeId.setErrors({ required: true });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const common = {
      displayName: v.displayName.trim(),
      role: v.role,
      storeId: this.needsStore() ? v.storeId : null,
      categoryIds: this.hasCategories() ? v.categoryIds : [],
    };
    const body: CreateUserRequest | UpdateUserRequest = this.editing
      ? { ...common, ...(v.password ? { password: v.password } : {}), version: this.data.user?.version }
      : { ...common, username: v.username.trim(), password: v.password };
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
