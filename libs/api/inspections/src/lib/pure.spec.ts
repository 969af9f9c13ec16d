import { chinaDay, parsePeriod, startOfChinaDay } from '@storeops/api/core';
import { sniffImage } from './photos.service';
import { meanScore } from '@storeops/shared/contracts';

describe('parsePeriod (China time, end exclusive)', () => {
  it.each([
    ['2026-10', '2026-09-30T16:00:00.000Z', '2026-10-31T16:00:00.000Z'],
    ['2026-12', '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026-Q1', '2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    ['2026-Q4', '2026-09-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026', '2025-12-31T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
  ])('%s → [%s, %s)', (period, from, to) => {
    const p = parsePeriod(period);
    expect([p.from.toISOString(), p.to.toISOString()]).toEqual([from, to]);
  });

  it('a day starts at 00:00 in China: 23:30 UTC is already the next day', () => {
    expect(startOfChinaDay('2026-11-01').toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(chinaDay(new Date('2026-10-31T23:30:00Z'))).toBe('2026-11-01');
  });
});

describe('meanScore (one decimal, half up, no float drift)', () => {
  it.each([
    [[], null],
    [[90], 90],
    [[90, 91], 90.5],
    [[90.1, 90.2], 90.2], // 90.15 rounds up
    [[80.1, 80.2, 80.2], 80.2], // 80.1666…
    [[59, 100, 100], 86.3], // 86.333…
    [[0.1, 0.2], 0.2], // 0.15 would be 0.1 in binary floating point
  ])('%p → %p', (scores, expected) => {
    expect(meanScore(scores)).toBe(expected);
  });
});

describe('sniffImage (by content, never by name)', () => {
  it.each([
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'jpeg'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'png'],
    ['WebP', Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]), 'webp'],
    ['text', Buffer.from('hello, I am a .jpg'), null],
    ['GIF', Buffer.from('GIF89a......'), null],
    ['RIFF but WAVE', Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt ')]), null],
    ['empty', Buffer.alloc(0), null],
  ])('%s → %p', (_, bytes, kind) => {
    expect(sniffImage(bytes)).toBe(kind);
  });
});
