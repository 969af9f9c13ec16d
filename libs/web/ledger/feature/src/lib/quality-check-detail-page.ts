import { ChangeDetectionStrategy, Component, OnInit, inject, input, numberAttribute } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { QualityCheckStore } from '@storeops/web/ledger/data-access';
import { COMPLAINT_STYLES } from '@storeops/web/ledger/ui';
import { ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { LocalDatePipe, NumberFormatPipe, TranslatePipe } from '@storeops/web/shared/util';

/** One quality check: each finding with what was done, the reading against its limits, and the actions opened. */
@Component({
  selector: 'so-quality-check-detail-page',
  imports: [MatButton, MatIcon, MatProgressBar, RouterLink, ErrorBanner, PageHeader, LocalDatePipe, NumberFormatPipe, TranslatePipe],
  providers: [QualityCheckStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'qualityChecks.detail.title' | t" />
    <p>
      <a mat-button routerLink="/quality-checks"><mat-icon>arrow_back</mat-icon>{{ 'qualityChecks.list.title' | t }}</a>
    </p>
    @if (store.loading()) {
      <mat-progress-bar mode="indeterminate" data-testid="state-loading" [attr.aria-label]="'qualityChecks.detail.loading' | t" />
      <p class="muted">{{ 'qualityChecks.detail.loading' | t }}</p>
    }
    @if (store.error(); as e) {
      <so-error-banner [message]="'common.loadError' | t: { message: e.message }" [retryLabel]="'common.retry' | t" (retry)="load()" />
    }
    @if (store.check(); as c) {
      <section class="card" data-testid="quality-check-detail">
        <h2>
          <span class="mono">{{ c.storeCode }}</span> {{ c.storeName }}
        </h2>
        <dl class="grid body">
          <div>
            <dt>{{ 'qualityChecks.field.checkedAt' | t }}</dt>
            <dd>{{ c.checkedAt | localDate: true }}</dd>
          </div>
          <div>
            <dt>{{ 'qualityChecks.field.checkedBy' | t }}</dt>
            <dd>{{ c.checkedBy }}</dd>
          </div>
          <div>
            <dt>{{ 'qualityChecks.field.openedActions' | t }}</dt>
            <dd>{{ c.openedActions | num: 0 }}</dd>
          </div>
          @if (c.note) {
            <div>
              <dt>{{ 'qualityChecks.field.note' | t }}</dt>
              <dd>{{ c.note }}</dd>
            </div>
          }
        </dl>
      </section>
      <section class="card">
        <h2>{{ 'qualityChecks.detail.findings' | t: { n: c.findings.length } }}</h2>
        <div class="table-scroll">
          <table class="table">
            <thead>
              <tr>
                <th>{{ 'qualityChecks.field.kind' | t }}</th>
                <th>{{ 'qualityChecks.field.product' | t }}</th>
                <th class="num">{{ 'qualityChecks.field.quantity' | t }}</th>
                <th>{{ 'qualityChecks.field.action' | t }}</th>
                <th>{{ 'qualityChecks.field.temperature' | t }}</th>
                <th>{{ 'qualityChecks.field.supplier' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (f of c.findings; track f.id) {
                <tr data-testid="detail-finding">
                  <td>
                    <span class="chip" [class.dl-overdue]="f.finding">{{ 'qualityChecks.kind.' + f.kind | t }}</span>
                  </td>
                  <td>
                    {{ f.product }}
                    @if (f.batch) {
                      <div class="muted">{{ 'qualityChecks.detail.batch' | t: { batch: f.batch } }}</div>
                    }
                  </td>
                  <td class="num">{{ f.quantity | num: 0 }}</td>
                  <td>{{ 'qualityChecks.action.' + f.action | t }}</td>
                  <td [class.late]="f.outOfLimits">
                    @if (f.temperatureC !== null) {
                      {{ f.temperatureC | num: 1 }}℃
                      @if (f.limitMinC !== null || f.limitMaxC !== null) {
                        <div class="muted">
                          {{ 'qualityChecks.detail.limits' | t: { min: f.limitMinC ?? '—', max: f.limitMaxC ?? '—' } }}
                        </div>
                      }
                    } @else {
                      <span class="muted">—</span>
                    }
                  </td>
                  <td>{{ f.supplierName ?? '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
      <section class="card">
        <h2>{{ 'qualityChecks.detail.actions' | t }}</h2>
        <div class="body">
          @for (a of c.correctiveActions; track a.id) {
            <p data-testid="detail-action">
              <a routerLink="/inspections/actions">{{ a.title }}</a>
              <span class="muted"> · {{ 'qualityChecks.detail.actionDue' | t: { date: (a.dueAt | localDate) } }}</span>
            </p>
          } @empty {
            <p class="muted">{{ 'qualityChecks.result.noActions' | t }}</p>
          }
        </div>
      </section>
    }
  `,
  styles: [COMPLAINT_STYLES],
})
export class QualityCheckDetailPage implements OnInit {
  protected readonly store = inject(QualityCheckStore);
  readonly id = input.required({ transform: numberAttribute });

  ngOnInit(): void {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.store.load(this.id());
  }
}
