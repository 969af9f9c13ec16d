import sharp from 'sharp';
import { bumpDataVersion, clock, runInTransaction } from '@storeops/api/core';
import { CorrectiveActionEntity } from '@storeops/api/inspections';
import { AlertItem, Page } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

/** Issue 14 §2 and §4, first kind: corrective actions in the 提醒中心, each person's own and only what they may see. */
describe('alerts: the deadline engine over corrective actions', () => {
  let t: TestApp;
  let manager: ApiClient;
  let ops: ApiClient;
  let bj001: number;
  let otherStore: number;
  const actions = () => t.db.getRepository(CorrectiveActionEntity);

  /** Moves a demo action's due time (China time), as if it had been found with another due day. */
  async function due(id: number, local: string): Promise<void> {
    await actions().update({ id }, { dueAt: new Date(`${local}:00+08:00`), status: 'open' });
    await runInTransaction(t.db, (em) => bumpDataVersion(em, 'inspections'));
  }

  const alertsOf = async (client: ApiClient, query = '') => {
    const res = await client.get(`/api/alerts${query}`);
    expect(res.status).toBe(200);
    return res.body as Page<AlertItem>;
  };

  beforeAll(async () => {
    // Wednesday 18 November 2026, 10:00 China time, standing still so working minutes are exact.
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T10:00:00+08:00'));
    t = await startTestApp();
    manager = await t.as('manager');
    ops = await t.as('ops');
    bj001 = await idOf(t, 'store', 'code', 'BJ001');
    otherStore = (await actions().findOneOrFail({ where: {}, order: { storeId: 'DESC' } })).storeId;
    expect(otherStore).not.toBe(bj001);
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  it("puts a store's action due tomorrow and one past due in its 店长's alerts, overdue first, with the badge agreeing", async () => {
    const open = await actions().find({ where: { storeId: bj001 }, order: { id: 'ASC' }, take: 2 });
    expect(open).toHaveLength(2);
    // Everything else of BJ001 falls due far ahead, so the two are the store's only alerts.
    await actions().update({ storeId: bj001 }, { dueAt: new Date('2027-06-30T10:00:00+08:00') });
    await due(open[0].id, '2026-11-19T10:00');
    await due(open[1].id, '2026-11-16T18:00');

    const mine = await alertsOf(manager, '?mine=true');
    expect(mine.items.map((a) => [a.key, a.status, a.workingMinutesLeft])).toEqual([
      [`corrective_action:${open[1].id}`, 'overdue', -(8 + 1) * 60], // Tuesday 09:00–18:00 and Wednesday 09:00–10:00
      [`corrective_action:${open[0].id}`, 'due_soon', 8 * 60],
    ]);
    expect(mine.items[0]).toMatchObject({ kind: 'corrective_action', entity: 'corrective_action', storeId: bj001, ownerId: null });
    expect(mine.items[0].title).toBeTruthy();
    expect(mine.items[0].dueAt).toBe('2026-11-16T10:00:00.000Z');
    expect((await manager.get('/api/alerts/count')).body).toEqual({ total: 2, overdue: 1 });
  });

  it('shows a 店长 only their own store, whatever the query asks for', async () => {
    const other = await actions().findOneOrFail({ where: { storeId: otherStore }, order: { id: 'ASC' } });
    await due(other.id, '2026-11-17T10:00');
    const asked = await alertsOf(manager, `?storeId=${otherStore}`);
    expect(asked.total).toBe(0);
    expect((await alertsOf(manager)).items.every((a) => a.storeId === bj001)).toBe(true);

    // The other store's own 店长 sees it, and not BJ001's.
    const admin = await t.as('admin');
    const created = await admin.post('/api/users', {
      username: 'alerts-manager',
      displayName: '提醒测试店长',
      role: 'store_manager',
      password: 'Shop-Keeper-2026x',
      storeId: otherStore,
    });
    expect([created.status, created.body.details]).toEqual([201, undefined]);
    const theirs = await alertsOf(await t.as('alerts-manager', 'Shop-Keeper-2026x'), '?mine=true');
    expect(theirs.items.map((a) => a.key)).toContain(`corrective_action:${other.id}`);
    expect(theirs.items.every((a) => a.storeId === otherStore)).toBe(true);
  });

  it('lets the 营运部长 see every store; his own are only those escalated to him or his to verify; a buyer sees no corrective action', async () => {
    const all = await alertsOf(ops, '?pageSize=100');
    expect(all.items.some((a) => a.storeId === bj001) && all.items.some((a) => a.storeId === otherStore)).toBe(true);
    const mine = await alertsOf(ops, '?mine=true&kind=corrective_action&pageSize=100');
    expect(mine.total).toBeGreaterThan(0);
    // Fixing is the 店长's: what reaches the 营运部长 has climbed the ladder, or is an inspection of his to verify.
    for (const a of mine.items) {
      expect(a.myPart === 'escalated' ? a.escalationLevel >= 1 : a.myPart === 'approver' && a.key.endsWith(':verify')).toBe(true);
    }
    const count = (await ops.get('/api/alerts/count')).body;
    expect(count.total).toBe((await alertsOf(ops, '?mine=true')).total);
    const buyer = await t.as('buyer');
    expect((await alertsOf(buyer, '?kind=corrective_action')).total).toBe(0);
    expect((await alertsOf(buyer, '?pageSize=100')).items.some((a) => a.kind === 'corrective_action' || a.kind === 'inspection_plan')).toBe(
      false,
    );
  });

  it('filters by kind, store and status, and pages', async () => {
    const overdue = await alertsOf(ops, `?storeId=${bj001}&status=overdue&kind=corrective_action`);
    expect(overdue.items.map((a) => a.status)).toEqual(['overdue']);
    const page = await alertsOf(ops, '?pageSize=1&page=2');
    expect(page).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(page.total >= 2 ? 1 : 0);
    expect((await alertsOf(ops, '?kind=licence')).total).toBe(0);
  });

  it('refuses unknown kinds, statuses and fields with 400 naming the field', async () => {
    for (const [query, field] of [
      ['?kind=birthday', 'kind'],
      ['?status=late', 'status'],
      ['?storeId=abc', 'storeId'],
      ['?mine=yes', 'mine'],
      ['?owner=me', 'owner'],
    ]) {
      const res = await ops.get(`/api/alerts${query}`);
      expect({ query, status: res.status, field: res.body.details?.[0]?.field }).toEqual({ query, status: 400, field });
    }
  });

  it('drops an action from the alerts once the 店长 has closed it', async () => {
    const [first] = (await alertsOf(manager, '?mine=true')).items;
    const content = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#3c3' } })
      .jpeg()
      .toBuffer();
    const photo = await manager.upload('/api/photos', { name: 'fixed.jpg', content });
    expect(photo.status).toBe(201);
    const closed = await manager.post(`/api/corrective-actions/${first.entityId}/close`, { note: '已整改', photoId: photo.body.id });
    expect(closed.status).toBe(200);
    const after = await alertsOf(manager, '?mine=true');
    expect(after.items.map((a) => a.key)).not.toContain(first.key);
    expect((await manager.get('/api/alerts/count')).body.total).toBe(after.total);
  });
});
