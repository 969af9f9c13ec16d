import { customUntil, defaultChoice, localDay, localTime, snoozeAllowed, snoozeChoices, tomorrowAtNine } from './snooze-choices';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const enabled = (now: Date, due: Date) =>
  snoozeChoices(now, due)
    .filter((c) => !c.disabled)
    .map((c) => c.id);

describe('snoozeChoices: never past the deadline, never in the past', () => {
  const now = at(2026, 11, 18, 10, 0);

  it.each<[string, Date, string[]]>([
    ['deadline days away: everything', at(2026, 11, 20, 18), ['hour', 'threeHours', 'tomorrow', 'due', 'custom']],
    ['deadline tonight: not tomorrow morning', at(2026, 11, 18, 18), ['hour', 'threeHours', 'due', 'custom']],
    ['deadline in 2 hours: only the hour, the due time, custom', at(2026, 11, 18, 12), ['hour', 'due', 'custom']],
    ['deadline in exactly an hour: the hour is the deadline itself, allowed', at(2026, 11, 18, 11), ['hour', 'due', 'custom']],
    ['deadline in 30 minutes: the due time or custom', at(2026, 11, 18, 10, 30), ['due', 'custom']],
    ['deadline passed: nothing', at(2026, 11, 18, 9), []],
  ])('%s', (_name, due, expected) => {
    expect(enabled(now, due)).toEqual(expected);
  });

  it('defaults to the first choice the API would take, none when overdue', () => {
    expect(defaultChoice(snoozeChoices(now, at(2026, 11, 18, 10, 30)))).toBe('due');
    expect(defaultChoice(snoozeChoices(now, at(2026, 11, 18, 9)))).toBeNull();
  });

  it('明天上午 9 点 is 09:00 of the next day, also across a month end', () => {
    expect(tomorrowAtNine(at(2026, 11, 30, 23, 50))).toEqual(at(2026, 12, 1, 9));
  });
});

describe('customUntil and snoozeAllowed', () => {
  it('reads a typed day and time in local time, nothing when either is missing', () => {
    expect(customUntil('2026-11-19', '14:30')).toEqual(at(2026, 11, 19, 14, 30));
    expect(customUntil('2026-11-19', '')).toBeNull();
    expect(customUntil(null, '14:30')).toBeNull();
    expect(customUntil('19/11/2026', '14:30')).toBeNull();
  });

  it('takes (now, deadline]: not now itself, the deadline itself yes', () => {
    const now = at(2026, 11, 18, 10);
    const due = at(2026, 11, 19, 10);
    expect(snoozeAllowed(now, now, due)).toBe(false);
    expect(snoozeAllowed(due, now, due)).toBe(true);
    expect(snoozeAllowed(new Date(due.getTime() + 60_000), now, due)).toBe(false);
    expect(snoozeAllowed(null, now, due)).toBe(false);
  });

  it('writes the fields’ day and time of an instant', () => {
    expect([localDay(at(2026, 3, 5, 7, 9)), localTime(at(2026, 3, 5, 7, 9))]).toEqual(['2026-03-05', '07:09']);
  });
});
