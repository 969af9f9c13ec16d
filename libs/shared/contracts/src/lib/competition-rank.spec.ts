import { competitionRank } from './competition-rank';

const ranks = (items: Array<[string, number | null]>, direction?: 'higher' | 'lower') =>
  competitionRank(
    items.map(([code, score]) => ({ code, score })),
    direction,
  ).map((r) => `${r.item.code}:${r.rank ?? '未检'}`);

describe('competitionRank', () => {
  it.each<[string, Array<[string, number | null]>, 'higher' | 'lower' | undefined, string[]]>([
    [
      'distinct scores',
      [
        ['SH001', 90],
        ['BJ001', 95],
        ['GZ001', 80],
      ],
      undefined,
      ['BJ001:1', 'SH001:2', 'GZ001:3'],
    ],
    [
      'a tie shares the rank and the next skips (1, 2, 2, 4), tied listed by code',
      [
        ['SH002', 88],
        ['SH001', 88],
        ['BJ001', 95],
        ['GZ001', 70],
      ],
      undefined,
      ['BJ001:1', 'SH001:2', 'SH002:2', 'GZ001:4'],
    ],
    [
      'everyone tied',
      [
        ['B', 50],
        ['A', 50],
        ['C', 50],
      ],
      undefined,
      ['A:1', 'B:1', 'C:1'],
    ],
    [
      'stores without a score come last, unranked, by code',
      [
        ['SH001', null],
        ['BJ001', 60],
        ['AH001', null],
      ],
      undefined,
      ['BJ001:1', 'AH001:未检', 'SH001:未检'],
    ],
    [
      'lower is better (shrink rate)',
      [
        ['A', 0.03],
        ['B', 0.01],
        ['C', 0.02],
      ],
      'lower',
      ['B:1', 'C:2', 'A:3'],
    ],
    ['empty', [], undefined, []],
  ])('%s', (_, items, direction, expected) => expect(ranks(items, direction)).toEqual(expected));
});
