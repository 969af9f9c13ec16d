import { ScrollingModule } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { COMPONENT_KIND_INFO, RankingComponent, StoreFormat, StoreRankingRow } from '@storeops/shared/contracts';
import { FactRangeStore, defaultFactMonth } from '@storeops/web/kpi/data-access';
import { RegionsStore } from '@storeops/web/org/data-access';
import {
  RankingPeriodKind,
  RankingViewState,
  StoreRankingStore,
  changeKind,
  defaultDirection,
  joinPeriod,
  parseRankingState,
  periodInYear,
  periodOptions,
  rankMove,
  rankingExportUrl,
  rankingQueryParams,
  sortRankingRows,
  splitPeriod,
  toRankingQuery,
} from '@storeops/web/rankings/data-access';
import { EmptyState, ErrorBanner, PageHeader } from '@storeops/web/shared/ui';
import { I18nService, LocalDatePipe, TranslatePipe, formatKey, ScorePipe } from '@storeops/web/shared/util';
import { componentLabel, missingRuleKey, rawText } from '../component-labels';
import { RankingExplanationPanel } from './ranking-explanation-panel';

const FORMATS: readonly StoreFormat[] = [StoreFormat.Hypermarket, StoreFormat.Supermarket, StoreFormat.Convenience];

/**
 * 综合排名: every store of a scope by composite score under a scheme. 2,000 rows scroll in a virtual viewport
 * (only the visible rows exist in the DOM); the whole view — period, scope, scheme, sort, open store — is the URL.
 */
@Component({
  selector: 'so-store-ranking-page',
  imports: [
    ScrollingModule,
    MatButton,
    MatIcon,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressBar,
    EmptyState,
    ErrorBanner,
    PageHeader,
    LocalDatePipe,
    ScorePipe,
    TranslatePipe,
    RankingExplanationPanel,
  ],
  providers: [StoreRankingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './store-ranking-page.html',
  styleUrl: './store-ranking-page.scss',
})
export class StoreRankingPage {
  protected readonly ranking = inject(StoreRankingStore);
  protected readonly regions = inject(RegionsStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  // Query params, bound by the router (withComponentInputBinding).
  readonly period = input<string>();
  readonly scope = input<string>();
  readonly schemeId = input<string>();
  readonly sort = input<string>();
  readonly dir = input<string>();
  readonly store = input<string>();

  protected readonly facts = inject(FactRangeStore);
  /** Without `?period=`: the last month the facts cover to its end (known once the fact range has loaded). */
  private readonly defaultPeriod = computed(() => defaultFactMonth(this.facts.range(), new Date()));
  protected readonly state = computed<RankingViewState>(() =>
    parseRankingState(
      { period: this.period(), scope: this.scope(), schemeId: this.schemeId(), sort: this.sort(), dir: this.dir(), store: this.store() },
      this.defaultPeriod(),
    ),
  );
  /** A ranking is asked for once its period is known: from the URL, or from the facts. */
  private readonly periodKnown = computed(() => !!this.period() || this.facts.settled());
  private readonly query = computed(() => toRankingQuery(this.state()), { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  protected readonly explanationQuery = computed(() => {
    // The panel explains the ranking on screen: the scheme the API used, even when none was named.
    const schemeId = this.state().schemeId ?? this.ranking.response()?.scheme.id ?? null;
    return toRankingQuery({ ...this.state(), schemeId });
  });
  protected readonly exportUrl = computed(() => rankingExportUrl({ ...this.query(), sort: this.state().sort, dir: this.state().dir }));
  protected readonly periodParts = computed(() => splitPeriod(this.state().period));
  /** Every year, month and quarter that has facts (and the one shown, even without). */
  protected readonly options = computed(() => periodOptions(this.facts.range(), this.state().period));
  protected readonly formats = FORMATS;
  protected readonly formatKey = formatKey;

  protected readonly scheme = computed(() => this.ranking.response()?.scheme ?? null);
  protected readonly components = computed(() => this.scheme()?.components ?? []);
  /** Stores with a rank: none means the period has no data yet (a future month) or any more (before the history). */
  protected readonly rankedCount = computed(() => this.ranking.rows().filter((r) => r.rank !== null).length);
  protected readonly rows = computed(() => sortRankingRows(this.ranking.rows(), this.state().sort, this.state().dir));
  protected readonly missingRuleText = computed(() => {
    const scheme = this.scheme();
    return scheme ? this.i18n.t('rank.missingLegend', { rule: this.i18n.t(missingRuleKey(scheme.missingRule)) }) : '';
  });

  constructor() {
    void this.regions.load();
    void this.ranking.loadSchemes();
    void this.facts.load();
    effect(() => {
      if (!this.periodKnown()) return;
      const query = this.query();
      untracked(() => void this.ranking.load(query));
    });
  }

  protected navigate(patch: Partial<RankingViewState>): void {
    const next = { ...this.state(), ...patch };
    void this.router.navigate([], { queryParams: rankingQueryParams(next), queryParamsHandling: 'merge' });
  }

  protected setKind(kind: RankingPeriodKind): void {
    this.navigate({ period: changeKind(this.state().period, kind, this.facts.range()), store: null });
  }

  protected setYear(year: string): void {
    this.navigate({ period: periodInYear(this.facts.range(), this.state().period, Number(year)), store: null });
  }

  protected setPart(part: string): void {
    const { kind, year } = this.periodParts();
    this.navigate({ period: joinPeriod(kind, year, Number(part)), store: null });
  }

  protected setScope(scope: string): void {
    this.navigate({ scope, store: null });
  }

  protected setScheme(id: string): void {
    this.navigate({ schemeId: id ? Number(id) : null, store: null });
  }

  protected sortBy(sort: string): void {
    const current = this.state();
    const dir = current.sort === sort ? (current.dir === 'asc' ? 'desc' : 'asc') : defaultDirection(sort);
    this.navigate({ sort, dir });
  }

  protected open(row: StoreRankingRow): void {
    this.navigate({ store: row.storeId });
  }

  protected close(): void {
    this.navigate({ store: null });
  }

  protected sortMark(sort: string): string {
    const s = this.state();
    return s.sort === sort ? (s.dir === 'asc' ? '↑' : '↓') : '';
  }

  protected ariaSort(sort: string): 'ascending' | 'descending' | 'none' {
    const s = this.state();
    return s.sort === sort ? (s.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  }

  protected label(c: { key: string; kind: RankingComponent['kind'] }): string {
    return componentLabel(this.i18n, c);
  }

  protected componentOf(row: StoreRankingRow, key: string): RankingComponent | undefined {
    return row.components.find((c) => c.key === key);
  }

  protected raw(c: RankingComponent): string {
    return rawText(this.i18n, c);
  }

  /** What the raw value of a column is measured in, so nobody takes it for the 0–100 score beside it. */
  protected unitOf(c: { kind: RankingComponent['kind'] }): string {
    const unit = COMPONENT_KIND_INFO[c.kind]?.unit;
    return this.i18n.t(
      unit === '%'
        ? 'rank.unitPercent'
        : unit === 'per10k'
          ? 'rank.unitPer10k'
          : unit === 'perMonth'
            ? 'rank.unitPerMonth'
            : 'rank.unitPoints',
    );
  }

  protected readonly move = rankMove;
  protected readonly trackRow = (_: number, row: StoreRankingRow) => row.storeId;
}
