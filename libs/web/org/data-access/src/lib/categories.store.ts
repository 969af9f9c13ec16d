import { Injectable, computed, inject } from '@angular/core';
import { CategoryResponse, CreateCategoryRequest, UpdateCategoryRequest } from '@storeops/shared/contracts';
import { CategoriesApi } from './org-api';
import { WholeListStore } from './whole-list.store';

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
export class CategoriesStore extends WholeListStore<CategoryResponse, CreateCategoryRequest, UpdateCategoryRequest> {
  protected readonly api = inject(CategoriesApi);
  readonly categories = this.items;
  readonly tree = computed(() => categoryTree(this.all()));
  /** Top-level categories by code: what a supplier is listed under. */
  readonly tops = computed(() => this.tree().map((node) => node.category));
}
