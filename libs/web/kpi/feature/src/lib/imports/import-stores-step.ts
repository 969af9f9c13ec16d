import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { UnknownStoreValue } from '@storeops/shared/contracts';
import { StorePickerSource } from '@storeops/web/org/data-access';
import { EntityPicker } from '@storeops/web/shared/ui';
import { I18nService, NumberFormatPipe, PickerOption, TranslatePipe } from '@storeops/web/shared/util';

/** How many unknown values the step lists at once; the rest come back on the next try. */
export const UNKNOWN_STORES_SHOWN = 50;

/**
 * 未知门店: each store value of the file that is neither a store code nor an external code, once, with its count and
 * first lines, and a store picker (searching the server as the clerk types). The value is kept as the chosen store's
 * external code, so the next file with it imports by itself.
 */
@Component({
  selector: 'so-import-stores-step',
  imports: [MatButton, MatIcon, NumberFormatPipe, TranslatePipe, EntityPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="step stores" data-testid="import-unknown-stores" aria-labelledby="stores-title">
      <h3 id="stores-title">{{ 'kpi.imports.storesTitle' | t: { n: values().length } }}</h3>
      <p class="muted">{{ 'kpi.imports.storesIntro' | t }}</p>
      <ul class="list">
        @for (u of shown(); track u.value) {
          <li class="item" data-testid="unknown-store-row">
            <div class="what">
              <span class="value" data-testid="unknown-store-value">{{ u.value }}</span>
              <span class="muted">
                {{ 'kpi.imports.storeSeen' | t: { n: (u.count | num: 0), lines: lines(u) } }}
              </span>
            </div>
            <so-entity-picker
              class="picker"
              subscript="dynamic"
              [label]="'kpi.imports.storeFor' | t: { value: u.value }"
              [search]="storeSource.search"
              [resolve]="storeSource.resolve"
              [value]="choices()[u.value]?.id ?? null"
              [testId]="'unknown-store-picker-' + u.value"
              (pickedOption)="picked.emit({ value: u.value, store: $event })"
            />
            @if (canCreate()) {
              <button
                mat-button
                type="button"
                class="create"
                (click)="create.emit(u.value)"
                [attr.data-testid]="'unknown-store-create-' + u.value"
              >
                <mat-icon>add_business</mat-icon>{{ 'kpi.stores.create' | t }}
              </button>
            }
          </li>
        }
      </ul>
      @if (values().length > shown().length) {
        <p class="muted">{{ 'kpi.imports.storesMore' | t: { shown: shown().length, n: values().length } }}</p>
      }
      @if (!canCreate()) {
        <p class="muted small">{{ 'kpi.imports.storesAskAdmin' | t }}</p>
      }
      <div class="actions">
        <span class="muted">{{ 'kpi.imports.storesPicked' | t: { done: pickedCount(), n: shown().length } }}</span>
        <button
          mat-flat-button
          type="button"
          [disabled]="!ready() || busy()"
          (click)="submitted.emit()"
          data-testid="unknown-stores-submit"
        >
          {{ 'kpi.imports.storesSubmit' | t }}
        </button>
      </div>
    </section>
  `,
  styleUrls: ['./import-step.scss'],
  styles: `
    .muted {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .small {
      font: var(--mat-sys-body-small);
      margin-top: 8px;
    }
    .list {
      list-style: none;
      margin: 12px 0 0;
      padding: 0;
      max-height: 480px;
      overflow: auto;
    }
    .item {
      display: grid;
      grid-template-columns: minmax(160px, 1fr) minmax(240px, 2fr) auto;
      gap: 8px 16px;
      align-items: center;
      padding: 10px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .what {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
    }
    .value {
      font: var(--mat-sys-title-medium);
      font-family: ui-monospace, monospace;
      word-break: break-all;
    }
    .create {
      min-height: 44px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      align-items: center;
      gap: 8px 16px;
      margin-top: 12px;
    }
    @media (max-width: 599.98px) {
      .item {
        grid-template-columns: 1fr;
      }
      .create {
        justify-self: start;
      }
      .actions button {
        width: 100%;
      }
    }
  `,
})
export class ImportStoresStep {
  private readonly i18n = inject(I18nService);
  protected readonly storeSource = inject(StorePickerSource);
  readonly values = input.required<readonly UnknownStoreValue[]>();
  readonly choices = input.required<Readonly<Partial<Record<string, PickerOption>>>>();
  /** Admins may create a store right here; others ask one. */
  readonly canCreate = input(false);
  readonly busy = input(false);
  readonly picked = output<{ value: string; store: PickerOption | null }>();
  readonly create = output<string>();
  readonly submitted = output<void>();

  protected readonly shown = computed(() => this.values().slice(0, UNKNOWN_STORES_SHOWN));
  protected readonly pickedCount = computed(() => this.shown().filter((u) => !!this.choices()[u.value]).length);
  protected readonly ready = computed(() => this.shown().length > 0 && this.pickedCount() === this.shown().length);

  protected lines(u: UnknownStoreValue): string {
    return u.firstLines.join(this.i18n.t('common.listSep')) + (u.count > u.firstLines.length ? '…' : '');
  }
}
