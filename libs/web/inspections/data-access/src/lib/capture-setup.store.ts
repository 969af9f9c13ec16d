import { Injectable, computed, inject, signal } from '@angular/core';
import { CategoryResponse, InspectionTemplateResponse, MeResponse, StoreResponse, StoreStatus } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { Observable } from 'rxjs';
import { DRAFT_STORAGE } from './draft-storage';
import { AuthApi } from '@storeops/web/auth/data-access';
import { CategoriesApi, StoresApi } from '@storeops/web/org/data-access';
import { InspectionsApi } from './inspections-api';

export const CACHE_KEYS = { me: 'me', stores: 'stores', categories: 'categories', templates: 'templates' } as const;

/**
 * What starting an inspection needs — the user's categories, the stores, the templates — fetched when online and
 * kept in IndexedDB, so a specialist can start (and a reload can render) with no signal.
 */
@Injectable()
export class CaptureSetupStore {
  private readonly api = inject(InspectionsApi);
  private readonly authApi = inject(AuthApi);
  private readonly storesApi = inject(StoresApi);
  private readonly categoriesApi = inject(CategoriesApi);
  private readonly storage = inject(DRAFT_STORAGE);
  private readonly state = new RequestState();

  readonly me = signal<MeResponse | null>(null);
  readonly stores = signal<StoreResponse[]>([]);
  readonly categories = signal<CategoryResponse[]>([]);
  readonly templates = signal<InspectionTemplateResponse[]>([]);
  /** True when what is shown came from the device because the network did not answer. */
  readonly fromCache = signal(false);
  readonly loading = this.state.loading;
  readonly error = this.state.error;

  /** A specialist inspects their own categories; everyone else may pick any active one. */
  readonly myCategories = computed(() => {
    const me = this.me();
    const active = this.categories().filter((c) => c.active);
    if (me?.role === 'specialist' && me.categoryIds.length) return active.filter((c) => me.categoryIds.includes(c.id));
    return active;
  });

  async load(): Promise<void> {
    await Promise.all([
      this.fetch(CACHE_KEYS.me, this.authApi.me(), (v) => v, this.me),
      this.fetch(CACHE_KEYS.stores, this.storesApi.all(), (p) => p.filter((s) => s.status !== StoreStatus.Closed), this.stores),
      this.fetch(CACHE_KEYS.categories, this.categoriesApi.all(), (p) => p, this.categories),
      this.fetch(CACHE_KEYS.templates, this.api.templates(), (v) => v.filter((t) => t.active !== false), this.templates),
    ]);
  }

  /** Templates for a category: its own standards first, then the general store standard. */
  templatesFor(categoryId: number | null): InspectionTemplateResponse[] {
    const all = this.templates();
    return [...all.filter((t) => categoryId !== null && t.categoryId === categoryId), ...all.filter((t) => t.categoryId === null)];
  }

  private async fetch<R, T>(key: string, request: Observable<R>, pick: (response: R) => T, target: { set(value: T): void }): Promise<void> {
    try {
      const value = pick(await this.state.run(request));
      target.set(value);
      void this.storage.putCached(key, value).catch(() => undefined);
    } catch {
      const cached = await this.storage.getCached<T>(key).catch(() => undefined);
      if (cached !== undefined) {
        target.set(cached);
        this.fromCache.set(true);
        this.state.clearError();
      }
    }
  }
}
