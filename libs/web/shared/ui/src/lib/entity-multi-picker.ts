import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  forwardRef,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ControlValueAccessor, FormControl, NG_VALUE_ACCESSOR, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatChipGrid, MatChipInput, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatIcon } from '@angular/material/icon';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/input';
import { PickerOption, PickerResolveMany, PickerSearch, TranslatePipe } from '@storeops/web/shared/util';
import { catchError, of } from 'rxjs';
import { searchAsTyped } from './picker-search';

/**
 * The many-choice form of `so-entity-picker`: the chosen stores (or users) as removable chips, and an autocomplete
 * that searches the server as you type (debounced, one page) to add more, so it scales to any number of rows.
 * A form control whose value is the chosen ids in the order they were added; ids set from outside are labelled
 * through `resolveMany` (one request for all of them).
 */
@Component({
  selector: 'so-entity-multi-picker',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    MatChipGrid,
    MatChipRow,
    MatChipRemove,
    MatChipInput,
    MatIcon,
  ],
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => EntityMultiPicker), multi: true }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field" [subscriptSizing]="subscript()">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [attr.aria-label]="label()" [disabled]="disabled()" [errorStateMatcher]="matcher">
        @for (o of chosen(); track o.id) {
          <mat-chip-row class="chip" (removed)="remove(o.id)" [attr.data-testid]="testId() + '-chip'">
            {{ o.code }} {{ o.name }}
            <button matChipRemove type="button" [attr.aria-label]="('picker.remove' | t) + ' ' + o.code">
              <mat-icon>cancel</mat-icon>
            </button>
          </mat-chip-row>
        }
        <input
          #entry
          type="search"
          autocomplete="off"
          [placeholder]="placeholder()"
          [formControl]="text"
          [matAutocomplete]="auto"
          [matChipInputFor]="grid"
          [attr.data-testid]="testId()"
          (blur)="touched()"
        />
      </mat-chip-grid>
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="add($event)">
        @for (o of offered(); track o.id) {
          <mat-option class="option" [value]="o" [attr.data-testid]="testId() + '-option'">
            {{ o.code }} {{ o.name }}
            @if (o.detail) {
              <small class="detail">{{ o.detail }}</small>
            }
          </mat-option>
        } @empty {
          @if (searched()) {
            <mat-option disabled>{{ (options().length ? 'picker.allChosen' : 'picker.none') | t }}</mat-option>
          }
        }
      </mat-autocomplete>
      @if (error()) {
        <mat-error>{{ error() }}</mat-error>
      } @else if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
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
    .chip {
      --mat-chip-container-height: 40px;
    }
    .chip button {
      min-width: 44px;
      min-height: 44px;
    }
  `,
})
export class EntityMultiPicker implements ControlValueAccessor {
  readonly label = input.required<string>();
  readonly search = input.required<PickerSearch>();
  readonly resolveMany = input<PickerResolveMany | null>(null);
  readonly placeholder = input('');
  readonly hint = input('');
  /** Shown under the field, and the field marked invalid, when set. */
  readonly error = input<string | null>(null);
  readonly testId = input<string | null>(null);
  readonly subscript = input<'fixed' | 'dynamic'>('dynamic');
  /** Outside a form: the chosen ids, and `picked` when the person adds or removes one. */
  readonly value = input<readonly number[] | undefined>(undefined);
  readonly picked = output<number[]>();

  protected readonly text = new FormControl<PickerOption | string | null>('');
  protected readonly options = signal<PickerOption[]>([]);
  protected readonly chosen = signal<PickerOption[]>([]);
  protected readonly searched = signal(false);
  protected readonly disabled = signal(false);
  /** What the search found, less what is already chosen. */
  protected readonly offered = computed(() => {
    const ids = new Set(this.chosen().map((o) => o.id));
    return this.options().filter((o) => !ids.has(o.id));
  });
  protected readonly matcher: ErrorStateMatcher = { isErrorState: () => !!this.error() };

  private readonly entry = viewChild<ElementRef<HTMLInputElement>>('entry');
  private readonly destroyRef = inject(DestroyRef);
  private onChange: (ids: number[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  /** Labels seen so far (search results and resolved ids), so re-setting a value asks for nothing known. */
  private readonly known = new Map<number, PickerOption>();

  constructor() {
    effect(() => {
      const value = this.value();
      if (value !== undefined) untracked(() => this.writeValue([...value]));
    });
    searchAsTyped(this.text, this.search, (found) => {
      for (const o of found) this.known.set(o.id, o);
      this.options.set(found);
      this.searched.set(true);
    });
  }

  protected add(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as PickerOption;
    if (!this.chosen().some((o) => o.id === option.id)) this.chosen.update((list) => [...list, option]);
    const entry = this.entry()?.nativeElement;
    if (entry) entry.value = '';
    this.text.setValue('');
    this.emit();
  }

  protected remove(id: number): void {
    this.chosen.update((list) => list.filter((o) => o.id !== id));
    this.emit();
  }

  protected touched(): void {
    this.onTouched();
  }

  private emit(): void {
    const ids = this.chosen().map((o) => o.id);
    this.onChange(ids);
    this.picked.emit(ids);
  }

  writeValue(ids: number[] | null): void {
    const wanted = ids ?? [];
    // A placeholder label until the server answers: the id is never dropped because its name is not known yet.
    this.chosen.set(wanted.map((id) => this.known.get(id) ?? { id, code: `#${id}`, name: '' }));
    const unknown = wanted.filter((id) => !this.known.has(id));
    const resolveMany = this.resolveMany();
    if (unknown.length === 0 || !resolveMany) return;
    resolveMany(unknown)
      .pipe(
        catchError(() => of([] as PickerOption[])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((found) => {
        for (const o of found) this.known.set(o.id, o);
        this.chosen.update((list) => list.map((o) => this.known.get(o.id) ?? o));
      });
  }

  registerOnChange(fn: (ids: number[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
    if (disabled) this.text.disable({ emitEvent: false });
    else this.text.enable({ emitEvent: false });
  }
}
