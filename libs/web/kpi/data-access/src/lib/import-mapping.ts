import { IMPORT_FIELDS, IMPORT_HEADER_ALIASES, ImportField, ImportKind, ImportMapping } from '@storeops/shared/contracts';

/** The mapping step's choice per file column: a field, or null to ignore the column. */
export type MappingDraft = Record<string, ImportField | null>;

const normalise = (text: string) => text.trim().toLowerCase();

/** Pre-selects each column whose header is a known alias, so the user only fixes what the server did not know. */
export function suggestMapping(headers: readonly string[]): MappingDraft {
  const draft: MappingDraft = {};
  const taken = new Set<ImportField>();
  for (const header of headers) {
    const field = (Object.keys(IMPORT_HEADER_ALIASES) as ImportField[]).find(
      (f) => !taken.has(f) && IMPORT_HEADER_ALIASES[f].some((alias) => normalise(alias) === normalise(header)),
    );
    draft[header] = field ?? null;
    if (field) taken.add(field);
  }
  return draft;
}

/** Required fields of the kind that no column feeds yet. */
export function missingFields(kind: ImportKind, draft: MappingDraft): ImportField[] {
  const chosen = new Set(Object.values(draft));
  return IMPORT_FIELDS[kind].filter((field) => !chosen.has(field));
}

/** Fields chosen for more than one column. */
export function duplicateFields(draft: MappingDraft): ImportField[] {
  const seen = new Set<ImportField>();
  const dup = new Set<ImportField>();
  for (const field of Object.values(draft)) {
    if (!field) continue;
    if (seen.has(field)) dup.add(field);
    seen.add(field);
  }
  return [...dup];
}

/** The fields a column may be mapped to for this kind. */
export function fieldsFor(kind: ImportKind): readonly ImportField[] {
  return IMPORT_FIELDS[kind];
}

/** What the API receives: ignored columns left out. */
export function toMapping(draft: MappingDraft): ImportMapping {
  const mapping: ImportMapping = {};
  for (const [header, field] of Object.entries(draft)) if (field) mapping[header] = field;
  return mapping;
}
