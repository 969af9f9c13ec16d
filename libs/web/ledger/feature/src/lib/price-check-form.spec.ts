import { toPriceItem, PriceItemDraft } from './price-check-form';

const draft = (change: Partial<PriceItemDraft> = {}): PriceItemDraft => ({
  sku: '6901234567890',
  name: '鲜牛奶 950ml',
  shelfYuan: '12.90',
  systemYuan: '12.90',
  tillYuan: '12.90',
  defectCode: '',
  ...change,
});

describe('toPriceItem', () => {
  it.each([
    ['two decimals', '12.90', 1290],
    ['one decimal', '0.3', 30],
    ['whole yuan', '8', 800],
    ['a float trap (0.29 × 100 is 28.999…)', '0.29', 29],
    ['another float trap', '1.15', 115],
    ['grouped with a yuan sign', '¥1,234.56', 123456],
    ['free', '0', 0],
    ['the highest price', '100000', 10_000_000],
  ])('converts 元 to 分 exactly: %s (%s → %d)', (_name, yuan, fen) => {
    const result = toPriceItem(draft({ shelfYuan: yuan }));
    expect(result).toEqual(expect.objectContaining({ ok: true }));
    if (result.ok) expect(result.item.shelfPriceFen).toBe(fen);
  });

  it.each([
    ['empty', '', 'required'],
    ['three decimals', '1.234', 'decimals'],
    ['not a number', '十二', 'price'],
    ['negative', '-1', 'negative'],
    ['above ¥100,000', '100000.01', 'tooHigh'],
  ])('refuses a price that is %s', (_name, yuan, problem) => {
    expect(toPriceItem(draft({ tillYuan: yuan }))).toEqual({ ok: false, problems: { tillYuan: problem } });
  });

  it.each([
    ['missing', '', 'required'],
    ['with a space inside', '690 123', 'sku'],
    ['too long', '1'.repeat(33), 'sku'],
  ])('refuses a SKU that is %s', (_name, sku, problem) => {
    expect(toPriceItem(draft({ sku }))).toEqual({ ok: false, problems: { sku: problem } });
  });

  it('maps the form to the request: trimmed, 分, the defect code only when one is picked', () => {
    expect(toPriceItem(draft({ sku: ' 6901 '.trim(), name: ' 酸奶 ', tillYuan: '13', defectCode: 'unclear_tag' }))).toEqual({
      ok: true,
      item: { sku: '6901', name: '酸奶', shelfPriceFen: 1290, systemPriceFen: 1290, tillPriceFen: 1300, defectCode: 'unclear_tag' },
    });
    const plain = toPriceItem(draft());
    expect(plain.ok && 'defectCode' in plain.item).toBe(false);
  });

  it('names every field that is wrong at once', () => {
    expect(toPriceItem(draft({ sku: '', name: '', shelfYuan: 'x', systemYuan: '', tillYuan: '1.001' }))).toEqual({
      ok: false,
      problems: { sku: 'required', name: 'required', shelfYuan: 'price', systemYuan: 'required', tillYuan: 'decimals' },
    });
  });
});
