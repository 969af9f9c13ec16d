import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

describe('org master data over HTTP', () => {
  let t: TestApp;
  let admin: ApiClient;
  let east: number;
  let north: number;

  beforeAll(async () => {
    t = await startTestApp();
    // English answers: these tests read the API's own (English) wording; errors-language.int-spec covers zh-CN.
    admin = (await t.as('admin')).inEnglish();
    east = await idOf(t, 'region', 'code', 'EAST');
    north = await idOf(t, 'region', 'code', 'NORTH');
  });
  afterAll(() => t.close());

  describe('stores', () => {
    it('lists the 48 demo stores in pages ordered by code', async () => {
      const page1 = await admin.get('/api/stores?page=1&pageSize=20');
      expect(page1.body).toMatchObject({ total: 48, page: 1, pageSize: 20 });
      expect(page1.body.items).toHaveLength(20);
      expect(page1.body.items[0]).toMatchObject({
        code: 'BJ001',
        name: '北京朝阳店',
        regionName: '华北',
        managerName: expect.stringContaining('店长'),
      });
      const page3 = await admin.get('/api/stores?page=3&pageSize=20');
      expect(page3.body.items).toHaveLength(8);
      const codes = [...page1.body.items, ...page3.body.items].map((s: { code: string }) => s.code);
      expect([...codes].sort()).toEqual(codes);
    });

    it('searches by code or name, and filters by region, format and status', async () => {
      expect((await admin.get('/api/stores?q=sh00')).body.total).toBe(3);
      expect((await admin.get(`/api/stores?q=${encodeURIComponent('徐汇')}`)).body.items.map((s: { code: string }) => s.code)).toEqual([
        'SH001',
      ]);
      const eastHyper = await admin.get(`/api/stores?regionId=${east}&format=hypermarket&pageSize=500`);
      expect(eastHyper.body.total).toBe(4);
      expect(
        eastHyper.body.items.every((s: { regionName: string; format: string }) => s.regionName === '华东' && s.format === 'hypermarket'),
      ).toBe(true);
      expect((await admin.get('/api/stores?status=preparing')).body.total).toBe(1);
      expect((await admin.get('/api/stores?q=50%25')).body.total).toBe(0);
    });

    it('lists only the stores named in ids (a picker labelling its chosen ids), and refuses a malformed list naming the field', async () => {
      const all = (await admin.get('/api/stores?pageSize=3')).body.items as Array<{ id: number; code: string }>;
      const wanted = [all[2].id, all[0].id];
      const res = await admin.get(`/api/stores?ids=${wanted.join(',')}`);
      expect(res.status).toBe(200);
      expect(res.body.items.map((s: { code: string }) => s.code)).toEqual([all[0].code, all[2].code]);
      expect((await admin.get(`/api/stores?ids=${wanted[0]}&ids=${wanted[1]}`)).body.total).toBe(2);
      expect((await admin.get('/api/stores?ids=')).body.total).toBe(0);
      const bad = await admin.get('/api/stores?ids=1,abc');
      expect(bad.status).toBe(400);
      expect([...new Set(bad.body.details.map((d: { field: string }) => d.field))]).toEqual(['ids']);
      const tooMany = await admin.get(`/api/stores?ids=${Array.from({ length: 201 }, (_, i) => i + 1).join(',')}`);
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.details[0].field).toBe('ids');
    });

    it('refuses a page size over 500 and names the field', async () => {
      const res = await admin.get('/api/stores?pageSize=501');
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { field: 'pageSize', code: 'validation.max', params: { max: 500 }, problem: 'pageSize must not be greater than 500' },
      ]);
    });

    it('refuses bad input naming every field, unknown fields included, and saves nothing', async () => {
      const res = await admin.post('/api/stores', {
        code: '-sh 1',
        name: '',
        regionId: 'x',
        format: 'mall',
        salesAreaSqm: -5,
        colour: 'red',
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: 'Invalid request' });
      const fields = new Set(res.body.details.map((d: { field: string }) => d.field));
      expect(fields).toEqual(new Set(['code', 'name', 'regionId', 'format', 'salesAreaSqm', 'colour']));
      expect((await admin.get('/api/stores')).body.total).toBe(48);
    });

    it('creates, edits with a version check, and closes a store, each audited with before and after', async () => {
      const created = await admin.post('/api/stores', {
        code: 'SH004',
        name: '上海静安店',
        regionId: east,
        format: 'convenience',
        salesAreaSqm: 180,
        openDate: '2026-12-01',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ code: 'SH004', status: 'preparing', regionName: '华东', version: 1, managerUserId: null });
      const id = created.body.id;

      const edited = await admin.patch(`/api/stores/${id}`, { name: '上海静安寺店', regionId: north, version: 1 });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ name: '上海静安寺店', regionName: '华北', version: 2 });

      const stale = await admin.patch(`/api/stores/${id}`, { name: '旧版本覆盖', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.details[0]).toMatchObject({ field: 'version' });
      expect((await admin.get(`/api/stores/${id}`)).body.name).toBe('上海静安寺店');

      const closed = await admin.patch(`/api/stores/${id}`, { status: 'closed' });
      expect(closed.body.status).toBe('closed');

      const audit = await admin.get(`/api/audit?entity=store&entityId=${id}`);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
      const rename = audit.body.items[1];
      expect(rename).toMatchObject({
        actorUsername: 'admin',
        before: { name: '上海静安店', regionName: '华东' },
        after: { name: '上海静安寺店', regionName: '华北' },
      });
    });

    it('refuses a duplicate code with 409 naming the field', async () => {
      const res = await admin.post('/api/stores', {
        code: 'SH001',
        name: '重复',
        regionId: east,
        format: 'supermarket',
        salesAreaSqm: 3000,
      });
      expect(res.status).toBe(409);
      expect(res.body.details).toEqual([
        {
          field: 'code',
          code: 'store.code_taken',
          params: { code: 'SH001', store: 'SH001' },
          problem: 'SH001 is already used by store SH001',
        },
      ]);
    });

    it('refuses a region that does not exist, naming regionId', async () => {
      const res = await admin.post('/api/stores', {
        code: 'SH005',
        name: '无区域店',
        regionId: 99999,
        format: 'supermarket',
        salesAreaSqm: 3000,
      });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { field: 'regionId', code: 'region.missing', params: { id: 99999 }, problem: 'region 99999 does not exist' },
      ]);
    });

    it('answers 404 in the common shape for a missing store and for an unknown API path', async () => {
      const missing = await admin.get('/api/stores/99999');
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        code: 'store.not_found',
        message: 'Store 99999 not found',
        details: [{ field: 'id', code: 'store.not_found', params: { id: 99999 }, problem: 'Store 99999 not found' }],
      });
      const unknown = await admin.get('/api/no-such-thing');
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ statusCode: 404, error: 'Not Found', details: [] });
      const badId = await admin.get('/api/stores/abc');
      expect(badId.status).toBe(400);
    });
  });

  it('keeps concurrent writes apart: each commits with its own audit entry, a failing one takes nothing with it', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `并发区域${i}`);
    const results = await Promise.all([
      ...names.map((name, i) => admin.post('/api/regions', { code: `PAR${i}`, name })),
      admin.post('/api/regions', { code: 'EAST', name: '重复编码' }),
      admin.post('/api/regions', { code: 'PAR0', name: '并发重复' }),
    ]);
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(12);
    expect(statuses.filter((s) => s === 409)).toHaveLength(2);
    const listed = await admin.get('/api/regions?q=PAR&pageSize=100');
    expect(listed.body.items.map((r: { name: string }) => r.name).sort()).toEqual([...names].sort());
    const audit = await admin.get('/api/audit?entity=region&action=create&pageSize=100');
    const audited = new Set(audit.body.items.map((e: { after: { code: string } }) => e.after.code));
    for (let i = 0; i < 12; i++) expect(audited.has(`PAR${i}`)).toBe(true);
  });

  describe('regions and categories', () => {
    it('creates a region and deactivates it; an inactive region takes no new store', async () => {
      const activeBefore = (await admin.get('/api/regions?active=true')).body.total;
      const r = await admin.post('/api/regions', { code: 'WEST', name: '西南' });
      expect(r.status).toBe(201);
      expect((await admin.get('/api/regions?active=true')).body.total).toBe(activeBefore + 1);
      const off = await admin.patch(`/api/regions/${r.body.id}`, { active: false, version: r.body.version });
      expect(off.body.active).toBe(false);
      expect((await admin.get('/api/regions?active=true')).body.total).toBe(activeBefore);
      const store = await admin.post('/api/stores', {
        code: 'CD001',
        name: '成都店',
        regionId: r.body.id,
        format: 'supermarket',
        salesAreaSqm: 3000,
      });
      expect(store.status).toBe(400);
      expect(store.body.details[0].field).toBe('regionId');
    });

    it('keeps categories to two levels and lists children by parentId', async () => {
      const fresh = await idOf(t, 'category', 'code', 'FR');
      const fruit = await idOf(t, 'category', 'code', 'FR01');
      const children = await admin.get(`/api/categories?parentId=${fresh}`);
      expect(children.body.items.map((c: { name: string }) => c.name)).toEqual(['水果', '蔬菜', '肉禽', '水产', '蛋品']);
      expect(children.body.items.every((c: { parentId: number }) => c.parentId === fresh)).toBe(true);
      expect((await admin.get('/api/categories?parentId=0')).body.total).toBe(12);
      const third = await admin.post('/api/categories', { code: 'FR0101', name: '苹果', parentId: fruit });
      expect(third.status).toBe(400);
      expect(third.body.details).toEqual([
        { field: 'parentId', code: 'category.parent_is_sub', params: { name: '水果' }, problem: '水果 is already a subcategory' },
      ]);
      const sub = await admin.post('/api/categories', { code: 'FR06', name: '冻品', parentId: fresh });
      expect(sub.status).toBe(201);
      expect(sub.body.parentId).toBe(fresh);
    });
  });

  describe('users', () => {
    it('creates a store manager with a store and refuses one without', async () => {
      const store = await idOf(t, 'store', 'code', 'GZ001');
      const noStore = await admin.post('/api/users', {
        username: 'sm-new',
        displayName: '新店长',
        role: 'store_manager',
        password: 'guangzhou-2026',
      });
      expect(noStore.status).toBe(400);
      expect(noStore.body.details).toEqual([
        { field: 'storeId', code: 'user.store_required', params: {}, problem: 'a store manager needs a store' },
      ]);
      const ok = await admin.post('/api/users', {
        username: 'sm-new',
        displayName: '新店长',
        role: 'store_manager',
        password: 'guangzhou-2026',
        storeId: store,
      });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ username: 'sm-new', role: 'store_manager', storeId: store, categoryIds: [], active: true });
      expect(ok.body.passwordHash).toBeUndefined();
      expect((await t.client().login('sm-new', 'guangzhou-2026')).status).toBe(200);
    });

    it.each([
      ['short', 'abc123!', /at least 8/],
      ['common', 'password123', /too common/],
      ['129 characters', 'ab'.repeat(64) + 'c', /at most 128/],
    ])('refuses a %s password, naming the field', async (_, password, problem) => {
      const res = await admin.post('/api/users', { username: 'weak', displayName: '弱口令', role: 'buyer', password });
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe('password');
      expect(res.body.details[0].problem).toMatch(problem);
    });

    it('gives categories to specialists only', async () => {
      const fd = await idOf(t, 'category', 'code', 'FD');
      const res = await admin.post('/api/users', {
        username: 'buyer2',
        displayName: '采购二',
        role: 'buyer',
        password: 'purchase-2026',
        categoryIds: [fd],
      });
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe('categoryIds');
    });

    it('never writes a password hash into the audit log', async () => {
      const buyer = await idOf(t, 'app_user', 'username', 'buyer');
      await admin.patch(`/api/users/${buyer}`, { password: 'fresh-pass-2026' });
      const audit = await admin.get(`/api/audit?entity=user&entityId=${buyer}`);
      expect(JSON.stringify(audit.body)).not.toMatch(/scrypt\$/);
      expect(audit.body.items[0].action).toBe('update');
    });

    it('refuses to let the admin deactivate themselves', async () => {
      const me = await admin.get('/api/auth/me');
      const res = await admin.patch(`/api/users/${me.body.id}`, { active: false });
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe('active');
    });
  });

  describe('audit', () => {
    it('filters by action and actor, newest first', async () => {
      const adminId = await idOf(t, 'app_user', 'username', 'admin');
      const logins = await admin.get(`/api/audit?action=login&actorUserId=${adminId}`);
      expect(logins.body.total).toBeGreaterThanOrEqual(1);
      expect(
        logins.body.items.every((e: { action: string; actorUserId: number }) => e.action === 'login' && e.actorUserId === adminId),
      ).toBe(true);
      const ids = logins.body.items.map((e: { id: number }) => e.id);
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    });
  });
});
