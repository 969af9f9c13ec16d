import { MAX_PAGE_SIZE, Page } from '@storeops/shared/contracts';
import { EMPTY, Observable, defer, expand, last, map } from 'rxjs';

/** How many pages readAllPages asks for at most: a runaway `total` must not loop forever. */
export const READ_ALL_PAGES_LIMIT = 100;

/**
 * Reads a paged list whole: asks page 1, 2, … (each of MAX_PAGE_SIZE rows, via `fetchPage`) until `total` rows have
 * come or a page comes back empty. For lists that stay small (regions, categories) and for the choices still listing
 * a growing list whole until the server-searching picker replaces them.
 */
export function readAllPages<T>(fetchPage: (page: number, pageSize: number) => Observable<Page<T>>): Observable<T[]> {
  return defer(() =>
    fetchPage(1, MAX_PAGE_SIZE).pipe(
      map((response) => ({ page: 1, items: response.items, total: response.total, fresh: response.items.length })),
      expand(({ page, items, total, fresh }) => {
        if (fresh === 0 || items.length >= total || page >= READ_ALL_PAGES_LIMIT) return EMPTY;
        return fetchPage(page + 1, MAX_PAGE_SIZE).pipe(
          map((response) => ({
            page: page + 1,
            items: [...items, ...response.items],
            total: response.total,
            fresh: response.items.length,
          })),
        );
      }),
      last(),
      map(({ items }) => items),
    ),
  );
}
