/**
 * The text of a sheet cell as exceljs reads it: rich text joined, a formula's result, anything else as written;
 * trimmed, and '' for an empty cell.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText
        .map((r: { text: string }) => r.text)
        .join('')
        .trim();
    if ('result' in value) return String(value.result ?? '').trim();
  }
  return String(value).trim();
}
