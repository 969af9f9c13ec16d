import { Injectable, computed, inject, signal } from '@angular/core';
import { CategoryResponse, CreateCategoryRequest, MAX_PAGE_SIZE, UpdateCategoryRequest } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { CategoriesApi } from './org-api';

export interface CategoryNode {
  category: CategoryResponse;
  children: CategoryResponse[];
}

/** Builds the two-level tree (top categories with their subcategories), both levels ordered by code. */
export function categoryTree(categories: readonly CategoryResponse[]): CategoryNode[] {
  const byCode = (a: CategoryResponse, b: CategoryResponse) => a.code.localeCompare(b.code);
  const tops = categories.filter((c) => c.parentId === null).sort(byCode);
  return tops.map((category) => ({
    category,
    children: categories.filter((c) => c.parentId === category.id).sort(byCode),
  }));
}

@Injectable({ providedIn: 'root' })
export class CategoriesStore {
  private readonly api = inject(CategoriesApi);
  private readonly state = new RequestState();
  /** Writes track their own state: a failed save belongs to the dialog, not to the list banner. */
  private readonly writes = new RequestState();
  private readonly all = signal<CategoryResponse[]>([]);
  private loaded = false;

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.writes.loading;
  readonly categories = this.all.asReadonly();
  readonly tree = computed(() => categoryTree(this.all()));

  async load(force = false): Promise<void> {
    if (this.loaded && !force) return;
    try {
      const page = await this.state.run(this.api.list({ pageSize: MAX_PAGE_SIZE }));
      this.all.set(page.items);
      this.loaded = true;
    } catch {
      // error() carries it.
    }
  }

  async create(body: CreateCategoryRequest): Promise<CategoryResponse> {
    const created = await this.writes.run(this.api.create(body));
    this.all.update((list) => [...list, created]);
    return created;
  }

  async update(id: number, body: UpdateCategoryRequest): Promise<CategoryResponse> {
    const updated = await this.writes.run(this.api.update(id, body));
    this.all.update((list) => list.map((c) => (c.id === id ? updated : c)));
    return updated;
  }
}
