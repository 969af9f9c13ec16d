import { Page } from '@storeops/shared/contracts';
import { Observable, of, throwError } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';
import { PagedListStore } from './paged-list-store';

interface Q {
  page?: number;
  pageSize?: number;
  q?: string;
}

class Fake extends PagedListStore<string, Q> {
  readonly seen: Q[] = [];
  next: () => Observable<Page<string>> = () => of({ items: ['a'], total: 1, page: 1, pageSize: 20 });
  protected fetch(query: Q) {
    this.seen.push(query);
    return this.next();
  }
}

describe('PagedListStore', () => {
  it('merges each patch into the query and keeps the page', async () => {
    const store = new Fake();
    await store.load({ q: '徐汇' });
    await store.load({ page: 2 });
    expect(store.seen).toEqual([
      { page: 1, pageSize: 20, q: '徐汇' },
      { page: 2, pageSize: 20, q: '徐汇' },
    ]);
    expect(store.items()).toEqual(['a']);
    expect(store.empty()).toBe(false);
  });

  it('says empty only after a load that found nothing', async () => {
    const store = new Fake();
    expect(store.empty()).toBe(false);
    store.next = () => of({ items: [], total: 0, page: 1, pageSize: 20 });
    await store.load();
    expect(store.empty()).toBe(true);
  });

  it('keeps the error for the banner and the previous page on failure', async () => {
    const store = new Fake();
    await store.load();
    store.next = () =>
      throwError(() => new HttpErrorResponse({ status: 500, error: { statusCode: 500, error: 'x', message: '服务器错误', details: [] } }));
    await store.load();
    expect(store.error()?.statusCode).toBe(500);
    expect(store.items()).toEqual(['a']);
    expect(store.loading()).toBe(false);
  });
});
