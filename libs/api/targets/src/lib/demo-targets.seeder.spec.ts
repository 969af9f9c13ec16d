import { Metric } from '@storeops/shared/contracts';
import { DemoTargetsSeeder } from './demo-targets.seeder';
import { harness } from './testing/harness.spec.helper';

describe('DemoTargetsSeeder', () => {
  it('approves this year (last year × 1.06) and last year (its own actual when the year before has no facts), once', async () => {
    const h = await harness([{ code: 'SH001' }, { code: 'SH002' }], {
      [Metric.Sales]: { months: { 2025: { 1: Array.from({ length: 12 }, () => 1_000), 2: Array.from({ length: 12 }, () => 2_000) } } },
    });
    const seeder = new DemoTargetsSeeder(h.repo, h.directory, h.decompositions, h.reader);
    // Gross margin has no facts at all, so it gets no demo target.
    expect(await seeder.seed('2026-03-10')).toBe(2);
    const approved = (await h.decompositions.list({ status: 'approved' })).items;
    expect(approved.map((d) => [d.year, d.metric, d.total, d.method, d.current, d.createdBy, d.approvedBy])).toEqual([
      [2026, Metric.Sales, 38_160, 'last_year', true, 'ops', 'director'],
      [2025, Metric.Sales, 36_000, 'last_year', true, 'ops', 'director'],
    ]);
    expect(await seeder.seed('2026-03-10')).toBe(0);
    await h.close();
  });
});
