import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date typed outside [min, max] lands on the nearest end; anything that is not YYYY-MM-DD is no date. */
export function dateWithin(value: string, min: string | null, max: string | null): string | null {
  if (!ISO_DATE.test(value)) return null;
  if (min && value < min) return min;
  if (max && value > max) return max;
  return value;
}

/** An as-of date picker bounded by the days that have data: emits a date inside the bounds. */
@Component({
  selector: 'so-date-field',
  imports: [MatFormField, MatInput, MatLabel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field subscriptSizing="dynamic" class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="date"
        [value]="value() ?? ''"
        [min]="min() ?? ''"
        [max]="max() ?? ''"
        (change)="pick($any($event.target).value)"
        [attr.data-testid]="testId()"
      />
    </mat-form-field>
  `,
  styles: `
    .field {
      width: 180px;
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

  protected pick(value: string): void {
    const date = dateWithin(value, this.min(), this.max());
    if (date) this.picked.emit(date);
  }
}
