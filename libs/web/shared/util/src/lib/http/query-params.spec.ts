import { toParams } from './query-params';

describe('toParams', () => {
  it.each([
    ['keeps real filters as strings', { q: 'sh', page: 2, active: false }, 'q=sh&page=2&active=false'],
    ['drops undefined, null and empty values', { q: '', regionId: null, status: undefined, page: 1 }, 'page=1'],
    ['keeps zero', { pageSize: 0 }, 'pageSize=0'],
    ['sends nothing for an empty query', {}, ''],
  ])('%s', (_name, query, expected) => {
    expect(toParams(query).toString()).toBe(expected);
  });
});
