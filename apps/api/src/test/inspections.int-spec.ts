import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import request from 'supertest';
import { InspectionEntity } from '@storeops/api/inspections';
import { InspectionTemplateResponse, ResultInput, scoreInspection, TemplateItem } from '@storeops/shared/contracts';
import { ApiClient, idOf, signOff, startTestApp, TestApp } from './test-app';
import { clock } from '@storeops/api/core';

async function jpeg(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .toBuffer();
}

function allItems(t: InspectionTemplateResponse): TemplateItem[] {
  return t.sections.flatMap((s) => s.items);
}

/** Every item answered as passed (scale items at full points). */
function passAll(t: InspectionTemplateResponse): ResultInput[] {
  return allItems(t).map((i) =>
    i.kind === 'scale' ? { itemId: i.id, result: 'score', points: i.maxPoints } : { itemId: i.id, result: 'pass' },
  );
}

function answer(results: ResultInput[], itemId: number, change: Partial<ResultInput>): ResultInput[] {
  return results.map((r) => (r.itemId === itemId ? { ...r, ...change } : r));
}

describe('inspections: templates, photos, submit, corrective actions, ranking', () => {
  let t: TestApp;
  let specialist: ApiClient;
  let ops: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let bj001: number;
  let sh001: number;
  let general: InspectionTemplateResponse;
  let fresh: InspectionTemplateResponse;

  /** The sign-off sent with each key (a retry with the same key sends the same one). */
  const signOffs = new Map<string, { dutyPersonName: string; signaturePhotoId: number }>();

  /**
   * POST /api/inspections as the phone sends it: session cookie, CSRF header and an Idempotency-Key, with the
   * on-duty person's signature and name unless the body says otherwise.
   */
  async function sendWithKey(client: ApiClient, body: object, key: string) {
    if (!signOffs.has(key)) signOffs.set(key, await signOff(client));
    return request(t.app.getHttpServer())
      .post('/api/inspections')
      .set('Cookie', [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
      .set('X-XSRF-TOKEN', client.xsrf ?? '')
      .set('Idempotency-Key', key)
      .send({ ...signOffs.get(key), ...body });
  }

  async function photo(client: ApiClient): Promise<number> {
    const res = await client.upload('/api/photos', { name: 'shot.jpg', content: await jpeg() });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  const inspectionCount = () => t.db.getRepository(InspectionEntity).count();

  beforeAll(async () => {
    t = await startTestApp();
    specialist = await t.as('specialist');
    ops = await t.as('ops');
    manager = await t.as('manager');
    otherManager = await t.as('sm-sh001');
    bj001 = await idOf(t, 'store', 'code', 'BJ001');
    sh001 = await idOf(t, 'store', 'code', 'SH001');
    const list = (await specialist.get('/api/inspection-templates')).body as InspectionTemplateResponse[];
    general = list.find((x) => x.code === 'STD-STORE') as InspectionTemplateResponse;
    fresh = list.find((x) => x.code === 'STD-FR') as InspectionTemplateResponse;
  });
  afterAll(() => t.close());

  describe('templates', () => {
    it('lists the latest active version of each standard, in the contract shape', async () => {
      const res = await manager.get('/api/inspection-templates');
      expect(res.status).toBe(200);
      expect(res.body.map((x: InspectionTemplateResponse) => x.code)).toEqual(['STD-DL', 'STD-FD', 'STD-FR', 'STD-STORE']);
      expect(general).toMatchObject({ version: 1, categoryId: null, criticalCap: 59, active: true });
      expect(general.sections.map((s) => s.title)).toEqual(['门店形象', '陈列', '价签', '卫生', '服务', '安全', '库存']);
      const byId = await specialist.get(`/api/inspection-templates/${general.id}`);
      expect(byId.body).toEqual(general);
      expect(Object.keys(byId.body.sections[0].items[0]).sort()).toEqual([
        'allowNa',
        'critical',
        'dueDays',
        'id',
        'kind',
        'maxPoints',
        'photoOnFail',
        'title',
      ]);
      expect(
        allItems(general)
          .filter((i) => i.critical)
          .map((i) => i.title),
      ).toEqual(expect.arrayContaining(['消防通道、安全出口畅通无堵塞', '过期商品全部下架，临期商品按规定处理']));
    });
  });

  describe('photos', () => {
    it('refuses a text file renamed .jpg with 415', async () => {
      const res = await specialist.upload('/api/photos', {
        name: 'evil.jpg',
        content: Buffer.from('this is not an image, only text\n'.repeat(20)),
      });
      expect(res.status).toBe(415);
    });

    it('refuses an 11 MB image with 413', async () => {
      const head = await jpeg(400, 300);
      const content = Buffer.concat([head, Buffer.alloc(11 * 1024 * 1024 - head.length, 0)]);
      const res = await specialist.upload('/api/photos', { name: 'big.jpg', content });
      expect(res.status).toBe(413);
    });

    it('re-encodes: GPS metadata stripped, at most 1600 px; only the uploader sees it while unattached', async () => {
      const withGps = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#3366aa' } })
        .withExif({
          IFD0: { Make: 'Phone', Model: 'X' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 13/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' },
        })
        .jpeg()
        .toBuffer();
      expect((await sharp(withGps).metadata()).exif).toBeDefined();
      const up = await specialist.upload('/api/photos', { name: 'IMG_0001.JPG', content: withGps });
      expect(up.status).toBe(201);
      const mine = await specialist.get(`/api/photos/${up.body.id}`);
      expect(mine.status).toBe(200);
      expect(mine.headers['content-type']).toBe('image/jpeg');
      const meta = await sharp(mine.body as Buffer).metadata();
      expect(meta.exif).toBeUndefined();
      expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(1600);
      expect((await ops.get(`/api/photos/${up.body.id}`)).status).toBe(403);
    });
  });

  describe('submitting an inspection', () => {
    it('refuses a failed item that needs a photo and has none → 400 naming the item; nothing is created', async () => {
      const needsPhoto = allItems(general).find((i) => i.photoOnFail && i.kind === 'pass_fail') as TemplateItem;
      const results = answer(passAll(general), needsPhoto.id, { result: 'fail' });
      const before = await inspectionCount();
      const res = await sendWithKey(specialist, { storeId: bj001, categoryId: null, templateId: general.id, results }, randomUUID());
      expect(res.status).toBe(400);
      const index = results.findIndex((r) => r.itemId === needsPhoto.id);
      expect(res.body.details).toEqual([
        {
          field: `results[${index}]`,
          code: 'inspection.item_photo_required',
          params: { title: needsPhoto.title },
          problem: `“${needsPhoto.title}”不合格，须拍照`,
        },
      ]);
      expect(await inspectionCount()).toBe(before);
    });

    it('requires an Idempotency-Key', async () => {
      const res = await specialist.post('/api/inspections', {
        storeId: bj001,
        categoryId: null,
        templateId: general.id,
        results: passAll(general),
      });
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe('Idempotency-Key');
    });

    it('a specialist may not inspect a category that is not theirs → 403', async () => {
      const deli = ((await specialist.get('/api/inspection-templates')).body as InspectionTemplateResponse[]).find(
        (x) => x.code === 'STD-DL',
      ) as InspectionTemplateResponse;
      const res = await sendWithKey(
        specialist,
        { storeId: bj001, categoryId: deli.categoryId, templateId: deli.id, results: passAll(deli) },
        randomUUID(),
      );
      expect(res.status).toBe(403);
    });

    it('stores the score of record from scoreInspection, opens one corrective action per failed item (visible to manager of BJ001), and a retry with the same key replays it', async () => {
      const items = allItems(general);
      const critical = items.find((i) => i.critical && i.photoOnFail) as TemplateItem;
      const plainFail = items.find((i) => !i.critical && !i.photoOnFail && i.kind === 'pass_fail') as TemplateItem;
      const scale = items.find((i) => i.kind === 'scale') as TemplateItem;
      const na = items.find((i) => i.allowNa) as TemplateItem;
      const shot = await photo(specialist);
      let results = passAll(general);
      results = answer(results, critical.id, { result: 'fail', note: '消防通道堆放纸箱', photoIds: [shot] });
      results = answer(results, plainFail.id, { result: 'fail', note: '未达标' });
      results = answer(results, scale.id, { result: 'score', points: 1 });
      results = answer(results, na.id, { result: 'na' });
      const body = {
        storeId: bj001,
        categoryId: null,
        templateId: general.id,
        results,
        dutyPersonName: '值班经理 王芳',
        inspectedAt: new Date(clock.ms() - 3_600_000).toISOString(),
      };
      const expected = scoreInspection(general, results);
      const key = randomUUID();
      const before = await inspectionCount();

      const first = await sendWithKey(specialist, body, key);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        storeId: bj001,
        score: expected.score,
        stars: expected.stars,
        criticalFailed: true,
        templateVersion: 1,
        templateId: general.id,
      });
      expect(expected.score).toBe(59);
      expect(await inspectionCount()).toBe(before + 1);

      const retry = await sendWithKey(specialist, body, key);
      expect(retry.status).toBe(first.status);
      expect(retry.body).toEqual(first.body);
      expect(await inspectionCount()).toBe(before + 1);

      const otherBody = await sendWithKey(specialist, { ...body, dutyPersonName: '别人' }, key);
      expect(otherBody.status).toBe(409);
      expect(await inspectionCount()).toBe(before + 1);

      const read = await manager.get(`/api/inspections/${first.body.id}`);
      expect(read.status).toBe(200);
      expect(
        read.body.results
          .filter((r: { failed: boolean }) => r.failed)
          .map((r: { itemId: number }) => r.itemId)
          .sort(),
      ).toEqual([...expected.failedItemIds].sort());

      const actions = await manager.get(`/api/corrective-actions?inspectionId=${first.body.id}&pageSize=100`);
      expect(actions.status).toBe(200);
      expect(actions.body.items.map((a: { itemId: number }) => a.itemId).sort()).toEqual([...expected.failedItemIds].sort());
      expect(actions.body.items.every((a: { storeId: number; status: string }) => a.storeId === bj001 && a.status === 'open')).toBe(true);
      const fireExit = actions.body.items.find((a: { itemId: number }) => a.itemId === critical.id);
      expect(fireExit).toMatchObject({ critical: true, itemTitle: critical.title });

      // The photo now belongs to the inspection: BJ001's manager sees it, another store's manager does not.
      expect((await manager.get(`/api/photos/${shot}`)).status).toBe(200);
      expect((await otherManager.get(`/api/photos/${shot}`)).status).toBe(403);
      expect((await otherManager.get(`/api/inspections/${first.body.id}`)).status).toBe(403);
      const otherList = await otherManager.get(`/api/corrective-actions?inspectionId=${first.body.id}`);
      expect(otherList.body.total).toBe(0);
    });

    it("a store manager cannot read another store's inspection or its photo by id → 403, nor list it by filter", async () => {
      const shot = await photo(specialist);
      const needsPhoto = allItems(general).find((i) => i.photoOnFail && !i.critical && i.kind === 'pass_fail') as TemplateItem;
      const results = answer(passAll(general), needsPhoto.id, { result: 'fail', photoIds: [shot] });
      const created = await sendWithKey(specialist, { storeId: sh001, categoryId: null, templateId: general.id, results }, randomUUID());
      expect(created.status).toBe(201);
      expect((await manager.get(`/api/inspections/${created.body.id}`)).status).toBe(403);
      expect((await manager.get(`/api/photos/${shot}`)).status).toBe(403);
      expect((await otherManager.get(`/api/inspections/${created.body.id}`)).status).toBe(200);
      expect((await otherManager.get(`/api/photos/${shot}`)).status).toBe(200);
      const filtered = await manager.get(`/api/inspections?storeId=${sh001}`);
      expect(filtered.body).toMatchObject({ items: [], total: 0 });
      const own = await manager.get('/api/inspections?pageSize=100');
      expect(own.body.items.length).toBeGreaterThan(0);
      expect(own.body.items.every((i: { storeId: number }) => i.storeId === bj001)).toBe(true);
    });
  });

  describe('corrective actions', () => {
    it('the store manager closes with a note and a photo; the specialist reopens, then accepts', async () => {
      const fail = allItems(fresh).find((i) => !i.critical && !i.photoOnFail && i.kind === 'pass_fail') as TemplateItem;
      const created = await sendWithKey(
        specialist,
        {
          storeId: bj001,
          categoryId: fresh.categoryId,
          templateId: fresh.id,
          results: answer(passAll(fresh), fail.id, { result: 'fail' }),
        },
        randomUUID(),
      );
      expect(created.status).toBe(201);
      const [action] = (await manager.get(`/api/corrective-actions?inspectionId=${created.body.id}`)).body.items;
      expect(action).toMatchObject({ itemId: fail.id, status: 'open' });

      expect((await manager.post(`/api/corrective-actions/${action.id}/close`, { note: '已整改' })).status).toBe(400);
      const otherPhoto = await photo(otherManager);
      expect((await otherManager.post(`/api/corrective-actions/${action.id}/close`, { note: '已整改', photoId: otherPhoto })).status).toBe(
        403,
      );

      const fix1 = await photo(manager);
      const closed = await manager.post(`/api/corrective-actions/${action.id}/close`, { note: '已补货并拉排', photoId: fix1 });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedNote: '已补货并拉排', closedPhotoId: fix1 });

      const reopened = await specialist.post(`/api/corrective-actions/${action.id}/verify`, { accepted: false, reason: '复查仍有空缺位' });
      expect(reopened.body).toMatchObject({ status: 'reopened', reopenReason: '复查仍有空缺位' });

      const fix2 = await photo(manager);
      expect((await manager.post(`/api/corrective-actions/${action.id}/close`, { note: '再次整改', photoId: fix2 })).status).toBe(200);
      const accepted = await specialist.post(`/api/corrective-actions/${action.id}/verify`, { accepted: true });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', overdue: false });
      expect(accepted.body.verifiedBy).toBeTruthy();
      expect((await specialist.post(`/api/corrective-actions/${action.id}/verify`, { accepted: true })).status).toBe(409);
    });

    it('the demo data has corrective actions in every state, overdue ones among them', async () => {
      for (const status of ['open', 'closed', 'accepted', 'reopened']) {
        expect(`${status}: ${(await ops.get(`/api/corrective-actions?status=${status}`)).body.total > 0}`).toBe(`${status}: true`);
      }
    });

    it('flags overdue actions and filters by them', async () => {
      const res = await ops.get('/api/corrective-actions?overdue=true&pageSize=100');
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      const now = clock.ms();
      for (const a of res.body.items) {
        expect(a.overdue).toBe(true);
        expect(['open', 'reopened']).toContain(a.status);
        expect(new Date(a.dueAt).getTime()).toBeLessThan(now);
      }
    });
  });

  describe('template versions', () => {
    it('editing a used template makes a new version; old inspections keep their version and score', async () => {
      const scale = allItems(general).find((i) => i.kind === 'scale') as TemplateItem;
      const results = answer(passAll(general), scale.id, { result: 'score', points: 2 });
      const old = await sendWithKey(specialist, { storeId: bj001, categoryId: null, templateId: general.id, results }, randomUUID());
      expect(old.status).toBe(201);
      const before = (await ops.get(`/api/inspections/${old.body.id}`)).body;

      const edit = {
        name: general.name,
        criticalCap: 50,
        sections: general.sections.map((s, i) => ({
          title: s.title,
          items: i === 0 ? s.items.map((item) => ({ ...item, maxPoints: item.maxPoints * 2 })) : s.items,
        })),
      };
      const res = await ops.send('put', `/api/inspection-templates/${general.id}`, edit);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ code: 'STD-STORE', version: 2, criticalCap: 50 });
      expect(res.body.id).not.toBe(general.id);
      const newIds = allItems(res.body).map((i) => i.id);
      expect(newIds.some((id) => allItems(general).some((i) => i.id === id))).toBe(false);

      expect((await ops.get(`/api/inspection-templates/${general.id}`)).body).toEqual(general);
      const after = (await ops.get(`/api/inspections/${old.body.id}`)).body;
      expect(after).toEqual(before);
      expect(after).toMatchObject({ templateVersion: 1, score: scoreInspection(general, results).score });
      const latest = (await ops.get('/api/inspection-templates')).body.find((x: InspectionTemplateResponse) => x.code === 'STD-STORE');
      expect(latest).toMatchObject({ id: res.body.id, version: 2 });
      const all = (await ops.get('/api/inspection-templates?all=true')).body.filter(
        (x: InspectionTemplateResponse) => x.code === 'STD-STORE',
      );
      expect(all.map((x: InspectionTemplateResponse) => x.version)).toEqual([2, 1]);

      // Editing the superseded version is refused; editing the unused new version changes it in place.
      expect((await ops.send('put', `/api/inspection-templates/${general.id}`, edit)).status).toBe(409);
      const again = await ops.send('put', `/api/inspection-templates/${res.body.id}`, { ...edit, name: '五星门店营运标准（2026版）' });
      expect(again.body).toMatchObject({ id: res.body.id, version: 2, name: '五星门店营运标准（2026版）' });
    });
  });

  describe('inspection ranking', () => {
    it('ranks by mean score: ties share a rank listed by code, 未检 stores last with rank null', async () => {
      const latest = ((await ops.get('/api/inspection-templates')).body as InspectionTemplateResponse[]).find(
        (x) => x.code === 'STD-STORE',
      ) as InspectionTemplateResponse;
      const fail = allItems(latest).find((i) => !i.critical && !i.photoOnFail && i.kind === 'pass_fail') as TemplateItem;
      const codes = ['GZ002', 'GZ001', 'SZ001'];
      const ids = await Promise.all(codes.map((c) => idOf(t, 'store', 'code', c)));
      const at = '2020-03-10T02:00:00.000Z';
      const failing = answer(passAll(latest), fail.id, { result: 'fail' });
      for (const [storeId, results] of [
        [ids[0], failing],
        [ids[1], failing],
        [ids[2], passAll(latest)],
      ] as const) {
        const res = await sendWithKey(
          ops,
          { storeId, categoryId: null, templateId: latest.id, results, inspectedAt: at, lateEntryReason: '2020 补录' },
          randomUUID(),
        );
        expect(res.status).toBe(201);
      }
      const tied = scoreInspection(latest, failing).score;
      const res = await ops.get('/api/rankings/inspections?period=2020-Q1&scope=all');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ period: '2020-Q1', categoryId: null, scope: 'all' });
      const rows = res.body.rows as Array<{
        storeCode: string;
        rank: number | null;
        score: number | null;
        inspections: number;
        stars: number | null;
      }>;
      expect(rows.slice(0, 3)).toEqual([
        expect.objectContaining({ storeCode: 'SZ001', rank: 1, score: 100, inspections: 1, stars: 5 }),
        expect.objectContaining({ storeCode: 'GZ001', rank: 2, score: tied, inspections: 1 }),
        expect.objectContaining({ storeCode: 'GZ002', rank: 2, score: tied, inspections: 1 }),
      ]);
      const rest = rows.slice(3);
      expect(rest.length).toBeGreaterThan(0);
      expect(rest.every((r) => r.rank === null && r.score === null && r.inspections === 0)).toBe(true);
      expect(rest.map((r) => r.storeCode)).toEqual([...rest.map((r) => r.storeCode)].sort());
      // Outside the period nothing counts.
      const march2019 = await ops.get('/api/rankings/inspections?period=2019-03');
      expect(march2019.body.rows.every((r: { rank: number | null }) => r.rank === null)).toBe(true);
    });
  });
});
