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
import { LicenceResponse, RenewLicenceRequest } from '@storeops/shared/contracts';
import { DateField, ErrorBanner } from '@storeops/web/shared/ui';
import { applyServerErrors, I18nService, LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';

export interface LicenceRenewDialogData {
  licence: LicenceResponse;
  renew: (body: RenewLicenceRequest) => Promise<unknown>;
}

/** 换证: the new licence's number and validity; owner and type stay, the old licence stays as history. */
@Component({
  selector: 'so-licence-renew-dialog',
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
    DateField,
    ErrorBanner,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'sup.licence.renewTitle' | t: { type: data.licence.type, number: data.licence.number } }}</h2>
    <mat-dialog-content>
      <p class="muted">{{ data.licence.ownerName }} · {{ 'sup.licence.validTo' | t }} {{ data.licence.validTo | localDate }}</p>
      @if (banner(); as message) {
        <so-error-banner [message]="message" data-testid="renew-error" />
      }
      <form id="renew-form" class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field>
          <mat-label>{{ 'sup.licence.number' | t }}</mat-label>
          <input matInput formControlName="number" data-testid="renew-number" />
          <mat-error>{{ form.controls.number.getError('server') ?? ('common.required' | t) }}</mat-error>
        </mat-form-field>
        <so-date-field formControlName="validFrom" [label]="'sup.licence.validFrom' | t" [required]="true" testId="renew-from" />
        <so-date-field formControlName="validTo" [label]="'sup.licence.validTo' | t" [required]="true" testId="renew-to" />
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="submit" form="renew-form" data-testid="renew-confirm" [disabled]="saving()">
        {{ 'sup.licence.renew' | t }}
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
export class LicenceRenewDialog {
  protected readonly data = inject<LicenceRenewDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<LicenceRenewDialog, boolean>);
  private readonly i18n = inject(I18nService);
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    number: ['', [Validators.required, Validators.maxLength(64)]],
    validFrom: [null as string | null, Validators.required],
    validTo: [null as string | null, Validators.required],
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.banner.set(null);
    try {
      const v = this.form.getRawValue();
      await this.data.renew({ number: v.number.trim(), validFrom: v.validFrom ?? '', validTo: v.validTo ?? '' });
      this.ref.close(true);
    } catch (error) {
      this.banner.set(applyServerErrors(this.form, error, this.i18n));
    } finally {
      this.saving.set(false);
    }
  }
}
