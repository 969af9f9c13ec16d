import { RankingComponent, StoreRankingRow } from '@storeops/shared/contracts';
import {
  changeKind,
  lastCompleteMonth,
  parseRankingState,
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
  it('the default is the last complete month, across a year boundary too', () => {
    expect(lastCompleteMonth(new Date(2026, 10, 27))).toBe('2026-10');
    expect(lastCompleteMonth(new Date(2027, 0, 5))).toBe('2026-12');
  });

  it('switching kind keeps the period that holds the current one’s end', () => {
    expect(changeKind('2026-10', 'quarter')).toBe('2026-Q4');
    expect(changeKind('2026-Q3', 'month')).toBe('2026-09');
    expect(changeKind('2026', 'quarter')).toBe('2026-Q4');
    expect(changeKind('2026-05', 'year')).toBe('2026');
    expect(splitPeriod('2026-Q2')).toEqual({ kind: 'quarter', year: 2026, part: 2 });
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
