import { Injectable, Provider, effect, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18nService } from '@storeops/web/shared/util';

/** Material's paginator labels in the interface's language (they are English by default). */
@Injectable()
export class LocalizedPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      this.i18n.language();
      this.itemsPerPageLabel = this.i18n.t('paginator.itemsPerPage');
      this.nextPageLabel = this.i18n.t('paginator.next');
      this.previousPageLabel = this.i18n.t('paginator.previous');
      this.firstPageLabel = this.i18n.t('paginator.first');
      this.lastPageLabel = this.i18n.t('paginator.last');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const from = length === 0 ? 0 : page * pageSize + 1;
    const to = Math.min((page + 1) * pageSize, length);
    return this.i18n.t('paginator.range', { from, to, total: length });
  };
}

/** Provided once by the shell layout (every page renders in its outlet), so every pager speaks the interface's language. */
export const PAGINATOR_INTL: Provider = { provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl };
