import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  forwardRef,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ControlValueAccessor, FormControl, NG_VALUE_ACCESSOR, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { PickerOption, PickerResolve, PickerSearch, TranslatePipe, pickerLabel } from '@storeops/web/shared/util';
import { catchError, of } from 'rxjs';
import { searchAsTyped } from './picker-search';

/**
 * The one store / supplier / user picker: a Material autocomplete that searches the server as you type
 * (debounced, one page), so it scales to any number of rows. A form control (its value is the chosen id or null).
 */
@Component({
  selector: 'so-entity-picker',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
  ],
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => EntityPicker), multi: true }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field" [subscriptSizing]="subscript()">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="search"
        autocomplete="off"
        [formControl]="text"
        [matAutocomplete]="auto"
        [errorStateMatcher]="matcher"
        [required]="required()"
        [attr.data-testid]="testId()"
        (input)="typed()"
        (blur)="touched()"
      />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="choose($event)">
        @if (clearable()) {
          <mat-option class="option" [value]="null">{{ clearLabel() }}</mat-option>
        }
        @for (o of options(); track o.id) {
          <mat-option class="option" [value]="o" [attr.data-testid]="testId() + '-option'">
            {{ o.code }} {{ o.name }}
            @if (o.detail) {
              <small class="detail">{{ o.detail }}</small>
            }
          </mat-option>
        } @empty {
          @if (searched()) {
            <mat-option disabled>{{ 'picker.none' | t }}</mat-option>
          }
        }
      </mat-autocomplete>
      @if (error()) {
        <mat-error>{{ error() }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
    .option {
      min-height: 48px;
    }
    .detail {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      line-height: 1.2;
    }
  `,
})
export class EntityPicker implements ControlValueAccessor {
  readonly label = input.required<string>();
  readonly search = input.required<PickerSearch>();
  readonly resolve = input<PickerResolve | null>(null);
  /** Offer an empty choice first (filters: "all"). */
  readonly clearable = input(false);
  /** Marks the label (*) as Material does for a required field. */
  readonly required = input(false);
  readonly clearLabel = input('');
  /** Shown under the field, and the field marked invalid, when set. */
  readonly error = input<string | null>(null);
  readonly testId = input<string | null>(null);
  readonly subscript = input<'fixed' | 'dynamic'>('fixed');
  /** Outside a form (filters): the chosen id, and `picked` when the person chooses. */
  readonly value = input<number | null | undefined>(undefined);
  readonly picked = output<number | null>();
  /** The whole choice (code and name too), when the caller keeps more than the id. */
  readonly pickedOption = output<PickerOption | null>();

  protected readonly text = new FormControl<PickerOption | string | null>('');
  protected readonly options = signal<PickerOption[]>([]);
  /** A search has answered (so an empty list means: nothing matches). */
  protected readonly searched = signal(false);
  protected readonly matcher: ErrorStateMatcher = { isErrorState: () => !!this.error() };
  protected readonly display = (v: PickerOption | string | null): string => (typeof v === 'string' ? v : pickerLabel(v));

  private readonly destroyRef = inject(DestroyRef);
  private onChange: (id: number | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  private current: number | null = null;

  constructor() {
    effect(() => {
      const value = this.value();
      if (value !== undefined) untracked(() => this.writeValue(value));
    });
    searchAsTyped(this.text, this.search, (found) => {
      this.options.set(found);
      this.searched.set(true);
    });
  }

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as PickerOption | null;
    this.current = option?.id ?? null;
    if (!option) this.text.setValue('', { emitEvent: true });
    this.onChange(this.current);
    this.picked.emit(this.current);
    this.pickedOption.emit(option);
  }

  /** Typing over a chosen entry un-chooses it: what is shown is what is picked. Only the person's typing does. */
  protected typed(): void {
    if (this.current === null) return;
    this.current = null;
    this.onChange(null);
    this.picked.emit(null);
    this.pickedOption.emit(null);
  }

  protected touched(): void {
    this.onTouched();
  }

  writeValue(id: number | null): void {
    this.current = id ?? null;
    if (this.current === null) {
      this.text.setValue('', { emitEvent: false });
      return;
    }
    const known = this.options().find((o) => o.id === this.current);
    if (known) {
      this.text.setValue(known, { emitEvent: false });
      return;
    }
    const resolve = this.resolve();
    if (!resolve) return;
    resolve(this.current)
      .pipe(
        catchError(() => of(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((o) => {
        if (o && o.id === this.current) this.text.setValue(o, { emitEvent: false });
      });
  }

  registerOnChange(fn: (id: number | null) => void): void {
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
