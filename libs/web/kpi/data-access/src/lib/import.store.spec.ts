import { HttpEventType, HttpResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ImportKind, ImportResponse, ImportStatus, StoreResponse } from '@storeops/shared/contracts';
import { StoresApi } from '@storeops/web/org/data-access';
import { Subject, of } from 'rxjs';
import { FactRangeStore } from './fact-range';
import { ImportSettings } from './import-mapping';
import { importSteps, secondsLeft } from './import-progress';
import { IMPORT_POLL_MS, ImportStore } from './import.store';
import { ImportsApi } from './kpi-api';

const job = (status: ImportStatus, patch: Partial<ImportResponse> = {}): ImportResponse => ({
  id: 7,
  kind: ImportKind.StoreFacts,
  fileName: 'f.csv',
  checksum: 'x',
  sizeBytes: 1000,
  status,
  phase: status === 'queued' ? 'queued' : status === 'running' ? 'reading' : 'done',
  progress: null,
  queuePosition: null,
  bytesRead: 0,
  rowsRead: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  replacedStoreDays: 0,
  ignoredStoreDaySales: 0,
  closedDays: 0,
  errors: [],
  errorCount: 0,
  problemGroups: [],
  unknownStoreValues: [],
  headers: null,
  columns: null,
  missingFields: [],
  dateOrder: null,
  decimalSeparator: null,
  createdBy: 'ops',
  createdAt: '2026-11-03T00:00:00Z',
  startedAt: null,
  finishedAt: null,
  ...patch,
});

const response = (body: ImportResponse) => new HttpResponse({ body });
const store = (id: number, code: string) => ({ id, code, name: code }) as StoreResponse;

describe('ImportStore', () => {
  let answers: ImportResponse[];
  const sent: ImportSettings[] = [];
  const api = {
    upload: jest.fn((_file: File, request: ImportSettings) => {
      sent.push(request);
      return of(response(job('queued', { queuePosition: 1 })));
    }),
    get: jest.fn(() => of(answers.shift() ?? job('running'))),
    list: jest.fn(() => of({ items: [], total: 0, page: 1, pageSize: 20 })),
    problems: jest.fn(),
  };
  const range = { load: jest.fn(() => Promise.resolve()) };

  beforeEach(() => {
    jest.useFakeTimers();
    jest.clearAllMocks();
    sent.length = 0;
    TestBed.configureTestingModule({
      providers: [
        ImportStore,
        { provide: ImportsApi, useValue: api },
        { provide: FactRangeStore, useValue: range },
        { provide: IMPORT_POLL_MS, useValue: 700 },
        { provide: StoresApi, useValue: {} },
      ],
    });
  });
  afterEach(() => jest.useRealTimers());

  it('says the place in the queue, follows the real phases, and stops for good on a final status', async () => {
    answers = [
      job('running', { phase: 'reading', progress: { phase: 'reading', done: 400, total: 1000, unit: 'bytes', secondsLeft: 3 } }),
      job('running', { phase: 'writing', progress: { phase: 'writing', done: 50, total: 200, unit: 'rows', secondsLeft: 6 } }),
      job('succeeded', { inserted: 200 }),
    ];
    const s = TestBed.inject(ImportStore);
    s.choose(new File(['a'], 'f.csv'));
    await s.start();
    expect(s.queuePosition()).toBe(1);
    expect(s.steps().map((x) => x.state)).toEqual(['done', 'pending', 'pending', 'pending']);

    await jest.advanceTimersByTimeAsync(700);
    expect(s.steps()[1]).toMatchObject({ state: 'active', fraction: 0.4, secondsLeft: 3 });
    await jest.advanceTimersByTimeAsync(700);
    // The apply is its own step with rows, not a bar stuck near the end of the file.
    expect(s.steps().map((x) => x.state)).toEqual(['done', 'done', 'active', 'pending']);
    expect(s.steps()[2]).toMatchObject({ done: 50, total: 200, unit: 'rows', fraction: 0.25 });
    await jest.advanceTimersByTimeAsync(700);
    expect(s.current()?.status).toBe('succeeded');
    expect(s.polling()).toBe(false);

    await jest.advanceTimersByTimeAsync(7000);
    expect(api.get).toHaveBeenCalledTimes(3);
    expect(api.list).toHaveBeenCalled(); // history refreshed with the finished import
    expect(range.load).toHaveBeenCalledWith(true); // the period pickers learn the new months
  });

  it('shows the browser’s own upload progress until the server has the file', async () => {
    const events = new Subject<unknown>();
    api.upload.mockReturnValueOnce(events as never);
    const s = TestBed.inject(ImportStore);
    s.choose(new File(['x'.repeat(1000)], 'f.csv'));
    const started = s.start();
    events.next({ type: HttpEventType.UploadProgress, loaded: 250, total: 1000 });
    expect(s.steps()[0]).toMatchObject({ key: 'upload', state: 'active', fraction: 0.25 });
    expect(s.running()).toBe(true);
    events.next(response(job('queued', { queuePosition: 0 })));
    events.complete();
    await started;
    expect(s.steps()[0].state).toBe('done');
  });

  it('sends the same file again with the mapping, then with the stores picked, keeping what was settled', async () => {
    answers = [job('failed', { unknownStoreValues: [{ value: '9001', count: 3, firstLines: [2, 3, 4] }] })];
    const s = TestBed.inject(ImportStore);
    const file = new File(['a'], 'pos.csv');
    s.choose(file);
    const mapping = { 营业日: 'date', 店号: 'store_code', 金额: 'sales', 天气: 'ignore' } as const;
    await s.applyMapping({ kind: ImportKind.StoreFacts, mapping, dateOrder: 'dmy', decimalSeparator: ',' });
    await jest.advanceTimersByTimeAsync(700);
    expect(s.unknownStores()).toHaveLength(1);

    s.mapStore('9001', store(12, 'SH012'));
    s.mapStore('77', store(13, 'SH013'));
    s.mapStore('77', null); // picked, then cleared
    expect(Object.keys(s.storeChoices())).toEqual(['9001']);
    await s.applyStores();
    expect(api.upload.mock.calls.every(([f]) => f === file)).toBe(true);
    expect(sent[1]).toEqual({
      kind: ImportKind.StoreFacts,
      mapping,
      dateOrder: 'dmy',
      decimalSeparator: ',',
      storeMapping: { '9001': 12 },
    });
  });

  it('forgets what was settled when another file is chosen', async () => {
    const s = TestBed.inject(ImportStore);
    s.choose(new File(['a'], 'a.csv'));
    await s.applyMapping({ kind: ImportKind.StoreFacts, mapping: { a: 'date' }, dateOrder: null, decimalSeparator: null });
    s.mapStore('1', store(1, 'X'));
    s.choose(new File(['b'], 'b.csv'));
    expect(s.current()).toBeNull();
    expect(s.storeChoices()).toEqual({});
    await s.start();
    expect(sent[1]).toEqual({ kind: null, mapping: null, storeMapping: null, dateOrder: null, decimalSeparator: null });
  });

  it('asks for the mapping step when the columns could not be planned', async () => {
    answers = [job('failed', { headers: ['营业日', '店号'], missingFields: ['date'] })];
    const s = TestBed.inject(ImportStore);
    s.choose(new File(['a'], 'f.csv'));
    await s.start();
    await jest.advanceTimersByTimeAsync(700);
    expect(s.needsMapping()).toBe(true);
    expect(s.steps().map((x) => x.state)).toEqual(['done', 'failed', 'pending', 'pending']);
  });
});

describe('importSteps', () => {
  it('puts a failed apply in 写入, and every other failure in 读取与校验', () => {
    const applyFailed = job('failed', { errors: [{ line: 0, code: 'apply_failed', problem: '写入失败' }] });
    expect(importSteps(null, applyFailed).map((s) => s.state)).toEqual(['done', 'done', 'failed', 'pending']);
    expect(importSteps(null, job('failed')).map((s) => s.state)).toEqual(['done', 'failed', 'pending', 'pending']);
  });

  it('counts the rollup in months', () => {
    const rollup = job('running', {
      phase: 'rollup',
      progress: { phase: 'rollup', done: 3, total: 12, unit: 'months', secondsLeft: null },
    });
    expect(importSteps(null, rollup)[3]).toMatchObject({ state: 'active', unit: 'months', done: 3, total: 12, fraction: 0.25 });
  });

  it('has nothing started before an upload', () => {
    expect(importSteps(null, null).every((s) => s.state === 'pending')).toBe(true);
  });
});

describe('secondsLeft', () => {
  it('extrapolates the observed rate to the rest', () => {
    expect(secondsLeft({ at: 0, bytes: 0 }, { at: 2000, bytes: 400 }, 1000)).toBe(3);
    expect(secondsLeft({ at: 0, bytes: 0 }, { at: 0, bytes: 0 }, 1000)).toBeNull();
  });
});
