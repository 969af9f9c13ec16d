import { Injectable, computed, inject, signal } from '@angular/core';
import {
  ApiError,
  ComplaintAttachmentResponse,
  ComplaintCategoryResponse,
  ComplaintCauseResponse,
  ComplaintListItem,
  ComplaintQuery,
  ComplaintResponse,
  ComplaintStatsQuery,
  ComplaintStatsResponse,
  ComplaintStatus,
  ComplaintTransitionRequest,
  CreateComplaintRequest,
} from '@storeops/shared/contracts';
import { PagedListStore, RequestState } from '@storeops/web/shared/util';
import { catchError, forkJoin, map, of } from 'rxjs';
import { ComplaintsApi } from './complaints-api';

/** The workbench's tabs: every complaint, then one per status in the order a complaint moves through them. */
export type ComplaintQueueTab = 'all' | ComplaintStatus;
export const COMPLAINT_QUEUE_TABS: readonly ComplaintQueueTab[] = [
  'all',
  'received',
  'assigned',
  'plan_proposed',
  'in_progress',
  'resolved',
  'followed_up',
  'closed',
  'invalid',
];

/** The filters of the queue, without its paging and tab. */
export type ComplaintFilters = Omit<ComplaintQuery, 'page' | 'pageSize' | 'status'>;

/**
 * The complaints queue (the office's workbench, a 店长's 本店投诉: the API narrows theirs to their store): one page of
 * the chosen tab, and how many complaints each tab holds under the same filters.
 */
@Injectable()
export class ComplaintQueueStore extends PagedListStore<ComplaintListItem, ComplaintQuery> {
  private readonly api = inject(ComplaintsApi);
  private readonly tabCounts = signal<Partial<Record<ComplaintQueueTab, number>>>({});
  /** Complaints per tab; a tab whose count could not be read is absent. */
  readonly counts = this.tabCounts.asReadonly();
  readonly tab = computed<ComplaintQueueTab>(() => this.query().status ?? 'all');

  protected fetch(query: ComplaintQuery) {
    return this.api.list(query);
  }

  /** New filters: the first page of the current tab, and every tab's count again. */
  async filter(filters: ComplaintFilters): Promise<void> {
    const { status } = this.query();
    const cleared: Record<keyof ComplaintFilters, undefined> = {
      storeId: undefined,
      from: undefined,
      to: undefined,
      categoryId: undefined,
      stage: undefined,
      keyCustomer: undefined,
      overdue: undefined,
      q: undefined,
    };
    await Promise.all([this.load({ ...cleared, ...filters, status, page: 1 }), this.loadCounts()]);
  }

  selectTab(tab: ComplaintQueueTab): Promise<void> {
    return this.load({ status: tab === 'all' ? undefined : tab, page: 1 });
  }

  /** One small request per tab (a page of one row: only its total is read). */
  async loadCounts(): Promise<void> {
    const { page: _page, pageSize: _size, status: _status, ...filters } = this.query();
    const requests = COMPLAINT_QUEUE_TABS.map((tab) =>
      this.api.list({ ...filters, status: tab === 'all' ? undefined : tab, page: 1, pageSize: 1 }).pipe(
        map((p) => [tab, p.total] as const),
        catchError(() => of(null)),
      ),
    );
    const results = await new Promise<Array<readonly [ComplaintQueueTab, number] | null>>((resolve) =>
      forkJoin(requests).subscribe({ next: resolve, error: () => resolve([]) }),
    );
    this.tabCounts.set(Object.fromEntries(results.filter((r) => r !== null)));
  }
}

/** The office's category tree (two levels) and the cause list: read once per session. */
@Injectable({ providedIn: 'root' })
export class ComplaintLookupsStore {
  private readonly api = inject(ComplaintsApi);
  private readonly state = new RequestState();
  private loaded: Promise<void> | null = null;
  readonly categories = signal<ComplaintCategoryResponse[]>([]);
  readonly causes = signal<ComplaintCauseResponse[]>([]);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  /** The first level (商品质量, 价格, 服务态度 …), active ones only. */
  readonly topCategories = computed(() => this.categories().filter((c) => c.parentId === null && c.active));
  readonly categoryById = computed(() => new Map(this.categories().map((c) => [c.id, c])));

  /** The active second-level categories under a first-level one. */
  childrenOf(parentId: number | null): ComplaintCategoryResponse[] {
    if (parentId === null) return [];
    return this.categories().filter((c) => c.parentId === parentId && c.active);
  }

  /** `商品质量 › 过期变质` for a second-level category, the name alone for a first-level one. */
  categoryPath(id: number | null): string {
    const category = id === null ? undefined : this.categoryById().get(id);
    if (!category) return '';
    const parent = category.parentId === null ? undefined : this.categoryById().get(category.parentId);
    return parent ? `${parent.name} › ${category.name}` : category.name;
  }

  load(): Promise<void> {
    this.loaded ??= (async () => {
      try {
        const [categories, causes] = await Promise.all([this.state.run(this.api.categories()), this.state.run(this.api.causes())]);
        this.categories.set(categories);
        this.causes.set(causes);
      } catch {
        // error() carries it; the next call tries again.
        this.loaded = null;
      }
    })();
    return this.loaded;
  }
}

/**
 * One complaint: its record with timeline, deadlines and the caller's allowed actions, and every write on it. Each
 * write answers the complaint as it now is, which replaces the one shown.
 */
@Injectable()
export class ComplaintStore {
  private readonly api = inject(ComplaintsApi);
  private readonly state = new RequestState();
  private readonly writes = new RequestState();
  readonly complaint = signal<ComplaintResponse | null>(null);
  /** The full phone once revealed (kept for this page only). */
  readonly revealedPhone = signal<string | null>(null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly saveError = this.writes.error;

  async load(id: number): Promise<void> {
    try {
      this.complaint.set(await this.state.run(this.api.get(id)));
    } catch {
      // error() carries it.
    }
  }

  /** Records a complaint; rejects with the ApiError, whose details name the fields. */
  async create(body: CreateComplaintRequest): Promise<ComplaintResponse> {
    const created = await this.writes.run(this.api.create(body));
    this.complaint.set(created);
    return created;
  }

  /** Sends the version shown, so a complaint someone else moved on answers 409 instead of being overwritten. */
  async transition(body: ComplaintTransitionRequest): Promise<ComplaintResponse> {
    const current = this.current();
    return this.apply(this.writes.run(this.api.transition(current.id, { ...body, version: current.version })));
  }

  pause(reason: string): Promise<ComplaintResponse> {
    return this.apply(this.writes.run(this.api.pause(this.current().id, { reason })));
  }

  resume(): Promise<ComplaintResponse> {
    return this.apply(this.writes.run(this.api.resume(this.current().id)));
  }

  /**
   * Folds this duplicate into the complaint with code `intoCode` (looked up by code first); rejects with a 404-shaped
   * ApiError when no visible complaint has that code.
   */
  async mergeInto(intoCode: string, comment?: string): Promise<ComplaintResponse> {
    const current = this.current();
    const code = intoCode.trim().toUpperCase();
    const found = await this.writes.run(this.api.list({ q: code, page: 1, pageSize: 5 }));
    const target = found.items.find((c) => c.code.toUpperCase() === code && c.id !== current.id);
    if (!target) {
      const error: ApiError = { statusCode: 404, error: 'Not Found', message: '', code: 'complaint.merge_target_not_found', details: [] };
      throw error;
    }
    return this.apply(this.writes.run(this.api.merge(current.id, { intoId: target.id, ...(comment ? { comment } : {}) })));
  }

  async revealPhone(): Promise<string | null> {
    const phone = await this.writes.run(this.api.revealPhone(this.current().id));
    this.revealedPhone.set(phone.customerPhone);
    return phone.customerPhone;
  }

  /** Uploads a photo or receipt, then reads the complaint again (its attachment list and timeline). */
  async attach(file: File): Promise<ComplaintAttachmentResponse> {
    const current = this.current();
    const attachment = await this.writes.run(this.api.attach(current.id, file));
    await this.load(current.id);
    return attachment;
  }

  clearSaveError(): void {
    this.writes.clearError();
  }

  private current(): ComplaintResponse {
    const current = this.complaint();
    if (!current) throw new Error('no complaint loaded');
    return current;
  }

  private async apply(write: Promise<ComplaintResponse>): Promise<ComplaintResponse> {
    const updated = await write;
    this.complaint.set(updated);
    return updated;
  }
}

/** The complaints report of one period and grouping, and its spreadsheet. */
@Injectable()
export class ComplaintStatsStore {
  private readonly api = inject(ComplaintsApi);
  private readonly state = new RequestState();
  private readonly downloads = new RequestState();
  private latest = 0;
  readonly stats = signal<ComplaintStatsResponse | null>(null);
  readonly query = signal<ComplaintStatsQuery | null>(null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly exporting = this.downloads.loading;
  readonly exportError = this.downloads.error;

  async load(query: ComplaintStatsQuery): Promise<void> {
    this.query.set(query);
    const request = ++this.latest;
    try {
      const stats = await this.state.run(this.api.stats(query));
      // A slower answer to an earlier choice does not overwrite the newer one.
      if (request === this.latest) this.stats.set(stats);
    } catch {
      if (request === this.latest) this.stats.set(null);
    }
  }

  /** The table as the API writes it; rejects with the ApiError. */
  exportXlsx(): Promise<Blob> {
    const query = this.query();
    if (!query) return Promise.reject(new Error('no report loaded'));
    return this.downloads.run(this.api.statsExport(query));
  }
}
