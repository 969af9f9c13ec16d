import {
  CreateImportFields,
  DateOrder,
  DecimalSeparator,
  IMPORT_FIELDS,
  IMPORT_REQUIRED_FIELDS,
  ImportColumn,
  ImportField,
  ImportKind,
  ImportMapping,
  ImportResponse,
  ImportStoreMapping,
  NumberStyle,
  STORE_FILE_MEASURES,
} from '@storeops/shared/contracts';

/**
 * The mapping step's choice, field by field: which file column (1-based index) feeds it, or null — for an optional
 * field 「文件中没有此项」 (the measure is unknown, never 0), for a required one not chosen yet.
 */
export type FieldDraft = Partial<Record<ImportField, number | null>>;

export function isRequiredField(kind: ImportKind, field: ImportField): boolean {
  return IMPORT_REQUIRED_FIELDS[kind].includes(field);
}

/** The fields of a kind, required ones first, as the step lists them. */
export function fieldsOf(kind: ImportKind): readonly ImportField[] {
  return IMPORT_FIELDS[kind];
}

/**
 * The kind the step starts on: the one the clerk chose, else the job's own when its columns were planned, else
 * what the file suggests (a column for 品类 makes it a category file, as the server decides).
 */
export function guessKind(
  job: Pick<ImportResponse, 'kind' | 'headers' | 'columns' | 'missingFields'>,
  chosen: ImportKind | null,
): ImportKind {
  if (chosen) return chosen;
  if (job.headers === null) return job.kind;
  const category = (job.columns ?? []).some((c) => c.field === 'category_code') || job.missingFields.includes('category_code');
  return category ? ImportKind.CategoryFacts : ImportKind.StoreFacts;
}

/** Starts from what the server matched (known headers, a remembered mapping): each field's column, or null. */
export function draftFromColumns(kind: ImportKind, columns: readonly ImportColumn[]): FieldDraft {
  const draft: FieldDraft = {};
  for (const field of fieldsOf(kind)) draft[field] = columns.find((c) => c.field === field)?.index ?? null;
  return draft;
}

export interface DraftProblems {
  /** Required fields without a column. */
  missing: ImportField[];
  /** Columns chosen for more than one field (1-based indexes). */
  repeated: number[];
  /** A store file needs at least one measure besides date and store. */
  noMeasure: boolean;
  /** A store file's 成本/损耗 need its 销售额. */
  costWithoutSales: boolean;
}

/** What stops the draft from being sent: the server's own rules for the kind, checked before the upload. */
export function draftProblems(kind: ImportKind, draft: FieldDraft): DraftProblems {
  const chosen = fieldsOf(kind).filter((f) => draft[f] !== null && draft[f] !== undefined);
  const seen = new Map<number, number>();
  for (const field of chosen) seen.set(draft[field] as number, (seen.get(draft[field] as number) ?? 0) + 1);
  const has = (f: ImportField) => chosen.includes(f);
  const store = kind === ImportKind.StoreFacts;
  return {
    missing: IMPORT_REQUIRED_FIELDS[kind].filter((f) => !has(f)),
    repeated: [...seen].filter(([, n]) => n > 1).map(([column]) => column),
    noMeasure: store && !STORE_FILE_MEASURES.some(has),
    costWithoutSales: store && !has('sales') && (has('cost') || has('shrink')),
  };
}

export function draftComplete(problems: DraftProblems): boolean {
  return !problems.missing.length && !problems.repeated.length && !problems.noMeasure && !problems.costWithoutSales;
}

/** What the API receives: every column of the file, as the field it feeds or `ignore` (so nothing is guessed). */
export function toMapping(kind: ImportKind, draft: FieldDraft, columns: readonly ImportColumn[]): ImportMapping {
  const mapping: ImportMapping = {};
  const byColumn = new Map<number, ImportField>();
  for (const field of fieldsOf(kind)) {
    const column = draft[field];
    if (column !== null && column !== undefined && !byColumn.has(column)) byColumn.set(column, field);
  }
  for (const column of columns) {
    if (!column.header.trim()) continue;
    mapping[column.header] = byColumn.get(column.index) ?? 'ignore';
  }
  return mapping;
}

/** The file's columns no field of the draft uses: 「忽略此列」. */
export function ignoredColumns(kind: ImportKind, draft: FieldDraft, columns: readonly ImportColumn[]): ImportColumn[] {
  const used = new Set(fieldsOf(kind).map((f) => draft[f]));
  return columns.filter((c) => !used.has(c.index));
}

/** The columns of a finished job that fed nothing (unknown headers or ignored). */
export function unusedColumns(columns: readonly ImportColumn[] | null): ImportColumn[] {
  return (columns ?? []).filter((c) => c.field === null || c.field === 'ignore');
}

/** How a number of the style looks: 1,234.56 · 1.234,56 · 1 234,56 · 1234. */
export function numberStyleExample(style: NumberStyle): string {
  const whole = style.thousands ? `1${style.thousands}234` : '1234';
  return style.decimal ? `${whole}${style.decimal}56` : whole;
}

/** How a date of the order looks: 2015-07-31 · 31.07.2015 · 07/31/2015. */
export function dateOrderExample(order: DateOrder): string {
  return order === 'dmy' ? '31.07.2015' : order === 'mdy' ? '07/31/2015' : '2015-07-31';
}

/** What goes with the file: everything the clerk has settled so far, re-sent with every try. */
export interface ImportSettings {
  kind: ImportKind | null;
  mapping: ImportMapping | null;
  storeMapping: ImportStoreMapping | null;
  dateOrder: DateOrder | null;
  decimalSeparator: DecimalSeparator | null;
}

export const EMPTY_IMPORT_SETTINGS: ImportSettings = {
  kind: null,
  mapping: null,
  storeMapping: null,
  dateOrder: null,
  decimalSeparator: null,
};

/** The upload's text fields (`POST /api/imports`): only what is settled; the mappings as JSON text. */
export function importFields(settings: ImportSettings): CreateImportFields {
  const fields: CreateImportFields = {};
  if (settings.kind) fields.kind = settings.kind;
  if (settings.mapping) fields.mapping = JSON.stringify(settings.mapping);
  if (settings.storeMapping && Object.keys(settings.storeMapping).length) fields.storeMapping = JSON.stringify(settings.storeMapping);
  if (settings.dateOrder) fields.dateOrder = settings.dateOrder;
  if (settings.decimalSeparator) fields.decimalSeparator = settings.decimalSeparator;
  return fields;
}

/** The mapping step's answer. */
export interface MappingChoice {
  kind: ImportKind;
  mapping: ImportMapping;
  dateOrder: DateOrder | null;
  decimalSeparator: DecimalSeparator | null;
}
