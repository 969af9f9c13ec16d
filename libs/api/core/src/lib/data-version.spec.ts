import { bumpDataVersion, dataVersion, LruCache } from './data-version';

describe('dataVersion', () => {
  it('changes for a kind only when that kind is bumped', () => {
    const before = dataVersion('facts', 'org');
    bumpDataVersion('inspections');
    expect(dataVersion('facts', 'org')).toBe(before);
    bumpDataVersion('facts');
    expect(dataVersion('facts', 'org')).not.toBe(before);
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
