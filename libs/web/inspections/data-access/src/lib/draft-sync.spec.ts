import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Observable, of, throwError } from 'rxjs';
import { newDraft } from './draft';
import { DraftRepository } from './draft-repository';
import { DRAFT_STORAGE, MemoryDraftStorage } from './draft-storage';
import { DraftSync, SYNC_INTERVAL_MS } from './draft-sync';
import { InspectionsApi } from './inspections-api';
import { inspection, template } from './test-factories';

const lost = () => throwError(() => new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' }));

describe('DraftSync', () => {
  let storage: MemoryDraftStorage;
  let createAnswers: Array<() => Observable<unknown>>;
  const api = {
    uploadPhoto: jest.fn(),
    create: jest.fn((_key: string, _body: unknown) => (createAnswers.shift() ?? (() => of(inspection())))()),
  };

  async function setup(): Promise<{ repo: DraftRepository; sync: DraftSync }> {
    TestBed.configureTestingModule({
      providers: [
        { provide: DRAFT_STORAGE, useValue: storage },
        { provide: InspectionsApi, useValue: api },
        { provide: SYNC_INTERVAL_MS, useValue: 30_000 },
      ],
    });
    const repo = TestBed.inject(DraftRepository);
    const sync = TestBed.inject(DraftSync);
    const d = newDraft({
      key: 'key-1',
      store: { id: 7, code: 'BJ001', name: '北京一店' },
      category: { id: 1, name: '生鲜' },
      template: template(),
    });
    d.results = d.results.map((r) => ({ ...r, result: r.itemId === 3 ? 'score' : r.itemId === 2 ? 'fail' : 'pass', points: 5 }));
    await repo.create(d);
    const photo = await repo.savePhoto('key-1', 2, new Blob(['jpeg'], { type: 'image/jpeg' }));
    await repo.update('key-1', (x) => ({ ...x, results: x.results.map((r) => (r.itemId === 2 ? { ...r, photos: [photo] } : r)) }));
    return { repo, sync };
  }

  beforeEach(() => {
    storage = new MemoryDraftStorage();
    createAnswers = [];
    jest.clearAllMocks();
    api.uploadPhoto.mockImplementation(() => of({ id: 900 }));
  });

  it('a retry after a lost answer reuses the same Idempotency-Key, and success deletes the draft', async () => {
    const { repo, sync } = await setup();
    createAnswers = [lost, () => of(inspection({ results: [] }))];

    expect(await sync.submit('key-1')).toBeNull();
    expect(repo.find('key-1')?.status).toBe('pending');
    expect(repo.find('key-1')?.inspectedAt).toBeTruthy();

    const done = await sync.syncDraft('key-1');
    expect(api.create.mock.calls.map((c) => c[0])).toEqual(['key-1', 'key-1']);
    expect(done?.inspection.id).toBe(501);
    expect(repo.find('key-1')).toBeUndefined();
    await repo.flush();
    expect(storage.drafts.size).toBe(0);
    expect(storage.photos.size).toBe(0);
    expect(sync.completed()['key-1'].inspection.id).toBe(501);
  });

  it('uploads local photos once and sends their server ids', async () => {
    const { sync } = await setup();
    createAnswers = [lost];
    await sync.submit('key-1');
    await sync.syncDraft('key-1');
    expect(api.uploadPhoto).toHaveBeenCalledTimes(1);
    const body = api.create.mock.calls[1][1] as { results: Array<{ itemId: number; photoIds?: number[] }> };
    expect(body.results.find((r) => r.itemId === 2)?.photoIds).toEqual([900]);
  });

  it('a 4xx marks the draft failed with the server message naming the item, and keeps it', async () => {
    const { repo, sync } = await setup();
    createAnswers = [
      () =>
        throwError(
          () =>
            new HttpErrorResponse({
              status: 400,
              error: {
                statusCode: 400,
                error: 'Bad Request',
                message: 'Invalid results',
                details: [{ field: 'results[1]', problem: 'needs a photo' }],
              },
            }),
        ),
    ];
    await sync.submit('key-1');
    expect(repo.find('key-1')).toMatchObject({ status: 'failed', error: 'item 2: needs a photo' });
    await sync.syncAll();
    expect(api.create).toHaveBeenCalledTimes(1); // failed drafts wait for the specialist, not the timer
  });

  it('offline: submit only queues; the online event sends it', async () => {
    const { repo, sync } = await setup();
    sync.start();
    window.dispatchEvent(new Event('offline'));
    expect(await sync.submit('key-1')).toBeNull();
    expect(api.create).not.toHaveBeenCalled();
    expect(sync.waiting().map((d) => d.key)).toEqual(['key-1']);

    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 0));
    await sync.syncDraft('key-1');
    expect(api.create).toHaveBeenCalledTimes(1);
    expect(repo.find('key-1')).toBeUndefined();
    sync.stop();
  });

  it('two syncs at once send one request', async () => {
    const { sync } = await setup();
    sync.online.set(false);
    await sync.submit('key-1');
    sync.online.set(true);
    await Promise.all([sync.syncDraft('key-1'), sync.syncDraft('key-1')]);
    expect(api.create).toHaveBeenCalledTimes(1);
  });
});
