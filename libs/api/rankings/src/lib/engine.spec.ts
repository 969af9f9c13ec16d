import { SchemeComponentConfig } from '@storeops/shared/contracts';
import { schemeProblems } from './schemes.service';
import { rankComposites, RankedStore, rankStores, Raws } from './engine';

const store = (id: number, code: string): RankedStore => ({ id, code, name: code, regionId: 1, regionName: '华东', format: 'supermarket' });
const scheme: SchemeComponentConfig[] = [
  { key: 'sales', kind: 'sales_achievement', weight: 50, floor: 80, ceiling: 110, direction: 'higher' },
  { key: 'inspection', kind: 'inspection_score', weight: 30, floor: 60, ceiling: 100, direction: 'higher' },
  { key: 'shrink', kind: 'shrink_vs_target', weight: 20, floor: 80, ceiling: 150, direction: 'lower', targetRate: 1 },
];
const raws = (entries: Array<[number, Record<string, number | null>]>): Raws => new Map(entries);

describe('rankStores', () => {
  it('ranks by composite with competition ranks: ties share a rank, are listed by code, and the next rank skips (1, 2, 2, 4)', () => {
    const stores = [store(1, 'SH002'), store(2, 'SH001'), store(3, 'BJ001'), store(4, 'GZ001')];
    const current = raws([
      [1, { sales: 110, inspection: 100, shrink: 80 }], // 100
      [2, { sales: 95, inspection: 80, shrink: 115 }], // 50
      [3, { sales: 95, inspection: 80, shrink: 115 }], // 50
      [4, { sales: 80, inspection: 60, shrink: 150 }], // 0
    ]);
    const rows = rankStores(stores, scheme, 'zero', current, new Map());
    expect(rows.map((r) => [r.storeCode, r.rank, r.composite])).toEqual([
      ['SH002', 1, 100],
      ['BJ001', 2, 50],
      ['SH001', 2, 50],
      ['GZ001', 4, 0],
    ]);
  });

  it('zero rule: a store without inspections scores 0 on it and keeps the full weights', () => {
    const rows = rankStores([store(1, 'A')], scheme, 'zero', raws([[1, { sales: 110, inspection: null, shrink: 80 }]]), new Map());
    expect(rows[0].composite).toBe(70);
    expect(rows[0].components.map((c) => [c.key, c.raw, c.score, c.effectiveWeight])).toEqual([
      ['sales', 110, 100, 50],
      ['inspection', null, 0, 30],
      ['shrink', 80, 100, 20],
    ]);
  });

  it('reweight rule: a missing component is left out and the others share its weight', () => {
    const rows = rankStores([store(1, 'A')], scheme, 'reweight', raws([[1, { sales: 95, inspection: null, shrink: 80 }]]), new Map());
    // (50 × 50 + 20 × 100) / 70 = 64.2857…
    expect(rows[0].composite).toBe(64.2857);
    expect(rows[0].components[1]).toMatchObject({ raw: null, score: null, effectiveWeight: 0, part: 0 });
    expect(rows[0].components.reduce((a, c) => a + Math.round(c.part * 10_000), 0)).toBe(642_857);
  });

  it('a store with every component missing is listed last, unranked', () => {
    const rows = rankStores([store(1, 'A'), store(2, 'B')], scheme, 'reweight', raws([[2, { sales: 90 }]]), new Map());
    expect(rows.map((r) => [r.storeCode, r.rank, r.composite])).toEqual([
      ['B', 1, 33.33],
      ['A', null, null],
    ]);
  });

  it.each<[string, 'zero' | 'reweight']>([
    ['zero', 'zero'],
    ['reweight', 'reweight'],
  ])('contributions sum exactly to the composite change (%s rule), and rank change is previous − current', (_, rule) => {
    const stores = [store(1, 'A'), store(2, 'B'), store(3, 'C')];
    const previous = raws([
      [1, { sales: 83.17, inspection: 71.3, shrink: 97.77 }],
      [2, { sales: 101.01, inspection: null, shrink: 133.33 }],
      [3, { sales: 99.99, inspection: 88.8, shrink: 81.11 }],
    ]);
    const current = raws([
      [1, { sales: 107.77, inspection: 93.3, shrink: 91.19 }],
      [2, { sales: 92.21, inspection: 66.6, shrink: null }],
      [3, { sales: 85.55, inspection: null, shrink: 121.9 }],
    ]);
    const rows = rankStores(stores, scheme, rule, current, previous);
    for (const row of rows) {
      const units = row.components.reduce((a, c) => a + Math.round((c.contribution as number) * 10_000), 0);
      expect(units).toBe(Math.round((row.compositeChange as number) * 10_000));
      expect(Math.round(((row.composite as number) - (row.previousComposite as number)) * 10_000)).toBe(
        Math.round((row.compositeChange as number) * 10_000),
      );
      expect(row.rankChange).toBe((row.previousRank as number) - (row.rank as number));
    }
    const a = rows.find((r) => r.storeCode === 'A');
    expect(a?.rank).toBe(1);
    expect(a?.rankChange).toBeGreaterThan(0);
  });

  it('zero rule: each contribution is weight × Δscore / 100', () => {
    const rows = rankStores(
      [store(1, 'A')],
      scheme,
      'zero',
      raws([[1, { sales: 95, inspection: 90, shrink: 100 }]]),
      raws([[1, { sales: 86, inspection: 70, shrink: 120 }]]),
    );
    // Δscores: sales 50 − 20 = 30, inspection 75 − 25 = 50, shrink 71.43 − 42.86 = 28.57
    expect(rows[0].components.map((c) => c.contribution)).toEqual([15, 15, 5.714]);
    expect(rows[0].compositeChange).toBe(35.714);
  });

  it('without any previous figure (either rule) there is no previous rank, rank change or contribution', () => {
    for (const rule of ['zero', 'reweight'] as const) {
      const rows = rankStores([store(1, 'A')], scheme, rule, raws([[1, { sales: 95 }]]), new Map([[1, {}]]));
      expect(rows[0]).toMatchObject({ rank: 1, previousRank: null, previousComposite: null, rankChange: null, compositeChange: null });
      expect(rows[0].components.map((c) => c.contribution)).toEqual([null, null, null]);
    }
  });
});

describe('schemeProblems', () => {
  it('accepts the demo-like scheme', () => expect(schemeProblems(scheme)).toEqual([]));
  it.each<[string, SchemeComponentConfig[], RegExp]>([
    ['weights summing to 90', [{ ...scheme[0], weight: 40 }, scheme[1], scheme[2]], /sum to 90, not 100/],
    ['weights summing to 110', [{ ...scheme[0], weight: 60 }, scheme[1], scheme[2]], /sum to 110, not 100/],
    ['shrink without its target rate', [scheme[0], scheme[1], { ...scheme[2], targetRate: undefined }], /targetRate.*required/],
    ['a parameter the kind does not take', [{ ...scheme[0], categoryIds: [1] }, scheme[1], scheme[2]], /categoryIds.*not a parameter/],
  ])('refuses %s', (_, components, problem) =>
    expect(
      schemeProblems(components)
        .map((d) => `${d.field}: ${d.problem}`)
        .join('; '),
    ).toMatch(problem),
  );
});

describe('rankComposites (a trend point)', () => {
  it('gives every store the rank and composite rankStores gives it, ties and unmeasured stores included', () => {
    const stores = [store(1, 'SH002'), store(2, 'SH001'), store(3, 'BJ001'), store(4, 'GZ001'), store(5, 'XA001')];
    const current = raws([
      [1, { sales: 110, inspection: 100, shrink: 80 }],
      [2, { sales: 95, inspection: 80, shrink: 115 }],
      [3, { sales: 95, inspection: 80, shrink: 115 }],
      [4, { sales: 80, inspection: null, shrink: 150 }],
    ]);
    for (const rule of ['zero', 'reweight'] as const) {
      const full = rankStores(stores, scheme, rule, current, new Map());
      const points = rankComposites(stores, scheme, rule, current);
      expect(full.map((r) => [r.storeId, points.get(r.storeId)])).toEqual(
        full.map((r) => [r.storeId, { rank: r.rank, composite: r.composite }]),
      );
      expect(points.get(5)).toEqual({ rank: null, composite: null });
      expect(points.get(2)?.rank).toBe(2);
      expect(points.get(3)?.rank).toBe(2);
    }
  });
});
