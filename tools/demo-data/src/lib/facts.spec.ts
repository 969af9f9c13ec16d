import { generateDemoChain } from './chain';
import { generateDemoFacts, seasonFactor } from './facts';

describe('generateDemoFacts', () => {
  const chain = generateDemoChain(2026);
  const collect = (days: number, to = '2026-11-26') => {
    const cat = [];
    const store = [];
    for (const day of generateDemoFacts(chain, { to, days })) {
      cat.push(...day.category);
      store.push(...day.store);
    }
    return { cat, store };
  };

  it('is deterministic', () => {
    expect(collect(3)).toEqual(collect(3));
  });

  it('covers every trading store and top category each day, in whole 分', () => {
    const { cat, store } = collect(2);
    const trading = chain.stores.filter((s) => s.status === 'open').length;
    expect(store.filter((s) => s.day === '2026-11-26')).toHaveLength(trading);
    expect(cat.filter((c) => c.day === '2026-11-26')).toHaveLength(trading * 12);
    for (const c of cat) {
      expect(Number.isInteger(c.sales) && Number.isInteger(c.cost) && Number.isInteger(c.shrink)).toBe(true);
      expect(c.cost).toBeLessThan(c.sales);
      expect(c.shrink).toBeGreaterThanOrEqual(0);
    }
  });

  it('has believable shape: weekends above weekdays, 国庆 and the run-up to 春节 above both', () => {
    expect(seasonFactor('2026-11-21')).toBeGreaterThan(seasonFactor('2026-11-18'));
    expect(seasonFactor('2026-10-03')).toBeGreaterThan(seasonFactor('2026-10-17'));
    expect(seasonFactor('2026-02-12')).toBeGreaterThan(seasonFactor('2026-03-12'));
  });

  it('starts a store opened in the range on its opening day', () => {
    const late = chain.stores.find((s) => s.openDate.startsWith('2025') && s.status === 'open');
    if (!late) throw new Error('the demo chain has no store opened in 2025');
    const { store } = collect(730);
    const first = store
      .filter((s) => s.storeCode === late.code)
      .map((s) => s.day)
      .sort()[0];
    expect(first).toBe(late.openDate);
  });
});
