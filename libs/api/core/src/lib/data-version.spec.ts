import { dataVersion, dataVersionBumpSql, LruCache, observeDataVersion } from './data-version';

describe('dataVersion', () => {
  it('moves on for a kind only when a different row value of that kind is seen', () => {
    observeDataVersion('facts', 7);
    const before = dataVersion('facts', 'org');
    observeDataVersion('inspections', 3);
    expect(dataVersion('facts', 'org')).toBe(before);
    observeDataVersion('facts', 7);
    expect(dataVersion('facts', 'org')).toBe(before);
    observeDataVersion('facts', 8);
    const after = dataVersion('facts', 'org');
    expect(after).not.toBe(before);
    // A value seen out of order (an older notification after a read) only moves the key on again: never back to an old key.
    observeDataVersion('facts', 7);
    expect(dataVersion('facts', 'org')).not.toBe(after);
    expect(dataVersion('facts', 'org')).not.toBe(before);
  });

  it('ignores kinds it does not know and values that are not numbers', () => {
    const before = dataVersion('facts', 'org', 'targets');
    observeDataVersion('suppliers', 2);
    observeDataVersion('facts', Number('x'));
    expect(dataVersion('facts', 'org', 'targets')).toBe(before);
  });

  it('bumps in SQL for the import apply; PostgreSQL also notifies', () => {
    expect(dataVersionBumpSql('facts', 'sqlite')).toHaveLength(1);
    expect(dataVersionBumpSql('facts', 'sqlite')[0]).toContain(
      `ON CONFLICT ("kind") DO UPDATE SET "version" = "data_version"."version" + 1`,
    );
    const pg = dataVersionBumpSql('facts', 'postgres');
    expect(pg).toHaveLength(2);
    expect(pg[1]).toContain(`pg_notify('storeops_data_version', 'facts:'`);
  });
});

describe('LruCache', () => {
  it('evicts the least recently used entry beyond capacity', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });
});
