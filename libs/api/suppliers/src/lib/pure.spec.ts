import { isValidCreditCode } from '@storeops/shared/contracts';
import { seededRandom } from '@storeops/tools/demo-data';
import { demoCreditCode } from './demo-suppliers.seeder';
import { chinaDay } from '@storeops/api/core';
import { sniffDocument } from '@storeops/api/core';
import { monthBefore } from './suppliers.service';

describe('contract attachments are recognised by their first bytes, not their name', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n…'), 'application/pdf'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
  ])('%s', (_, bytes, mimeType) => expect(sniffDocument(bytes)?.mimeType).toBe(mimeType));

  it.each([
    ['HTML named .pdf', Buffer.from('<html><script>alert(1)</script>')],
    ['a truncated PDF header', Buffer.from('%PD')],
    ['a GIF', Buffer.from('GIF89a')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_, bytes) => expect(sniffDocument(bytes)).toBeNull());
});

describe('months and days of the chain (China time)', () => {
  it.each([
    ['2026-11-27', 0, '2026-11'],
    ['2026-11-27', 1, '2026-10'],
    ['2026-01-05', 1, '2025-12'],
    ['2026-03-31', 14, '2025-01'],
  ])('%s minus %i months → %s', (today, months, period) => expect(monthBefore(today, months)).toBe(period));

  it('the day turns at 00:00 in Shanghai, 16:00 UTC', () => {
    expect(chinaDay(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
    expect(chinaDay(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
  });
});

describe('demo credit codes', () => {
  it('are valid GB 32100-2015 codes, 500 of them in a row', () => {
    const random = seededRandom(7);
    const codes = Array.from({ length: 500 }, (_, i) => demoCreditCode(random, ['110000', '440300'][i % 2]));
    expect(codes.filter((c) => !isValidCreditCode(c))).toEqual([]);
  });
});
