import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
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
import { TranslatePipe } from '@storeops/web/shared/util';

export interface ReasonDialogData {
  title: string;
  text: string;
  /** Translation keys of the field's label, its required message and the confirm button (default 修改原因 …). */
  labelKey?: string;
  requiredKey?: string;
  confirmKey?: string;
}

/**
 * Asks for a required text and closes with it, trimmed: the 修改原因 of a change to a published or approved
 * decomposition, or the director's 退回意见.
 */
@Component({
  selector: 'so-reason-dialog',
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
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.text }}</p>
      <mat-form-field class="field">
        <mat-label>{{ data.labelKey ?? 'targets.decomp.reason' | t }}</mat-label>
        <textarea matInput [formControl]="reason" rows="3" maxlength="500" data-testid="reason-input"></textarea>
        @if (reason.invalid && reason.touched) {
          <mat-error>{{ data.requiredKey ?? 'targets.decomp.reasonRequired' | t }}</mat-error>
        }
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="button" (click)="confirm()" data-testid="reason-confirm">
        {{ data.confirmKey ?? 'common.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .field {
      width: 100%;
      min-width: min(420px, 80vw);
    }
  `,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] });

  protected confirm(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.ref.close(this.reason.value.trim());
  }
}
