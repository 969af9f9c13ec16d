import { ChangeDetectionStrategy, Component, OnInit, inject, input, numberAttribute } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { PriceCheckStore } from '@storeops/web/ledger/data-access';
import { COMPLAINT_STYLES } from '@storeops/web/ledger/ui';
import { ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { LocalDatePipe, MoneyPipe, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';

/** One price check: its figures, every item with its three prices, and the corrective actions it opened. */
@Component({
  selector: 'so-price-check-detail-page',
  imports: [
    MatButton,
    MatIcon,
    MatProgressBar,
    RouterLink,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    MoneyPipe,
    NumberFormatPipe,
    TranslatePipe,
  ],
  providers: [PriceCheckStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'priceChecks.detail.title' | t" />
    <p>
      <a mat-button routerLink="/price-checks"><mat-icon>arrow_back</mat-icon>{{ 'priceChecks.list.title' | t }}</a>
    </p>
    @if (store.loading()) {
      <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'priceChecks.detail.loading' | t" />
      <p class="muted">{{ 'priceChecks.detail.loading' | t }}</p>
    }
    @if (store.error(); as e) {
      <so-error-banner [message]="'common.loadError' | t: { message: e.message }" [retryLabel]="'common.retry' | t" (retry)="load()" />
    }
    @if (store.check(); as c) {
      <section class="card" data-testid="price-check-detail">
        <h2>
          <span class="mono">{{ c.storeCode }}</span> {{ c.storeName }}
        </h2>
        <dl class="grid body">
          <div>
            <dt>{{ 'priceChecks.field.checkedAt' | t }}</dt>
            <dd>{{ c.checkedAt | localDate: true }}</dd>
          </div>
          <div>
            <dt>{{ 'priceChecks.field.checkedBy' | t }}</dt>
            <dd>{{ c.checkedBy }}</dd>
          </div>
          <div>
            <dt>{{ 'priceChecks.field.accuracy' | t }}</dt>
            <dd data-testid="detail-accuracy">{{ c.accuracy | num: 2 }}%（{{ c.correct }}/{{ c.checked }}）</dd>
          </div>
          <div>
            <dt>{{ 'priceChecks.field.overcharges' | t }}</dt>
            <dd>{{ c.overcharges | num: 0 }}</dd>
          </div>
          <div>
            <dt>{{ 'priceChecks.field.undercharges' | t }}</dt>
            <dd>{{ c.undercharges | num: 0 }}</dd>
          </div>
          <div>
            <dt>{{ 'priceChecks.field.recheck' | t }}</dt>
            <dd data-testid="detail-recheck">
              @if (c.recheckDoneAt) {
                {{ 'priceChecks.recheck.done' | t: { date: (c.recheckDoneAt | localDate) } }}
              } @else if (c.recheckDueAt) {
                {{ 'priceChecks.recheck.due' | t: { date: (c.recheckDueAt | localDate) } }}
              } @else {
                {{ 'priceChecks.recheck.none' | t }}
              }
            </dd>
          </div>
          @if (c.note) {
            <div>
              <dt>{{ 'priceChecks.field.note' | t }}</dt>
              <dd>{{ c.note }}</dd>
            </div>
          }
        </dl>
      </section>
      <section class="card">
        <h2>{{ 'priceChecks.items.title' | t: { n: c.items.length } }}</h2>
        <div class="table-scroll">
          <table class="table">
            <thead>
              <tr>
                <th>{{ 'priceChecks.field.sku' | t }}</th>
                <th>{{ 'priceChecks.field.name' | t }}</th>
                <th class="num">{{ 'priceChecks.field.shelfPrice' | t }}</th>
                <th class="num">{{ 'priceChecks.field.systemPrice' | t }}</th>
                <th class="num">{{ 'priceChecks.field.tillPrice' | t }}</th>
                <th>{{ 'priceChecks.field.defect' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (i of c.items; track i.id) {
                <tr data-testid="detail-item">
                  <td class="mono">{{ i.sku }}</td>
                  <td>{{ i.name }}</td>
                  <td class="num">{{ i.shelfPriceFen | money }}</td>
                  <td class="num">{{ i.systemPriceFen | money }}</td>
                  <td class="num" [class.late]="i.direction > 0">{{ i.tillPriceFen | money }}</td>
                  <td>
                    @if (i.direction > 0) {
                      <span class="chip dl-overdue">{{ 'priceChecks.verdict.over' | t }}</span>
                    } @else if (i.direction < 0) {
                      <span class="chip dl-due_soon">{{ 'priceChecks.verdict.under' | t }}</span>
                    }
                    @if (i.defectCode) {
                      <span class="chip">{{ 'priceChecks.defect.' + i.defectCode | t }}</span>
                    }
                    @if (i.correct) {
                      <span class="chip dl-done_on_time">{{ 'priceChecks.verdict.correct' | t }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
      <section class="card">
        <h2>{{ 'priceChecks.detail.actions' | t }}</h2>
        <div class="body">
          @for (a of c.correctiveActions; track a.id) {
            <p data-testid="detail-action">
              <a routerLink="/inspections/actions">{{ a.title }}</a>
              <span class="muted"> · {{ 'priceChecks.detail.actionDue' | t: { date: (a.dueAt | localDate) } }}</span>
            </p>
          } @empty {
            <p class="muted">{{ 'priceChecks.result.noActions' | t }}</p>
          }
        </div>
      </section>
    }
  `,
  styles: [COMPLAINT_STYLES],
})
export class PriceCheckDetailPage implements OnInit {
  protected readonly store = inject(PriceCheckStore);
  readonly id = input.required({ transform: numberAttribute });

  ngOnInit(): void {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.store.load(this.id());
  }
}
