import { largestRemainderSplit, splitWithLocks, SplitError } from './split';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('largestRemainderSplit', () => {
  it.each<[string, number, number[], number[]]>([
    ['exact proportions', 1000, [1, 1, 2], [250, 250, 500]],
    ['a remainder goes to the largest fractional part', 100, [1, 1, 1], [34, 33, 33]],
    ['ties in remainder go to the earlier part', 2, [1, 1, 1], [1, 1, 0]],
    ['largest remainder wins over order', 10, [1, 2, 4], [1, 3, 6]],
    ['zero total', 0, [3, 4], [0, 0]],
    ['all weights zero → equal split', 7, [0, 0, 0], [3, 2, 2]],
    ['a zero weight gets nothing', 99, [0, 1, 2], [0, 33, 66]],
    ['one part takes all', 12345, [9], [12345]],
    ['negative total (a shrink allowance cut) mirrors the positive split', -100, [1, 1, 1], [-34, -33, -33]],
    ['one fen among many parts', 1, [5, 5, 5, 5], [1, 0, 0, 0]],
  ])('%s: %d by %j → %j', (_, total, weights, expected) => {
    const parts = largestRemainderSplit(total, weights);
    expect(parts).toEqual(expected);
    expect(sum(parts)).toBe(total);
  });

  it('stays exact when total × weight passes 2^53 (a 100 亿 target split by sales in 分)', () => {
    const total = 1_000_000_000_000; // ¥100 亿 in 分
    const weights = [333_333_333_333, 333_333_333_333, 333_333_333_334];
    const parts = largestRemainderSplit(total, weights);
    expect(sum(parts)).toBe(total);
    expect(parts).toEqual([333_333_333_333, 333_333_333_333, 333_333_333_334]);
  });

  it('reconciles to the 分 for 2,000 stores by random weights', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const weights = Array.from({ length: 2000 }, () => Math.floor(rnd() * 1e9));
    const total = 987_654_321_987;
    const parts = largestRemainderSplit(total, weights);
    expect(sum(parts)).toBe(total);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(0);
  });

  it.each<[string, number, number[]]>([
    ['fractional total', 10.5, [1, 1]],
    ['fractional weight', 10, [1.5, 1]],
    ['negative weight', 10, [-1, 2]],
    ['no parts for a non-zero total', 10, []],
  ])('refuses a %s', (_, total, weights) => {
    expect(() => largestRemainderSplit(total, weights)).toThrow(SplitError);
  });
});

describe('splitWithLocks', () => {
  it.each<[string, number, number[], Array<[number, number]>, number[]]>([
    ['no locks is a plain split', 300, [1, 1, 1], [], [100, 100, 100]],
    ['a locked part keeps its value; the rest is split among the others by weight', 1000, [1, 1, 2], [[0, 400]], [400, 200, 400]],
    [
      'two locks',
      1000,
      [5, 1, 1, 1],
      [
        [0, 100],
        [3, 600],
      ],
      [100, 150, 150, 600],
    ],
    ['locks taking the whole total leave zeros', 500, [1, 1, 1], [[1, 500]], [0, 500, 0]],
    [
      'everything locked and summing to the total',
      30,
      [1, 1],
      [
        [0, 10],
        [1, 20],
      ],
      [10, 20],
    ],
    ['unlocked parts with zero weight share the rest equally', 90, [0, 0, 7], [[2, 30]], [30, 30, 30]],
  ])('%s', (_, total, weights, locks, expected) => {
    const parts = splitWithLocks(total, weights, new Map(locks));
    expect(parts).toEqual(expected);
    expect(sum(parts)).toBe(total);
  });

  it.each<[string, number, number[], Array<[number, number]>, RegExp]>([
    ['locks above the total', 100, [1, 1], [[0, 101]], /exceed the total/],
    [
      'everything locked but not summing to the total',
      100,
      [1, 1],
      [
        [0, 10],
        [1, 20],
      ],
      /every part is locked/,
    ],
    ['a lock on a part that does not exist', 100, [1, 1], [[5, 10]], /names no part/],
    ['a negative lock', 100, [1, 1], [[0, -1]], /negative/],
  ])('refuses %s', (_, total, weights, locks, message) => {
    expect(() => splitWithLocks(total, weights, new Map(locks))).toThrow(message);
  });
});
