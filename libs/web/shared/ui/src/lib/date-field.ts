import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  DestroyRef,
  OnInit,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ControlValueAccessor,
  FormControl,
  FormGroupDirective,
  NgControl,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerInputEvent, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { TranslatePipe } from '@storeops/web/shared/util';
import { fromIsoDay, isoDayOf, provideIsoDates } from './date-adapter';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date typed outside [min, max] lands on the nearest end; anything that is not YYYY-MM-DD is no date. */
export function dateWithin(value: string, min: string | null, max: string | null): string | null {
  if (!ISO_DATE.test(value)) return null;
  if (min && value < min) return min;
  if (max && value > max) return max;
  return value;
}

/** The errors of the date picker's own input that the form control carries too (text that is no day, a day out of bounds). */
const PICKER_ERRORS = ['matDatepickerParse', 'matDatepickerMin', 'matDatepickerMax'] as const;

/**
 * The i18n key of a date control's first problem (after a `server` message, which is shown as it is): the caller's
 * key for its own validators' errors (`messages`), else not a day / out of bounds / required.
 */
export function dateErrorKey(errors: ValidationErrors | null, messages: Readonly<Record<string, string>> = {}): string | null {
  if (!errors) return null;
  for (const key of Object.keys(errors)) if (messages[key]) return messages[key];
  if (errors['matDatepickerParse']) return 'common.invalid';
  if (errors['matDatepickerMin'] || errors['matDatepickerMax']) return 'date.outOfRange';
  if (errors['required']) return 'common.required';
  return 'common.invalid';
}

/**
 * The one date field: a Material date picker typed as yyyy-MM-dd, its calendar in the interface language, its day
 * always `YYYY-MM-DD` (what the API takes).
 * - In a form (`formControlName` / `formControl`) it is the control: the value is the day or null; text that is no
 *   day makes the control invalid (`matDatepickerParse`), and the field shows the control's first problem itself —
 *   the server's message, the caller's `messages` for its own validators, or not a day / out of bounds / required.
 * - Outside a form (filters, an as-of day) it shows `value` and emits `picked` with a day inside [min, max] (a day
 *   typed outside lands on the nearest end) once the person has chosen, and `cleared` when the text is emptied.
 */
@Component({
  selector: 'so-date-field',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatInput,
    MatLabel,
    MatSuffix,
    MatError,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    TranslatePipe,
  ],
  providers: [provideIsoDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.in-form]': 'inForm' },
  template: `
    <mat-form-field class="field" [subscriptSizing]="inForm ? 'fixed' : 'dynamic'">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [matDatepicker]="picker"
        [formControl]="text"
        [min]="minDate()"
        [max]="maxDate()"
        [errorStateMatcher]="matcher"
        [required]="required()"
        [placeholder]="'date.placeholder' | t"
        autocomplete="off"
        [attr.data-testid]="testId()"
        (dateChange)="changed($event)"
        (blur)="touched()"
      />
      <mat-datepicker-toggle matIconSuffix [for]="picker" [attr.data-testid]="testId() + '-toggle'" />
      <mat-datepicker #picker (closed)="touched()" />
      @if (inForm) {
        <mat-error [attr.data-testid]="testId() + '-error'">{{ serverError() ?? (errorKey() ?? '' | t) }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .field {
      width: 200px;
    }
    :host(.in-form) {
      display: block;
    }
    :host(.in-form) .field {
      width: 100%;
    }
    @media (max-width: 599.98px) {
      :host(:not(.in-form)),
      :host(:not(.in-form)) .field {
        display: block;
        width: 100%;
      }
    }
  `,
})
export class DateField implements ControlValueAccessor, OnInit {
  readonly label = input.required<string>();
  readonly testId = input('date-field');
  readonly min = input<string | null>(null);
  readonly max = input<string | null>(null);
  /** Marks the label (*) as Material does; in a form the control's own Validators.required decides. */
  readonly required = input(false);
  /** In a form: the i18n key of each error the caller's own validators set (`{ endBeforeStart: '…' }`). */
  readonly messages = input<Readonly<Record<string, string>>>({});
  /** Outside a form: the day shown. */
  readonly value = input<string | null>(null);
  /** Outside a form: the day chosen, inside [min, max]. */
  readonly picked = output<string>();
  /** Outside a form: the field's text was emptied (a filter set back to no bound). */
  readonly cleared = output<void>();

  protected readonly text = new FormControl<Date | null>(null);
  protected readonly minDate = computed(() => fromIsoDay(this.min()));
  protected readonly maxDate = computed(() => fromIsoDay(this.max()));
  protected readonly matcher: ErrorStateMatcher = {
    isErrorState: () => {
      const control = this.ngControl?.control;
      return !!control && control.invalid && (control.touched || !!this.form?.submitted);
    },
  };

  private readonly ngControl = inject(NgControl, { self: true, optional: true });
  private readonly form = inject(FormGroupDirective, { optional: true });
  protected readonly inForm = !!this.ngControl;
  private readonly changes = inject(ChangeDetectorRef);
  private readonly destroyRef = inject(DestroyRef);
  private onChange: (day: string | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  /** The picker's own problems with the text, carried by the form control so the form is invalid with them. */
  private readonly pickerValidator: ValidatorFn = (): ValidationErrors | null => {
    const found = PICKER_ERRORS.filter((key) => this.text.hasError(key));
    return found.length ? Object.fromEntries(found.map((key) => [key, true])) : null;
  };

  constructor() {
    if (this.ngControl) {
      this.ngControl.valueAccessor = this;
      this.text.valueChanges.pipe(takeUntilDestroyed()).subscribe((date) => this.onChange(isoDayOf(date)));
    } else {
      effect(() => {
        const day = fromIsoDay(this.value());
        untracked(() => this.text.setValue(day, { emitEvent: false }));
      });
    }
  }

  ngOnInit(): void {
    const control = this.ngControl?.control;
    if (!control) return;
    control.addValidators(this.pickerValidator);
    control.updateValueAndValidity({ emitEvent: false });
    // Text that is still no day leaves the value null, so only the picker's status tells the control to check again.
    this.text.statusChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => control.updateValueAndValidity());
    // The message follows the control's status (a server error set from outside, a cross-field validator).
    control.statusChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.changes.markForCheck());
    this.destroyRef.onDestroy(() => control.removeValidators(this.pickerValidator));
  }

  protected serverError(): string | null {
    const server: unknown = this.ngControl?.control?.getError('server');
    return typeof server === 'string' ? server : null;
  }

  protected errorKey(): string | null {
    return dateErrorKey(this.ngControl?.control?.errors ?? null, this.messages());
  }

  /** Outside a form: a chosen or typed day (on change, not on every key), or an emptied field. */
  protected changed(event: MatDatepickerInputEvent<Date>): void {
    if (this.inForm) return;
    const text = (event.targetElement as HTMLInputElement).value ?? '';
    if (!text.trim()) {
      this.cleared.emit();
      return;
    }
    const day = isoDayOf(event.value);
    const date = day ? dateWithin(day, this.min(), this.max()) : null;
    if (date) this.picked.emit(date);
  }

  protected touched(): void {
    this.onTouched();
    this.changes.markForCheck();
  }

  writeValue(day: string | null): void {
    this.text.setValue(fromIsoDay(day), { emitEvent: false });
  }

  registerOnChange(fn: (day: string | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    if (disabled) this.text.disable({ emitEvent: false });
    else this.text.enable({ emitEvent: false });
  }
}
