import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormArray, FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  CreateDecompositionRequest,
  DecompositionMethod,
  DecompositionResponse,
  StoreLock,
  TARGET_METRICS,
  TargetMetric,
} from '@storeops/shared/contracts';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { EntityPicker, ErrorBanner } from '@storeops/web/shared/ui';
import {
  I18nService,
  TranslatePipe,
  amountMagnitude,
  detailText,
  isApiError,
  isMoneyMetric,
  metricKey,
  parseCount,
  yuanToFen,
} from '@storeops/web/shared/util';
import { DECOMPOSITION_METHODS, methodKey } from '../decomposition-labels';

export interface CreateDecompositionData {
  save: (body: CreateDecompositionRequest) => Promise<DecompositionResponse>;
}

/** Parses a typed amount into the API's unit: 元 → 分 for money metrics, a whole count otherwise. */
export function parseTargetAmount(text: string, metric: TargetMetric): number | null {
  return isMoneyMetric(metric) ? yuanToFen(text) : parseCount(text);
}

@Component({
  selector: 'so-create-decomposition-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatSuffix,
    MatIcon,
    MatInput,
    MatRadioButton,
    MatRadioGroup,
    MatOption,
    MatSelect,
    EntityPicker,
    ErrorBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'targets.decomp.create' | t }}</h2>
    <mat-dialog-content>
      <form [formGroup]="form" class="form" id="create-decomposition" (ngSubmit)="submit()">
        <mat-form-field>
          <mat-label>{{ 'targets.decomp.year' | t }}</mat-label>
          <input matInput type="number" formControlName="year" data-testid="decomp-year" />
          @if (form.controls.year.invalid) {
            <mat-error>{{ 'common.invalid' | t }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'targets.decomp.metric' | t }}</mat-label>
          <mat-select formControlName="metric" data-testid="decomp-metric">
            @for (m of metrics; track m) {
              <mat-option [value]="m">{{ metricKey(m) | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>{{ (money() ? 'targets.decomp.totalYuan' : 'targets.decomp.totalCount') | t }}</mat-label>
          <input matInput formControlName="total" inputmode="decimal" autocomplete="off" data-testid="decomp-total" />
          <span matTextSuffix>{{ (money() ? 'targets.decomp.yuan' : 'targets.decomp.people') | t }}</span>
          @if (magnitude(); as words) {
            <mat-hint data-testid="decomp-total-magnitude">{{ words }}</mat-hint>
          }
          @if (form.controls.total.invalid) {
            <mat-error>{{ (money() ? 'targets.decomp.amountInvalid' : 'targets.decomp.countInvalid') | t }}</mat-error>
          }
        </mat-form-field>
        <div class="wide">
          <div class="label">{{ 'targets.decomp.methodLabel' | t }}</div>
          <mat-radio-group formControlName="method" class="methods" data-testid="decomp-method">
            @for (m of methods; track m) {
              <mat-radio-button [value]="m">{{ methodKey(m) | t }}</mat-radio-button>
            }
          </mat-radio-group>
        </div>
        <div class="wide locks" formArrayName="locks">
          <div class="label">
            {{ 'targets.decomp.locks' | t }} <span class="muted">{{ 'targets.decomp.locksHint' | t }}</span>
          </div>
          @for (lock of locks.controls; track lock; let i = $index) {
            <div class="lock" [formGroupName]="i">
              <so-entity-picker
                class="lock-store"
                subscript="dynamic"
                formControlName="storeId"
                [label]="'targets.users.store' | t"
                [required]="true"
                [search]="storeSource.search"
                [resolve]="storeSource.resolve"
                testId="lock-store"
              />
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>{{ 'targets.decomp.lockValue' | t }}</mat-label>
                <input matInput formControlName="value" inputmode="decimal" data-testid="lock-value" />
              </mat-form-field>
              <button mat-icon-button type="button" (click)="locks.removeAt(i)" [attr.aria-label]="'targets.decomp.removeLock' | t">
                <mat-icon>delete</mat-icon>
              </button>
            </div>
          }
          <button mat-button type="button" (click)="addLock()" data-testid="lock-add">
            <mat-icon>lock</mat-icon>{{ 'targets.decomp.addLock' | t }}
          </button>
        </div>
      </form>
      @if (banner(); as message) {
        <so-error-banner [message]="message" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="submit" form="create-decomposition" [disabled]="saving()" data-testid="decomp-create-submit">
        {{ 'targets.decomp.createSubmit' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .form {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 16px;
      padding-top: 8px;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .label {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .methods {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      margin-bottom: 12px;
    }
    .lock {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) auto;
      gap: 8px;
      align-items: center;
      margin-bottom: 8px;
    }
    @media (max-width: 599.98px) {
      .form {
        grid-template-columns: 1fr;
      }
      .lock {
        grid-template-columns: 1fr auto;
      }
    }
  `,
})
export class CreateDecompositionDialog {
  protected readonly data = inject<CreateDecompositionData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CreateDecompositionDialog, DecompositionResponse>>(MatDialogRef);
  private readonly i18n = inject(I18nService);
  protected readonly storeSource = inject(StorePickerSource);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly metrics = TARGET_METRICS;
  protected readonly methods = DECOMPOSITION_METHODS;
  protected readonly metricKey = metricKey;
  protected readonly methodKey = methodKey;
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);

  protected readonly form = this.fb.group({
    year: [new Date().getFullYear() + 1, [Validators.required, Validators.min(2000), Validators.max(2100)]],
    metric: ['sales' as TargetMetric, Validators.required],
    total: ['', Validators.required],
    method: ['last_year' as DecompositionMethod, Validators.required],
    locks: this.fb.array<ReturnType<CreateDecompositionDialog['lockGroup']>>([]),
  });
  private readonly metricValue = signal<TargetMetric>('sales' as TargetMetric);
  protected readonly money = computed(() => isMoneyMetric(this.metricValue()));

  private readonly totalText = signal('');
  /** The target in 万/亿 as it is typed ("约 56.00 亿元"), so a digit too many or too few shows at once. */
  protected readonly magnitude = computed(() => {
    if (!this.money()) return null;
    return amountMagnitude(parseTargetAmount(this.totalText(), this.metricValue()), this.i18n.locale());
  });

  constructor() {
    this.form.controls.metric.valueChanges.subscribe((m) => this.metricValue.set(m));
    this.form.controls.total.valueChanges.subscribe((v) => this.totalText.set(v));
  }

  protected get locks(): FormArray<ReturnType<CreateDecompositionDialog['lockGroup']>> {
    return this.form.controls.locks;
  }

  private lockGroup() {
    return this.fb.group({ storeId: [null as number | null, Validators.required], value: ['', Validators.required] });
  }

  protected addLock(): void {
    this.locks.push(this.lockGroup());
  }

  protected async submit(): Promise<void> {
    const v = this.form.getRawValue();
    const total = parseTargetAmount(v.total, v.metric);
    if (total === null) this.form.controls.total.setErrors({ amount: true });
    const locks: StoreLock[] = [];
    this.locks.controls.forEach((group) => {
      const value = parseTargetAmount(group.controls.value.value, v.metric);
      if (value === null) group.controls.value.setErrors({ amount: true });
      else if (group.controls.storeId.value !== null) locks.push({ storeId: group.controls.storeId.value, value });
    });
    if (this.form.invalid || total === null) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.banner.set(null);
    try {
      this.ref.close(await this.data.save({ year: Number(v.year), metric: v.metric, total, method: v.method, locks }));
    } catch (error) {
      const message = isApiError(error) ? [error.message, ...error.details.map(detailText)].join('；') : String(error);
      this.banner.set(this.i18n.t('common.error', { message }));
    } finally {
      this.saving.set(false);
    }
  }
}
