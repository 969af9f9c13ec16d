import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import request from 'supertest';
import { PhotoEntity, PhotosService } from '@storeops/api/inspections';
import { clock } from '@storeops/api/core';
import { InspectionTemplateResponse, ResultInput } from '@storeops/shared/contracts';
import { ApiClient, idOf, signOff, startTestApp, TestApp } from './test-app';

/**
 * Issue 11's inspection rules: how far back an inspection may be dated (and the ops manager's late entry), what
 * planItemId may name, who uploads photos and how many a day, the clean-up of photos never attached, and which
 * scorecard schemes a store manager may name for their store's explanation.
 */
describe('inspection rules: back-dating, plans, photos; scheme access', () => {
  let t: TestApp;
  let specialist: ApiClient;
  let ops: ApiClient;
  let manager: ApiClient;
  let bj001: number;
  let general: InspectionTemplateResponse;
  const started = clock.now();

  beforeAll(async () => {
    t = await startTestApp();
    specialist = await t.as('specialist');
    ops = await t.as('ops');
    manager = await t.as('manager');
    bj001 = await idOf(t, 'store', 'code', 'BJ001');
    general = (await ops.get('/api/inspection-templates')).body.find((x: InspectionTemplateResponse) => x.code === 'STD-STORE');
  });
  afterAll(async () => {
    clock.set(started);
    delete process.env['PHOTO_DAILY_QUOTA'];
    await t.close();
  });

  const results = (): ResultInput[] =>
    general.sections.flatMap((s) =>
      s.items.map((i) =>
        i.kind === 'scale' ? { itemId: i.id, result: 'score' as const, points: i.maxPoints } : { itemId: i.id, result: 'pass' as const },
      ),
    );
  const submit = async (client: ApiClient, body: object) =>
    request(t.app.getHttpServer())
      .post('/api/inspections')
      .set('Cookie', client.cookieHeader)
      .set('X-XSRF-TOKEN', client.xsrf ?? '')
      .set('Idempotency-Key', randomUUID())
      .send({ storeId: bj001, categoryId: null, templateId: general.id, results: results(), ...(await signOff(client)), ...body });
  const daysAgo = (days: number) => new Date(clock.ms() - days * 86_400_000).toISOString();
  const jpeg = () =>
    sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .jpeg()
      .toBuffer();

  describe('inspectedAt', () => {
    it('takes an inspection dated within the back-dating window (7 days) from a specialist', async () => {
      const res = await submit(specialist, { inspectedAt: daysAgo(6.9) });
      expect(res.status).toBe(201);
    });

    it('refuses an older date from a specialist, naming inspectedAt; closed months stay closed', async () => {
      for (const at of [daysAgo(8), '2001-03-01T10:00:00+08:00']) {
        const res = await submit(specialist, { inspectedAt: at, lateEntryReason: '补录' });
        expect(res.status).toBe(400);
        expect(res.body.details).toEqual([expect.objectContaining({ field: 'inspectedAt', code: 'inspection.backdated' })]);
      }
    });

    it('lets an ops manager record a late entry, with a reason that is stored and audited', async () => {
      const without = await submit(ops, { inspectedAt: daysAgo(30) });
      expect(without.status).toBe(400);
      expect(without.body.details[0].field).toBe('lateEntryReason');
      const res = await submit(ops, { inspectedAt: daysAgo(30), lateEntryReason: '系统故障，纸质记录补录' });
      expect(res.status).toBe(201);
      const [row] = await t.db.query(`SELECT "lateEntryReason" FROM "inspection" WHERE "id" = ${res.body.id}`);
      expect(row.lateEntryReason).toBe('系统故障，纸质记录补录');
      const audit = await (await t.as('director')).get(`/api/audit?entity=inspection&entityId=${res.body.id}`);
      expect(audit.body.items[0].after).toMatchObject({ lateEntryReason: '系统故障，纸质记录补录' });
    });

    it('refuses impossible and out-of-range instants by validation', async () => {
      for (const at of ['2026-02-30T10:00:00+08:00', '0001-01-01T00:00:00Z', '9999-12-31T00:00:00Z', 'yesterday']) {
        const res = await submit(ops, { inspectedAt: at, lateEntryReason: 'x' });
        expect(`${at} → ${res.status} ${res.body.details?.[0]?.field}`).toBe(`${at} → 400 inspectedAt`);
      }
    });
  });

  describe('planItemId', () => {
    let plan: number;
    beforeAll(async () => {
      const specialistId = await idOf(t, 'app_user', 'username', 'specialist');
      const created = await ops.post('/api/inspection-plans', { specialistId, categoryId: null, frequency: 'monthly', storeIds: [bj001] });
      expect(created.status).toBe(201);
      plan = created.body.id;
    });

    it('takes a plan that is active and covers the store and category', async () => {
      expect((await submit(specialist, { planItemId: plan })).status).toBe(201);
    });

    it('refuses a plan that does not exist, covers another store, or is for another category — naming planItemId', async () => {
      const sh001 = await idOf(t, 'store', 'code', 'SH001');
      const specialistId = await idOf(t, 'app_user', 'username', 'specialist');
      const elsewhere = (
        await ops.post('/api/inspection-plans', { specialistId, categoryId: null, frequency: 'monthly', storeIds: [sh001] })
      ).body.id;
      for (const [id, reason, problem] of [
        [999_999, 'missing', /不存在/],
        [elsewhere, 'store', /不包括门店/],
      ] as const) {
        const res = await submit(specialist, { planItemId: id });
        expect(res.status).toBe(400);
        expect(res.body.details).toEqual([
          expect.objectContaining({
            field: 'planItemId',
            code: 'inspection.plan_mismatch',
            params: expect.objectContaining({ planId: id, reason }),
            problem: expect.stringMatching(problem),
          }),
        ]);
      }
      const category = (await t.db.query(`SELECT "categoryId" FROM "inspection_plan" WHERE "categoryId" IS NOT NULL LIMIT 1`))[0];
      if (category) {
        const [other] = await t.db.query(`SELECT "id" FROM "inspection_plan" WHERE "categoryId" IS NOT NULL LIMIT 1`);
        const res = await submit(specialist, { planItemId: Number(other.id) });
        expect(res.status).toBe(400);
        expect(res.body.details[0]).toMatchObject({
          field: 'planItemId',
          params: { reason: 'category' },
          problem: expect.stringMatching(/属于品类/),
        });
      }
    });
  });

  describe('photos', () => {
    it('are uploaded by the roles that attach them only', async () => {
      for (const name of ['director', 'buyer', 'office', 'admin']) {
        const c = await t.as(name);
        expect(`${name} → ${(await c.upload('/api/photos', { name: 'a.jpg', content: await jpeg() })).status}`).toBe(`${name} → 403`);
      }
      for (const c of [specialist, ops, manager])
        expect((await c.upload('/api/photos', { name: 'a.jpg', content: await jpeg() })).status).toBe(201);
    });

    it('stop at the daily quota with 429 and Retry-After until midnight China time', async () => {
      process.env['PHOTO_DAILY_QUOTA'] = '3';
      const uploader = await t.as('sm-sh001');
      for (let i = 0; i < 3; i++) expect((await uploader.upload('/api/photos', { name: 'a.jpg', content: await jpeg() })).status).toBe(201);
      const over = await uploader.upload('/api/photos', { name: 'a.jpg', content: await jpeg() });
      expect(over.status).toBe(429);
      const retry = Number(over.headers['retry-after']);
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(86_400);
      delete process.env['PHOTO_DAILY_QUOTA'];
    });

    it('never attached are removed a day after upload, file and row; attached ones stay', async () => {
      const loose = (await manager.upload('/api/photos', { name: 'a.jpg', content: await jpeg() })).body.id;
      const kept = (await specialist.upload('/api/photos', { name: 'a.jpg', content: await jpeg() })).body.id;
      const attach = await submit(specialist, { signaturePhotoId: kept });
      expect(attach.status).toBe(201);
      const photos = t.app.get(PhotosService);
      expect(await photos.sweepUnattached()).toBe(0);
      expect(await photos.sweepUnattached(new Date(clock.ms() + 25 * 3_600_000))).toBeGreaterThanOrEqual(1);
      const repo = t.db.getRepository(PhotoEntity);
      expect(await repo.findOneBy({ id: loose })).toBeNull();
      expect(await repo.findOneBy({ id: kept })).not.toBeNull();
      expect((await manager.get(`/api/photos/${loose}`)).status).toBe(404);
    });
  });

  describe("a store manager's explanation names only approved or superseded schemes", () => {
    it('refuses a draft scheme id with 403 naming schemeId, and takes the scheme in force', async () => {
      const draft = await ops.post('/api/scorecard-schemes', {
        name: '草稿方案',
        missingRule: 'zero',
        components: [{ key: 'sales', kind: 'sales_achievement', weight: 100, floor: 0.8, ceiling: 1.2, direction: 'higher' }],
      });
      expect(draft.status).toBe(201);
      const explain = (schemeId: number) => manager.get(`/api/rankings/stores/${bj001}/explanation?period=2026-10&schemeId=${schemeId}`);
      const refused = await explain(draft.body.id);
      expect(refused.status).toBe(403);
      expect(refused.body.details).toEqual([expect.objectContaining({ field: 'schemeId' })]);
      expect((await manager.get(`/api/rankings/stores/${bj001}/trend?period=2026-10&schemeId=${draft.body.id}`)).status).toBe(403);
      expect((await explain(999_999)).status).toBe(403);
      const inForce = (await ops.get('/api/scorecard-schemes')).body.find((s: { inForce: boolean }) => s.inForce);
      expect([200, 404]).toContain((await explain(inForce.id)).status);
      // Roles that may read schemes still may name a draft.
      expect((await ops.get(`/api/rankings/stores/${bj001}/explanation?period=2026-10&schemeId=${draft.body.id}`)).status).not.toBe(403);
    });
  });
});
