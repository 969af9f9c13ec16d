import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { StoreResponse } from '@storeops/shared/contracts';
import { StoreSearchStore } from '@storeops/web/org/data-access';
import { TranslatePipe } from '@storeops/web/shared/util';

const storeText = (store: StoreResponse | null): string => (store ? `${store.code} ${store.name}` : '');

/**
 * Picks one store by searching the server as you type (code, name or external code; one page of 20): the chain
 * may have thousands of stores, so none are loaded up front.
 */
@Component({
  selector: 'so-store-picker',
  imports: [
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    MatFormField,
    MatLabel,
    MatSuffix,
    MatIcon,
    MatIconButton,
    MatInput,
    TranslatePipe,
  ],
  providers: [StoreSearchStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field subscriptSizing="dynamic" class="field">
      <mat-label>{{ label() || ('picker.store' | t) }}</mat-label>
      <input
        matInput
        type="search"
        autocomplete="off"
        [value]="text()"
        (input)="typed($any($event.target).value)"
        (focus)="search.search(text())"
        [matAutocomplete]="auto"
        [placeholder]="'picker.storeHint' | t"
        [attr.data-testid]="testId()"
      />
      @if (selected()) {
        <button mat-icon-button matSuffix type="button" (click)="clear()" [attr.aria-label]="'picker.clear' | t">
          <mat-icon>close</mat-icon>
        </button>
      }
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="pick($event)">
        @for (s of search.results(); track s.id) {
          <mat-option [value]="s" data-testid="store-option">
            <span class="code">{{ s.code }}</span> {{ s.name }}
            @if (s.externalCodes.length) {
              <small class="ext">{{ 'store.externalCodes' | t }} {{ s.externalCodes.join('、') }}</small>
            }
          </mat-option>
        } @empty {
          <mat-option disabled>{{ (search.loading() ? 'picker.searching' : 'picker.noMatch') | t }}</mat-option>
        }
        @if (search.total() > search.results().length) {
          <mat-option disabled class="more">{{ 'picker.more' | t: { n: search.total() - search.results().length } }}</mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
    @if (search.error(); as e) {
      <div class="error" role="alert">{{ 'common.loadError' | t: { message: e } }}</div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
    .code {
      font-family: ui-monospace, monospace;
      margin-right: 4px;
    }
    .ext {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      line-height: 1.2;
    }
    .error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
      margin-top: 4px;
    }
  `,
})
export class StorePicker {
  protected readonly search = inject(StoreSearchStore);

  readonly selected = input<StoreResponse | null>(null);
  readonly label = input('');
  readonly testId = input('store-picker');
  readonly selectedChange = output<StoreResponse | null>();

  protected readonly text = signal('');
  protected readonly display = (value: StoreResponse | string | null): string => (typeof value === 'string' ? value : storeText(value));

  constructor() {
    // A store chosen from outside (or restored) shows as its code and name; clearing it leaves what was typed.
    effect(() => {
      const store = this.selected();
      if (store) this.text.set(storeText(store));
    });
  }

  protected typed(value: string): void {
    this.text.set(value);
    // Typing over a chosen store un-chooses it: what is shown is what is picked.
    if (this.selected()) this.selectedChange.emit(null);
    this.search.search(value);
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const store = event.option.value as StoreResponse;
    this.text.set(storeText(store));
    this.selectedChange.emit(store);
  }

  protected clear(): void {
    this.text.set('');
    this.selectedChange.emit(null);
    this.search.search('');
  }
}
