import { Injectable, inject } from '@angular/core';
import { PickerOption, PickerResolve, PickerSearch } from '@storeops/web/shared/util';
import { map } from 'rxjs';
import { StoresApi, UsersApi } from './org-api';
import { STORE_SEARCH_PAGE } from './store-search.store';

/** How many choices a picker shows per search: type more to narrow. */
export const PICKER_PAGE_SIZE = STORE_SEARCH_PAGE;

/** The store picker's server search (code or name) and its label-by-id lookup. */
@Injectable({ providedIn: 'root' })
export class StorePickerSource {
  private readonly api = inject(StoresApi);
  readonly search: PickerSearch = (q) =>
    this.api.list({ q: q || undefined, page: 1, pageSize: PICKER_PAGE_SIZE }).pipe(map((page) => page.items.map(toOption)));
  readonly resolve: PickerResolve = (id) => this.api.get(id).pipe(map(toOption));
}

/** The user picker's server search (username or name). */
@Injectable({ providedIn: 'root' })
export class UserPickerSource {
  private readonly api = inject(UsersApi);
  readonly search: PickerSearch = (q) =>
    this.api
      .list({ q: q || undefined, page: 1, pageSize: PICKER_PAGE_SIZE })
      .pipe(map((page) => page.items.map((u) => ({ id: u.id, code: u.username, name: u.displayName }))));
}

function toOption(s: { id: number; code: string; name: string }): PickerOption {
  return { id: s.id, code: s.code, name: s.name };
}
