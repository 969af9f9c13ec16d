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
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, applyServerErrors } from '@storeops/web/shared/util';

export interface CodeNameDialogData {
  title: string;
  codeLabel: string;
  nameLabel: string;
  /** Shown under the title, e.g. the parent category of a new subcategory. */
  context?: string;
  /** Set when renaming: the code is fixed then. */
  existing?: { code: string; name: string };
  save: (value: { code: string; name: string }) => Promise<unknown>;
}

/** Create-or-rename form for the code + name master data (regions, categories). */
@Component({
  selector: 'so-code-name-dialog',
  imports: [
    ReactiveFormsModule,
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
    ErrorBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @if (banner(); as message) {
        <so-error-banner [message]="message" />
      }
      <form id="code-name-form" class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field>
          <mat-label>{{ data.codeLabel }}</mat-label>
          <input matInput formControlName="code" data-testid="form-code" />
          @if (data.context) {
            <mat-hint>{{ data.context }}</mat-hint>
          }
          <mat-error>{{ form.controls.code.getError('server') ?? ('common.required' | t) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ data.nameLabel }}</mat-label>
          <input matInput formControlName="name" data-testid="form-name" />
          <mat-error>{{ form.controls.name.getError('server') ?? ('common.required' | t) }}</mat-error>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="submit" form="code-name-form" data-testid="form-save" [disabled]="saving()">
        {{ 'common.save' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding-top: 8px;
      min-width: min(360px, 80vw);
    }
  `,
})
export class CodeNameDialog {
  protected readonly data = inject<CodeNameDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CodeNameDialog, boolean>);
  private readonly i18n = inject(I18nService);
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: [this.data.existing?.code ?? '', [Validators.required, Validators.maxLength(32)]],
    name: [this.data.existing?.name ?? '', [Validators.required, Validators.maxLength(64)]],
  });

  constructor() {
    if (this.data.existing) this.form.controls.code.disable();
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.banner.set(null);
    try {
      await this.data.save({ code: value.code.trim(), name: value.name.trim() });
      this.ref.close(true);
    } catch (error) {
      this.banner.set(applyServerErrors(this.form, error, this.i18n));
    } finally {
      this.saving.set(false);
    }
  }
}
