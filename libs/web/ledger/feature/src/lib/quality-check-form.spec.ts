import { emptyFinding, parseTemperature, QualityFindingDraft, toQualityFinding } from './quality-check-form';

const draft = (change: Partial<QualityFindingDraft> = {}): QualityFindingDraft => ({
  ...emptyFinding(),
  product: '鲜牛奶 950ml',
  ...change,
});

describe('parseTemperature', () => {
  it.each([
    ['', null],
    ['4', 4],
    ['-18', -18],
    ['－18.5', -18.5],
    ['7.5', 7.5],
    ['7.55', Number.NaN],
    ['61', Number.NaN],
    ['四度', Number.NaN],
  ])('%s → %s', (text, value) => {
    expect(parseTemperature(text)).toBe(value);
  });
});

describe('toQualityFinding', () => {
  it('maps an expired item: trimmed, the count as a number, no readings, the supplier when named', () => {
    expect(
      toQualityFinding(draft({ product: ' 酸奶 ', batch: ' B20261101 ', quantity: '12', action: 'return_to_supplier', supplierId: 4 })),
    ).toEqual({
      ok: true,
      finding: { kind: 'expired', product: '酸奶', batch: 'B20261101', quantity: 12, action: 'return_to_supplier', supplierId: 4 },
    });
  });

  it('ignores readings typed for a finding that is not cold chain', () => {
    const result = toQualityFinding(draft({ temperature: '9' }));
    expect(result.ok && 'temperatureC' in result.finding).toBe(false);
  });

  it('sends a cold-chain reading with its limits', () => {
    expect(toQualityFinding(draft({ kind: 'cold_chain', temperature: '7.5', limitMin: '0', limitMax: '4' }))).toEqual({
      ok: true,
      finding: {
        kind: 'cold_chain',
        product: '鲜牛奶 950ml',
        quantity: 1,
        action: 'remove',
        temperatureC: 7.5,
        limitMinC: 0,
        limitMaxC: 4,
      },
    });
  });

  it.each([
    ['no reading', { temperature: '' }, { temperature: 'required' }],
    ['a reading with two decimals', { temperature: '3.25' }, { temperature: 'temperature' }],
    ['limits the wrong way round', { temperature: '3', limitMin: '8', limitMax: '2' }, { limitMax: 'limits' }],
  ])('refuses a cold-chain finding with %s', (_name, change, problems) => {
    expect(toQualityFinding(draft({ kind: 'cold_chain', ...change }))).toEqual({ ok: false, problems });
  });

  it.each([
    ['no product', { product: ' ' }, { product: 'required' }],
    ['no quantity', { quantity: '' }, { quantity: 'required' }],
    ['a fractional quantity', { quantity: '1.5' }, { quantity: 'count' }],
  ])('refuses a finding with %s', (_name, change, problems) => {
    expect(toQualityFinding(draft(change))).toEqual({ ok: false, problems });
  });
});
