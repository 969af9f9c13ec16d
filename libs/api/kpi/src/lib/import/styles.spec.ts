import { StyleDetector } from './styles';

const rows = (cells: string[][]) => cells.map((c, i) => ({ line: i + 2, cells: c }));

describe('StyleDetector (each column of the first rows)', () => {
  it.each<[string, string[], { decimal: string | null } | null, string | null]>([
    ['decimal commas', ['812,30', '1.234,50', '7'], { decimal: ',' }, null],
    ['decimal dots with thousands', ['1,234.56', '99.5', '7'], { decimal: '.' }, null],
    ['plain digits prove nothing', ['100', '2000'], { decimal: null }, null],
    ['D.M.Y dates (a day above 12)', ['31.07.2015', '01.07.2015'], null, 'dmy'],
    ['M/D/Y dates', ['07/31/2015', '07/01/2015'], null, 'mdy'],
    ['days never above 12 prove no order', ['03/04/2015', '04/04/2015'], null, null],
    ['year-first dates need no order', ['2015-07-31'], null, null],
  ])('%s', (_, values, numberStyle, dateOrder) => {
    const d = new StyleDetector();
    d.add(rows(values.map((v) => [v])));
    const style = d.styleOf(0);
    if (numberStyle) expect(style.numberStyle?.decimal ?? null).toBe(numberStyle.decimal);
    else expect(style.numberStyle).toBeNull();
    expect(style.dateOrder).toBe(dateOrder);
  });

  it('the majority decides when a column is mixed (the minority then errors when read)', () => {
    const d = new StyleDetector();
    d.add(rows([['812,30'], ['1,5'], ['2.50']]));
    expect(d.styleOf(0).numberStyle?.decimal).toBe(',');
  });

  it('an empty column has no style', () =>
    expect(new StyleDetector().styleOf(3)).toEqual({ numberStyle: null, dateOrder: null, numbers: 0, dates: 0 }));
});

describe('StyleDetector.settled', () => {
  it('is settled once every numeric and day-month-year column has shown its style', () => {
    const d = new StyleDetector();
    d.add([{ line: 2, cells: ['SH001', '1000', '2015-04-03'] }]);
    expect(d.settled()).toBe(true);
    d.add([{ line: 3, cells: ['SH001', '1000', '03/04/2015'] }]);
    expect(d.settled()).toBe(false);
    d.add([{ line: 4, cells: ['SH001', '12,50', '13/04/2015'] }]);
    expect(d.settled()).toBe(true);
  });
});
