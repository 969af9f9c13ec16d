import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { StoreResponse } from '@storeops/shared/contracts';
import { PICKER_DEBOUNCE_MS, toApiError } from '@storeops/web/shared/util';
import { Subject, catchError, debounceTime, distinctUntilChanged, of, switchMap, tap } from 'rxjs';
import { StoresApi } from './org-api';

/** How many stores one search shows: a chain has up to 2,500, so a picker asks the server and never loads them all. */
export const STORE_SEARCH_PAGE = 20;
export const STORE_SEARCH_DEBOUNCE_MS = PICKER_DEBOUNCE_MS;

/**
 * Search-as-you-type over the stores (code, name or external code, as the API matches `q`): the latest answer wins,
 * an older one arriving late is dropped.
 */
@Injectable()
export class StoreSearchStore {
  private readonly api = inject(StoresApi);
  private readonly queries = new Subject<string>();
  private readonly found = signal<StoreResponse[]>([]);
  private readonly count = signal(0);
  private readonly pending = signal(false);
  private readonly failed = signal<string | null>(null);

  readonly results = this.found.asReadonly();
  /** How many stores match in all (more than are shown means: type more). */
  readonly total = this.count.asReadonly();
  readonly loading = this.pending.asReadonly();
  readonly error = this.failed.asReadonly();

  constructor() {
    const subscription = this.queries
      .pipe(
        debounceTime(STORE_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        tap(() => this.pending.set(true)),
        switchMap((q) =>
          this.api.list({ q: q || undefined, page: 1, pageSize: STORE_SEARCH_PAGE }).pipe(
            catchError((error: unknown) => {
              this.failed.set(toApiError(error).message);
              return of(null);
            }),
          ),
        ),
      )
      .subscribe((page) => {
        this.pending.set(false);
        if (!page) return;
        this.failed.set(null);
        this.found.set(page.items);
        this.count.set(page.total);
      });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  search(text: string): void {
    this.queries.next(text.trim());
  }
}
