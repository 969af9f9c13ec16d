import { CorrectiveActionEntity, InspectionEntity, InspectionTemplateEntity } from '@storeops/api/inspections';
import { ContractEntity, LicenceEntity, SupplierEntity } from '@storeops/api/suppliers';
import { TargetDecompositionEntity } from '@storeops/api/targets';
import { ALL_ROLES, Metric, Role } from '@storeops/shared/contracts';
import { discoverRoutes } from './routes';
import { ApiClient, DEMO_USERNAMES, idOf, startTestApp, TestApp } from './test-app';
import { clock } from '@storeops/api/core';

const { Admin, Director, OpsManager, Specialist, AdminOffice, Buyer, StoreManager } = Role;
const EVERYONE = ALL_ROLES;
const PUBLIC = 'public' as const;

/**
 * Who may call what: the one table of access. A route missing here, or here but not served, fails the test;
 * so does a served route that declares neither @Roles nor @Public.
 */
const ACCESS: Record<string, readonly Role[] | typeof PUBLIC> = {
  'GET /api/health': PUBLIC,
  'GET /api/health/ready': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/logout': PUBLIC,
  'GET /api/auth/me': EVERYONE,
  'GET /api/audit': [Admin, Director],
  'GET /api/work-calendar': EVERYONE,
  'GET /api/alerts': EVERYONE,
  'GET /api/alerts/count': EVERYONE,
  'GET /api/alerts/settings': EVERYONE,
  'PUT /api/alerts/settings': EVERYONE,
  'GET /api/alerts/escalation': EVERYONE,
  'PUT /api/alerts/escalation': [Admin],
  'POST /api/alerts/:key/snooze': EVERYONE,
  'GET /api/work-calendar/years': EVERYONE,
  'GET /api/work-calendar/add': EVERYONE,
  'PUT /api/work-calendar/:year': [AdminOffice, Admin],
  'POST /api/work-calendar/:year/import': [AdminOffice, Admin],
  'GET /api/work-calendar/hours': EVERYONE,
  'PUT /api/work-calendar/hours': [Admin],
  'GET /api/work-calendar/closures': EVERYONE,
  'POST /api/work-calendar/closures': [AdminOffice, OpsManager, Admin],
  'DELETE /api/work-calendar/closures/:id': [AdminOffice, OpsManager, Admin],
  'GET /api/regions': EVERYONE,
  'GET /api/regions/:id': EVERYONE,
  'POST /api/regions': [Admin],
  'PATCH /api/regions/:id': [Admin],
  'GET /api/categories': EVERYONE,
  'GET /api/categories/:id': EVERYONE,
  'POST /api/categories': [Admin],
  'PATCH /api/categories/:id': [Admin],
  'GET /api/stores': EVERYONE,
  'GET /api/stores/:id': EVERYONE,
  'POST /api/stores': [Admin],
  'PATCH /api/stores/:id': [Admin],
  'GET /api/users': [Admin, Director, OpsManager],
  'GET /api/users/:id': [Admin, Director, OpsManager],
  'POST /api/users': [Admin],
  'PATCH /api/users/:id': [Admin],
  'GET /api/kpis': EVERYONE,
  'GET /api/kpis/range': EVERYONE,
  'GET /api/imports': [Admin, Director, OpsManager],
  'GET /api/imports/:id': [Admin, Director, OpsManager],
  'GET /api/imports/:id/problems': [Admin, Director, OpsManager],
  'POST /api/imports': [Admin, OpsManager],
  'GET /api/target-decompositions': [Director, OpsManager, Admin, Specialist],
  'GET /api/target-decompositions/:id': [Director, OpsManager, Admin, Specialist],
  'GET /api/target-decompositions/:id/changes': [Director, OpsManager, Admin, Specialist],
  'GET /api/target-decompositions/:id/export': [Director, OpsManager, Admin, Specialist],
  'POST /api/target-decompositions': [OpsManager, Admin],
  'PATCH /api/target-decompositions/:id/cells': [OpsManager, Admin],
  'POST /api/target-decompositions/:id/resplit': [OpsManager, Admin],
  'POST /api/target-decompositions/:id/publish': [OpsManager, Admin],
  'POST /api/target-decompositions/:id/approve': [Director, Admin],
  'POST /api/target-decompositions/:id/return': [Director],
  'POST /api/target-decompositions/:id/import': [OpsManager, Admin],
  'GET /api/stores/:id/progress': [Director, OpsManager, Admin, Specialist, StoreManager],
  'GET /api/progress/behind-pace': [Director, OpsManager, Specialist, Admin],
  'GET /api/inspection-templates': [Director, OpsManager, Specialist, Admin, StoreManager],
  'GET /api/inspection-templates/:id': [Director, OpsManager, Specialist, Admin, StoreManager],
  'POST /api/inspection-templates': [OpsManager, Admin],
  'PUT /api/inspection-templates/:id': [OpsManager, Admin],
  'GET /api/inspection-templates/:id/export': [OpsManager, Admin, Director, Specialist],
  'POST /api/inspection-templates/import': [OpsManager, Admin],
  'POST /api/photos': [Specialist, OpsManager, StoreManager],
  'GET /api/photos/:id': EVERYONE,
  'POST /api/inspections': [Specialist, OpsManager],
  'GET /api/inspections': [Director, OpsManager, Specialist, Admin, StoreManager],
  'GET /api/inspections/:id': [Director, OpsManager, Specialist, Admin, StoreManager],
  'GET /api/corrective-actions': [Director, OpsManager, Specialist, Admin, StoreManager, AdminOffice],
  'POST /api/corrective-actions/:id/close': [StoreManager],
  'POST /api/corrective-actions/:id/verify': [Specialist, OpsManager, AdminOffice],
  'GET /api/corrective-actions/summary': [Director, OpsManager, Specialist, Admin, StoreManager, AdminOffice],
  'POST /api/corrective-actions/verify': [Specialist, OpsManager, AdminOffice],
  'GET /api/rankings/inspections': [Director, OpsManager, Specialist, Admin],
  'GET /api/inspection-plans': [Specialist, OpsManager, Admin],
  'POST /api/inspection-plans': [OpsManager, Admin],
  'PATCH /api/inspection-plans/:id': [OpsManager, Admin],
  'GET /api/inspection-plans/board': [Specialist, OpsManager, Admin],
  'GET /api/inspection-plans/due': [Specialist, OpsManager, Admin],
  'GET /api/scorecard-schemes': [Director, OpsManager, Specialist, Admin],
  'GET /api/scorecard-schemes/:id': [Director, OpsManager, Specialist, Admin],
  'POST /api/scorecard-schemes': [OpsManager, Admin],
  'PATCH /api/scorecard-schemes/:id': [OpsManager, Admin],
  'POST /api/scorecard-schemes/:id/approve': [Director],
  'GET /api/rankings/stores': [Director, OpsManager, Specialist, Admin],
  'GET /api/rankings/stores/export': [Director, OpsManager, Specialist, Admin],
  'GET /api/rankings/stores/:storeId/explanation': [Director, OpsManager, Specialist, Admin, StoreManager],
  'GET /api/rankings/stores/:storeId/trend': [Director, OpsManager, Specialist, Admin, StoreManager],
  'GET /api/dashboard': [Director, OpsManager, Admin],
  'GET /api/suppliers': [Director, AdminOffice, Buyer, Admin],
  'GET /api/suppliers/:id': [Director, AdminOffice, Buyer, Admin],
  'GET /api/suppliers/:id/scorecards': [Director, AdminOffice, Buyer, Admin],
  'POST /api/suppliers': [Buyer, Admin],
  'PATCH /api/suppliers/:id': [Buyer, Admin],
  'GET /api/supplier-scorecards': [Director, AdminOffice, Buyer, Admin],
  'GET /api/contracts': [Director, AdminOffice, Buyer, Admin],
  'GET /api/contracts/:id': [Director, AdminOffice, Buyer, Admin],
  'POST /api/contracts': [Buyer],
  'PATCH /api/contracts/:id': [Buyer],
  'POST /api/contracts/:id/transitions': [Buyer, AdminOffice],
  'GET /api/contracts/:id/revisions': [Director, AdminOffice, Buyer, Admin],
  'GET /api/contracts/:id/clause-checks': [Director, AdminOffice, Buyer, Admin],
  'POST /api/contracts/:id/clause-checks': [AdminOffice],
  'POST /api/contracts/:id/clause-checks/:checkId/follow-up/close': [Director, AdminOffice, Buyer, Admin],
  'POST /api/contracts/:id/attachments': [Buyer, AdminOffice],
  'GET /api/contracts/:id/attachments/:attachmentId': [Director, AdminOffice, Buyer, Admin],
  'GET /api/licences': [Director, AdminOffice, Buyer, Admin],
  'POST /api/licences': [AdminOffice, Buyer],
  'POST /api/licences/:id/file': [AdminOffice, Buyer],
  'POST /api/licences/:id/renew': [AdminOffice, Buyer],
  'GET /api/licences/:id/file': [Director, AdminOffice, Buyer, Admin],
  'GET /api/complaints': [AdminOffice, StoreManager, Director, OpsManager, Admin],
  'GET /api/complaints/stats': [AdminOffice, StoreManager, Director, OpsManager, Admin],
  'GET /api/complaints/stats/export': [AdminOffice, StoreManager, Director, OpsManager, Admin],
  'GET /api/complaints/by-supplier/:supplierId': [AdminOffice, Buyer, Director, Admin],
  'POST /api/complaints': [AdminOffice, StoreManager],
  'GET /api/complaints/:id': [AdminOffice, StoreManager, Director, OpsManager, Admin],
  'POST /api/complaints/:id/transitions': [AdminOffice, StoreManager],
  'POST /api/complaints/:id/pause': [AdminOffice, StoreManager],
  'POST /api/complaints/:id/resume': [AdminOffice, StoreManager],
  'POST /api/complaints/:id/merge': [AdminOffice],
  'POST /api/complaints/:id/phone': [AdminOffice, StoreManager],
  'POST /api/complaints/:id/attachments': [AdminOffice, StoreManager],
  'GET /api/complaints/:id/attachments/:attachmentId': [AdminOffice, StoreManager, Director, OpsManager, Admin],
  'GET /api/complaint-categories': [AdminOffice, StoreManager, Director, OpsManager, Admin],
  'POST /api/complaint-categories': [AdminOffice],
  'PATCH /api/complaint-categories/:id': [AdminOffice],
  'GET /api/complaint-causes': [AdminOffice, StoreManager, Director, OpsManager, Admin],
  'GET /api/complaint-settings': [AdminOffice, StoreManager, Director, OpsManager, Admin],
  'PUT /api/complaint-settings': [AdminOffice, Admin],
  'GET /api/complaint-key-customers': [AdminOffice],
  'POST /api/complaint-key-customers': [AdminOffice],
  'DELETE /api/complaint-key-customers/:id': [AdminOffice],
  'GET /api/meeting-series': [AdminOffice, OpsManager, Director, Admin],
  'POST /api/meeting-series': [AdminOffice, Admin],
  'GET /api/meeting-people': [AdminOffice, OpsManager, Director, Admin],
  // Everyone reaches these; past the gate a non-manager sees only the meetings they attend (this one: all demo roles).
  'GET /api/meetings': EVERYONE,
  'POST /api/meetings': [AdminOffice, OpsManager, Director, Admin],
  'GET /api/meetings/:id': EVERYONE,
  'PATCH /api/meetings/:id': [AdminOffice, OpsManager, Director, Admin],
  'GET /api/meetings/:id/minutes.docx': EVERYONE,
  'GET /api/meeting-actions': EVERYONE,
  'PATCH /api/meeting-actions/:id': EVERYONE,
  'POST /api/meeting-actions/:id/corrective-action': [AdminOffice, OpsManager, Director, Admin],
  'GET /api/violations': [AdminOffice, Admin, Director, OpsManager, StoreManager],
  'GET /api/violations/preview': [AdminOffice, Admin],
  'POST /api/violations': [AdminOffice, Admin],
  'GET /api/violations/:id': [AdminOffice, Admin, Director, OpsManager, StoreManager],
  'POST /api/violations/:id/approve': [AdminOffice, Admin],
  'POST /api/violations/:id/appeal': [StoreManager, OpsManager, Director],
  'POST /api/violations/:id/decide-appeal': [AdminOffice, Admin],
  'POST /api/violations/:id/attachments': [AdminOffice, Admin],
  'GET /api/violations/:id/attachments/:attachmentId': [AdminOffice, Admin, Director, OpsManager, StoreManager],
  'GET /api/violation-rules': [AdminOffice, Admin, Director, OpsManager, StoreManager],
  'POST /api/violation-rules': [AdminOffice, Admin],
  'PATCH /api/violation-rules/:id': [AdminOffice, Admin],
  'GET /api/violation-departments': [AdminOffice, Admin, Director, OpsManager, StoreManager],
  'GET /api/violation-subjects': [AdminOffice, Admin],
  // 供应商问题: a 店长 passes the gate and reads only the issues that name their store (this one names BJ001).
  'GET /api/supplier-issues': [Director, AdminOffice, Buyer, Admin, StoreManager],
  'POST /api/supplier-issues': [AdminOffice, Buyer, Admin],
  'GET /api/supplier-issues/:id': [Director, AdminOffice, Buyer, Admin, StoreManager],
  'POST /api/supplier-issues/:id/transitions': [Director, AdminOffice, Buyer, Admin],
  'GET /api/supplier-issue-settings': [Director, AdminOffice, Buyer, Admin],
  'PUT /api/supplier-issue-settings': [AdminOffice, Admin],
  'GET /api/price-checks': [AdminOffice, Admin, StoreManager, Specialist, Director, OpsManager],
  'POST /api/price-checks': [AdminOffice, Admin],
  'POST /api/price-checks/sample': [AdminOffice, Admin],
  'GET /api/price-checks/:id': [AdminOffice, Admin, StoreManager, Specialist, Director, OpsManager],
  'GET /api/price-check-defects': [AdminOffice, Admin, StoreManager, Specialist, Director, OpsManager],
  'GET /api/price-check-settings': [AdminOffice, Admin, StoreManager, Specialist, Director, OpsManager],
  'PUT /api/price-check-settings': [AdminOffice, Admin],
  'GET /api/price-changes': [AdminOffice, Admin],
  'POST /api/price-changes/import': [AdminOffice, Admin],
  'GET /api/quality-checks': [AdminOffice, Admin, StoreManager, Specialist, Director, OpsManager],
  'POST /api/quality-checks': [AdminOffice, Admin],
  'GET /api/quality-checks/:id': [AdminOffice, Admin, StoreManager, Specialist, Director, OpsManager],
};

describe('access: every route × every role', () => {
  let t: TestApp;
  const clients = new Map<Role, ApiClient>();
  let ids: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ALL_ROLES) clients.set(role, await t.as(DEMO_USERNAMES[role]));
    ids = {
      region: await idOf(t, 'region', 'code', 'EAST'),
      category: await idOf(t, 'category', 'code', 'FR'),
      // The manager's own store, so scope does not hide whether the role gate let them through.
      store: await idOf(t, 'store', 'code', 'BJ001'),
      user: await idOf(t, 'app_user', 'username', 'buyer'),
      // No import exists: past the gate a GET answers 404, which still says "allowed".
      import: 1,
      // A bare draft (no stores yet), written directly so the matrix does not depend on actuals.
      'target-decomposition': (
        await t.db.getRepository(TargetDecompositionEntity).save({
          year: 2020,
          metric: Metric.Sales,
          total: 0,
          method: 'equal',
          status: 'draft',
          current: false,
          createdBy: 'ops',
          createdAt: clock.now(),
        })
      ).id,
      'inspection-template': (await t.db.getRepository(InspectionTemplateEntity).findOneByOrFail({ code: 'STD-STORE' })).id,
      // A demo inspection of the manager's own store, so scope does not hide whether the gate let them through.
      inspection: (await t.db.getRepository(InspectionEntity).findOneByOrFail({ storeId: await idOf(t, 'store', 'code', 'BJ001') })).id,
      // No such photo: past the gate a GET answers 404 (an unattached photo is its uploader's only).
      photo: 999_999,
      // The demo scheme in force (writes with an empty body answer 400 past the gate).
      'scorecard-scheme': 1,
      // Writes carry an empty body (400 past the gate), so any corrective action will do.
      // Writes carry an empty body (400 past the gate), so any plan will do.
      'inspection-plan': Number((await t.db.query(`SELECT "id" FROM "inspection_plan" ORDER BY "id" LIMIT 1`))[0]?.id ?? 999_999),
      'corrective-action': (await t.db.getRepository(CorrectiveActionEntity).find({ take: 1, order: { id: 'ASC' } }))[0]?.id ?? 999_999,
      // Demo records; writes carry an empty body (400 past the gate). No attachment exists: a GET past the gate is 404.
      supplier: (await t.db.getRepository(SupplierEntity).findOneByOrFail({ code: 'SUP001' })).id,
      contract: (await t.db.getRepository(ContractEntity).find({ take: 1, order: { id: 'ASC' } }))[0].id,
      // Demo licences carry no scan: past the gate a GET of the file is 404, an upload without a file 400.
      licence: (await t.db.getRepository(LicenceEntity).find({ take: 1, order: { id: 'ASC' } }))[0].id,
      // A violation of the manager's own store (writes with an empty body answer 400 past the gate), and a rule.
      violation: (
        await (clients.get(AdminOffice) as ApiClient).post('/api/violations', {
          subjectType: 'store',
          subjectId: await idOf(t, 'store', 'code', 'BJ001'),
          ruleCode: 'WJ-001',
          occurredAt: '2026-11-18T09:00:00+08:00',
          facts: '权限表',
        })
      ).body.id,
      'violation-rule': 1,
      // A supplier issue naming the manager's own store (writes with an empty body answer 400 past the gate).
      'supplier-issue': (
        await (clients.get(AdminOffice) as ApiClient).post('/api/supplier-issues', {
          supplierId: (await t.db.getRepository(SupplierEntity).findOneByOrFail({ code: 'SUP001' })).id,
          storeId: await idOf(t, 'store', 'code', 'BJ001'),
          kind: 'quality',
          description: '权限表',
        })
      ).body.id,
      // A complaint received at the manager's own store (not yet judged: its 店长 handles it).
      complaint: (
        await (clients.get(AdminOffice) as ApiClient).post('/api/complaints', {
          storeId: await idOf(t, 'store', 'code', 'BJ001'),
          channel: 'store',
          receivedAt: '2026-11-18T09:00:00+08:00',
          customerName: '门禁',
          customerPhone: '13800004444',
          keyCustomer: false,
          categoryId: await idOf(t, 'complaint_category', 'code', 'quality_expired'),
          description: '权限表',
        })
      ).body.id,
      ...(await (async () => {
        // A meeting every demo role attended, with an action without a store (an empty-body corrective action is 400).
        const attendeeIds = await Promise.all(ALL_ROLES.map((r) => idOf(t, 'app_user', 'username', DEMO_USERNAMES[r])));
        const res = await (clients.get(AdminOffice) as ApiClient).post('/api/meetings', {
          seriesId: 1,
          heldAt: '2026-11-18T09:00:00+08:00',
          attendeeIds,
          items: [],
          actions: [{ title: '权限表', ownerId: attendeeIds[0], dueAt: '2026-12-01T18:00:00+08:00' }],
        });
        return { meeting: res.body.id as number, 'meeting-action': res.body.actions[0].id as number };
      })()),
      // A price and a quality check of the manager's own store.
      'price-check': (
        await (clients.get(AdminOffice) as ApiClient).post('/api/price-checks', {
          storeId: await idOf(t, 'store', 'code', 'BJ001'),
          checkedAt: '2026-11-18T09:00:00+08:00',
          items: [{ sku: 'AM1', name: '权限表', shelfPriceFen: 100, systemPriceFen: 100, tillPriceFen: 100 }],
        })
      ).body.id,
      'quality-check': (
        await (clients.get(AdminOffice) as ApiClient).post('/api/quality-checks', {
          storeId: await idOf(t, 'store', 'code', 'BJ001'),
          checkedAt: '2026-11-18T09:00:00+08:00',
          findings: [{ kind: 'expired', product: '权限表', quantity: 1, action: 'remove' }],
        })
      ).body.id,
    };
  });
  afterAll(() => t.close());

  function concrete(routeKey: string): { method: 'get' | 'post' | 'patch' | 'put'; path: string } {
    const [method, path] = routeKey.split(' ');
    const resource = path.split('/')[2].replace(/s$/, '').replace(/ie$/, 'y');
    return {
      method: method.toLowerCase() as 'get' | 'post' | 'patch' | 'put',
      path: path.replace(':id', String(ids[resource])).replace(':storeId', String(ids['store'])).replace(':year', '2030'),
    };
  }

  it('serves exactly the routes of the table, each declaring @Roles or @Public', () => {
    const served = discoverRoutes(t.app);
    expect(served.map((r) => r.key)).toEqual(Object.keys(ACCESS).sort((a, b) => a.localeCompare(b)));
    const undeclared = served.filter((r) => !r.isPublic && !r.roles?.length).map((r) => r.key);
    expect(undeclared).toEqual([]);
  });

  it('declares on each route exactly the roles of the table', () => {
    for (const route of discoverRoutes(t.app)) {
      const expected = ACCESS[route.key];
      if (expected === PUBLIC) expect(route.isPublic).toBe(true);
      else expect([...(route.roles ?? [])].sort()).toEqual([...expected].sort());
    }
  });

  it('refuses every non-public route to an anonymous caller with 401', async () => {
    const anonymous = t.client();
    for (const [key, access] of Object.entries(ACCESS)) {
      if (access === PUBLIC) continue;
      const { method, path } = concrete(key);
      const res = await anonymous.send(method, path, method === 'get' ? undefined : {});
      expect(`${key} → ${res.status}`).toBe(`${key} → 401`);
    }
  });

  describe.each(ALL_ROLES.map((r) => [r]))('%s', (role) => {
    it('gets through exactly the routes allowed to it, and 403 elsewhere', async () => {
      const client = clients.get(role as Role) as ApiClient;
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const [key, access] of Object.entries(ACCESS)) {
        if (access === PUBLIC || key === 'POST /api/auth/logout') continue;
        const { method, path } = concrete(key);
        // Writes carry an empty body: past the gate that is a 400 (or a no-op 200), never a change of data.
        const res = await client.send(method, path, method === 'get' ? undefined : {});
        outcomes.push(`${key} → ${res.status === 403 ? 'denied' : res.status === 401 ? 'signed out' : 'allowed'}`);
        expected.push(`${key} → ${access.includes(role as Role) ? 'allowed' : 'denied'}`);
      }
      expect(outcomes).toEqual(expected);
    });
  });
});

describe('access: a store manager reaches only their own store', () => {
  let t: TestApp;
  let manager: ApiClient;
  let own: number;
  let other: number;
  let otherRegion: number;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.as('manager');
    own = await idOf(t, 'store', 'code', 'BJ001');
    other = await idOf(t, 'store', 'code', 'SH001');
    otherRegion = await idOf(t, 'region', 'code', 'EAST');
  });
  afterAll(() => t.close());

  it('by id: another store → 403, own store → 200', async () => {
    expect((await manager.get(`/api/stores/${other}`)).status).toBe(403);
    const mine = await manager.get(`/api/stores/${own}`);
    expect(mine.status).toBe(200);
    expect(mine.body.code).toBe('BJ001');
  });

  it('by id: a store that does not exist → 403 too, so ids cannot be probed', async () => {
    expect((await manager.get('/api/stores/999999')).status).toBe(403);
  });

  it('by filter: another region, another code or a search still yields only their store or nothing', async () => {
    const byRegion = await manager.get(`/api/stores?regionId=${otherRegion}`);
    expect(byRegion.status).toBe(200);
    expect(byRegion.body).toMatchObject({ items: [], total: 0 });
    const bySearch = await manager.get('/api/stores?q=SH001');
    expect(bySearch.body.total).toBe(0);
    const all = await manager.get('/api/stores?pageSize=500');
    expect(all.body.items.map((s: { code: string }) => s.code)).toEqual(['BJ001']);
  });

  it('by body: writing a store (another or their own) → 403, and nothing changes', async () => {
    const before = (await t.as('admin').then((a) => a.get(`/api/stores/${other}`))).body;
    expect((await manager.patch(`/api/stores/${other}`, { name: '改名' })).status).toBe(403);
    expect((await manager.patch(`/api/stores/${own}`, { regionId: otherRegion })).status).toBe(403);
    expect(
      (await manager.post('/api/stores', { code: 'SH999', name: 'x', regionId: otherRegion, format: 'supermarket', salesAreaSqm: 100 }))
        .status,
    ).toBe(403);
    expect(
      (await manager.post('/api/users', { username: 'evil', displayName: 'x', role: 'admin', password: 'long-enough-1', storeId: other }))
        .status,
    ).toBe(403);
    const after = (await t.as('admin').then((a) => a.get(`/api/stores/${other}`))).body;
    expect(after).toEqual(before);
  });

  it('by body: a store manager cannot read users of another store', async () => {
    expect((await manager.get(`/api/users?storeId=${other}`)).status).toBe(403);
  });
});
