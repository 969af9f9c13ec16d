import { Metric, Role } from '@storeops/shared/contracts';
import { director, harness, Harness, ops, refusal, user } from './testing/harness.spec.helper';

/**
 * Equal split with no history: each store's 365 000 goes to months by days, so March's target is 31 000 and the
 * year's 365 000. Facts up to 2026-03-10: SH001 sold 30 000 on 15 Jan and 5 000 on 1 and 10 March; SH002 1 000 and 2 000.
 */
describe('ProgressService: MTD / YTD against the approved targets', () => {
  let h: Harness;
  let sh1: number;
  let sh2: number;

  beforeEach(async () => {
    h = await harness([{ code: 'SH001' }, { code: 'SH002' }], {
      [Metric.Sales]: { days: { '2026-01-15': { 1: 30_000 }, '2026-03-01': { 1: 5_000, 2: 1_000 }, '2026-03-10': { 1: 5_000, 2: 2_000 } } },
    });
    [sh1, sh2] = [h.ids['SH001'], h.ids['SH002']];
    const d = await h.decompositions.create(ops, { year: 2026, metric: Metric.Sales, total: 730_000, method: 'equal' });
    const p = await h.decompositions.publish(ops, d.id, { version: d.version });
    await h.decompositions.approve(director, d.id, { version: p.version });
  });
  afterEach(() => h.close());

  it('matches a hand computation, as of the last day with facts by default', async () => {
    const res = await h.progress.storeProgress(ops, sh1);
    expect(res).toMatchObject({ storeId: sh1, date: '2026-03-10' });
    expect(res.metrics).toHaveLength(1);
    const { mtd, ytd } = res.metrics[0];
    expect(mtd).toEqual({
      target: 31_000,
      actual: 10_000,
      achievement: 10 / 31,
      timeProgress: 10 / 31,
      pace: expect.closeTo(1, 12),
      forecast: 31_000,
    });
    // Day 69 of 365: 31 + 28 + 10.
    expect(ytd).toMatchObject({ target: 365_000, actual: 40_000, achievement: 40 / 365, timeProgress: 69 / 365, forecast: 211_594 });
    expect(ytd.pace).toBeCloseTo(40 / 69, 12);
  });

  it('an earlier date counts facts up to and including it', async () => {
    const res = await h.progress.storeProgress(ops, sh1, '2026-03-01');
    expect(res.metrics[0].mtd).toMatchObject({ actual: 5_000, forecast: 155_000, timeProgress: 1 / 31 });
  });

  it('no approved decomposition for the year → no metrics', async () => {
    expect((await h.progress.storeProgress(ops, sh1, '2025-12-31')).metrics).toEqual([]);
  });

  it('store manager: own store → progress, another store → 403', async () => {
    const manager = user(Role.StoreManager, 'manager', sh1);
    expect((await h.progress.storeProgress(manager, sh1)).storeId).toBe(sh1);
    expect((await refusal(h.progress.storeProgress(manager, sh2))).status).toBe(403);
  });

  it('behind pace lists stores whose run-rate forecast is below 95 % of the month target, worst first', async () => {
    const res = await h.progress.behindPace(undefined, Metric.Sales);
    expect(res).toEqual({
      date: '2026-03-10',
      metric: Metric.Sales,
      rows: [
        {
          storeId: sh2,
          storeCode: 'SH002',
          storeName: 'SH002 店',
          regionName: '华东',
          target: 31_000,
          actual: 3_000,
          forecast: 9_300,
          forecastRatio: 0.3,
          pace: expect.closeTo(0.3, 12),
        },
      ],
    });
  });
});
