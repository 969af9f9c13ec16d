import { toParams } from './params';

describe('toParams', () => {
  it('keeps real values as text and drops undefined, null and empty ones', () => {
    const params = toParams({ q: 'BJ', page: 2, active: false, regionId: undefined, status: null, empty: '' });
    expect(params.keys()).toEqual(['q', 'page', 'active']);
    expect([params.get('q'), params.get('page'), params.get('active')]).toEqual(['BJ', '2', 'false']);
  });

  it('keeps zero', () => {
    expect(toParams({ storeId: 0 }).get('storeId')).toBe('0');
  });
});
