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
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { DifferenceResolution } from '@storeops/shared/contracts';
import { TranslatePipe } from '@storeops/web/shared/util';

export interface DifferenceDialogData {
  /** Already formatted in the interface language. */
  oldTotal: string;
  newTotal: string;
  difference: string;
}

export interface DifferenceChoice {
  onDifference: DifferenceResolution;
  reason?: string;
}

/**
 * Publishing after edits that moved the stores' sum off the company target: rebalance the unlocked stores (the
 * target stays) or adopt the new sum as the company target, with a reason for the history.
 */
@Component({
  selector: 'so-difference-dialog',
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
    MatRadioButton,
    MatRadioGroup,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'targets.decomp.differenceTitle' | t }}</h2>
    <mat-dialog-content>
      <p data-testid="difference-text">{{ 'targets.decomp.differenceText' | t: params }}</p>
      <mat-radio-group [formControl]="choice" class="choices" data-testid="difference-choice">
        <mat-radio-button value="rebalance" data-testid="difference-rebalance">{{
          'targets.decomp.rebalance' | t: params
        }}</mat-radio-button>
        <mat-radio-button value="adoptTotal" data-testid="difference-adopt">{{ 'targets.decomp.adoptTotal' | t: params }}</mat-radio-button>
      </mat-radio-group>
      @if (choice.value === 'adoptTotal') {
        <mat-form-field class="field">
          <mat-label>{{ 'targets.decomp.adoptReason' | t }}</mat-label>
          <textarea matInput [formControl]="reason" rows="3" maxlength="500" data-testid="difference-reason"></textarea>
          @if (reason.invalid && reason.touched) {
            <mat-error>{{ 'targets.decomp.adoptReasonRequired' | t }}</mat-error>
          }
        </mat-form-field>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="button" (click)="confirm()" data-testid="difference-confirm">{{ 'targets.decomp.publish' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .choices {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 12px;
    }
    .choices mat-radio-button {
      min-height: 44px;
    }
    .field {
      width: 100%;
      min-width: min(420px, 80vw);
    }
  `,
})
export class DifferenceDialog {
  protected readonly data = inject<DifferenceDialogData>(MAT_DIALOG_DATA);
  protected readonly params: Record<string, string> = { ...this.data };
  private readonly ref = inject<MatDialogRef<DifferenceDialog, DifferenceChoice>>(MatDialogRef);
  protected readonly choice = new FormControl<DifferenceResolution>('rebalance', { nonNullable: true });
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] });

  protected confirm(): void {
    if (this.choice.value === 'rebalance') {
      this.ref.close({ onDifference: 'rebalance' });
      return;
    }
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.ref.close({ onDifference: 'adoptTotal', reason: this.reason.value.trim() });
  }
}
