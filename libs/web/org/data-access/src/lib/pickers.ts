import { Injectable, inject } from '@angular/core';
import { MAX_IDS_FILTER, Role, StoreQuery, StoreResponse, StoreStatus, UserResponse } from '@storeops/shared/contracts';
import { I18nService, PickerOption, PickerResolve, PickerResolveMany, PickerSearch } from '@storeops/web/shared/util';
import { Observable, forkJoin, map, of } from 'rxjs';
import { StoresApi, UsersApi } from './org-api';

/** How many choices a picker shows per search: a chain has up to 2,500 stores, so type more to narrow. */
export const PICKER_PAGE_SIZE = 20;

/**
 * The store pickers' server search (code, name or external code, as the API matches `q`) and their label-by-id
 * lookups. `searchWhere` narrows the search (e.g. only open stores for an inspection plan).
 */
@Injectable({ providedIn: 'root' })
export class StorePickerSource {
  private readonly api = inject(StoresApi);
  private readonly i18n = inject(I18nService);
  /** "code name", with the external codes (the POS numbers a clerk knows the store by) as the second line. */
  private readonly storeOption = (s: StoreResponse): PickerOption => ({
    id: s.id,
    code: s.code,
    name: s.name,
    detail: s.externalCodes.length
      ? `${this.i18n.t('store.externalCodes')} ${s.externalCodes.join(this.i18n.t('common.listSep'))}`
      : undefined,
  });
  readonly search: PickerSearch = (q) => this.searchWhere({})(q);
  /** Stores that trade today: what a plan or a target lock may name. */
  readonly searchOpen: PickerSearch = (q) => this.searchWhere({ status: StoreStatus.Open })(q);
  readonly resolve: PickerResolve = (id) => this.api.get(id).pipe(map(this.storeOption));
  /** Labels for chosen ids, MAX_IDS_FILTER per request. */
  readonly resolveMany: PickerResolveMany = (ids) => {
    if (ids.length === 0) return of([]);
    const chunks: number[][] = [];
    for (let i = 0; i < ids.length; i += MAX_IDS_FILTER) chunks.push(ids.slice(i, i + MAX_IDS_FILTER));
    return forkJoin(chunks.map((chunk) => this.api.list({ ids: chunk, page: 1, pageSize: MAX_IDS_FILTER }))).pipe(
      map((pages) => pages.flatMap((page) => page.items.map(this.storeOption))),
    );
  };

  searchWhere(filter: Omit<StoreQuery, 'q' | 'page' | 'pageSize' | 'ids'>): PickerSearch {
    return (q) =>
      this.api
        .list({ ...filter, q: q || undefined, page: 1, pageSize: PICKER_PAGE_SIZE })
        .pipe(map((page) => page.items.map(this.storeOption)));
  }
}

/** The user pickers' server search (username or name), optionally of one role, and their label-by-id lookup. */
@Injectable({ providedIn: 'root' })
export class UserPickerSource {
  private readonly api = inject(UsersApi);
  readonly search: PickerSearch = (q) => this.searchRole(null)(q);
  readonly resolve: PickerResolve = (id) => this.api.get(id).pipe(map(userOption));

  /** Active users of one role (null: any role). */
  searchRole(role: Role | null): PickerSearch {
    return (q): Observable<PickerOption[]> =>
      this.api
        .list({ q: q || undefined, role: role ?? undefined, active: true, page: 1, pageSize: PICKER_PAGE_SIZE })
        .pipe(map((page) => page.items.map(userOption)));
  }
}

function userOption(u: UserResponse): PickerOption {
  return { id: u.id, code: u.username, name: u.displayName };
}
