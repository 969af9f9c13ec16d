import { fixed, signed } from './labels';

describe('score formatting', () => {
  it('keeps a fixed number of decimals so a ranked column reads evenly', () => {
    expect(fixed(76, 'zh-CN', 2)).toBe('76.00');
    expect(fixed(94.9417, 'zh-CN', 2)).toBe('94.94');
    expect(fixed(1234.5, 'en-US', 1)).toBe('1,234.5');
    expect(fixed(null, 'zh-CN')).toBe('—');
  });

  it('signs contributions with a real minus and the same decimals', () => {
    expect(signed(10, 'zh-CN', 2)).toBe('+10.00');
    expect(signed(-0.4, 'zh-CN', 2)).toBe('−0.40');
    expect(signed(0, 'zh-CN', 2)).toBe('0.00');
    expect(signed(null, 'zh-CN', 2)).toBe('—');
  });
});
