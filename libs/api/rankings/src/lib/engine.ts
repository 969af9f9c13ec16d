import {
  competitionRank,
  compositePartUnits,
  compositeScore,
  CompositeResult,
  MissingRule,
  RankingComponent,
  SchemeComponentConfig,
  StoreRankingRow,
} from '@storeops/shared/contracts';
import type { DirectoryStore } from '@storeops/api/org';

/** A store as a ranking shows it: org's directory row without its status. */
export type RankedStore = Omit<DirectoryStore, 'status'>;

export type Raws = Map<number, Record<string, number | null>>;

interface Scored {
  store: RankedStore;
  result: CompositeResult;
  parts: number[];
}

function score(
  stores: readonly RankedStore[],
  components: readonly SchemeComponentConfig[],
  rule: MissingRule,
  raws: Raws,
): Map<number, Scored> {
  const out = new Map<number, Scored>();
  for (const store of stores) {
    const measured = compositeScore(components, raws.get(store.id) ?? {}, rule);
    // Nothing measured at all (not trading yet, no data): unranked under either rule, never a 0 that looks real.
    const result = measured.components.every((c) => c.raw === null) ? { ...measured, composite: null } : measured;
    out.set(store.id, { store, result, parts: compositePartUnits(result) });
  }
  return out;
}

function ranks(scored: Map<number, Scored>): Map<number, number | null> {
  const ranked = competitionRank([...scored.values()].map((s) => ({ code: s.store.code, score: s.result.composite, id: s.store.id })));
  return new Map(ranked.map((r) => [r.item.id, r.rank]));
}

/**
 * Ranks the stores on a scheme for a period and its previous one (DESIGN.md §5): competition ranks, ties by code,
 * stores without any component last; each component's part of the composite in exact 1/10000 units, so the
 * contributions (part − previous part) sum exactly to the composite change.
 */
export function rankStores(
  stores: readonly RankedStore[],
  components: readonly SchemeComponentConfig[],
  rule: MissingRule,
  current: Raws,
  previous: Raws,
): StoreRankingRow[] {
  const now = score(stores, components, rule, current);
  const before = score(stores, components, rule, previous);
  const beforeRanks = ranks(before);
  const ordered = competitionRank([...now.values()].map((s) => ({ code: s.store.code, score: s.result.composite, id: s.store.id })));
  return ordered.map(({ item, rank }) => {
    const cur = now.get(item.id) as Scored;
    const prev = before.get(item.id) as Scored;
    const comparable = cur.result.composite !== null && prev.result.composite !== null;
    const previousRank = beforeRanks.get(item.id) ?? null;
    const componentsOut: RankingComponent[] = components.map((c, i) => {
      const mine = cur.result.components[i];
      const theirs = prev.result.components[i];
      return {
        key: c.key,
        kind: c.kind,
        raw: mine.raw,
        score: mine.score,
        weight: c.weight,
        effectiveWeight: Math.round(mine.effectiveWeight * 10_000) / 10_000,
        part: cur.parts[i] / 10_000,
        contribution: comparable ? (cur.parts[i] - prev.parts[i]) / 10_000 : null,
        previousRaw: theirs.raw,
        previousScore: theirs.score,
      };
    });
    return {
      storeId: cur.store.id,
      storeCode: cur.store.code,
      storeName: cur.store.name,
      regionId: cur.store.regionId,
      regionName: cur.store.regionName,
      format: cur.store.format,
      rank,
      composite: cur.result.composite,
      previousRank,
      previousComposite: prev.result.composite,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      compositeChange: comparable
        ? (Math.round((cur.result.composite as number) * 10_000) - Math.round((prev.result.composite as number) * 10_000)) / 10_000
        : null,
      components: componentsOut,
    };
  });
}

/**
 * Only each store's rank and composite in one period (what a trend point needs): the same scoring and ranking as
 * rankStores, without the previous period and the per-component rows.
 */
export function rankComposites(
  stores: readonly RankedStore[],
  components: readonly SchemeComponentConfig[],
  rule: MissingRule,
  raws: Raws,
): Map<number, { rank: number | null; composite: number | null }> {
  const scored = score(stores, components, rule, raws);
  const byId = ranks(scored);
  return new Map([...scored].map(([id, s]) => [id, { rank: byId.get(id) ?? null, composite: s.result.composite }]));
}
