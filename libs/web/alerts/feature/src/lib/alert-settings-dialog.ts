import { ChangeDetectionStrategy, Component, OnInit, effect, inject, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { AlertSettingsStore } from '@storeops/web/alerts/data-access';
import { ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe, applyServerErrors } from '@storeops/web/shared/util';

/** 通知设置: the caller's own channels besides the 提醒中心 itself (mail, WeCom, one digest a working day). */
@Component({
  selector: 'so-alert-settings-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
    MatProgressBar,
    ErrorBanner,
    TranslatePipe,
  ],
  providers: [AlertSettingsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'alert.settings.title' | t }}</h2>
    <mat-dialog-content>
      <div class="bar">
        @if (store.loading()) {
          <mat-progress-bar mode="indeterminate" />
        }
      </div>
      <p class="muted">{{ 'alert.settings.intro' | t }}</p>
      @if (store.error(); as e) {
        <so-error-banner
          [message]="'common.loadError' | t: { message: e.message }"
          [retryLabel]="'common.retry' | t"
          (retry)="store.load()"
        />
      }
      @if (banner(); as message) {
        <so-error-banner [message]="message" data-testid="settings-error" />
      }
      <form id="alert-settings-form" class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field>
          <mat-label>{{ 'alert.settings.email' | t }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" data-testid="settings-email" />
          <mat-hint>{{ 'alert.settings.emailHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.email.getError('server') ?? ('common.invalid' | t) }}</mat-error>
        </mat-form-field>
        <mat-checkbox formControlName="emailEnabled" data-testid="settings-email-enabled">{{
          'alert.settings.emailEnabled' | t
        }}</mat-checkbox>
        <mat-checkbox formControlName="wecomEnabled" data-testid="settings-wecom">{{ 'alert.settings.wecomEnabled' | t }}</mat-checkbox>
        <mat-checkbox formControlName="digestEnabled" data-testid="settings-digest">{{ 'alert.settings.digestEnabled' | t }}</mat-checkbox>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'common.cancel' | t }}</button>
      <button
        mat-flat-button
        type="submit"
        form="alert-settings-form"
        [disabled]="store.saving() || !store.settings()"
        data-testid="settings-save"
      >
        {{ 'common.save' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: min(420px, 80vw);
    }
    .form mat-checkbox {
      min-height: 44px;
      display: flex;
      align-items: center;
    }
    .bar {
      height: 4px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 12px;
    }
  `,
})
export class AlertSettingsDialog implements OnInit {
  protected readonly store = inject(AlertSettingsStore);
  private readonly ref = inject(MatDialogRef<AlertSettingsDialog, boolean>);
  private readonly i18n = inject(I18nService);
  protected readonly banner = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.email, Validators.maxLength(254)]],
    emailEnabled: [true],
    wecomEnabled: [true],
    digestEnabled: [true],
  });

  constructor() {
    effect(() => {
      const settings = this.store.settings();
      if (settings) untracked(() => this.form.reset({ ...settings, email: settings.email ?? '' }));
    });
  }

  ngOnInit(): void {
    void this.store.load();
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.banner.set(null);
    const v = this.form.getRawValue();
    const email = v.email.trim();
    try {
      await this.store.save({ ...v, email: email || null });
      this.ref.close(true);
    } catch (error) {
      this.banner.set(applyServerErrors(this.form, error, this.i18n));
    }
  }
}
