import { Injectable, inject } from '@angular/core';
import { PICKER_PAGE_SIZE } from '@storeops/web/org/data-access';
import { PickerResolve, PickerSearch } from '@storeops/web/shared/util';
import { map } from 'rxjs';
import { SuppliersApi } from './suppliers-api';

/** The supplier picker's server search (code or name) and its label-by-id lookup. */
@Injectable({ providedIn: 'root' })
export class SupplierPickerSource {
  private readonly api = inject(SuppliersApi);
  readonly search: PickerSearch = (q) =>
    this.api
      .suppliers({ q: q || undefined, page: 1, pageSize: PICKER_PAGE_SIZE })
      .pipe(map((page) => page.items.map((s) => ({ id: s.id, code: s.code, name: s.name }))));
  /** Suppliers a new contract may name: the eliminated ones are left out. */
  readonly contractable: PickerSearch = (q) =>
    this.api
      .suppliers({ q: q || undefined, page: 1, pageSize: PICKER_PAGE_SIZE })
      .pipe(map((page) => page.items.filter((s) => s.status !== 'eliminated').map((s) => ({ id: s.id, code: s.code, name: s.name }))));
  readonly resolve: PickerResolve = (id) => this.api.supplier(id).pipe(map((s) => ({ id: s.id, code: s.code, name: s.name })));
}
