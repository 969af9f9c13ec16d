import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatFormField, MatLabel, MatError } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { ApiError } from '@storeops/shared/contracts';
import { AuthStore, landingPathFor } from '@storeops/web/auth/data-access';
import { I18nService, TranslatePipe, isApiError } from '@storeops/web/shared/util';

@Component({
  selector: 'so-login-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatError,
    MatIcon,
    MatInput,
    MatProgressBar,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);

  /** Query parameters, bound by withComponentInputBinding. */
  readonly returnUrl = input<string | undefined>();
  readonly expired = input<string | undefined>();

  protected readonly submitting = signal(false);
  protected readonly errorText = signal<string | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    username: ['', [Validators.required, Validators.maxLength(64)]],
    password: ['', [Validators.required, Validators.maxLength(128)]],
  });

  async submit(): Promise<void> {
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.errorText.set(null);
    try {
      const me = await this.auth.login(this.form.getRawValue());
      const target = this.returnUrl();
      // Only follow same-app paths, never an absolute URL smuggled into the query string.
      const safeTarget = target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/login') ? target : null;
      await this.router.navigateByUrl(safeTarget ?? landingPathFor(me.role));
    } catch (error) {
      this.errorText.set(this.describe(error));
    } finally {
      this.submitting.set(false);
    }
  }

  private describe(error: unknown): string {
    if (!isApiError(error)) return this.i18n.t('auth.loginFailed');
    const apiError: ApiError = error;
    if (apiError.statusCode === 401 || apiError.statusCode === 400) return this.i18n.t('auth.wrongCredentials');
    if (apiError.statusCode === 429) {
      const seconds = /(\d+)\s*(s|sec|second|秒)/i.exec(apiError.message)?.[1] ?? /(\d+)/.exec(apiError.message)?.[1];
      return seconds ? this.i18n.t('auth.throttled', { seconds }) : this.i18n.t('auth.throttledNoTime');
    }
    if (apiError.statusCode === 0) return this.i18n.t('common.networkError');
    return this.i18n.t('auth.loginFailed');
  }
}
