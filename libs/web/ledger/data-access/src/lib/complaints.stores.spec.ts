import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { ApiError, ComplaintStatsResponse } from '@storeops/shared/contracts';
import { Subject, of, throwError } from 'rxjs';
import { ComplaintsApi } from './complaints-api';
import { ComplaintQueueStore, ComplaintStatsStore, ComplaintStore } from './complaints.stores';
import { complaintFactory, statsFactory, statsRowFactory } from './test-factories';

const page = <T>(items: T[], total = items.length) => ({ items, total, page: 1, pageSize: 20 });

describe('ComplaintStore', () => {
  let api: Record<string, jest.Mock>;

  beforeEach(() => {
    api = {
      get: jest.fn(() => of(complaintFactory())),
      transition: jest.fn(() => of(complaintFactory({ status: 'assigned', version: 2, allowedActions: [] }))),
      list: jest.fn(() => of(page([complaintFactory({ id: 3, code: 'TS202611-0003' })]))),
      merge: jest.fn(() => of(complaintFactory({ status: 'merged', mergedIntoId: 3 }))),
      revealPhone: jest.fn(() => of({ id: 7, customerPhone: '13812341234' })),
    };
    TestBed.configureTestingModule({ providers: [ComplaintStore, { provide: ComplaintsApi, useValue: api }] });
  });

  it('sends the version it shows with a transition and shows the complaint the API answers', async () => {
    const store = TestBed.inject(ComplaintStore);
    await store.load(7);
    await store.transition({ action: 'judge', valid: true, responsibleStoreId: 1 });
    expect(api['transition']).toHaveBeenCalledWith(7, { action: 'judge', valid: true, responsibleStoreId: 1, version: 1 });
    expect(store.complaint()?.status).toBe('assigned');
    expect(store.complaint()?.allowedActions).toEqual([]);
  });

  it('a refused transition (409) keeps the complaint as shown and exposes the worded error', async () => {
    const store = TestBed.inject(ComplaintStore);
    await store.load(7);
    api['transition'].mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, error: 'Conflict', message: '重点顾客的投诉需要回访接通后才能归档', details: [] },
          }),
      ),
    );
    await expect(store.transition({ action: 'close' })).rejects.toMatchObject({ statusCode: 409 });
    expect(store.complaint()?.status).toBe('received');
    expect(store.saveError()?.message).toBe('重点顾客的投诉需要回访接通后才能归档');
  });

  it('merges into the complaint with the code typed (looked up first), never into itself', async () => {
    const store = TestBed.inject(ComplaintStore);
    await store.load(7);
    await store.mergeInto(' ts202611-0003 ', '同一顾客重复来电');
    expect(api['list']).toHaveBeenCalledWith({ q: 'TS202611-0003', page: 1, pageSize: 5 });
    expect(api['merge']).toHaveBeenCalledWith(7, { intoId: 3, comment: '同一顾客重复来电' });
    expect(store.complaint()?.status).toBe('merged');
  });

  it('an unknown code to merge into is refused before anything is sent', async () => {
    const store = TestBed.inject(ComplaintStore);
    await store.load(7);
    await expect(store.mergeInto('TS209912-9999')).rejects.toMatchObject({ code: 'complaint.merge_target_not_found' } as Partial<ApiError>);
    expect(api['merge']).not.toHaveBeenCalled();
  });

  it('keeps the revealed phone for the page only, leaving the complaint’s masked one as it was', async () => {
    const store = TestBed.inject(ComplaintStore);
    await store.load(7);
    await store.revealPhone();
    expect(store.revealedPhone()).toBe('13812341234');
    expect(store.complaint()?.customerPhone).toBe('138****1234');
  });
});

describe('ComplaintQueueStore', () => {
  it('counts every tab under the same filters, one row each, and keeps the list on its tab', async () => {
    const list = jest.fn((q: { status?: string; pageSize?: number }) =>
      of(page([complaintFactory()], q.status === 'received' ? 4 : q.status === 'resolved' ? 2 : q.status ? 0 : 9)),
    );
    TestBed.configureTestingModule({ providers: [ComplaintQueueStore, { provide: ComplaintsApi, useValue: { list } }] });
    const store = TestBed.inject(ComplaintQueueStore);
    await store.selectTab('received');
    await store.filter({ storeId: 1, overdue: true });
    expect(store.counts()).toMatchObject({ all: 9, received: 4, resolved: 2, closed: 0 });
    const countCalls = list.mock.calls.filter(([q]) => q.pageSize === 1);
    expect(countCalls).toHaveLength(9);
    expect(countCalls.every(([q]) => (q as { storeId?: number }).storeId === 1)).toBe(true);
    expect(store.query()).toMatchObject({ status: 'received', storeId: 1, overdue: true, page: 1 });
  });

  it('new filters replace the old ones instead of adding to them', async () => {
    const list = jest.fn(() => of(page([])));
    TestBed.configureTestingModule({ providers: [ComplaintQueueStore, { provide: ComplaintsApi, useValue: { list } }] });
    const store = TestBed.inject(ComplaintQueueStore);
    await store.filter({ keyCustomer: true, q: '牛奶' });
    await store.filter({ q: '收银' });
    expect(store.query().keyCustomer).toBeUndefined();
    expect(store.query().q).toBe('收银');
    expect(store.empty()).toBe(true);
  });
});

describe('ComplaintStatsStore', () => {
  it('a slower answer for an earlier period does not overwrite the newer one', async () => {
    const week46 = new Subject<ComplaintStatsResponse>();
    const stats = jest.fn((q: { period: string }) =>
      q.period === '2026-W46' ? week46 : of(statsFactory([statsRowFactory()], { period: '2026-W47' })),
    );
    TestBed.configureTestingModule({ providers: [ComplaintStatsStore, { provide: ComplaintsApi, useValue: { stats } }] });
    const store = TestBed.inject(ComplaintStatsStore);
    const first = store.load({ period: '2026-W46', groupBy: 'category' });
    await store.load({ period: '2026-W47', groupBy: 'category' });
    week46.next(statsFactory([], { period: '2026-W46' }));
    week46.complete();
    await first;
    expect(store.stats()?.period).toBe('2026-W47');
  });
});
