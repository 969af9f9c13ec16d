import { readCalendarRows, sheetDay } from './calendar-sheet';

describe('sheetDay (the ways a sheet writes a day)', () => {
  it.each([
    ['2027-10-01', '2027-10-01'],
    ['2027/10/1', '2027-10-01'],
    ['2027.1.9', '2027-01-09'],
    ['2027年10月1日', '2027-10-01'],
    [' 2027 - 2 - 28 ', '2027-02-28'],
    ['2028-02-29', '2028-02-29'], // a leap day
    ['2027-02-29', null], // not one
    ['2027-13-01', null],
    ['10/01/2027', null], // day-first orders are ambiguous: refused, not guessed
    ['国庆', null],
    ['', null],
  ])('%s → %s', (text, day) => {
    expect(sheetDay(text)).toBe(day);
  });

  it('reads Excel date cells and serial days', () => {
    expect(sheetDay(new Date('2027-10-01T00:00:00Z'))).toBe('2027-10-01');
    expect(sheetDay(46_296)).toBe('2026-10-01');
  });
});

describe('readCalendarRows', () => {
  it('takes a header, spans, empty lines and rows in any order, sorted by day', () => {
    const { days, errors } = readCalendarRows(
      [
        ['日期', '类型', '名称'],
        ['2027-10-09', '上班', '国庆节'],
        ['', '', ''],
        ['2027-10-01~2027-10-03', '放假', '国庆节'],
        ['2027年1月1日', '休', ''],
      ],
      2027,
    );
    expect(errors).toEqual([]);
    expect(days).toEqual([
      { date: '2027-01-01', type: 'holiday', name: null },
      { date: '2027-10-01', type: 'holiday', name: '国庆节' },
      { date: '2027-10-02', type: 'holiday', name: '国庆节' },
      { date: '2027-10-03', type: 'holiday', name: '国庆节' },
      { date: '2027-10-09', type: 'makeup_workday', name: '国庆节' },
    ]);
  });

  it.each([
    ['a day that does not exist', [['2027-02-30', '放假']], 1, 'A', 'calendar.sheet_bad_date'],
    ['an unknown type', [['2027-05-01', '加班']], 1, 'B', 'calendar.sheet_bad_type'],
    ['a day of another year', [['2026-12-31', '放假']], 1, 'A', 'calendar.day_outside_year'],
    ['a make-up working day on a weekday', [['2027-10-08', '上班']], 1, 'B', 'calendar.makeup_not_weekend'],
    [
      'a day listed twice (also inside a span)',
      [
        ['2027-10-01~2027-10-03', '放假'],
        ['2027-10-02', '放假'],
      ],
      2,
      'A',
      'calendar.sheet_day_twice',
    ],
    ['a span backwards', [['2027-10-07~2027-10-01', '放假']], 1, 'A', 'calendar.sheet_bad_date'],
  ])('names %s by line and column', (_, rows, line, column, code) => {
    const { errors } = readCalendarRows(rows, 2027);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([[line, column, code]]);
  });
});
