import { ApiError, creditCodeCheckChar, SupplierContact, periodsEnding } from '@storeops/shared/contracts';
import { detailText, I18nService, isApiError, toApiError } from '@storeops/web/shared/util';

/**
 * A failed write as one line: the server's message and each problem it named (detailText: worded by the API in the
 * interface's language, which every request sends). With the i18n service, a refused file (415 type, 413 size) is
 * said as the upload field explains it.
 */
export function describeError(e: unknown, i18n?: I18nService): string {
  const error: ApiError = isApiError(e) ? e : toApiError(e);
  if (i18n && error.statusCode === 415) return i18n.t('sup.error.fileType');
  if (i18n && error.statusCode === 413) return i18n.t('sup.error.fileTooLarge');
  return [error.message, ...(error.details ?? []).map(detailText)].filter(Boolean).join('；');
}

/** The 统一社会信用代码 problem in the interface's language (the shared rule speaks English), or null when valid. */
export function creditCodeHint(code: string, i18n: I18nService): string | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return i18n.t('sup.creditCode.format');
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) return i18n.t('sup.creditCode.division');
  const expected = creditCodeCheckChar(code.slice(0, 17));
  return expected === code[17] ? null : i18n.t('sup.creditCode.check', { actual: code[17], expected: expected ?? '?' });
}

/** A person as `name (login)`, or just the name when it is the login (or the login when no name is known). */
export function personLabel(name: string | null | undefined, login: string | null | undefined): string {
  if (!login) return name ?? '';
  return name && name !== login ? `${name} (${login})` : login;
}

/** A file size: bytes below 1 KB ("60 B"), KB below 1 MB with one decimal ("1.5 KB"), then MB ("2.3 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.max(0, Math.round(bytes))} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Contact rows of a form as the API takes them: trimmed, fully blank rows dropped, an empty role left out. */
export function contactsFromRows(rows: ReadonlyArray<{ name: string; phone: string; role: string }>): SupplierContact[] {
  return rows
    .map((r) => ({ name: r.name.trim(), phone: r.phone.trim(), role: r.role.trim() }))
    .filter((r) => r.name || r.phone || r.role)
    .map((r) => (r.role ? r : { name: r.name, phone: r.phone }));
}

/** The system's expiry entry carries an English note (`end date YYYY-MM-DD passed`); it is shown translated. */
export function expireNoteDate(comment: string | null | undefined): string | null {
  return /^end date (\d{4}-\d{2}-\d{2}) passed$/.exec(comment ?? '')?.[1] ?? null;
}

/** `count` months back from `last` (YYYY-MM), newest first: what a month picker offers. */
export function monthsBack(last: string, count: number): string[] {
  return periodsEnding(last, count).reverse();
}

/** Today, `YYYY-MM-DD`, in local time (the browser's clock). */
export function localToday(today = new Date()): string {
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
}

/** The last whole month, `YYYY-MM`, in local time: the month a clause check is usually recorded for. */
export function previousMonth(today = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}
