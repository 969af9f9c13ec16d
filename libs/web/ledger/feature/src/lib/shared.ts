import { ApiError, Role } from '@storeops/shared/contracts';
import { detailText, I18nService, isApiError, toApiError } from '@storeops/web/shared/util';

/** Who records and handles complaints (the API decides each action; the pages offer the forms to these). */
export const COMPLAINT_HANDLERS: readonly Role[] = [Role.AdminOffice, Role.StoreManager];

export function isHandler(role: Role | null | undefined): boolean {
  return !!role && COMPLAINT_HANDLERS.includes(role);
}

/** The queue's title by role: the office's 工作台, a 店长's 本店投诉, everyone else's 投诉列表. */
export function queueTitleKey(role: Role | null | undefined): string {
  if (role === Role.AdminOffice) return 'complaints.queue.titleOffice';
  if (role === Role.StoreManager) return 'complaints.queue.titleStore';
  return 'complaints.queue.title';
}

/**
 * A failed write as one line: the server's message (worded in the interface language) and the problems it named;
 * a refused file (415 type, 413 size) as the upload explains it.
 */
export function describeError(e: unknown, i18n: I18nService): string {
  const error: ApiError = isApiError(e) ? e : toApiError(e);
  if (error.statusCode === 415) return i18n.t('complaints.error.fileType');
  if (error.statusCode === 413) return i18n.t('complaints.error.fileTooLarge');
  if (error.statusCode === 0) return i18n.t('common.networkError');
  if (error.code === 'complaint.merge_target_not_found') return i18n.t('complaints.merge.notFound');
  return [error.message, ...(error.details ?? []).map(detailText)].filter(Boolean).join('；');
}

/** A local date-time input's value (`YYYY-MM-DDTHH:MM`) for an instant, in the browser's time. */
export function toLocalInput(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}T${p(at.getHours())}:${p(at.getMinutes())}`;
}

/** A file size: KB with one decimal (at least 0.1), then MB — the units the Chinese interface writes as they are. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(0.1, bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
