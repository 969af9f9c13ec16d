import { DateColumn, numberColumn, NumberColumn, parseCount, parseDay, parseHundredths, parseOpen } from './values';

const column = (order: DateColumn['order'] = null): DateColumn => ({ order, fixed: order !== null });

describe('parseDay', () => {
  it.each<[string, unknown, DateColumn['order'], number]>([
    ['ISO', '2026-03-01', null, 20260301],
    ['slashes without padding, as Excel in China writes', '2026/3/1', null, 20260301],
    ['Chinese', '2026年3月1日', null, 20260301],
    ['compact', '20260301', null, 20260301],
    ['with a time of day, as databases export', '2015-07-31 00:00:00', null, 20150731],
    ['Excel date cell (UTC midnight)', new Date(Date.UTC(2026, 2, 1)), null, 20260301],
    ['Excel serial number', 46082, null, 20260301],
    ['leap day', '2024-02-29', null, 20240229],
    ['D.M.Y, the day above 12 says so', '31.07.2015', null, 20150731],
    ['M/D/Y, the day above 12 says so', '07/31/2015', null, 20150731],
    ['ambiguous, in a D/M/Y column', '03/04/2015', 'dmy', 20150403],
    ['ambiguous, in an M/D/Y column', '03/04/2015', 'mdy', 20150304],
    ['the same either way: no order needed', '04/04/2015', null, 20150404],
  ])('%s: %p → %d', (_, cell, order, expected) => {
    expect(parseDay(cell as never, column(order))).toEqual({ ok: true, value: expected });
  });

  it.each<[string, unknown, DateColumn['order'], string]>([
    ['empty', '', null, 'empty'],
    ['not a calendar date', '2026-02-29', null, 'not_calendar_date'],
    ['month 13', '2026/13/1', null, 'not_calendar_date'],
    ['words', '三月一日', null, 'not_a_date'],
    ['ambiguous day and month with no order known: never guessed', '03/04/2015', null, 'date_ambiguous'],
    ['a day above 12 where the column says M/D/Y', '31/07/2015', 'mdy', 'date_order_mismatch'],
    ['fractional serial', 46082.5, null, 'not_a_date'],
    ['a year outside 1900–2100', '0001-01-01', null, 'not_calendar_date'],
  ])('refuses %s', (_, cell, order, code) => {
    expect(parseDay(cell as never, column(order))).toMatchObject({ ok: false, code });
  });
});

describe('parseHundredths (元 → 分) in the column’s number style', () => {
  it.each<[string, unknown, NumberColumn['decimal'], number]>([
    ['plain', '1234.56', null, 123456],
    ['¥ and thousands separators', '¥1,234.56', null, 123456],
    ['full-width ¥', '￥12,000', null, 1200000],
    ['one decimal', '0.5', null, 50],
    ['no float error: 0.1 + 0.2 style', '0.29', null, 29],
    ['large, exact', '98,765,432.10', null, 9876543210],
    ['negative (a day of returns)', '-12.30', null, -1230],
    ['accounting negative', '(12.30)', null, -1230],
    ['Excel number cell', 1234.56, null, 123456],
    ['Excel number cell with float noise', 0.1 + 0.2, null, 30],
    ['decimal comma', '812,30', null, 81230],
    ['German style', '1.234,56', null, 123456],
    ['French style (spaces group thousands)', '1 234,56', null, 123456],
    ['a no-break space groups thousands', '1\u00a0234,56', null, 123456],
    ['dots group thousands in a comma column', '1.234', ',', 123400],
    ['plain digits fit any column', '1234', ',', 123400],
  ])('%s: %p → %d', (_, cell, decimal, expected) => {
    expect(parseHundredths(cell as never, { allowNegative: true }, numberColumn(decimal))).toEqual({ ok: true, value: expected });
  });

  it.each<[string, unknown, NumberColumn['decimal'], string]>([
    ['a decimal comma in a 1,234.56 column is never 81,230', '812,30', '.', 'number_style_mismatch'],
    ['a decimal dot in a 1.234,56 column', '12.50', ',', 'number_style_mismatch'],
    ['"1,2,3" has no groups of three', '1,2,3', null, 'not_a_number'],
    ['three decimals (a dot followed by three digits is thousands: not in a dot column)', '1.234', '.', 'number_style_mismatch'],
    ['three decimals after a comma that cannot group', '1234,567', null, 'too_many_decimals'],
    ['letters', '12a', null, 'not_a_number'],
    ['empty', ' ', null, 'empty'],
    ['two decimal dots', '1.2.3', null, 'not_a_number'],
    ['a separator with nothing after it', '12.', null, 'not_a_number'],
  ])('refuses %s', (_, cell, decimal, code) => {
    expect(parseHundredths(cell as never, { allowNegative: true }, numberColumn(decimal))).toMatchObject({ ok: false, code });
  });

  it('the first value with a separator settles an unknown column, and a later one that contradicts it is an error', () => {
    const col = numberColumn();
    expect(parseHundredths('1000', { allowNegative: false }, col)).toEqual({ ok: true, value: 100000 });
    expect(col.decimal).toBeNull();
    expect(parseHundredths('1.234,50', { allowNegative: false }, col)).toEqual({ ok: true, value: 123450 });
    expect(col.decimal).toBe(',');
    expect(parseHundredths('99.50', { allowNegative: false }, col)).toMatchObject({
      ok: false,
      code: 'number_style_mismatch',
      params: { value: '99.50', style: '1.234,56' },
    });
  });

  it('quotes at most 100 characters of a value', () => {
    const long = '1'.repeat(300) + 'x';
    const parsed = parseHundredths(long, { allowNegative: false });
    expect(parsed.ok).toBe(false);
    if ('code' in parsed) expect(String(parsed.params['value']).length).toBeLessThanOrEqual(101);
  });

  it('refuses a negative where it makes no sense (shrink)', () => {
    expect(parseHundredths('-1', { allowNegative: false })).toMatchObject({ ok: false, code: 'negative' });
  });
});

describe('parseCount', () => {
  it.each<[unknown, number]>([
    ['1,234', 1234],
    [56, 56],
    ['0', 0],
    ['1.234', 1234],
  ])('%p → %d', (cell, expected) => expect(parseCount(cell as never)).toEqual({ ok: true, value: expected }));

  it.each(['12.5', '-3', 'abc'])('refuses %p', (cell) => expect(parseCount(cell).ok).toBe(false));
});

describe('parseOpen (营业)', () => {
  it.each<[unknown, boolean | null]>([
    ['1', true],
    ['0', false],
    [1, true],
    [0, false],
    ['是', true],
    ['否', false],
    ['营业', true],
    ['闭店', false],
    ['TRUE', true],
    ['false', false],
    [true, true],
    ['', null],
    [null, null],
  ])('%p → %p', (cell, expected) => expect(parseOpen(cell as never)).toEqual({ ok: true, value: expected }));

  it.each(['2', 'maybe', 0.5])('refuses %p', (cell) =>
    expect(parseOpen(cell as never)).toMatchObject({ ok: false, code: 'not_open_flag' }),
  );
});
