import { TestBed } from '@angular/core/testing';
import { ImportKind, ImportResponse, ImportStatus } from '@storeops/shared/contracts';
import { of } from 'rxjs';
import { ImportsApi } from './kpi-api';
import { IMPORT_POLL_MS, ImportStore, secondsLeft } from './import.store';

const job = (status: ImportStatus, bytesRead = 0): ImportResponse => ({
  id: 7,
  kind: ImportKind.CategoryFacts,
  fileName: 'f.csv',
  checksum: 'x',
  sizeBytes: 1000,
  status,
  bytesRead,
  rowsRead: bytesRead / 10,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  errors: [],
  errorCount: 0,
  headers: null,
  createdBy: 'ops',
  createdAt: '2026-11-03T00:00:00Z',
  startedAt: null,
  finishedAt: null,
});

describe('ImportStore poller', () => {
  let answers: ImportResponse[];
  const api = {
    upload: jest.fn(() => of(job('queued'))),
    get: jest.fn(() => of(answers.shift() ?? job('running'))),
    list: jest.fn(() => of({ items: [], total: 0, page: 1, pageSize: 20 })),
  };

  beforeEach(() => {
    jest.useFakeTimers();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [ImportStore, { provide: ImportsApi, useValue: api }, { provide: IMPORT_POLL_MS, useValue: 700 }],
    });
  });
  afterEach(() => jest.useRealTimers());

  it('polls every 700 ms while running and stops for good on a final status', async () => {
    answers = [job('running', 200), job('running', 600), job('succeeded', 1000)];
    const store = TestBed.inject(ImportStore);
    await store.start(new File(['a'], 'f.csv'), null);
    expect(store.polling()).toBe(true);

    await jest.advanceTimersByTimeAsync(700);
    expect(api.get).toHaveBeenCalledTimes(1);
    expect(store.fraction()).toBeCloseTo(0.2);
    await jest.advanceTimersByTimeAsync(1400);
    expect(api.get).toHaveBeenCalledTimes(3);
    expect(store.current()?.status).toBe('succeeded');
    expect(store.polling()).toBe(false);

    await jest.advanceTimersByTimeAsync(7000);
    expect(api.get).toHaveBeenCalledTimes(3);
    expect(api.list).toHaveBeenCalled(); // history refreshed with the finished import
  });

  it('stops on a failed import too', async () => {
    answers = [job('failed', 300)];
    const store = TestBed.inject(ImportStore);
    await store.start(new File(['a'], 'f.csv'), ImportKind.StoreFacts);
    await jest.advanceTimersByTimeAsync(5000);
    expect(api.get).toHaveBeenCalledTimes(1);
    expect(store.polling()).toBe(false);
  });
});

describe('secondsLeft', () => {
  it('extrapolates the observed rate to the rest of the file', () => {
    expect(secondsLeft({ at: 0, bytes: 0 }, { at: 2000, bytes: 400 }, 1000)).toBe(3);
    expect(secondsLeft({ at: 0, bytes: 0 }, { at: 0, bytes: 0 }, 1000)).toBeNull();
  });
});
