import {
  draftProblems,
  draftResultInputs,
  draftScore,
  describeServerProblems,
  newDraft,
  newIdempotencyKey,
  toCreateRequest,
  withPhotoUploaded,
} from './draft';
import { template } from './test-factories';

const store = { id: 7, code: 'BJ001', name: '北京一店' };
const start = () =>
  newDraft({ key: 'k-1', store, category: { id: 1, name: '生鲜' }, template: template(), now: new Date('2026-11-03T01:00:00Z') });

describe('inspection draft', () => {
  it('makes a v4 idempotency key, a new one each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('live score follows every answer: no score until something applies, then earned/possible, capped by a failed 红线', () => {
    let d = start();
    expect(draftScore(d).score).toBeNull();
    d = { ...d, results: d.results.map((r) => (r.itemId === 1 ? { ...r, result: 'pass' } : r)) };
    expect(draftScore(d)).toMatchObject({ score: 100, stars: 5, criticalFailed: false });
    d = { ...d, results: d.results.map((r) => (r.itemId === 3 ? { ...r, result: 'score', points: 4 } : r)) };
    expect(draftScore(d).score).toBe(93.3); // 14 / 15
    expect(draftScore(d).stars).toBe(4);
    d = { ...d, results: d.results.map((r) => (r.itemId === 2 ? { ...r, result: 'fail' } : r)) };
    expect(draftScore(d)).toMatchObject({ score: 56, criticalFailed: true, stars: 1 }); // 14 / 25, under the cap
  });

  it('sends only answered items, with uploaded photo ids and trimmed notes', () => {
    let d = start();
    d = {
      ...d,
      results: d.results.map((r) =>
        r.itemId === 2
          ? {
              ...r,
              result: 'fail',
              note: '  冷柜 8℃ ',
              photos: [
                { localId: 'p1', serverId: null },
                { localId: 'p2', serverId: 41 },
              ],
            }
          : r,
      ),
    };
    expect(draftResultInputs(d)).toEqual([{ itemId: 2, result: 'fail', note: '冷柜 8℃', photoIds: [41] }]);
    d = withPhotoUploaded(d, 'p1', 40);
    expect(draftResultInputs(d)[0].photoIds).toEqual([40, 41]);
  });

  it('builds the request with signature, on-duty name and the time of the first submit', () => {
    const d = {
      ...start(),
      dutyPersonName: ' 王店员 ',
      signature: { localId: 's', serverId: 99 },
      inspectedAt: '2026-11-03T02:00:00.000Z',
    };
    expect(toCreateRequest(d)).toEqual({
      storeId: 7,
      categoryId: 1,
      templateId: 11,
      results: [],
      dutyPersonName: '王店员',
      signaturePhotoId: 99,
      inspectedAt: '2026-11-03T02:00:00.000Z',
    });
  });

  it('started from a plan item, the request names the plan and the period it closes', () => {
    const d = newDraft({
      key: 'k-2',
      store,
      category: null,
      template: template(),
      planItemId: 4,
      planPeriodStart: '2026-10-01',
    });
    expect(toCreateRequest(d)).toMatchObject({ planItemId: 4, planPeriodStart: '2026-10-01' });
    // A period without a plan item is never sent.
    expect(toCreateRequest(newDraft({ store, category: null, template: template(), planPeriodStart: '2026-10-01' }))).not.toHaveProperty(
      'planPeriodStart',
    );
  });

  it('asks for the signature and the duty name when the template requires them (the default), not otherwise', () => {
    const answered = (d: ReturnType<typeof start>) => ({ ...d, results: d.results.map((r) => ({ ...r, result: 'pass' as const })) });
    const d = answered(start());
    expect(draftProblems(d)).toEqual([
      { itemId: 0, kind: 'signature' },
      { itemId: 0, kind: 'dutyName' },
    ]);
    expect(draftProblems({ ...d, dutyPersonName: '  ' }).map((p) => p.kind)).toEqual(['signature', 'dutyName']);
    expect(draftProblems({ ...d, dutyPersonName: '王芳', signature: { localId: 's', serverId: null } })).toEqual([]);
    const relaxed = answered(
      newDraft({ store, category: null, template: template({ requireSignature: false, requireDutyPerson: false }) }),
    );
    expect(draftProblems(relaxed)).toEqual([]);
  });

  it('blocks a submit for unanswered items and for a failure that needs a photo', () => {
    let d = { ...start(), dutyPersonName: '王芳', signature: { localId: 's', serverId: null } };
    expect(draftProblems(d).map((p) => p.kind)).toEqual(['missing', 'missing', 'missing']);
    d = { ...d, results: d.results.map((r) => ({ ...r, result: r.itemId === 3 ? 'score' : r.itemId === 2 ? 'fail' : 'pass', points: 1 })) };
    expect(draftProblems(d)).toEqual([{ itemId: 2, kind: 'photo' }]);
    d = { ...d, results: d.results.map((r) => (r.itemId === 2 ? { ...r, photos: [{ localId: 'x', serverId: null }] } : r)) };
    expect(draftProblems(d)).toEqual([]);
  });

  it('names the item behind a 400 on results[n]', () => {
    const d = {
      ...start(),
      results: start().results.map((r) =>
        r.itemId === 1 ? r : { ...r, result: r.itemId === 2 ? ('fail' as const) : ('score' as const), points: 2 },
      ),
    };
    // Sent: item 2 at index 0, item 3 at index 1.
    expect(describeServerProblems(d, [{ field: 'results[0]', problem: 'needs a photo' }], 'Bad Request')).toBe('item 2: needs a photo');
    expect(describeServerProblems(d, [], 'Bad Request')).toBe('Bad Request');
  });
});
