import { TestBed } from '@angular/core/testing';
import { newDraft } from './draft';
import { DraftRepository } from './draft-repository';
import { DRAFT_STORAGE, MemoryDraftStorage } from './draft-storage';
import { template } from './test-factories';

const draft = (key: string) => newDraft({ key, store: { id: 7, code: 'BJ001', name: '北京一店' }, category: null, template: template() });

describe('DraftRepository over a storage', () => {
  let storage: MemoryDraftStorage;
  const fresh = () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [{ provide: DRAFT_STORAGE, useValue: storage }] });
    return TestBed.inject(DraftRepository);
  };
  beforeEach(() => (storage = new MemoryDraftStorage()));

  it('writes the draft from the first change and a new page (reload) reads it back whole', async () => {
    const repo = fresh();
    await repo.create(draft('k-1'));
    void repo.update('k-1', (d) => ({
      ...d,
      results: d.results.map((r) => (r.itemId === 1 ? { ...r, result: 'fail', note: '价签缺失' } : r)),
    }));
    const photo = await repo.savePhoto('k-1', 1, new Blob(['jpeg-bytes'], { type: 'image/jpeg' }));
    void repo.update('k-1', (d) => ({ ...d, results: d.results.map((r) => (r.itemId === 1 ? { ...r, photos: [photo] } : r)) }));
    await repo.flush();

    const reloaded = fresh();
    await reloaded.ready;
    const back = reloaded.find('k-1');
    expect(back?.template.sections[1].title).toBe('温度记录');
    expect(back?.results[0]).toEqual({
      itemId: 1,
      result: 'fail',
      points: null,
      note: '价签缺失',
      photos: [{ localId: photo.localId, serverId: null }],
    });
    expect((await reloaded.photoBlob(photo.localId))?.type).toBe('image/jpeg');
  });

  it('keeps writes in order: the last change is the one stored', async () => {
    const repo = fresh();
    await repo.create(draft('k-2'));
    for (let i = 1; i <= 5; i++) void repo.update('k-2', (d) => ({ ...d, notes: `n${i}` }));
    await repo.flush();
    expect((await storage.getDraft('k-2'))?.notes).toBe('n5');
  });

  it('removing a draft removes its photo Blobs too', async () => {
    const repo = fresh();
    await repo.create(draft('k-3'));
    await repo.create(draft('k-4'));
    await repo.savePhoto('k-3', 1, new Blob(['a']));
    const other = await repo.savePhoto('k-4', 1, new Blob(['b']));
    await repo.remove('k-3');
    expect(repo.drafts().map((d) => d.key)).toEqual(['k-4']);
    expect([...storage.photos.keys()]).toEqual([other.localId]);
  });
});
