import { Injectable, inject, signal } from '@angular/core';
import { AlertItem, AlertQuery, MAX_IDS_FILTER, SnoozeAlertRequest, SnoozeAlertResponse } from '@storeops/shared/contracts';
import { StoresApi } from '@storeops/web/org/data-access';
import { PagedListStore, RequestState } from '@storeops/web/shared/util';
import { AlertCountStore } from './alert-count.store';
import { AlertsApi } from './alerts-api';

/** A store as a row names it. */
export interface AlertStoreLabel {
  code: string;
  name: string;
}

/** 50 a page: a person's open deadlines rarely fill one. */
export const ALERT_PAGE_SIZE = 50;

/**
 * 提醒中心's list: 我的待办 (`mine`) or everything the caller may see, filtered by kind, store and status. The stores
 * of each page are labelled by one `GET /api/stores?ids=…` for the ids not yet known (the chain has thousands of
 * stores; a page names a few). A snooze reloads the page and the badge, since the item leaves both.
 */
@Injectable()
export class AlertListStore extends PagedListStore<AlertItem, AlertQuery> {
  private readonly api = inject(AlertsApi);
  private readonly storesApi = inject(StoresApi);
  private readonly badge = inject(AlertCountStore);
  private readonly labels = new RequestState();
  private readonly known = signal<ReadonlyMap<number, AlertStoreLabel>>(new Map());

  readonly stores = this.known.asReadonly();
  readonly saveError = this.writes.error;

  protected fetch(query: AlertQuery) {
    return this.api.list(query);
  }

  override async load(patch: Partial<AlertQuery> = {}): Promise<void> {
    await super.load(patch);
    await this.labelStores(this.items());
  }

  /** Rejects with the ApiError for the dialog (400 naming `until` or `reason`). */
  async snooze(key: string, body: SnoozeAlertRequest): Promise<SnoozeAlertResponse> {
    const done = await this.writes.run(this.api.snooze(key, body));
    this.badge.refresh();
    const page = this.query().page ?? 1;
    // The last item of a later page went: show the page before rather than an empty one.
    const leftOnPage = this.items().filter((i) => i.key !== key).length;
    await this.load(leftOnPage === 0 && page > 1 ? { page: page - 1 } : {});
    return done;
  }

  clearSaveError(): void {
    this.writes.clearError();
  }

  private async labelStores(items: readonly AlertItem[]): Promise<void> {
    const known = this.known();
    const missing = [...new Set(items.map((i) => i.storeId).filter((id): id is number => id !== null && !known.has(id)))];
    if (!missing.length) return;
    try {
      const page = await this.labels.run(this.storesApi.list({ ids: missing.slice(0, MAX_IDS_FILTER), page: 1, pageSize: MAX_IDS_FILTER }));
      const next = new Map(this.known());
      for (const s of page.items) next.set(s.id, { code: s.code, name: s.name });
      this.known.set(next);
    } catch {
      // Without names the rows still show the store's id; the list itself loaded.
    }
  }
}
