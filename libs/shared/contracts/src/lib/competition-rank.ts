/**
 * Competition ranking (1, 2, 2, 4) of DESIGN.md §5: equal scores share a rank, the next rank skips; ties are
 * listed by store code. Items without a score come after the ranked ones, unranked, by code.
 */
export interface Rankable {
  code: string;
  score: number | null;
}

export interface Ranked<T> {
  item: T;
  rank: number | null;
}

export function competitionRank<T extends Rankable>(items: readonly T[], direction: 'higher' | 'lower' = 'higher'): Ranked<T>[] {
  const byCode = (a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const scored = items
    .filter((i) => i.score !== null)
    .sort((a, b) => {
      const diff = direction === 'higher' ? (b.score as number) - (a.score as number) : (a.score as number) - (b.score as number);
      return diff !== 0 ? diff : byCode(a, b);
    });
  const out: Ranked<T>[] = [];
  scored.forEach((item, index) => {
    const previous = out[index - 1];
    const rank = previous && previous.item.score === item.score ? previous.rank : index + 1;
    out.push({ item, rank });
  });
  for (const item of items.filter((i) => i.score === null).sort(byCode)) out.push({ item, rank: null });
  return out;
}

/** Mean of one-decimal scores, to one decimal, half up, computed in tenths; null without scores. */
export function meanScore(scores: readonly number[]): number | null {
  if (!scores.length) return null;
  const tenths = scores.reduce((sum, s) => sum + Math.round(s * 10), 0);
  const n = scores.length;
  return Math.floor((2 * tenths + n) / (2 * n)) / 10;
}
