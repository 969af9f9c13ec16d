import { Injectable, inject, signal } from '@angular/core';
import {
  CorrectiveActionFilter,
  CorrectiveActionResponse,
  CorrectiveActionStatus,
  CorrectiveActionSummary,
} from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { CategoriesApi } from '@storeops/web/org/data-access';
import { InspectionsApi } from './inspections-api';
import { DRAFT_STORAGE } from './draft-storage';
import { withOfflineCopy } from './offline-cache';

/** Which actions a role works on: the store fixes open/reopened ones; the inspectors verify closed ones. */
export type ActionsView = 'todo' | 'verify' | 'all';

export const ACTIONS_VIEW_STATUSES: Readonly<Record<ActionsView, readonly CorrectiveActionStatus[]>> = {
  todo: ['open', 'reopened'],
  verify: ['closed'],
  all: ['open', 'reopened', 'closed', 'accepted'],
};

/** Overdue first, then by due date. */
export function sortActions(rows: readonly CorrectiveActionResponse[]): CorrectiveActionResponse[] {
  return [...rows].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt) || a.id - b.id);
}

/** 整改: the list for one view, closing (with an uploaded photo) and verifying. */
@Injectable()
export class CorrectiveActionsStore {
  private readonly api = inject(InspectionsApi);
  private readonly categoriesApi = inject(CategoriesApi);
  private readonly storage = inject(DRAFT_STORAGE);
  private readonly state = new RequestState();
  private readonly writeState = new RequestState();
  readonly rows = signal<CorrectiveActionResponse[]>([]);
  readonly view = signal<ActionsView>('todo');
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writeState.loading;
  readonly saveError = this.writeState.error;

  /** Offline: when the rows shown were fetched (null: nothing cached on this device yet); null while online. */
  readonly offline = signal<{ at: string | null } | null>(null);
  /** The filters in force (a store manager's store is always theirs: the API narrows it). */
  readonly filter = signal<CorrectiveActionFilter>({});
  /** Counts of the filter, by status and overdue. */
  readonly summary = signal<CorrectiveActionSummary | null>(null);
  /** What the category filter offers: the top-level categories (the store filter searches the server). */
  readonly categories = signal<Array<{ id: number; name: string }>>([]);

  async loadOptions(): Promise<void> {
    try {
      const categories = await this.state.run(this.categoriesApi.all());
      this.categories.set(categories.filter((c) => c.parentId === null).map((c) => ({ id: c.id, name: c.name })));
    } catch {
      // The filters stay empty; the list still works.
    }
  }

  async load(view: ActionsView = this.view(), storeId?: number, filter: CorrectiveActionFilter = this.filter()): Promise<void> {
    this.view.set(view);
    this.filter.set(filter);
    const query = { ...filter, ...(storeId ? { storeId } : {}) };
    const key = `actions:${view}:${JSON.stringify(query)}`;
    // Offline, the last list fetched on this device stands in, marked as such; never a raw HTTP error.
    const result = await withOfflineCopy(this.storage, key, async () => {
      const [summary, ...pages] = await Promise.all([
        this.state.run(this.api.actionsSummary(query)),
        ...ACTIONS_VIEW_STATUSES[view].map((status) => this.state.run(this.api.actions({ ...query, status, pageSize: 200 }))),
      ]);
      this.summary.set(summary as CorrectiveActionSummary);
      return sortActions(pages.flatMap((p) => (p as { items: CorrectiveActionResponse[] }).items));
    });
    if (!result) return;
    this.rows.set(result.value ?? []);
    this.offline.set(result.offline);
    if (result.offline) this.state.clearError();
  }

  /** Uploads the photo, then closes; rejects with the ApiError for the dialog. */
  async close(id: number, note: string, photo: Blob, fileName: string): Promise<CorrectiveActionResponse> {
    const { id: photoId } = await this.writeState.run(this.api.uploadPhoto(photo, fileName));
    const updated = await this.writeState.run(this.api.closeAction(id, { note, photoId }));
    this.replace(updated);
    return updated;
  }

  async verify(id: number, accepted: boolean, reason?: string): Promise<CorrectiveActionResponse> {
    const updated = await this.writeState.run(this.api.verifyAction(id, accepted ? { accepted } : { accepted, reason }));
    this.replace(updated);
    return updated;
  }

  /** 批量验收 of closed actions: all or nothing; the accepted ones leave the 待验收 list. */
  async verifyMany(ids: number[], accepted: boolean, reason?: string): Promise<CorrectiveActionResponse[]> {
    const { items } = await this.writeState.run(this.api.verifyActions(accepted ? { ids, accepted } : { ids, accepted, reason }));
    for (const updated of items) this.replace(updated);
    this.summary.set(await this.state.run(this.api.actionsSummary(this.filter())).catch(() => this.summary()));
    return items;
  }

  clearSaveError(): void {
    this.writeState.clearError();
  }

  private replace(updated: CorrectiveActionResponse): void {
    const keep = ACTIONS_VIEW_STATUSES[this.view()].includes(updated.status);
    this.rows.update((rows) => (keep ? rows.map((r) => (r.id === updated.id ? updated : r)) : rows.filter((r) => r.id !== updated.id)));
  }
}
