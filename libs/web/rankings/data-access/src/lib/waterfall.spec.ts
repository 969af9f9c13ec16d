import { RankingComponent, StoreRankingRow } from '@storeops/shared/contracts';
import { buildWaterfall } from './waterfall';

const c = (key: string, part: number, contribution: number | null): RankingComponent => ({
  key,
  kind: 'sales_achievement',
  raw: 1,
  score: 1,
  weight: 1,
  effectiveWeight: 1,
  part,
  contribution,
  previousRaw: null,
  previousScore: null,
});

const base: StoreRankingRow = {
  storeId: 1,
  storeCode: 'BJ001',
  storeName: '一号店',
  regionId: 1,
  regionName: '华北',
  format: 'supermarket',
  rank: 3,
  composite: 72.4567,
  previousRank: 5,
  previousComposite: 70.1,
  rankChange: 2,
  compositeChange: 2.3567,
  components: [c('sales', 30.1, 1.2345), c('margin', 20.2, -0.3), c('insp', 22.1567, 1.4222)],
};

describe('buildWaterfall', () => {
  it('walks from the previous composite through each contribution to the current one without a gap', () => {
    const bars = buildWaterfall(base, (k) => k);
    expect(bars.map((b) => b.key)).toEqual(['previous', 'sales', 'margin', 'insp', 'current']);
    expect(bars[0]).toMatchObject({ from: 0, to: 70.1, kind: 'total' });
    expect(bars[1]).toMatchObject({ from: 70.1, to: 71.3345, kind: 'up' });
    expect(bars[2]).toMatchObject({ from: 71.3345, to: 71.0345, kind: 'down', value: -0.3 });
    // 4-decimal arithmetic: the last step ends exactly on the current composite (no float drift).
    expect(bars[3].to).toBe(72.4567);
    expect(bars[4]).toMatchObject({ from: 0, to: 72.4567, kind: 'total' });
  });

  it('without a previous period builds the composite from 0 out of the components’ parts', () => {
    const bars = buildWaterfall(
      {
        ...base,
        previousRank: null,
        previousComposite: null,
        rankChange: null,
        compositeChange: null,
        components: base.components.map((x) => ({ ...x, contribution: null })),
      },
      (k) => k,
    );
    expect(bars.map((b) => b.key)).toEqual(['sales', 'margin', 'insp', 'current']);
    expect(bars[0]).toMatchObject({ from: 0, to: 30.1 });
    expect(bars[2].to).toBe(72.4567);
  });
});
