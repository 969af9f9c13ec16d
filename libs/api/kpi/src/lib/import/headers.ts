import { createHash } from 'node:crypto';
import {
  IMPORT_FIELDS,
  IMPORT_HEADER_ALIASES,
  IMPORT_REQUIRED_FIELDS,
  ImportField,
  ImportKind,
  ImportMapping,
  ImportMappingTarget,
  STORE_FILE_MEASURES,
} from '@storeops/shared/contracts';

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
  /** Column index (0-based) of each field the file carries. A field without a column is unknown for every row. */
  columns: Partial<Record<ImportField, number>>;
  /** What each column of the file feeds (a field, `ignore`, or null: nothing matched it and it is not used). */
  targets: Array<ImportMappingTarget | null>;
}

export interface PlanProblem {
  column?: number;
  code: string;
  params: Record<string, string | number>;
}

export type PlanResult =
  | { ok: true; plan: ColumnPlan }
  | { ok: false; problems: PlanProblem[]; missing: ImportField[]; targets: Array<ImportMappingTarget | null> };

/**
 * Decides which column holds which field: from an explicit mapping (header text → field or `ignore`) when given,
 * else from the known Chinese/English header names. A file of category facts needs date, store, category and sales;
 * a store file needs date, store and one measure. Other fields are optional; columns nothing matched are not used
 * (and listed so, never silently read as something). The kind follows from a category column unless it is given.
 */
export function planColumns(headers: readonly string[], kind?: ImportKind, mapping?: ImportMapping): PlanResult {
  const columns: Partial<Record<ImportField, number>> = {};
  const problems: PlanProblem[] = [];
  const explicit = mapping ? new Map(Object.entries(mapping).map(([h, f]) => [normaliseHeader(h), f])) : null;
  const targets: Array<ImportMappingTarget | null> = headers.map((header) => {
    const key = normaliseHeader(header);
    if (!key) return null;
    return (explicit ? explicit.get(key) : ALIAS_TO_FIELD.get(key)) ?? null;
  });
  targets.forEach((target, index) => {
    if (!target || target === 'ignore') return;
    if (columns[target] !== undefined) {
      problems.push({ column: index + 1, code: 'header_duplicate', params: { header: headers[index], field: target } });
      return;
    }
    columns[target] = index;
  });
  if (explicit) {
    for (const h of explicit.keys()) {
      if (!headers.some((header) => normaliseHeader(header) === h))
        problems.push({ code: 'mapping_unknown_column', params: { header: h } });
    }
  }
  const resolvedKind = kind ?? (columns.category_code !== undefined ? ImportKind.CategoryFacts : ImportKind.StoreFacts);
  const allowed = new Set(IMPORT_FIELDS[resolvedKind]);
  targets.forEach((target, index) => {
    if (target && target !== 'ignore' && !allowed.has(target)) {
      problems.push({ column: index + 1, code: 'field_not_in_kind', params: { header: headers[index], field: target } });
    }
  });
  const missing = IMPORT_REQUIRED_FIELDS[resolvedKind].filter((field) => columns[field] === undefined);
  for (const field of missing) {
    problems.push({ code: 'missing_field', params: { field, aliases: IMPORT_HEADER_ALIASES[field].join(' / ') } });
  }
  if (resolvedKind === ImportKind.StoreFacts && !STORE_FILE_MEASURES.some((f) => columns[f] !== undefined) && !missing.length) {
    problems.push({ code: 'store_file_no_measure', params: {} });
  }
  if (
    resolvedKind === ImportKind.StoreFacts &&
    columns.sales === undefined &&
    (columns.cost !== undefined || columns.shrink !== undefined)
  ) {
    problems.push({ code: 'cost_without_sales', params: {} });
  }
  return problems.length ? { ok: false, problems, missing, targets } : { ok: true, plan: { kind: resolvedKind, columns, targets } };
}
