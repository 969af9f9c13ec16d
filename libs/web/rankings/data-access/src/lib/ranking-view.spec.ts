import { RankingComponent, StoreRankingRow } from '@storeops/shared/contracts';
import {
  changeKind,
  parseRankingState,
  periodInYear,
  periodOptions,
  rankMove,
  rankingQueryParams,
  sortRankingRows,
  splitPeriod,
} from './ranking-view';

const component = (key: string, score: number | null): RankingComponent => ({
  key,
  kind: 'sales_achievement',
  raw: score,
  score,
  weight: 50,
  effectiveWeight: 50,
  part: 0,
  contribution: null,
  previousRaw: null,
  previousScore: null,
});

const row = (
  code: string,
  rank: number | null,
  composite: number | null,
  change: number | null,
  sales: number | null,
): StoreRankingRow => ({
  storeId: Number(code.slice(2)),
  storeCode: code,
  storeName: code,
  regionId: 1,
  regionName: '华北',
  format: 'supermarket',
  rank,
  composite,
  previousRank: change === null ? null : (rank ?? 0) + change,
  previousComposite: null,
  rankChange: change,
  compositeChange: null,
  components: [component('sales', sales)],
});

describe('ranking URL state', () => {
  it('a link without parameters opens the default period, all stores, by rank', () => {
    expect(parseRankingState({}, '2026-10')).toEqual({
      period: '2026-10',
      scope: 'all',
      schemeId: null,
      sort: 'rank',
      dir: 'asc',
      store: null,
    });
  });

  it('reads every part of a shared link back', () => {
    const state = parseRankingState(
      { period: '2026-Q3', scope: 'region:4', schemeId: '7', sort: 'c:sales', dir: 'asc', store: '12' },
      '2026-10',
    );
    expect(state).toEqual({ period: '2026-Q3', scope: 'region:4', schemeId: 7, sort: 'c:sales', dir: 'asc', store: 12 });
    expect(parseRankingState(rankingQueryParams(state), '2026-10')).toEqual(state);
  });

  it('falls back to defaults for malformed values instead of sending them to the API', () => {
    const state = parseRankingState(
      { period: '2026-13', scope: 'region:x', schemeId: '-1', sort: 'drop table', dir: 'up', store: 'abc' },
      '2026-10',
    );
    expect(state).toEqual({ period: '2026-10', scope: 'all', schemeId: null, sort: 'rank', dir: 'asc', store: null });
  });

  it('leaves defaults out of the URL so the link stays short', () => {
    expect(rankingQueryParams({ period: '2026-10', scope: 'all', schemeId: null, sort: 'composite', dir: 'desc', store: null })).toEqual({
      period: '2026-10',
      scope: null,
      schemeId: null,
      sort: 'composite',
      dir: null,
      store: null,
    });
  });
});

describe('periods', () => {
  it('switching kind keeps the period that holds the current one’s end', () => {
    expect(changeKind('2026-10', 'quarter')).toBe('2026-Q4');
    expect(changeKind('2026-Q3', 'month')).toBe('2026-09');
    expect(changeKind('2026', 'quarter')).toBe('2026-Q4');
    expect(changeKind('2026-05', 'year')).toBe('2026');
    expect(splitPeriod('2026-Q2')).toEqual({ kind: 'quarter', year: 2026, part: 2 });
  });
});

describe('period pickers over the facts', () => {
  // A European chain's history: January 2013 to July 2015.
  const range = { firstDay: '2013-01-01', lastDay: '2015-07-31' };

  it('switching the kind stays in periods with facts: 2015-Q3 → 2015-07 (not September), 2015 → 2015-Q3', () => {
    expect(changeKind('2015-Q3', 'month', range)).toBe('2015-07');
    expect(changeKind('2015', 'month', range)).toBe('2015-07');
    expect(changeKind('2015', 'quarter', range)).toBe('2015-Q3');
    expect(changeKind('2014-Q4', 'month', range)).toBe('2014-12');
    expect(changeKind('2015-07', 'quarter', range)).toBe('2015-Q3');
  });

  it('offers every year with facts, not the last four calendar years, and the months of the shown year', () => {
    expect(periodOptions(range, '2015-07')).toEqual({ years: [2015, 2014, 2013], parts: [1, 2, 3, 4, 5, 6, 7] });
    expect(periodOptions(range, '2014-Q2')).toEqual({ years: [2015, 2014, 2013], parts: [1, 2, 3, 4] });
    expect(periodOptions(range, '2013')).toEqual({ years: [2015, 2014, 2013], parts: [] });
  });

  it('still shows a period from the URL that has no facts, so the pickers say what is on screen', () => {
    expect(periodOptions(range, '2016-03')).toEqual({ years: [2016, 2015, 2014, 2013], parts: [3] });
    expect(periodOptions(null, '2026-10')).toEqual({ years: [2026], parts: [10] });
  });

  it('keeps the month when the other year has it, else lands on the nearest earlier month with facts', () => {
    expect(periodInYear(range, '2014-11', 2013)).toBe('2013-11');
    expect(periodInYear(range, '2014-11', 2015)).toBe('2015-07');
    expect(periodInYear(range, '2014-Q4', 2015)).toBe('2015-Q3');
    expect(periodInYear(range, '2014', 2015)).toBe('2015');
    expect(periodInYear({ firstDay: '2024-11-20', lastDay: '2025-12-31' }, '2025-03', 2024)).toBe('2024-11');
  });
});

describe('sorting and movement', () => {
  const rows = [
    row('BJ001', 1, 90, 2, 80),
    row('BJ002', 2, 85, -1, null),
    row('BJ003', 2, 85, null, 95),
    row('BJ004', null, null, null, null),
  ];

  it('by composite descending keeps ties in rank/code order and unranked stores last', () => {
    expect(sortRankingRows(rows, 'composite', 'desc').map((r) => r.storeCode)).toEqual(['BJ001', 'BJ002', 'BJ003', 'BJ004']);
    expect(sortRankingRows(rows, 'composite', 'asc').map((r) => r.storeCode)).toEqual(['BJ002', 'BJ003', 'BJ001', 'BJ004']);
  });

  it('by a component score puts stores missing it last in either direction', () => {
    expect(sortRankingRows(rows, 'c:sales', 'desc').map((r) => r.storeCode)).toEqual(['BJ003', 'BJ001', 'BJ002', 'BJ004']);
    expect(sortRankingRows(rows, 'c:sales', 'asc').map((r) => r.storeCode)).toEqual(['BJ001', 'BJ003', 'BJ002', 'BJ004']);
  });

  it('names the arrow: up, down, same, 新 without a previous rank, nothing when unranked', () => {
    expect(rows.map(rankMove)).toEqual(['up', 'down', 'new', 'none']);
    expect(rankMove({ rank: 3, previousRank: 3, rankChange: 0 })).toBe('same');
  });
});
