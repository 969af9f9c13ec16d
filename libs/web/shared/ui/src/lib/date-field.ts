import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormField, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
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

/**
 * An as-of date picker bounded by the days that have data: a Material date picker typed as yyyy-MM-dd, its
 * calendar in the interface language; emits a date inside the bounds.
 */
@Component({
  selector: 'so-date-field',
  imports: [MatFormField, MatInput, MatLabel, MatSuffix, MatDatepicker, MatDatepickerInput, MatDatepickerToggle, TranslatePipe],
  providers: [provideIsoDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field subscriptSizing="dynamic" class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [matDatepicker]="picker"
        [value]="date()"
        [min]="minDate()"
        [max]="maxDate()"
        [placeholder]="'date.placeholder' | t"
        autocomplete="off"
        (dateChange)="pickDate($event.value, $any($event.targetElement).value)"
        [attr.data-testid]="testId()"
      />
      <mat-datepicker-toggle matIconSuffix [for]="picker" [attr.data-testid]="testId() + '-toggle'" />
      <mat-datepicker #picker />
    </mat-form-field>
  `,
  styles: `
    .field {
      width: 200px;
    }
    @media (max-width: 599.98px) {
      :host,
      .field {
        display: block;
        width: 100%;
      }
    }
  `,
})
export class DateField {
  readonly label = input.required<string>();
  readonly value = input<string | null>(null);
  readonly min = input<string | null>(null);
  readonly max = input<string | null>(null);
  readonly testId = input('date-field');
  readonly picked = output<string>();
  /** The field's text was emptied (a filter set back to no bound). */
  readonly cleared = output<void>();

  protected readonly date = computed(() => fromIsoDay(this.value()));
  protected readonly minDate = computed(() => fromIsoDay(this.min()));
  protected readonly maxDate = computed(() => fromIsoDay(this.max()));

  protected pickDate(value: Date | null, text = ''): void {
    if (!text.trim()) {
      this.cleared.emit();
      return;
    }
    const day = isoDayOf(value);
    if (day) this.pick(day);
  }

  protected pick(value: string): void {
    const date = dateWithin(value, this.min(), this.max());
    if (date) this.picked.emit(date);
  }
}
