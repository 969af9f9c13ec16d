import {
  COMPONENT_KIND_INFO,
  ComponentKind,
  MissingRule,
  ScorecardSchemeResponse,
  SchemeComponentConfig,
} from '@storeops/shared/contracts';

/** One editable component row of the scheme dialog. */
export interface SchemeComponentDraft {
  kind: ComponentKind;
  key: string;
  weight: number | null;
  floor: number | null;
  ceiling: number | null;
  direction: 'higher' | 'lower';
  categoryIds: number[];
  targetRate: number | null;
}

export interface SchemeDraft {
  name: string;
  missingRule: MissingRule;
  description: string;
  components: SchemeComponentDraft[];
}

/** A key not yet used in the scheme: the kind itself, then kind_2, kind_3 … (two inspection components, say). */
export function nextComponentKey(kind: ComponentKind, taken: readonly string[]): string {
  if (!taken.includes(kind)) return kind;
  let n = 2;
  while (taken.includes(`${kind}_${n}`)) n++;
  return `${kind}_${n}`;
}

/** A new row of a kind with the kind's suggested floor, ceiling and direction. */
export function newComponent(kind: ComponentKind, taken: readonly string[], weight: number | null = null): SchemeComponentDraft {
  const info = COMPONENT_KIND_INFO[kind];
  return {
    kind,
    key: nextComponentKey(kind, taken),
    weight,
    floor: info.floor,
    ceiling: info.ceiling,
    direction: info.direction,
    categoryIds: [],
    targetRate: info.params.includes('targetRate') ? 1.2 : null,
  };
}

/** Changing a row's kind resets its defaults, keeping its weight. */
export function changeComponentKind(row: SchemeComponentDraft, kind: ComponentKind, taken: readonly string[]): SchemeComponentDraft {
  return newComponent(
    kind,
    taken.filter((k) => k !== row.key),
    row.weight,
  );
}

export function weightSum(components: readonly Pick<SchemeComponentDraft, 'weight'>[]): number {
  return components.reduce((sum, c) => sum + (c.weight ?? 0), 0);
}

/** The default five-part scheme a new draft starts from (weights 30/20/30/10/10). */
export function defaultDraft(): SchemeDraft {
  const kinds: Array<[ComponentKind, number]> = [
    ['sales_achievement', 30],
    ['margin_achievement', 20],
    ['inspection_score', 30],
    ['actions_on_time', 10],
    ['shrink_vs_target', 10],
  ];
  const components: SchemeComponentDraft[] = [];
  for (const [kind, weight] of kinds)
    components.push(
      newComponent(
        kind,
        components.map((c) => c.key),
        weight,
      ),
    );
  return { name: '', missingRule: 'zero', description: '', components };
}

export function draftFromScheme(scheme: ScorecardSchemeResponse): SchemeDraft {
  return {
    name: scheme.name,
    missingRule: scheme.missingRule,
    description: scheme.description ?? '',
    components: scheme.components.map((c) => ({
      kind: c.kind,
      key: c.key,
      weight: c.weight,
      floor: c.floor,
      ceiling: c.ceiling,
      direction: c.direction,
      categoryIds: [...(c.categoryIds ?? [])],
      targetRate: c.targetRate ?? null,
    })),
  };
}

export type SchemeProblem =
  | { kind: 'name' }
  | { kind: 'noComponents' }
  | { kind: 'weightSum'; sum: number }
  | { kind: 'weight'; index: number }
  | { kind: 'range'; index: number }
  | { kind: 'targetRate'; index: number };

/** What the dialog refuses before asking the API (which checks the same and answers 400). */
export function schemeProblems(draft: SchemeDraft): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  if (!draft.name.trim()) problems.push({ kind: 'name' });
  if (!draft.components.length) problems.push({ kind: 'noComponents' });
  draft.components.forEach((c, index) => {
    if (c.weight === null || !Number.isInteger(c.weight) || c.weight <= 0) problems.push({ kind: 'weight', index });
    if (c.floor === null || c.ceiling === null || c.floor === c.ceiling) problems.push({ kind: 'range', index });
    if (COMPONENT_KIND_INFO[c.kind].params.includes('targetRate') && (c.targetRate === null || !(c.targetRate > 0)))
      problems.push({ kind: 'targetRate', index });
  });
  const sum = weightSum(draft.components);
  if (draft.components.length && sum !== 100) problems.push({ kind: 'weightSum', sum });
  return problems;
}

/** The components as the API takes them (parameters only where the kind has them). */
export function toSchemeComponents(draft: SchemeDraft): SchemeComponentConfig[] {
  return draft.components.map((c) => {
    const params = COMPONENT_KIND_INFO[c.kind].params;
    return {
      key: c.key,
      kind: c.kind,
      weight: c.weight ?? 0,
      floor: c.floor ?? 0,
      ceiling: c.ceiling ?? 0,
      direction: c.direction,
      ...(params.includes('categoryIds') && c.categoryIds.length ? { categoryIds: [...c.categoryIds] } : {}),
      ...(params.includes('targetRate') && c.targetRate !== null ? { targetRate: c.targetRate } : {}),
    };
  });
}
