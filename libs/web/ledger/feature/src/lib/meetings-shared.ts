import { ApiError, MEETING_MANAGERS, MeetingActionResponse, Role } from '@storeops/shared/contracts';
import { detailText, I18nService, isApiError, isStaleVersion, toApiError } from '@storeops/web/shared/util';

/** Who holds meetings (the API decides; the pages offer 新建会议 and 转为整改 to these). */
export function isMeetingManager(role: Role | null | undefined): boolean {
  return !!role && MEETING_MANAGERS.includes(role);
}

/** 完成 is the owner's or a manager's; a done action has nothing left to do. */
export function canComplete(action: MeetingActionResponse, role: Role | null | undefined, userId: number | null | undefined): boolean {
  return action.status === 'open' && (isMeetingManager(role) || (userId !== null && userId !== undefined && action.ownerId === userId));
}

/** 转为整改 as the API allows it: a manager, an open action for a store, not already one. */
export function canMakeCorrective(action: MeetingActionResponse, role: Role | null | undefined): boolean {
  return isMeetingManager(role) && action.status === 'open' && action.storeId !== null && action.correctiveActionId === null;
}

/** A failed write as one line: offline, someone else's change first (409 on the version), or the server's words. */
export function describeMeetingError(e: unknown, i18n: I18nService): string {
  const error: ApiError = isApiError(e) ? e : toApiError(e);
  if (error.statusCode === 0) return i18n.t('common.networkError');
  if (isStaleVersion(error)) return i18n.t('meetings.error.conflict');
  return [error.message, ...(error.details ?? []).map(detailText)].filter(Boolean).join('；');
}

/** Card, list and chip styles shared by the meetings pages. */
export const MEETING_STYLES = `
  :host { display: block; }
  .card { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; background: var(--mat-sys-surface); margin-bottom: 16px; overflow: hidden; }
  .card > h2 { font: var(--mat-sys-title-medium); margin: 0; padding: 12px 16px 4px; display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
  .card .body { padding: 8px 16px 16px; }
  .progress { height: 4px; }
  .muted { color: var(--mat-sys-on-surface-variant); }
  .small { font: var(--mat-sys-body-small); }
  .chip { display: inline-block; padding: 2px 10px; border-radius: 12px; font: var(--mat-sys-label-medium); white-space: nowrap; background: var(--mat-sys-surface-container-highest); }
  .chip.open { background: #d3e3fd; color: #0842a0; }
  .chip.done { background: #d8f3e4; color: #0b5d34; }
  .chip.overdue { background: #ffdad6; color: #8c1d18; }
  .chip.carried { background: #ffefc9; color: #6d4c00; }
  .late { color: #b3261e; font-weight: 500; }
  .rows { list-style: none; margin: 0; padding: 0; }
  .rows > li { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; padding: 10px 16px; border-top: 1px solid var(--mat-sys-outline-variant); min-width: 0; }
  .rows > li:first-child { border-top: 0; }
  .rows .main { flex: 1 1 240px; min-width: 0; overflow-wrap: anywhere; display: flex; flex-direction: column; gap: 2px; }
  .rows .meta { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; }
  .rows .end { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-left: auto; }
  .rows a.main { color: inherit; text-decoration: none; min-height: 44px; justify-content: center; }
  .rows a.main:hover .name, .rows a.main:focus .name { text-decoration: underline; }
  .name { font: var(--mat-sys-title-small); }
  button, a[mat-button], a[mat-flat-button], a[mat-stroked-button] { min-height: 44px; }
  @media (max-width: 599.98px) {
    .rows > li { padding: 10px 12px; }
    .rows .end { margin-left: 0; width: 100%; }
    .rows .end > button { flex: 1 1 auto; }
  }
`;
