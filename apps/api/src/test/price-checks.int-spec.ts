import { clock } from '@storeops/api/core';
import { DemoPriceChecksSeeder, PriceCheckEntity, PriceCheckItemEntity, QualityCheckEntity } from '@storeops/api/ledger';
import {
  AlertItem,
  CorrectiveActionResponse,
  Page,
  PriceCheckResponse,
  PriceSampleResponse,
  QualityCheckResponse,
} from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

const NOW = '2026-11-18T10:00:00+08:00';
const checkedAt = '2026-11-18T09:00:00+08:00';

/** n items all correct, then the given wrong ones. */
function items(
  correct: number,
  wrong: Array<Partial<{ shelfPriceFen: number; systemPriceFen: number; tillPriceFen: number; defectCode: string }>> = [],
) {
  const good = Array.from({ length: correct }, (_, i) => ({
    sku: `G${i}`,
    name: `商品${i}`,
    shelfPriceFen: 990,
    systemPriceFen: 990,
    tillPriceFen: 990,
  }));
  return [
    ...good,
    ...wrong.map((w, i) => ({ sku: `W${i}`, name: `问题${i}`, shelfPriceFen: 990, systemPriceFen: 990, tillPriceFen: 990, ...w })),
  ];
}

describe('price and quality checks 进售价/商品质量检查 over HTTP', () => {
  let t: TestApp;
  let office: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let director: ApiClient;
  let own: number;
  let other: number;

  async function signIn(): Promise<void> {
    office = await t.as('office');
    manager = await t.as('manager');
    otherManager = await t.as('sm-bj002');
    director = await t.as('director');
  }

  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp();
    await signIn();
    own = await idOf(t, 'store', 'code', 'BJ001');
    other = await idOf(t, 'store', 'code', 'BJ002');
  });
  afterAll(async () => {
    clock.set(NOW);
    await t.close();
  });

  it('seeds demo checks once: failed ones re-checked by a later check, so no re-check is left running', async () => {
    process.env['SEED_DEMO_PRICE_CHECKS'] = 'true';
    try {
      const seeded = await t.app.get(DemoPriceChecksSeeder).seed('2026-11-17');
      expect(seeded).toBeGreaterThanOrEqual(6);
      const rows = await t.db.getRepository(PriceCheckEntity).find();
      expect(rows.some((c) => c.accuracyBp < 9800)).toBe(true);
      expect(rows.some((c) => c.overcharges > 0)).toBe(true);
      expect(rows.filter((c) => c.recheckDueAt !== null).every((c) => c.recheckDoneAt !== null && c.recheckDoneById !== null)).toBe(true);
      expect(rows.every((c) => new Date(c.checkedAt).getTime() <= clock.ms())).toBe(true);
      expect(await t.app.get(DemoPriceChecksSeeder).seed('2026-11-17')).toBe(0);
    } finally {
      process.env['SEED_DEMO_PRICE_CHECKS'] = 'false';
      // The rest of the suite writes its own checks.
      await t.db.createQueryBuilder().delete().from(PriceCheckItemEntity).execute();
      await t.db.createQueryBuilder().delete().from(PriceCheckEntity).execute();
    }
  });

  it('97 % opens a re-check and a corrective action for the 店长; in the alert centre; a later check closes the re-check', async () => {
    const res = await office.post('/api/price-checks', {
      storeId: own,
      checkedAt,
      items: items(97, [{ tillPriceFen: 890 }, { systemPriceFen: 1000, tillPriceFen: 890 }, { defectCode: 'unclear_tag' }]),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accuracy: 97, overcharges: 0, undercharges: 2 });
    expect(res.body.recheckDueAt).toBe(new Date(Date.parse(checkedAt) + 30 * 86_400_000).toISOString());
    expect(res.body.correctiveActionIds).toHaveLength(1);
    const actionId = res.body.correctiveActionIds[0] as number;

    const mine = (await manager.get('/api/corrective-actions?pageSize=100')).body as Page<CorrectiveActionResponse>;
    const action = mine.items.find((a) => a.id === actionId) as CorrectiveActionResponse;
    expect(action).toMatchObject({ inspectionId: null, sourceKind: 'price_check', sourceId: res.body.id, status: 'open' });
    expect(action.title).toContain('97%');
    expect(action.itemTitle).toBe(action.title);
    // Another store's 店长 does not see it.
    const theirs = (await otherManager.get('/api/corrective-actions?pageSize=100')).body as Page<CorrectiveActionResponse>;
    expect(theirs.items.some((a) => a.id === actionId)).toBe(false);

    const detail = (await manager.get(`/api/price-checks/${res.body.id}`)).body as PriceCheckResponse;
    expect(detail.items).toHaveLength(100);
    expect(detail.correctiveActions.map((a) => a.id)).toEqual([actionId]);

    // 24 days later: the re-check is due soon for the office, the corrective action overdue for the 店长.
    clock.set('2026-12-12T10:00:00+08:00');
    await signIn();
    const officeAlerts = (await office.get('/api/alerts?mine=true&kind=price_recheck&pageSize=100')).body as Page<AlertItem>;
    expect(officeAlerts.items.some((a) => a.entity === 'price_check' && a.entityId === res.body.id)).toBe(true);
    const managerAlerts = (await manager.get('/api/alerts?mine=true&kind=corrective_action&pageSize=100')).body as Page<AlertItem>;
    expect(managerAlerts.items.some((a) => a.entityId === actionId && a.myPart === 'owner')).toBe(true);
    const notTheirs = (await otherManager.get('/api/alerts?kind=corrective_action&pageSize=100')).body as Page<AlertItem>;
    expect(notTheirs.items.some((a) => a.entityId === actionId)).toBe(false);

    // The re-check: 100 %, closes it and opens nothing.
    const again = await office.post('/api/price-checks', { storeId: own, checkedAt: '2026-12-12T09:00:00+08:00', items: items(20) });
    expect(again.body).toMatchObject({ accuracy: 100, recheckDueAt: null, correctiveActionIds: [] });
    const first = await t.db.getRepository(PriceCheckEntity).findOneByOrFail({ id: res.body.id });
    expect(first.recheckDoneById).toBe(again.body.id);
    const after = (await office.get('/api/alerts?mine=true&kind=price_recheck&pageSize=100')).body as Page<AlertItem>;
    expect(after.items.some((a) => a.entityId === res.body.id)).toBe(false);
    clock.set(NOW);
    await signIn();
  });

  it('100 % opens neither; an overcharge at ≥ 98 % opens both', async () => {
    const clean = await office.post('/api/price-checks', { storeId: other, checkedAt, items: items(50) });
    expect(clean.body).toMatchObject({ accuracy: 100, overcharges: 0, recheckDueAt: null, correctiveActionIds: [] });
    const over = await office.post('/api/price-checks', { storeId: other, checkedAt, items: items(99, [{ tillPriceFen: 1090 }]) });
    expect(over.body.accuracy).toBe(99);
    expect(over.body.overcharges).toBe(1);
    expect(over.body.recheckDueAt).not.toBeNull();
    expect(over.body.correctiveActionIds).toHaveLength(1);
  });

  it('refuses bad input naming the field and saves nothing', async () => {
    const before = await t.db.getRepository(PriceCheckEntity).count();
    const empty = await office.post('/api/price-checks', { storeId: own, checkedAt, items: [] });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body.details)).toContain('items');
    const bad = await office.post('/api/price-checks', {
      storeId: own,
      checkedAt,
      items: [{ sku: 'A1', name: 'x', shelfPriceFen: 1.5, systemPriceFen: -1, tillPriceFen: 100, defectCode: 'nope' }],
    });
    expect(bad.status).toBe(400);
    const fields = (bad.body.details as Array<{ field: string }>).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['items.0.shelfPriceFen', 'items.0.systemPriceFen', 'items.0.defectCode']));
    const unknown = await office.post('/api/price-checks', { storeId: 999999, checkedAt, items: items(1) });
    expect(unknown.status).toBe(400);
    const future = await office.post('/api/price-checks', { storeId: own, checkedAt: '2027-01-01T00:00:00+08:00', items: items(1) });
    expect(future.status).toBe(400);
    expect(await t.db.getRepository(PriceCheckEntity).count()).toBe(before);
  });

  it('price-change import: errors by line and column save nothing; a good file drives risk sampling', async () => {
    const badCsv = [
      '商品编码,商品名称,门店,原价,新价,生效日期',
      'R1,牛奶,BJ001,12.50,13.50,2026-11-10',
      'R2,面包,XX999,abc,5,2026-13-45',
    ].join('\n');
    const bad = await office.upload('/api/price-changes/import', { name: 'bad.csv', content: Buffer.from(badCsv) });
    expect(bad.status).toBe(400);
    const details = bad.body.details as Array<{ line: number; column: string; problem: string }>;
    expect(details.map((d) => [d.line, d.column.slice(0, 1)])).toEqual(
      expect.arrayContaining([
        [3, 'C'],
        [3, 'D'],
        [3, 'F'],
      ]),
    );
    expect(bad.body.message).toMatch(/未导入/);
    expect((await office.get('/api/price-changes')).body).toEqual([]);

    // Semicolons with decimal commas and day-first dates (13.11.2026), 全部 for every store.
    const good = [
      'SKU;name;store;old price;new price;effective date',
      'R1;牛奶;BJ001;12,50;13,50;13.11.2026',
      'R2;面包;全部;4,00;4,50;14/11/2026',
      'R3;旧货;全部;9,90;8,80;01/09/2026',
    ].join('\n');
    const ok = await office.upload('/api/price-changes/import', { name: 'good.csv', content: Buffer.from(good) });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ rows: 3, inserted: 3 });
    const twice = await office.upload('/api/price-changes/import', { name: 'good.csv', content: Buffer.from(good) });
    expect(twice.body).toMatchObject({ inserted: 0, unchanged: 3 });
    const changes = (await office.get('/api/price-changes')).body as Array<{ sku: string; newPriceFen: number; effectiveOn: string }>;
    expect(changes.find((c) => c.sku === 'R1')).toMatchObject({ newPriceFen: 1350, effectiveOn: '2026-11-13' });

    const risk = (await office.post('/api/price-checks/sample', { storeId: own, count: 2, mode: 'risk' })).body as PriceSampleResponse;
    expect(risk.items.map((i) => i.sku).sort()).toEqual(['R1', 'R2']);
    expect(risk.items.every((i) => i.recentChange)).toBe(true);
    const random = (await office.post('/api/price-checks/sample', { storeId: own, count: 200, mode: 'random' }))
      .body as PriceSampleResponse;
    expect(random.items.map((i) => i.sku)).toEqual(expect.arrayContaining(['R1', 'R2', 'R3']));
  });

  it('a cold-chain reading outside its limits opens a corrective action; one within does not', async () => {
    const res = await office.post('/api/quality-checks', {
      storeId: own,
      checkedAt,
      findings: [
        { kind: 'cold_chain', product: '酸奶', quantity: 12, action: 'remove', temperatureC: 8.5, limitMinC: 0, limitMaxC: 4 },
        { kind: 'cold_chain', product: '鲜奶', quantity: 0, action: 'remove', temperatureC: 3, limitMinC: 0, limitMaxC: 4 },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.correctiveActionIds).toHaveLength(1);
    const detail = (await manager.get(`/api/quality-checks/${res.body.id}`)).body as QualityCheckResponse;
    expect(detail.findings.map((f) => [f.outOfLimits, f.correctiveActionId !== null])).toEqual([
      [true, true],
      [false, false],
    ]);
    const mine = (await manager.get('/api/corrective-actions?pageSize=100')).body as Page<CorrectiveActionResponse>;
    expect(mine.items.find((a) => a.id === res.body.correctiveActionIds[0])).toMatchObject({ sourceKind: 'quality_check' });
    const before = await t.db.getRepository(QualityCheckEntity).count();
    const bad = await office.post('/api/quality-checks', {
      storeId: own,
      checkedAt,
      findings: [{ kind: 'cold_chain', product: 'x', quantity: 1, action: 'remove' }],
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.details)).toContain('findings.0.temperatureC');
    expect(await t.db.getRepository(QualityCheckEntity).count()).toBe(before);
  });

  it("an expired item from a named supplier opens the store's corrective action and the supplier's issue, in one write", async () => {
    const supplierId = (await t.db.query('SELECT MIN(id) AS id FROM supplier'))[0].id as number;
    const res = await office.post('/api/quality-checks', {
      storeId: own,
      checkedAt,
      findings: [
        {
          kind: 'expired',
          product: '鲜牛奶 950ml',
          batch: '20261110',
          quantity: 6,
          action: 'return_to_supplier',
          supplierId: Number(supplierId),
        },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.correctiveActionIds).toHaveLength(1);
    expect(res.body.supplierIssueIds).toHaveLength(1);
    const issue = (await office.get(`/api/supplier-issues/${res.body.supplierIssueIds[0]}`)).body;
    expect(issue).toMatchObject({ supplierId: Number(supplierId), storeId: own, kind: 'quality', status: 'open' });
    expect(issue.source).toMatchObject({ kind: 'quality_check', id: res.body.id });
    expect(issue.description).toContain('鲜牛奶');
    // An unknown supplier is refused by field, and neither the check nor an issue is saved.
    const checks = await t.db.getRepository(QualityCheckEntity).count();
    const issues = Number((await t.db.query('SELECT COUNT(*) AS n FROM supplier_issue'))[0].n);
    const bad = await office.post('/api/quality-checks', {
      storeId: own,
      checkedAt,
      findings: [{ kind: 'expired', product: 'x', quantity: 1, action: 'return_to_supplier', supplierId: 999_999 }],
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.details)).toContain('findings.0.supplierId');
    expect(await t.db.getRepository(QualityCheckEntity).count()).toBe(checks);
    expect(Number((await t.db.query('SELECT COUNT(*) AS n FROM supplier_issue'))[0].n)).toBe(issues);
  });

  it("a 店长 reads their own store's checks only: 403 for another store, the list narrowed; cannot write", async () => {
    const mine = await office.post('/api/price-checks', { storeId: own, checkedAt, items: items(3) });
    const theirs = await office.post('/api/price-checks', { storeId: other, checkedAt, items: items(3) });
    expect((await manager.get(`/api/price-checks/${mine.body.id}`)).status).toBe(200);
    expect((await manager.get(`/api/price-checks/${theirs.body.id}`)).status).toBe(403);
    expect((await manager.get(`/api/price-checks?storeId=${other}`)).status).toBe(403);
    const list = (await manager.get('/api/price-checks')).body as Array<{ storeId: number }>;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((c) => c.storeId === own)).toBe(true);
    expect((await manager.post('/api/price-checks', { storeId: own, checkedAt, items: items(1) })).status).toBe(403);
    expect((await director.get('/api/price-checks')).status).toBe(200);
    const q = (await office.get('/api/quality-checks')).body as Array<{ id: number; storeId: number }>;
    const otherQ = q.find((c) => c.storeId !== own);
    if (otherQ) expect((await manager.get(`/api/quality-checks/${otherQ.id}`)).status).toBe(403);
  });
});
