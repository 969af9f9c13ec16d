import { Role, StoreFormat } from '@storeops/shared/contracts';
import { DEMO_SEED, generateDemoChain } from './chain';

describe('generateDemoChain', () => {
  const chain = generateDemoChain(2026);

  it('is deterministic for a seed and year', () => {
    expect(generateDemoChain(2026, DEMO_SEED)).toEqual(chain);
    expect(generateDemoChain(2026, DEMO_SEED + 1)).not.toEqual(chain);
  });

  it('has 4 regions, 48 stores with unique codes, every format', () => {
    expect(chain.regions.map((r) => r.name)).toEqual(['华东', '华南', '华北', '华中']);
    expect(chain.stores).toHaveLength(48);
    expect(new Set(chain.stores.map((s) => s.code)).size).toBe(48);
    expect(new Set(chain.stores.map((s) => s.format))).toEqual(new Set(Object.values(StoreFormat)));
    expect(chain.stores.find((s) => s.code === 'SH001')?.name).toBe('上海徐汇店');
  });

  it('has 12 top categories, each with subcategories (生鲜 › 水果)', () => {
    const tops = chain.categories.filter((c) => c.parentCode === null);
    expect(tops).toHaveLength(12);
    for (const top of tops) expect(chain.categories.some((c) => c.parentCode === top.code)).toBe(true);
    expect(chain.categories.find((c) => c.name === '水果')?.parentCode).toBe('FR');
  });

  it('has an account for every role; manager runs the lowest-coded store; one manager per store', () => {
    expect(new Set(chain.users.map((u) => u.role))).toEqual(new Set(Object.values(Role)));
    const lowest = [...chain.stores].map((s) => s.code).sort()[0];
    expect(chain.users.find((u) => u.username === 'manager')?.storeCode).toBe(lowest);
    const managed = chain.users.filter((u) => u.role === Role.StoreManager).map((u) => u.storeCode);
    expect(new Set(managed).size).toBe(48);
    expect(chain.users.find((u) => u.username === 'specialist')?.categoryCodes).toEqual(['FR', 'FD']);
  });

  it('has stores opened last year (no history) and area in the range of their format', () => {
    expect(chain.stores.filter((s) => s.openDate.startsWith('2025')).length).toBeGreaterThanOrEqual(3);
    for (const s of chain.stores) {
      const [min, max] =
        s.format === StoreFormat.Hypermarket ? [8000, 15000] : s.format === StoreFormat.Supermarket ? [2000, 5000] : [80, 300];
      expect(s.salesAreaSqm).toBeGreaterThanOrEqual(min);
      expect(s.salesAreaSqm).toBeLessThanOrEqual(max);
    }
  });
});
