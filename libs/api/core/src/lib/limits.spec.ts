import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS, limitValue } from './limits';

describe('limits', () => {
  it('are each listed in docs/operations.md with their environment variable and default', () => {
    const doc = readFileSync(join(__dirname, '../../../../../docs/operations.md'), 'utf8');
    const missing = Object.values(LIMITS)
      .filter((l) => !new RegExp(`\\| \`${l.env}\` \\| \`${l.default}\``).test(doc))
      .map((l) => l.env);
    expect(missing).toEqual([]);
  });

  it('read the environment when asked, and refuse a value out of range naming the variable', () => {
    process.env['PHOTO_DAILY_QUOTA'] = '7';
    expect(limitValue('photoDailyQuota')).toBe(7);
    process.env['PHOTO_DAILY_QUOTA'] = '0';
    expect(() => limitValue('photoDailyQuota')).toThrow(/PHOTO_DAILY_QUOTA must be a number from 1 to 100000/);
    delete process.env['PHOTO_DAILY_QUOTA'];
    expect(limitValue('photoDailyQuota')).toBe(300);
  });
});
