import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { AlertItem, ApiError, Page } from '@storeops/shared/contracts';
import { StoresApi } from '@storeops/web/org/data-access';
import { of, throwError } from 'rxjs';
import { AlertCountStore } from './alert-count.store';
import { AlertListStore } from './alert-list.store';
import { AlertsApi } from './alerts-api';
import { alertItem } from './test-factories';

const page = (items: AlertItem[], patch: Partial<Page<AlertItem>> = {}): Page<AlertItem> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 50,
  ...patch,
});
const store = (id: number, code: string, name: string) => ({ id, code, name });

describe('AlertListStore', () => {
  let api: Record<string, jest.Mock>;
  let stores: Record<string, jest.Mock>;
  let badge: { refresh: jest.Mock };

  beforeEach(() => {
    api = { list: jest.fn(() => of(page([]))), snooze: jest.fn() };
    stores = {
      list: jest.fn(({ ids }: { ids: number[] }) => of({ items: ids.map((id) => store(id, `S${id}`, `门店${id}`)), total: ids.length })),
    };
    badge = { refresh: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        AlertListStore,
        { provide: AlertsApi, useValue: api },
        { provide: StoresApi, useValue: stores },
        { provide: AlertCountStore, useValue: badge },
      ],
    });
  });

  it('labels the stores of a page with one request for the ids it does not know yet', async () => {
    const list = TestBed.inject(AlertListStore);
    api['list'].mockReturnValueOnce(
      of(page([alertItem({ entityId: 1, storeId: 3 }), alertItem({ entityId: 2, storeId: 5 }), alertItem({ entityId: 3, storeId: 3 })])),
    );
    await list.load({ mine: true, page: 1, pageSize: 50 });
    expect(stores['list']).toHaveBeenCalledTimes(1);
    expect(stores['list']).toHaveBeenCalledWith(expect.objectContaining({ ids: [3, 5] }));
    expect(list.stores().get(5)).toEqual({ code: 'S5', name: '门店5' });

    // Next page: store 3 is known, store 8 is asked for alone; an item without a store asks nothing.
    api['list'].mockReturnValueOnce(
      of(page([alertItem({ entityId: 4, storeId: 3 }), alertItem({ entityId: 5, storeId: 8 }), alertItem({ entityId: 6, storeId: null })])),
    );
    await list.load({ page: 2 });
    expect(stores['list']).toHaveBeenCalledTimes(2);
    expect(stores['list']).toHaveBeenLastCalledWith(expect.objectContaining({ ids: [8] }));
    expect(api['list']).toHaveBeenLastCalledWith({ mine: true, page: 2, pageSize: 50 });
  });

  it('still shows the page when the store names cannot be read', async () => {
    const list = TestBed.inject(AlertListStore);
    api['list'].mockReturnValueOnce(of(page([alertItem({ storeId: 3 })])));
    stores['list'].mockReturnValueOnce(throwError(() => new HttpErrorResponse({ status: 500 })));
    await list.load({ mine: true });
    expect(list.items()).toHaveLength(1);
    expect(list.error()).toBeNull();
    expect(list.stores().size).toBe(0);
  });

  it('after a snooze reloads the page and asks the badge again (the item left both)', async () => {
    const list = TestBed.inject(AlertListStore);
    const a = alertItem({ entityId: 1 });
    const b = alertItem({ entityId: 2 });
    api['list'].mockReturnValueOnce(of(page([a, b])));
    await list.load({ mine: true, page: 1, pageSize: 50 });
    api['snooze'].mockReturnValueOnce(of({ key: a.key, until: '2026-11-18T03:00:00.000Z' }));
    api['list'].mockReturnValueOnce(of(page([b])));
    await list.snooze(a.key, { until: '2026-11-18T03:00:00.000Z', reason: '等配件' });
    expect(api['snooze']).toHaveBeenCalledWith(a.key, { until: '2026-11-18T03:00:00.000Z', reason: '等配件' });
    expect(badge.refresh).toHaveBeenCalledTimes(1);
    expect(list.items().map((i) => i.key)).toEqual([b.key]);
  });

  it('snoozing the last item of a later page shows the page before', async () => {
    const list = TestBed.inject(AlertListStore);
    const last = alertItem({ entityId: 51 });
    api['list'].mockReturnValueOnce(of(page([last], { page: 2, total: 51 })));
    await list.load({ mine: true, page: 2, pageSize: 50 });
    api['snooze'].mockReturnValueOnce(of({ key: last.key, until: '2026-11-18T03:00:00.000Z' }));
    await list.snooze(last.key, { until: '2026-11-18T03:00:00.000Z', reason: '等配件' });
    expect(api['list']).toHaveBeenLastCalledWith({ mine: true, page: 1, pageSize: 50 });
  });

  it('a refused snooze (400 naming until) rejects with the ApiError, keeps the list and leaves the badge alone', async () => {
    const list = TestBed.inject(AlertListStore);
    const a = alertItem();
    api['list'].mockReturnValueOnce(of(page([a])));
    await list.load({ mine: true });
    const body: ApiError = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      details: [{ field: 'until', problem: '暂缓不能晚于截止时间' }],
    };
    api['snooze'].mockReturnValueOnce(throwError(() => new HttpErrorResponse({ status: 400, error: body })));
    await expect(list.snooze(a.key, { until: '2026-12-01T00:00:00.000Z', reason: 'x' })).rejects.toMatchObject({
      statusCode: 400,
      details: [{ field: 'until' }],
    });
    expect(list.saveError()?.details[0].field).toBe('until');
    expect(list.items()).toEqual([a]);
    expect(badge.refresh).not.toHaveBeenCalled();
    expect(api['list']).toHaveBeenCalledTimes(1);
  });
});
