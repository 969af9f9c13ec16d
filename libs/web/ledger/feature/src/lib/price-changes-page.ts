import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Role } from '@storeops/shared/contracts';
import { PriceChangesStore } from '@storeops/web/ledger/data-access';
import { COMPLAINT_STYLES } from '@storeops/web/ledger/ui';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, MoneyPipe, TranslatePipe } from '@storeops/web/shared/util';
import { describeCheckError as describeError, isCheckWriter } from './check-texts';

/** 调价单导入: the office uploads the buyers' price changes; the risk sample then checks the re-priced items first. */
@Component({
  selector: 'so-price-changes-page',
  imports: [MatButton, MatIcon, MatProgressBar, RouterLink, EmptyState, ErrorBanner, PageHeader, LocalDatePipe, MoneyPipe, TranslatePipe],
  providers: [PriceChangesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'priceChecks.changes.title' | t" [intro]="'priceChecks.changes.intro' | t" />
    <p>
      <a mat-button routerLink="/price-checks"><mat-icon>arrow_back</mat-icon>{{ 'priceChecks.list.title' | t }}</a>
    </p>
    @if (!canRecord()) {
      <p class="card body muted">{{ 'priceChecks.capture.notAllowed' | t }}</p>
    } @else {
      <section class="card">
        <div class="body">
          <label class="upload">
            <mat-icon>upload_file</mat-icon> {{ (store.importing() ? 'priceChecks.changes.importing' : 'priceChecks.changes.pick') | t }}
            <input type="file" accept=".xlsx,.csv" (change)="upload($event)" [disabled]="store.importing()" data-testid="changes-file" />
          </label>
          <p class="muted">{{ 'priceChecks.changes.hint' | t }}</p>
          @if (importError(); as e) {
            <so-error-banner [message]="e" data-testid="changes-error" />
          }
          @if (store.result(); as r) {
            <p data-testid="changes-result">
              {{ 'priceChecks.changes.result' | t: { rows: r.rows, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged } }}
            </p>
          }
        </div>
      </section>
      @if (store.error(); as e) {
        <so-error-banner
          [message]="'common.loadError' | t: { message: e.message }"
          [retryLabel]="'common.retry' | t"
          (retry)="store.load()"
        />
      }
      <section class="card">
        <div class="progress">
          @if (store.loading()) {
            <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'priceChecks.changes.loading' | t" />
          }
        </div>
        @if (store.items().length) {
          <div class="table-scroll">
            <table class="table" data-testid="changes-table">
              <thead>
                <tr>
                  <th>{{ 'priceChecks.field.sku' | t }}</th>
                  <th>{{ 'priceChecks.field.name' | t }}</th>
                  <th>{{ 'priceChecks.field.store' | t }}</th>
                  <th class="num">{{ 'priceChecks.changes.old' | t }}</th>
                  <th class="num">{{ 'priceChecks.changes.new' | t }}</th>
                  <th>{{ 'priceChecks.changes.effective' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of store.items(); track c.id) {
                  <tr>
                    <td class="mono">{{ c.sku }}</td>
                    <td>{{ c.name }}</td>
                    <td>
                      @if (c.storeCode) {
                        <span class="mono">{{ c.storeCode }}</span>
                      } @else {
                        {{ 'priceChecks.changes.allStores' | t }}
                      }
                    </td>
                    <td class="num">{{ c.oldPriceFen | money }}</td>
                    <td class="num">{{ c.newPriceFen | money }}</td>
                    <td class="nowrap">{{ c.effectiveOn | localDate }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else if (!store.loading() && !store.error()) {
          <so-empty-state icon="sell" [title]="'priceChecks.changes.empty' | t" [text]="'priceChecks.changes.emptyText' | t" />
        }
      </section>
    }
  `,
  styles: [COMPLAINT_STYLES],
})
export class PriceChangesPage implements OnInit {
  protected readonly store = inject(PriceChangesStore);
  private readonly i18n = inject(I18nService);
  readonly role = input<Role | null>(null);
  protected readonly canRecord = computed(() => isCheckWriter(this.role()));
  protected readonly importError = signal<string | null>(null);

  ngOnInit(): void {
    if (this.canRecord()) void this.store.load();
  }

  protected async upload(event: Event): Promise<void> {
    const el = event.target as HTMLInputElement;
    const file = el.files?.[0];
    if (!file) return;
    this.importError.set(null);
    try {
      await this.store.import(file);
    } catch (e) {
      this.importError.set(describeError(e, this.i18n));
    } finally {
      el.value = '';
    }
  }
}
