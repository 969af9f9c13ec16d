import { fixed } from './component-labels';

describe('raw value formatting', () => {
  it('keeps a fixed number of decimals so a raw column reads evenly', () => {
    expect(fixed(76, 'zh-CN', 2)).toBe('76.00');
    expect(fixed(94.9417, 'zh-CN', 2)).toBe('94.94');
    expect(fixed(1234.5, 'en-US', 1)).toBe('1,234.5');
    expect(fixed(null, 'zh-CN')).toBe('—');
  });
});
