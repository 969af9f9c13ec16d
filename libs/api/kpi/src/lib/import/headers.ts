import { createHash } from 'node:crypto';
import { IMPORT_FIELDS, IMPORT_HEADER_ALIASES, ImportField, ImportKind, ImportMapping } from '@storeops/shared/contracts';

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Identifies a header row regardless of spacing and case, to remember its mapping. */
export function headerSignature(headers: readonly string[]): string {
  return createHash('sha256').update(headers.map(normaliseHeader).join('\u0001')).digest('hex');
}

const ALIAS_TO_FIELD = new Map<string, ImportField>();
for (const [field, aliases] of Object.entries(IMPORT_HEADER_ALIASES) as Array<[ImportField, readonly string[]]>) {
  for (const alias of aliases) ALIAS_TO_FIELD.set(normaliseHeader(alias), field);
}

export interface ColumnPlan {
  kind: ImportKind;
  /** Column index (0-based) of each field of the kind. */
  columns: Partial<Record<ImportField, number>>;
}

export type PlanResult = { ok: true; plan: ColumnPlan } | { ok: false; problems: Array<{ column?: number; problem: string }> };

/**
 * Decides which column holds which field: from an explicit mapping (header text → field) when given, else from
 * the known Chinese/English header names. The kind follows from the fields found unless it is given.
 */
export function planColumns(headers: readonly string[], kind?: ImportKind, mapping?: ImportMapping): PlanResult {
  const columns: Partial<Record<ImportField, number>> = {};
  const problems: Array<{ column?: number; problem: string }> = [];
  const explicit = mapping ? new Map(Object.entries(mapping).map(([h, f]) => [normaliseHeader(h), f])) : null;
  headers.forEach((header, index) => {
    const key = normaliseHeader(header);
    if (!key) return;
    const field = explicit ? explicit.get(key) : ALIAS_TO_FIELD.get(key);
    if (!field) return;
    if (columns[field] !== undefined) {
      problems.push({ column: index + 1, problem: `"${header}" is a second column for ${field}` });
      return;
    }
    columns[field] = index;
  });
  if (explicit) {
    for (const h of explicit.keys()) {
      if (!headers.some((header) => normaliseHeader(header) === h))
        problems.push({ problem: `the mapping names a column "${h}" that the file does not have` });
    }
  }
  const resolvedKind =
    kind ?? (columns.category_code !== undefined || columns.sales !== undefined ? ImportKind.CategoryFacts : ImportKind.StoreFacts);
  for (const field of IMPORT_FIELDS[resolvedKind]) {
    if (columns[field] === undefined) problems.push({ problem: `no column for ${field} (${IMPORT_HEADER_ALIASES[field].join(' / ')})` });
  }
  return problems.length ? { ok: false, problems } : { ok: true, plan: { kind: resolvedKind, columns } };
}
