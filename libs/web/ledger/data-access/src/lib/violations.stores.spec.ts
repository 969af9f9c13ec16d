import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { Subject, of, throwError } from 'rxjs';
import { ViolationPreviewResponse } from '@storeops/shared/contracts';
import { violationFactory, violationRuleFactory } from './violation-test-factories';
import { ViolationsApi } from './violations-api';
import { ViolationListStore, ViolationRulesStore, ViolationStore } from './violations.stores';

const conflict = () =>
  throwError(
    () =>
      new HttpErrorResponse({
        status: 409,
        error: { statusCode: 409, error: 'Conflict', message: '记录已被他人修改', details: [{ field: 'version', problem: 'stale' }] },
      }),
  );
const preview = (priorCount: number): ViolationPreviewResponse => ({
  priorCount,
  proposedPenalty: { step: priorCount, kind: priorCount ? 'written_warning' : 'verbal_warning', amountFen: null },
  storeId: 1,
  subjectName: 'BJ001 北京朝阳店',
});
const query = { subjectType: 'store' as const, subjectId: 1, ruleCode: 'WJ-001', occurredAt: '2026-11-17T00:30:00.000Z' };

describe('ViolationStore', () => {
  let api: Record<string, jest.Mock>;

  beforeEach(() => {
    api = {
      get: jest.fn(() => of(violationFactory({ version: 3, status: 'approved', canAppeal: true }))),
      approve: jest.fn(() => of(violationFactory({ status: 'approved', version: 2 }))),
      appeal: jest.fn(() => of(violationFactory({ status: 'appealed', version: 4 }))),
      decideAppeal: jest.fn(() => of(violationFactory({ status: 'upheld', version: 5 }))),
      preview: jest.fn(() => of(preview(0))),
    };
    TestBed.configureTestingModule({ providers: [ViolationStore, { provide: ViolationsApi, useValue: api }] });
  });

  it('sends the version it shows with an appeal and shows the violation the API answers', async () => {
    const store = TestBed.inject(ViolationStore);
    await store.load(21);
    await store.appeal('当天地铁停运，已提供证明');
    expect(api['appeal']).toHaveBeenCalledWith(21, { reason: '当天地铁停运，已提供证明', version: 3 });
    expect(store.violation()?.status).toBe('appealed');
  });

  it('approve and decide send the version too, and a comment only when there is one', async () => {
    const store = TestBed.inject(ViolationStore);
    await store.load(21);
    await store.approve();
    expect(api['approve']).toHaveBeenCalledWith(21, { version: 3 });
    await store.decide('uphold', '证明不足');
    expect(api['decideAppeal']).toHaveBeenCalledWith(21, { decision: 'uphold', version: 2, comment: '证明不足' });
  });

  it('a stale version (409) keeps the violation as shown and rejects with the conflict', async () => {
    const store = TestBed.inject(ViolationStore);
    await store.load(21);
    api['appeal'].mockReturnValue(conflict());
    await expect(store.appeal('理由')).rejects.toMatchObject({ statusCode: 409 });
    expect(store.violation()?.status).toBe('approved');
    expect(store.saveError()?.statusCode).toBe(409);
  });

  it('a slower preview answer to an earlier choice never overwrites the newer one', async () => {
    const store = TestBed.inject(ViolationStore);
    const slow = new Subject<ViolationPreviewResponse>();
    api['preview'].mockReturnValueOnce(slow).mockReturnValueOnce(of(preview(2)));
    const first = store.loadPreview(query);
    await store.loadPreview({ ...query, ruleCode: 'WJ-002' });
    slow.next(preview(0));
    slow.complete();
    await first;
    expect(store.preview()?.priorCount).toBe(2);
  });

  it('no query (form incomplete) clears the preview without asking', async () => {
    const store = TestBed.inject(ViolationStore);
    await store.loadPreview(query);
    await store.loadPreview(null);
    expect(store.preview()).toBeNull();
    expect(api['preview']).toHaveBeenCalledTimes(1);
  });
});

describe('ViolationListStore', () => {
  it('new filters replace the old ones and go back to the first page', async () => {
    const list = jest.fn(() => of({ items: [], total: 0, page: 1, pageSize: 20 }));
    TestBed.configureTestingModule({ providers: [ViolationListStore, { provide: ViolationsApi, useValue: { list } }] });
    const store = TestBed.inject(ViolationListStore);
    await store.filter({ storeId: 1, status: 'approved' });
    await store.load({ page: 3 });
    await store.filter({ subjectType: 'store', from: '2026-11-01' });
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ page: 1, subjectType: 'store', from: '2026-11-01', storeId: undefined, status: undefined }),
    );
    expect(store.empty()).toBe(true);
  });
});

describe('ViolationRulesStore', () => {
  it('an edit replaces the rule in the book; a new rule is placed by its code', async () => {
    const api = {
      rules: jest.fn(() => of([violationRuleFactory(), violationRuleFactory({ id: 3, code: 'WJ-003' })])),
      departments: jest.fn(() => of([])),
      updateRule: jest.fn(() => of(violationRuleFactory({ title: '迟到早退', version: 2 }))),
      createRule: jest.fn(() => of(violationRuleFactory({ id: 9, code: 'WJ-002' }))),
    };
    TestBed.configureTestingModule({ providers: [{ provide: ViolationsApi, useValue: api }] });
    const store = TestBed.inject(ViolationRulesStore);
    await store.load();
    await store.update(1, { title: '迟到早退', version: 1 });
    expect(store.rules()[0]).toMatchObject({ title: '迟到早退', version: 2 });
    await store.create({ code: 'WJ-002', title: 't', category: 'service', description: 'd', steps: [{ kind: 'verbal_warning' }] });
    expect(store.rules().map((r) => r.code)).toEqual(['WJ-001', 'WJ-002', 'WJ-003']);
  });
});
