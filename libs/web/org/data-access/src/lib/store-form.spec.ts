import { externalCodeProblem, parseSalesArea } from './store-form';

describe('store form rules', () => {
  it('takes a POS number or ERP code once, case-insensitively, and not the store’s own code', () => {
    expect(externalCodeProblem('9001', [], 'SH001')).toBeNull();
    expect(externalCodeProblem('pos-0002', ['POS-0002'], 'SH001')).toBe('org.stores.ext.twice');
    expect(externalCodeProblem('sh001', [], 'SH001')).toBe('org.stores.ext.ownCode');
    expect(externalCodeProblem('a'.repeat(41), [], 'SH001')).toBe('org.stores.ext.invalid');
    expect(externalCodeProblem('x\u0007', [], 'SH001')).toBe('org.stores.ext.invalid');
    expect(
      externalCodeProblem(
        '21',
        Array.from({ length: 20 }, (_, i) => String(i)),
        'SH001',
      ),
    ).toBe('org.stores.ext.tooMany');
  });

  it('reads an empty 营业面积 as unknown, never as 0', () => {
    expect(parseSalesArea('')).toBeNull();
    expect(parseSalesArea(null)).toBeNull();
    expect(parseSalesArea(' 3200 ')).toBe(3200);
    expect(parseSalesArea(3200)).toBe(3200);
    expect(parseSalesArea('0')).toBeUndefined();
    expect(parseSalesArea('12.5')).toBeUndefined();
  });
});
