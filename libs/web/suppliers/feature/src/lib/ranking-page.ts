import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { SupplierRankingStore } from '@storeops/web/suppliers/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { NumberFormatPipe, PercentFormatPipe, TranslatePipe } from '@storeops/web/shared/util';
import { AREA_STYLES, SuppliersNav } from './shared';

function previousMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** 供应商排名: a month's scorecards, ranked 1, 2, 2, 4 like stores. */
@Component({
  selector: 'so-supplier-ranking-page',
  imports: [
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressBar,
    RouterLink,
    EmptyState,
    ErrorBanner,
    PageHeader,
    NumberFormatPipe,
    PercentFormatPipe,
    TranslatePipe,
    SuppliersNav,
  ],
  providers: [SupplierRankingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'score.title' | t" [intro]="'score.intro' | t" />
    <so-suppliers-nav />
    <div class="toolbar">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'score.period' | t }}</mat-label>
        <input matInput type="month" [value]="period()" (change)="setPeriod($any($event.target).value)" data-testid="ranking-period" />
      </mat-form-field>
    </div>
    @if (ranking.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="ranking.load(period())"
      />
    }
    <div class="card">
      <div class="progress">
        @if (ranking.loading()) {
          <mat-progress-bar mode="indeterminate" data-testid="state-loading" />
        }
      </div>
      @if (ranking.rows().length) {
        <div class="table-scroll">
          <table class="table" data-testid="ranking-table">
            <thead>
              <tr>
                <th class="num">{{ 'score.rank' | t }}</th>
                <th>{{ 'supplier.name' | t }}</th>
                <th class="num">{{ 'score.score' | t }}</th>
                <th class="num">{{ 'score.compliance' | t }}</th>
                <th class="num">{{ 'score.breaches' | t }}</th>
                <th class="num">{{ 'score.licences' | t }}</th>
                <th class="num">{{ 'score.contracts' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (r of ranking.rows(); track r.supplierId) {
                <tr data-testid="ranking-row">
                  <td class="num">
                    @if (r.rank !== null) {
                      {{ r.rank }}
                    } @else {
                      <span class="muted">{{ 'score.unranked' | t }}</span>
                    }
                  </td>
                  <td>
                    <a [routerLink]="['/suppliers/directory', r.supplierId]">{{ r.supplierCode }} {{ r.supplierName }}</a>
                  </td>
                  <td class="num">{{ r.score | num: 1 }}</td>
                  <td class="num">{{ r.complianceRate | pct }}</td>
                  <td class="num">{{ r.breaches }}</td>
                  <td class="num">{{ r.licencesValid }}/{{ r.licencesTotal }}</td>
                  <td class="num">{{ r.contractsInForce }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (!ranking.loading()) {
        <so-empty-state icon="leaderboard" [title]="'common.noData' | t" />
      }
    </div>
  `,
  styles: AREA_STYLES,
})
export class SupplierRankingPage implements OnInit {
  protected readonly ranking = inject(SupplierRankingStore);
  protected readonly period = signal(previousMonth());

  ngOnInit(): void {
    void this.ranking.load(this.period());
  }

  protected setPeriod(value: string): void {
    if (!value) return;
    this.period.set(value);
    void this.ranking.load(value);
  }
}
