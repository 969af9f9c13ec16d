import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { SupplierRankingStore } from '@storeops/web/suppliers/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { formatMonth, I18nService, PercentFormatPipe, TranslatePipe, ScorePipe } from '@storeops/web/shared/util';
import { monthsBack, previousMonth } from './shared';
import { AREA_STYLES, SuppliersNav } from '@storeops/web/suppliers/ui';

/** 供应商排名: a month's scorecards, ranked 1, 2, 2, 4 like stores. */
@Component({
  selector: 'so-supplier-ranking-page',
  imports: [
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    MatProgressBar,
    RouterLink,
    EmptyState,
    ErrorBanner,
    PageHeader,
    ScorePipe,
    PercentFormatPipe,
    TranslatePipe,
    SuppliersNav,
  ],
  providers: [SupplierRankingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'sup.score.title' | t" [intro]="'sup.score.intro' | t" />
    <so-suppliers-nav />
    <div class="toolbar">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'sup.score.period' | t }}</mat-label>
        <mat-select [value]="period()" (selectionChange)="setPeriod($event.value)" data-testid="ranking-period">
          @for (m of months(); track m.value) {
            <mat-option [value]="m.value">{{ m.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
    @if (ranking.error(); as error) {
      <so-error-banner
        [message]="'common.loadError' | t: { message: error.message }"
        [retryLabel]="'common.retry' | t"
        (retry)="ranking.load(period() ?? undefined)"
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
                <th class="num">{{ 'sup.score.rank' | t }}</th>
                <th>{{ 'sup.supplier.name' | t }}</th>
                <th class="num">{{ 'sup.score.score' | t }}</th>
                <th class="num">{{ 'sup.score.compliance' | t }}</th>
                <th class="num">{{ 'sup.score.breaches' | t }}</th>
                <th class="num">{{ 'sup.score.licences' | t }}</th>
                <th class="num">{{ 'sup.score.contracts' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (r of ranking.rows(); track r.supplierId) {
                <tr data-testid="ranking-row">
                  <td class="num">
                    @if (r.rank !== null) {
                      {{ r.rank }}
                    } @else {
                      <span class="muted">{{ 'sup.score.unranked' | t }}</span>
                    }
                  </td>
                  <td>
                    <a [routerLink]="['/suppliers/directory', r.supplierId]">{{ r.supplierCode }} {{ r.supplierName }}</a>
                  </td>
                  <td class="num">{{ r.score | score }}</td>
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
  private readonly i18n = inject(I18nService);
  /** Null until the first answer names the month: the API opens on the last month that has clause checks. */
  protected readonly period = signal<string | null>(null);
  protected readonly months = computed(() => {
    const locale = this.i18n.locale();
    const newest = previousMonth();
    const chosen = this.period();
    const list = monthsBack(chosen && chosen > newest ? chosen : newest, 24);
    if (chosen && !list.includes(chosen)) list.push(chosen);
    return list.map((value) => ({ value, label: formatMonth(value, locale) }));
  });

  async ngOnInit(): Promise<void> {
    await this.ranking.load();
    this.period.set(this.ranking.rows()[0]?.period ?? previousMonth());
  }

  protected setPeriod(value: string): void {
    if (!value) return;
    this.period.set(value);
    void this.ranking.load(value);
  }
}
