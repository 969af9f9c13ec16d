import { dateWithin } from './date-field';

describe('dateWithin (an as-of date inside the days with data)', () => {
  it('keeps a date inside the bounds and moves one outside to the nearest end', () => {
    expect(dateWithin('2026-11-01', '2024-11-17', '2026-11-17')).toBe('2026-11-01');
    expect(dateWithin('2026-12-24', '2024-11-17', '2026-11-17')).toBe('2026-11-17');
    expect(dateWithin('2020-01-01', '2024-11-17', '2026-11-17')).toBe('2024-11-17');
  });

  it('has no bounds before the fact range is known, and refuses what is not a date', () => {
    expect(dateWithin('2030-01-01', null, null)).toBe('2030-01-01');
    expect(dateWithin('', '2024-11-17', '2026-11-17')).toBeNull();
  });
});
