import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
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
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { AlertItem, MAX_SNOOZE_REASON, SnoozeAlertRequest } from '@storeops/shared/contracts';
import { DateField, ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, TranslatePipe, applyServerErrors, formatDate } from '@storeops/web/shared/util';
import { SnoozeChoiceId, customUntil, defaultChoice, localDay, localTime, snoozeAllowed, snoozeChoices } from './snooze-choices';

export interface SnoozeDialogData {
  item: AlertItem;
  /** Rejects with the ApiError (400 naming `until` or `reason`). */
  snooze: (body: SnoozeAlertRequest) => Promise<unknown>;
  /** The clock (tests pass their own). */
  now?: () => Date;
}

/** 暂缓: until when (never past the deadline) and why; the item leaves the list and the badge until then. */
@Component({
  selector: 'so-snooze-dialog',
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
    MatRadioButton,
    MatRadioGroup,
    DateField,
    ErrorBanner,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'alert.snooze.title' | t }}</h2>
    <mat-dialog-content>
      <p class="muted" data-testid="snooze-item">{{ data.item.title }}</p>
      <p class="muted">{{ 'alert.snooze.dueAt' | t: { at: (data.item.dueAt | localDate: true) } }}</p>
      @if (banner(); as message) {
        <so-error-banner [message]="message" data-testid="snooze-error" />
      }
      <form id="snooze-form" class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <span class="label" id="snooze-until-label">{{ 'alert.snooze.until' | t }}</span>
        <mat-radio-group formControlName="until" class="choices" aria-labelledby="snooze-until-label" data-testid="snooze-choices">
          @for (c of choices; track c.id) {
            <mat-radio-button [value]="c.id" [disabled]="c.disabled" [attr.data-testid]="'snooze-' + c.id">
              {{ 'alert.snooze.choice.' + c.id | t }}
              @if (c.until) {
                <span class="muted">· {{ c.until | localDate: true }}</span>
              }
            </mat-radio-button>
          }
        </mat-radio-group>
        @if (choice() === 'custom') {
          <div class="custom">
            <so-date-field formControlName="day" [label]="'alert.snooze.day' | t" [min]="today" [max]="dueDay" testId="snooze-day" />
            <mat-form-field class="time">
              <mat-label>{{ 'alert.snooze.time' | t }}</mat-label>
              <input matInput type="time" formControlName="time" data-testid="snooze-time" />
            </mat-form-field>
          </div>
        }
        @if (untilProblem(); as problem) {
          <p class="err" role="alert" data-testid="snooze-until-error">{{ problem }}</p>
        }
        <mat-form-field>
          <mat-label>{{ 'alert.snooze.reason' | t }}</mat-label>
          <textarea matInput rows="2" formControlName="reason" [maxlength]="maxReason" required data-testid="snooze-reason"></textarea>
          <mat-hint align="end">{{ form.controls.reason.value.length }} / {{ maxReason }}</mat-hint>
          <mat-error>{{ form.controls.reason.getError('server') ?? ('common.required' | t) }}</mat-error>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="submit" form="snooze-form" [disabled]="saving() || !choice()" data-testid="snooze-confirm">
        {{ 'alert.snooze.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding-top: 8px;
      min-width: min(420px, 80vw);
    }
    .label {
      font: var(--mat-sys-title-small);
    }
    .choices {
      display: flex;
      flex-direction: column;
      margin-bottom: 8px;
    }
    /* As wide as its label, so a tap anywhere on it picks it (Material only listens on the circle and the label). */
    .choices mat-radio-button {
      min-height: 44px;
      display: flex;
      align-items: center;
      align-self: flex-start;
    }
    .custom {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
    }
    .custom so-date-field {
      flex: 1 1 200px;
    }
    .time {
      flex: 1 1 140px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .err {
      color: var(--mat-sys-error);
      margin: 0 0 8px;
    }
  `,
})
export class SnoozeDialog {
  protected readonly data = inject<SnoozeDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<SnoozeDialog, boolean>);
  private readonly i18n = inject(I18nService);
  private readonly now = this.data.now ?? (() => new Date());
  private readonly dueAt = new Date(this.data.item.dueAt);
  protected readonly maxReason = MAX_SNOOZE_REASON;
  protected readonly choices = snoozeChoices(this.now(), this.dueAt);
  protected readonly today = localDay(this.now());
  protected readonly dueDay = localDay(this.dueAt);
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);
  /** Set when a submit found the custom time outside (now, deadline]. */
  private readonly outOfRange = signal(false);
  /** The server's word on `until` (past, or after the deadline), until the person picks again. */
  private readonly serverUntil = signal<string | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    until: [defaultChoice(this.choices) as SnoozeChoiceId | null, Validators.required],
    day: [this.dueDay as string | null],
    time: [localTime(this.dueAt)],
    reason: ['', [Validators.required, Validators.maxLength(MAX_SNOOZE_REASON)]],
  });
  protected readonly choice = toSignal(this.form.controls.until.valueChanges, { initialValue: this.form.controls.until.value });

  protected readonly untilProblem = computed(
    () =>
      this.serverUntil() ??
      (this.outOfRange() ? this.i18n.t('alert.snooze.outOfRange', { at: formatDate(this.dueAt, this.i18n.locale(), true) }) : null),
  );

  constructor() {
    for (const control of [this.form.controls.until, this.form.controls.day, this.form.controls.time])
      control.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
        this.outOfRange.set(false);
        this.serverUntil.set(null);
      });
  }

  /** The instant the form stands for, or null. */
  private until(): Date | null {
    const id = this.form.controls.until.value;
    if (id === 'custom') return customUntil(this.form.controls.day.value, this.form.controls.time.value);
    return this.choices.find((c) => c.id === id)?.until ?? null;
  }

  protected async submit(): Promise<void> {
    const reason = this.form.controls.reason.value.trim();
    if (!reason) this.form.controls.reason.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const until = this.until();
    if (!snoozeAllowed(until, this.now(), this.dueAt) || !until) {
      this.outOfRange.set(true);
      return;
    }
    this.saving.set(true);
    this.banner.set(null);
    try {
      await this.data.snooze({ until: until.toISOString(), reason });
      this.ref.close(true);
    } catch (error) {
      this.banner.set(applyServerErrors(this.form, error, this.i18n));
      const server: unknown = this.form.controls.until.getError('server');
      this.serverUntil.set(typeof server === 'string' ? server : null);
    } finally {
      this.saving.set(false);
    }
  }
}
