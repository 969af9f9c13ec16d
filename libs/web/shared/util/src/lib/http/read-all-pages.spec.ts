import { MAX_PAGE_SIZE, Page } from '@storeops/shared/contracts';
import { Observable, firstValueFrom, of, throwError } from 'rxjs';
import { READ_ALL_PAGES_LIMIT, readAllPages } from './read-all-pages';

/** A server holding `total` rows numbered from 1, answering pages of MAX_PAGE_SIZE. */
function server(total: number) {
  const asked: number[] = [];
  const fetchPage = (page: number): Observable<Page<number>> => {
    asked.push(page);
    const size = Math.max(0, Math.min(MAX_PAGE_SIZE, total - (page - 1) * MAX_PAGE_SIZE));
    const items = Array.from({ length: size }, (_, i) => (page - 1) * MAX_PAGE_SIZE + i + 1);
    return of({ items, total, page, pageSize: MAX_PAGE_SIZE });
  };
  return { asked, fetchPage };
}

describe('readAllPages', () => {
  it.each([
    ['an empty list in one request', 0, [1]],
    ['a list shorter than a page in one request', 3, [1]],
    ['exactly one full page in one request', MAX_PAGE_SIZE, [1]],
    ['a 2,500-row list in five pages', 2500, [1, 2, 3, 4, 5]],
  ])('reads %s', async (_name, total, pages) => {
    const { asked, fetchPage } = server(total);
    const all = await firstValueFrom(readAllPages(fetchPage));
    expect(all).toHaveLength(total);
    expect(all.at(-1)).toBe(total || undefined);
    expect(asked).toEqual(pages);
  });

  it('asks with the largest page size the API allows', async () => {
    const sizes: number[] = [];
    await firstValueFrom(readAllPages((page, pageSize) => (sizes.push(pageSize), of({ items: [1], total: 1, page, pageSize }))));
    expect(sizes).toEqual([MAX_PAGE_SIZE]);
  });

  it('stops at an empty page even if total promised more (rows deleted meanwhile)', async () => {
    const all = await firstValueFrom(readAllPages((page) => of({ items: page === 1 ? [1, 2] : [], total: 5000, page, pageSize: 2 })));
    expect(all).toEqual([1, 2]);
  });

  it('gives up after the page limit', async () => {
    let calls = 0;
    await firstValueFrom(readAllPages((page) => (calls++, of({ items: [page], total: Number.MAX_SAFE_INTEGER, page, pageSize: 1 }))));
    expect(calls).toBe(READ_ALL_PAGES_LIMIT);
  });

  it('fails as the failing page does', async () => {
    await expect(firstValueFrom(readAllPages(() => throwError(() => new Error('down'))))).rejects.toThrow('down');
  });
});
