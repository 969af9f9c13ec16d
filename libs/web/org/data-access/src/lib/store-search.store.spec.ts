import { TestBed } from '@angular/core/testing';
import { StoreResponse } from '@storeops/shared/contracts';
import { Subject, of, throwError } from 'rxjs';
import { StoresApi } from './org-api';
import { STORE_SEARCH_PAGE, StoreSearchStore } from './store-search.store';

const page = (...codes: string[]) => ({
  items: codes.map((code, i) => ({ id: i + 1, code, name: code }) as StoreResponse),
  total: codes.length,
  page: 1,
  pageSize: 20,
});

describe('StoreSearchStore', () => {
  const list = jest.fn();
  beforeEach(() => {
    jest.useFakeTimers();
    list.mockReset();
    TestBed.configureTestingModule({ providers: [StoreSearchStore, { provide: StoresApi, useValue: { list } }] });
  });
  afterEach(() => jest.useRealTimers());

  it('asks the server once the typing pauses, for one page only', async () => {
    list.mockReturnValue(of(page('SH001')));
    const s = TestBed.inject(StoreSearchStore);
    s.search('S');
    s.search('SH');
    s.search('SH0 ');
    await jest.advanceTimersByTimeAsync(300);
    expect(list).toHaveBeenCalledTimes(1);
    expect(list).toHaveBeenCalledWith({ q: 'SH0', page: 1, pageSize: STORE_SEARCH_PAGE });
    expect(s.results().map((r) => r.code)).toEqual(['SH001']);
  });

  it('drops an older answer that arrives after a newer search', async () => {
    const slow = new Subject<ReturnType<typeof page>>();
    list.mockReturnValueOnce(slow).mockReturnValueOnce(of(page('BJ002')));
    const s = TestBed.inject(StoreSearchStore);
    s.search('SH');
    await jest.advanceTimersByTimeAsync(300);
    s.search('BJ');
    await jest.advanceTimersByTimeAsync(300);
    slow.next(page('SH001'));
    expect(s.results().map((r) => r.code)).toEqual(['BJ002']);
  });

  it('keeps the last results and says what failed', async () => {
    list.mockReturnValueOnce(of(page('SH001'))).mockReturnValueOnce(throwError(() => new Error('offline')));
    const s = TestBed.inject(StoreSearchStore);
    s.search('SH');
    await jest.advanceTimersByTimeAsync(300);
    s.search('X');
    await jest.advanceTimersByTimeAsync(300);
    expect(s.results().map((r) => r.code)).toEqual(['SH001']);
    expect(s.error()).toBe('offline');
    expect(s.loading()).toBe(false);
  });
});
