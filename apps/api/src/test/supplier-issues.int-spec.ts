import { clock } from '@storeops/api/core';
import {
  ContractClauseEntity,
  ContractEntity,
  DemoSupplierIssuesSeeder,
  SupplierEntity,
  SupplierIssueEntity,
  SupplierIssueEventEntity,
  SupplierIssuesPort,
} from '@storeops/api/suppliers';
import {
  AlertItem,
  ALL_ROLES,
  Page,
  Role,
  SupplierIssueListItem,
  SupplierIssueResponse,
  SupplierScorecardRow,
} from '@storeops/shared/contracts';
import { ApiClient, DEMO_USERNAMES, idOf, startTestApp, TestApp } from './test-app';

const NOW = '2026-11-18T10:00:00+08:00';
/** The clock runs on from where it is set: instants compare to the minute. */
const minute = (iso: string) => new Date(iso).toISOString().slice(0, 16);
/** A Friday: two working days later is the Tuesday after the weekend. */
const FRIDAY = '2026-11-20T10:00:00+08:00';

describe('supplier issues 供应商问题 over HTTP', () => {
  let t: TestApp;
  const as = new Map<Role, ApiClient>();
  let office: ApiClient;
  let buyer: ApiClient;
  let director: ApiClient;
  let manager: ApiClient;
  let ownStore: number;
  let otherStore: number;
  /** An active supplier with a signed contract (demo clauses name no 整改期限), and one with no contract at all. */
  let supplierId: number;
  let plainContract: { id: number; number: string };
  let clauseContract: number;
  let clauseId: number;
  let idleSupplier: number;

  async function signIn(): Promise<void> {
    for (const role of ALL_ROLES) as.set(role, await t.as(DEMO_USERNAMES[role]));
    office = as.get(Role.AdminOffice) as ApiClient;
    buyer = as.get(Role.Buyer) as ApiClient;
    director = as.get(Role.Director) as ApiClient;
    manager = as.get(Role.StoreManager) as ApiClient;
  }
  async function travel(at: string): Promise<void> {
    clock.set(at);
    await signIn();
  }

  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp();
    await signIn();
    ownStore = await idOf(t, 'store', 'code', 'BJ001');
    otherStore = await idOf(t, 'store', 'code', 'BJ002');
    const contracts = await t.db.getRepository(ContractEntity).find({ where: { status: 'signed' }, order: { id: 'ASC' } });
    const all = await t.db.getRepository(ContractEntity).find({ order: { id: 'ASC' } });
    const bySupplier = new Map<number, ContractEntity[]>();
    for (const c of [...contracts, ...all.filter((c) => c.status !== 'signed')])
      bySupplier.set(c.supplierId, [...(bySupplier.get(c.supplierId) ?? []), c]);
    const [sid, own] = [...bySupplier].find(([, cs]) => cs.length >= 2) ?? [...bySupplier][0];
    supplierId = sid;
    plainContract = { id: own[0].id, number: own[0].number };
    clauseContract = (own[1] ?? own[0]).id;
    // A rectification clause on the second contract: 3 working days to fix.
    const clause = await t.db.getRepository(ContractClauseEntity).save({
      contractId: clauseContract,
      position: 9,
      text: '质量问题整改',
      commitment: '接到通知 3 个工作日内整改完毕',
    });
    clauseId = clause.id;
    const withContracts = new Set((await t.db.getRepository(ContractEntity).find()).map((c) => c.supplierId));
    const idle = (await t.db.getRepository(SupplierEntity).find({ order: { id: 'ASC' } })).find((s) => !withContracts.has(s.id));
    idleSupplier = (idle as SupplierEntity).id;
  });
  afterAll(async () => {
    clock.set(NOW);
    await t?.close();
  });
  afterEach(async () => {
    clock.set(NOW);
    await signIn();
  });

  const raise = (client: ApiClient, patch: Record<string, unknown> = {}) =>
    client.post('/api/supplier-issues', { supplierId, kind: 'short_delivery', description: '11 月到货短缺 20 箱', ...patch });
  const act = async (client: ApiClient, id: number, action: string, note?: string) => {
    const current = (await office.get(`/api/supplier-issues/${id}`)).body as SupplierIssueResponse;
    return client.post(`/api/supplier-issues/${id}/transitions`, { action, version: current.version, ...(note ? { note } : {}) });
  };

  it('seeds a few verified demo issues once, each with its timeline, none left running', async () => {
    process.env['SEED_DEMO_SUPPLIER_ISSUES'] = 'true';
    try {
      const seeded = await t.app.get(DemoSupplierIssuesSeeder).seed('2026-11-17');
      expect(seeded).toBeGreaterThanOrEqual(4);
      const rows = await t.db.getRepository(SupplierIssueEntity).find();
      expect(rows.every((i) => i.status === 'verified' && i.verifiedAt !== null)).toBe(true);
      // Responses both on time and late, so the scorecard has something to show.
      const late = rows.filter((i) => new Date(i.firstRespondedAt as Date).getTime() > new Date(i.firstResponseDueAt).getTime());
      expect(late.length).toBeGreaterThan(0);
      expect(late.length).toBeLessThan(rows.length);
      const first = (await office.get(`/api/supplier-issues/${rows[0].id}`)).body as { timeline: Array<{ action: string }> };
      expect(first.timeline.map((e) => e.action)).toEqual(['create', 'respond', 'fix', 'verify']);
      expect(await t.app.get(DemoSupplierIssuesSeeder).seed('2026-11-17')).toBe(0);
    } finally {
      process.env['SEED_DEMO_SUPPLIER_ISSUES'] = 'false';
      await t.db.createQueryBuilder().delete().from(SupplierIssueEventEntity).execute();
      await t.db.createQueryBuilder().delete().from(SupplierIssueEntity).execute();
    }
  });

  it('raised on a Friday, the supplier answers by Tuesday (working days), fixes in the default 7 without a clause', async () => {
    await travel(FRIDAY);
    const res = await raise(office, { contractId: plainContract.id, storeId: ownStore });
    expect(res.status).toBe(201);
    const issue = res.body as SupplierIssueResponse;
    expect(issue).toEqual(
      expect.objectContaining({
        status: 'open',
        supplierId,
        contractId: plainContract.id,
        contractNumber: plainContract.number,
        storeId: ownStore,
        source: { kind: 'manual', id: null },
        responseDueAt: expect.stringContaining(minute('2026-11-24T10:00:00+08:00')),
        fixDays: 7,
        fixClauseId: null,
        // Fri + 7 working days: Mon 23 … Tue 1 December.
        fixDueAt: expect.stringContaining(minute('2026-12-01T10:00:00+08:00')),
        round: 1,
        overdue: false,
        allowedActions: ['respond', 'escalate'],
      }),
    );
    expect(issue.timeline.map((e) => e.action)).toEqual(['create']);
    clock.set(NOW);
  });

  it("takes the fix deadline from the contract clause's 整改期限", async () => {
    const res = await raise(buyer, { contractId: clauseContract, kind: 'quality' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        fixDays: 3,
        fixClauseId: clauseId,
        responseDueAt: expect.stringContaining(minute('2026-11-20T10:00:00+08:00')),
        fixDueAt: expect.stringContaining(minute('2026-11-23T10:00:00+08:00')),
      }),
    );
  });

  it('goes open → responded → fixed → verified, each step on the timeline; wrong state is 409 naming the allowed', async () => {
    const id = ((await raise(office)).body as SupplierIssueResponse).id;
    const early = await act(office, id, 'verify');
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('supplier_issue.wrong_state');
    expect(JSON.stringify(early.body)).toContain('登记回复');
    expect((await act(office, id, 'respond')).status).toBe(400); // the note is required
    expect((await act(buyer, id, 'respond', '供应商确认短缺，周五补货')).status).toBe(201);
    expect((await act(buyer, id, 'fix', '已补货 20 箱')).status).toBe(201);
    const byBuyer = await act(buyer, id, 'verify');
    expect(byBuyer.status).toBe(403);
    const verified = await act(office, id, 'verify');
    expect(verified.status).toBe(201);
    const body = verified.body as SupplierIssueResponse;
    expect(body.status).toBe('verified');
    expect(body.timeline.map((e) => [e.action, e.toStatus])).toEqual([
      ['create', 'open'],
      ['respond', 'responded'],
      ['fix', 'fixed'],
      ['verify', 'verified'],
    ]);
    expect(body.timeline[1].note).toBe('供应商确认短缺，周五补货');
    expect(body.allowedActions).toEqual(['reopen']);
    // A stale version is refused.
    const stale = await office.post(`/api/supplier-issues/${id}/transitions`, { action: 'reopen', note: 'x', version: 1 });
    expect(stale.status).toBe(409);
    // Reopened: a new round with new deadlines.
    const reopened = await act(office, id, 'reopen', '复查仍短缺');
    expect(reopened.body).toEqual(expect.objectContaining({ status: 'open', round: 2, respondedAt: null, fixedAt: null }));
  });

  it('escalates to the director, who then sees it in the alert centre and may move it on', async () => {
    const id = ((await raise(buyer, { kind: 'conduct' })).body as SupplierIssueResponse).id;
    const escalated = await act(buyer, id, 'escalate', '供应商拒不回复');
    expect(escalated.status).toBe(201);
    expect(escalated.body).toEqual(expect.objectContaining({ status: 'escalated' }));
    expect((await director.get(`/api/supplier-issues/${id}`)).body.allowedActions).toEqual(['respond', 'fix']);
    await travel('2026-11-20T09:00:00+08:00');
    const alerts = (await director.get('/api/alerts?mine=true&kind=supplier_issue&pageSize=100')).body as Page<AlertItem>;
    expect(alerts.items.some((a) => a.entityId === id && a.key === `supplier_issue:${id}:response:1` && a.myPart === 'owner')).toBe(true);
    clock.set(NOW);
    await signIn();
    expect((await act(director, id, 'respond', '总监约谈后已回复')).status).toBe(201);
  });

  it("puts an unanswered issue in the raiser's side's alert list, and past the ladder in the director's", async () => {
    const byOffice = ((await raise(office, { kind: 'invoice' })).body as SupplierIssueResponse).id;
    const byBuyer = ((await raise(buyer, { kind: 'price' })).body as SupplierIssueResponse).id;
    // Due Friday 10:00; Tuesday 11:00 is two working days past it.
    await travel('2026-11-24T11:00:00+08:00');
    const mine = async (client: ApiClient) =>
      ((await client.get('/api/alerts?mine=true&kind=supplier_issue&pageSize=100')).body as Page<AlertItem>).items;
    const officeItems = await mine(office);
    const buyerItems = await mine(buyer);
    expect(officeItems.find((a) => a.key === `supplier_issue:${byOffice}:response:1`)).toEqual(
      expect.objectContaining({ status: 'overdue', myPart: 'owner' }),
    );
    expect(officeItems.some((a) => a.entityId === byBuyer)).toBe(false);
    expect(buyerItems.find((a) => a.key === `supplier_issue:${byBuyer}:response:1`)).toEqual(
      expect.objectContaining({ status: 'overdue', myPart: 'owner' }),
    );
    const directorItems = await mine(director);
    expect(directorItems.find((a) => a.key === `supplier_issue:${byOffice}:response:1`)).toEqual(
      expect.objectContaining({ myPart: 'escalated', escalationLevel: 1 }),
    );
    // The list marks it overdue; a 店长 sees no supplier-issue alerts at all.
    const listed = (await office.get(`/api/supplier-issues?supplierId=${supplierId}&status=open&pageSize=100`))
      .body as Page<SupplierIssueListItem>;
    expect(listed.items.find((i) => i.id === byOffice)?.overdue).toBe(true);
    expect(((await manager.get('/api/alerts?kind=supplier_issue')).body as Page<AlertItem>).items).toEqual([]);
    clock.set(NOW);
    await signIn();
  });

  it('lets a 店长 read only the issues that name their store', async () => {
    const own = ((await raise(office, { storeId: ownStore })).body as SupplierIssueResponse).id;
    const other = ((await raise(office, { storeId: otherStore })).body as SupplierIssueResponse).id;
    const none = ((await raise(office)).body as SupplierIssueResponse).id;
    expect((await manager.get(`/api/supplier-issues/${own}`)).status).toBe(200);
    expect((await manager.get(`/api/supplier-issues/${other}`)).status).toBe(403);
    expect((await manager.get(`/api/supplier-issues/${none}`)).status).toBe(403);
    const list = (await manager.get('/api/supplier-issues?pageSize=100')).body as Page<SupplierIssueListItem>;
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.storeId === ownStore)).toBe(true);
    expect((await manager.get(`/api/supplier-issues?storeId=${otherStore}`)).status).toBe(403);
    expect((await manager.post(`/api/supplier-issues/${own}/transitions`, { action: 'respond', note: 'x', version: 1 })).status).toBe(403);
    expect((await raise(manager)).status).toBe(403);
    expect((await as.get(Role.OpsManager)?.get('/api/supplier-issues'))?.status).toBe(403);
  });

  it('counts issues in the scorecard; a month without any activity is not scored', async () => {
    // The idle supplier has no contract: last month it had no activity at all.
    const idleBefore = (await office.get(`/api/suppliers/${idleSupplier}/scorecards`)).body as SupplierScorecardRow[];
    const october = idleBefore.find((r) => r.period === '2026-10') as SupplierScorecardRow;
    expect(october).toEqual(
      expect.objectContaining({ issuesRaised: null, issuesRespondedOnTime: null, issueResponseOnTimeRate: null, score: null }),
    );
    const idleIssue = ((await raise(office, { supplierId: idleSupplier, kind: 'other' })).body as SupplierIssueResponse).id;
    expect((await act(office, idleIssue, 'respond', '已回复')).status).toBe(201);
    const idleAfter = (await office.get(`/api/suppliers/${idleSupplier}/scorecards`)).body as SupplierScorecardRow[];
    expect(idleAfter.find((r) => r.period === '2026-11')).toEqual(
      expect.objectContaining({ issuesRaised: 1, issuesRespondedOnTime: 1, issuesRespondedLate: 0, issueResponseOnTimeRate: 1 }),
    );
    expect(idleAfter.find((r) => r.period === '2026-10')?.issuesRaised).toBeNull();
    // The supplier with contracts: this month's issues counted (on time, late and not yet due apart).
    const rows = (await office.get(`/api/suppliers/${supplierId}/scorecards`)).body as SupplierScorecardRow[];
    const november = rows.find((r) => r.period === '2026-11') as SupplierScorecardRow;
    const raised = await t.db.getRepository(SupplierIssueEntity).countBy({ supplierId });
    expect(november.issuesRaised).toBe(raised);
    expect(november.contractsInForce).toBeGreaterThan(0);
    expect((november.issuesRespondedOnTime ?? 0) + (november.issuesRespondedLate ?? 0)).toBeLessThanOrEqual(raised);
    expect(november.issuesRespondedOnTime).toBeGreaterThanOrEqual(2);
  });

  it('refuses bad input and saves nothing', async () => {
    const before = await t.db.getRepository(SupplierIssueEntity).count();
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ kind: 'late' }, 400, 'kind'],
      [{ description: '   ' }, 400, 'description'],
      [{ supplierId: 999_999 }, 400, 'supplierId'],
      [{ contractId: 999_999 }, 400, 'contractId'],
      [{ storeId: 999_999 }, 400, 'storeId'],
      [{ source: { kind: 'quality_check' } }, 400, 'source.id'],
      [{ source: { kind: 'audit', id: 1 } }, 400, 'source'],
      [{ extra: 1 }, 400, 'extra'],
    ];
    for (const [patch, status, field] of cases) {
      const res = await raise(office, patch);
      expect({ patch, status: res.status }).toEqual({ patch, status });
      expect(JSON.stringify(res.body)).toContain(field);
    }
    // Another supplier's contract.
    const foreign = await t.db.getRepository(ContractEntity).findOne({ where: {}, order: { id: 'DESC' } });
    if (foreign && foreign.supplierId !== idleSupplier) {
      const res = await raise(office, { supplierId: idleSupplier, contractId: foreign.id });
      expect(res.status).toBe(400);
      expect(res.body.details[0].message ?? JSON.stringify(res.body)).toContain('不属于该供应商');
    }
    expect(await t.db.getRepository(SupplierIssueEntity).count()).toBe(before);
    const id = ((await raise(office)).body as SupplierIssueResponse).id;
    const version = (await office.get(`/api/supplier-issues/${id}`)).body.version as number;
    expect((await office.post(`/api/supplier-issues/${id}/transitions`, { action: 'close', version })).status).toBe(400);
    expect((await office.post(`/api/supplier-issues/${id}/transitions`, { action: 'respond', note: 'x' })).status).toBe(400);
    expect((await office.get('/api/supplier-issues/999999')).status).toBe(404);
    expect((await office.get('/api/supplier-issues?status=closed')).status).toBe(400);
  });

  it('uses the office settings for new issues, and raises through the port inside a caller transaction', async () => {
    expect((await buyer.put('/api/supplier-issue-settings', { responseWorkingDays: 1, fixWorkingDays: 5 })).status).toBe(403);
    const saved = await office.put('/api/supplier-issue-settings', { responseWorkingDays: 1, fixWorkingDays: 5 });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(expect.objectContaining({ responseWorkingDays: 1, fixWorkingDays: 5, updatedBy: 'office' }));
    const res = await raise(office);
    expect(res.body).toEqual(
      expect.objectContaining({
        responseDueAt: expect.stringContaining(minute('2026-11-19T10:00:00+08:00')),
        fixDays: 5,
        fixDueAt: expect.stringContaining(minute('2026-11-25T10:00:00+08:00')),
      }),
    );
    await office.put('/api/supplier-issue-settings', { responseWorkingDays: 2, fixWorkingDays: 7 });

    const port = t.app.get(SupplierIssuesPort);
    const raised = await t.db.transaction((em) =>
      port.raise(
        {
          supplierId,
          kind: 'quality',
          description: '抽检发现临期商品',
          storeId: ownStore,
          source: { kind: 'quality_check', id: 42 },
          raisedBy: { id: null, username: 'office', role: Role.AdminOffice },
        },
        em,
      ),
    );
    expect(raised).toEqual(expect.objectContaining({ source: { kind: 'quality_check', id: 42 }, status: 'open', storeId: ownStore }));
    expect((await manager.get(`/api/supplier-issues/${raised.id}`)).status).toBe(200);
  });
});
