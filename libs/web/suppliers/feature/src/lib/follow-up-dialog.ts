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
import { ClauseCheckResponse } from '@storeops/shared/contracts';
import { ErrorBanner } from '@storeops/web/shared/ui';
import { applyServerErrors, I18nService, isApiError, TranslatePipe } from '@storeops/web/shared/util';
import { describeError } from './shared';

export interface FollowUpDialogData {
  check: ClauseCheckResponse;
  close: (note: string) => Promise<unknown>;
}

/** Closing the follow-up a breach opened: what was done about it (required). */
@Component({
  selector: 'so-follow-up-dialog',
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
    ErrorBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'sup.followUp.closeTitle' | t }}</h2>
    <mat-dialog-content>
      <p class="muted">
        {{ data.check.period }} · {{ data.check.clauseText }}
        @if (data.check.note) {
          · {{ data.check.note }}
        }
      </p>
      @if (banner(); as message) {
        <so-error-banner [message]="message" data-testid="follow-up-error" />
      }
      <form id="follow-up-form" class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field>
          <mat-label>{{ 'sup.followUp.note' | t }}</mat-label>
          <textarea matInput rows="3" formControlName="note" data-testid="follow-up-note"></textarea>
          <mat-error>{{ form.controls.note.getError('server') ?? ('common.required' | t) }}</mat-error>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="submit" form="follow-up-form" data-testid="follow-up-confirm" [disabled]="saving()">
        {{ 'sup.followUp.close' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      padding-top: 8px;
      min-width: min(420px, 80vw);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
  `,
})
export class FollowUpDialog {
  protected readonly data = inject<FollowUpDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<FollowUpDialog, boolean>);
  private readonly i18n = inject(I18nService);
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({ note: ['', [Validators.required, Validators.maxLength(1000)]] });

  protected async submit(): Promise<void> {
    const note = this.form.controls.note.value.trim();
    if (this.form.invalid || !note) {
      this.form.controls.note.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.banner.set(null);
    try {
      await this.data.close(note);
      this.ref.close(true);
    } catch (error) {
      // 409: someone closed it meanwhile; the message says who and when.
      this.banner.set(
        isApiError(error) && error.statusCode === 409 ? describeError(error) : applyServerErrors(this.form, error, this.i18n),
      );
    } finally {
      this.saving.set(false);
    }
  }
}
