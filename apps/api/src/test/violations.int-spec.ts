import { clock } from '@storeops/api/core';
import { DemoViolationsSeeder, ViolationEntity } from '@storeops/api/ledger';
import { Role, StoreRankingResponse, ViolationResponse, ViolationRuleResponse } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

const NOW = '2026-11-18T10:00:00+08:00';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe('violations 违纪 over HTTP', () => {
  let t: TestApp;
  let office: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let ops: ApiClient;
  let director: ApiClient;
  let own: number;
  let other: number;
  let managerId: number;

  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp();
    office = await t.as('office');
    manager = await t.as('manager');
    // The demo chain has a 店长 for every store: sm-bj002 is BJ002's.
    otherManager = await t.as('sm-bj002');
    ops = await t.as('ops');
    director = await t.as('director');
    own = await idOf(t, 'store', 'code', 'BJ001');
    other = await idOf(t, 'store', 'code', 'BJ002');
    managerId = await idOf(t, 'app_user', 'username', 'manager');
  });
  afterAll(async () => {
    clock.set(NOW);
    await t.close();
  });

  const record = async (body: Record<string, unknown>, client: ApiClient = office) => {
    const res = await client.post('/api/violations', {
      subjectType: 'store',
      subjectId: own,
      ruleCode: 'WJ-001',
      facts: '早班集体迟到',
      ...body,
    });
    expect([res.status, res.body.message]).toEqual([201, undefined]);
    return res.body as ViolationResponse;
  };
  const count = () => t.db.getRepository(ViolationEntity).count();

  describe('the demo year', () => {
    it('seeds a small set of store violations over the year once, with repeat offences on higher steps', async () => {
      process.env['SEED_DEMO_VIOLATIONS'] = 'true';
      try {
        const seeded = await t.app.get(DemoViolationsSeeder).seed('2026-11-17');
        expect(seeded).toBeGreaterThanOrEqual(10);
        const rows = await t.db.getRepository(ViolationEntity).find();
        expect(Math.max(...rows.map((v) => v.priorCount))).toBeGreaterThanOrEqual(2);
        expect(new Set(rows.map((v) => v.status)).size).toBeGreaterThanOrEqual(4);
        expect(rows.every((v) => new Date(v.occurredAt).getTime() <= clock.ms())).toBe(true);
        expect(await t.app.get(DemoViolationsSeeder).seed('2026-11-17')).toBe(0);
      } finally {
        process.env['SEED_DEMO_VIOLATIONS'] = 'false';
        // The rest of the suite writes its own history.
        await t.db.getRepository(ViolationEntity).clear();
      }
    });
  });

  describe('the rule book', () => {
    it('is seeded with WJ-001 … and progressive steps; the office adds and edits rules with a version check', async () => {
      const rules = (await manager.get('/api/violation-rules')).body as ViolationRuleResponse[];
      expect(rules.length).toBeGreaterThanOrEqual(10);
      expect(rules[0]).toMatchObject({
        code: 'WJ-001',
        category: 'attendance',
        steps: [{ kind: 'verbal_warning' }, { kind: 'written_warning' }, { kind: 'fine', amountFen: 10_000 }, { kind: 'demotion' }],
      });
      const created = await office.post('/api/violation-rules', {
        code: 'WJ-100',
        title: '私自调价',
        category: 'pricing',
        description: '未经批准修改系统售价',
        steps: [{ kind: 'written_warning' }, { kind: 'fine', amountFen: 50_000 }],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ code: 'WJ-100', version: 1, active: true });
      const dup = await office.post('/api/violation-rules', { ...created.body, id: undefined, version: undefined, active: undefined });
      expect(dup.status).toBe(400);
      const taken = await office.post('/api/violation-rules', {
        code: 'WJ-100',
        title: '重复',
        category: 'pricing',
        description: '重复',
        steps: [{ kind: 'verbal_warning' }],
      });
      expect([taken.status, taken.body.details[0].field]).toEqual([400, 'code']);
      const fineWithout = await office.post('/api/violation-rules', {
        code: 'WJ-101',
        title: '罚款无金额',
        category: 'cash',
        description: '罚款须有金额',
        steps: [{ kind: 'fine' }],
      });
      expect([fineWithout.status, fineWithout.body.details[0].field]).toEqual([400, 'steps.0.amountFen']);
      expect(fineWithout.body.details[0].problem).toContain('罚款');
      const id = created.body.id;
      const stale = await office.patch(`/api/violation-rules/${id}`, { title: '私自改价', version: 9 });
      expect(stale.status).toBe(409);
      const edited = await office.patch(`/api/violation-rules/${id}`, { active: false, version: 1 });
      expect(edited.body).toMatchObject({ active: false, version: 2 });
      // A retired rule takes no new violation.
      const retired = await office.post('/api/violations', {
        subjectType: 'store',
        subjectId: own,
        ruleCode: 'WJ-100',
        occurredAt: '2026-11-01T10:00:00+08:00',
        facts: '改价',
      });
      expect([retired.status, retired.body.details[0].field]).toEqual([400, 'ruleCode']);
      expect((await manager.post('/api/violation-rules', {})).status).toBe(403);
    });
  });

  let first: ViolationResponse;
  let second: ViolationResponse;

  describe('the penalty proposed from the history within 12 months', () => {
    it('a store second violation of the same rule proposes the next step; one 13 months later goes back to the first', async () => {
      first = await record({ occurredAt: '2025-06-10T08:30:00+08:00' });
      expect(first).toMatchObject({
        priorCount: 0,
        proposedPenalty: { step: 0, kind: 'verbal_warning' },
        status: 'proposed',
        storeId: own,
      });
      second = await record({ occurredAt: '2025-09-10T08:30:00+08:00' });
      expect(second).toMatchObject({ priorCount: 1, proposedPenalty: { step: 1, kind: 'written_warning' } });
      // Another rule, or another subject, has its own history.
      const otherRule = await record({ occurredAt: '2025-09-11T08:30:00+08:00', ruleCode: 'WJ-002' });
      expect(otherRule.priorCount).toBe(0);
      const otherStore = await record({ occurredAt: '2025-09-11T08:30:00+08:00', subjectId: other });
      expect(otherStore.priorCount).toBe(0);
      // The preview says what recording would propose, and saves nothing.
      const before = await count();
      const preview = await office.get(
        `/api/violations/preview?subjectType=store&subjectId=${own}&ruleCode=WJ-001&occurredAt=2025-12-01T09:00:00%2B08:00`,
      );
      expect(preview.body).toMatchObject({ priorCount: 2, proposedPenalty: { step: 2, kind: 'fine', amountFen: 10_000 }, storeId: own });
      expect(await count()).toBe(before);
      // 13 months after the second (and 16 after the first): nothing within 12 months → the first step again.
      const later = await record({ occurredAt: '2026-10-15T08:30:00+08:00' });
      expect(later).toMatchObject({ priorCount: 0, proposedPenalty: { step: 0, kind: 'verbal_warning' } });
      // The POST answers the contract's three fields.
      expect(Object.keys(later)).toEqual(expect.arrayContaining(['id', 'proposedPenalty', 'priorCount']));
    });
  });

  describe('who sees a store violation', () => {
    it('its own 店长 in the list and the detail; another 店长 gets 403 on both; the heads read all', async () => {
      const list = await manager.get(`/api/violations?storeId=${own}&pageSize=100`);
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ page: 1, pageSize: 100 });
      expect(list.body.items.map((v: { id: number }) => v.id)).toEqual(expect.arrayContaining([first.id, second.id]));
      expect(list.body.items.every((v: { storeId: number }) => v.storeId === own)).toBe(true);
      const mine = await manager.get(`/api/violations/${first.id}`);
      expect(mine.status).toBe(200);
      expect(mine.body).toMatchObject({
        subjectType: 'store',
        storeCode: 'BJ001',
        ruleTitle: '上班迟到早退',
        appealerRole: 'store_manager',
      });

      expect((await otherManager.get(`/api/violations?storeId=${own}`)).status).toBe(403);
      expect((await otherManager.get(`/api/violations/${first.id}`)).status).toBe(403);
      const theirs = (await otherManager.get('/api/violations?pageSize=100')).body.items as Array<{ storeId: number }>;
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.every((v) => v.storeId === other)).toBe(true);
      // Scoped even without a filter: the manager's unfiltered list has no other store's.
      const unfiltered = (await manager.get('/api/violations?pageSize=100')).body.items as Array<{ storeId: number }>;
      expect(unfiltered.every((v) => v.storeId === own)).toBe(true);

      expect((await director.get(`/api/violations/${first.id}`)).status).toBe(200);
      expect((await ops.get(`/api/violations?storeId=${other}`)).body.total).toBeGreaterThan(0);
      expect((await director.get('/api/violations?subjectType=store&status=proposed')).body.total).toBeGreaterThanOrEqual(4);
      expect((await office.get('/api/violations/999999')).status).toBe(404);
    });

    it('the list narrows to the China days a violation occurred on (from the first day, through the last)', async () => {
      const ids = async (q: string) =>
        ((await office.get(`/api/violations?storeId=${own}&pageSize=100&${q}`)).body.items as Array<{ id: number }>).map((v) => v.id);
      // first: 2025-06-10 08:30, second: 2025-09-10 08:30 (China time).
      expect(await ids('from=2025-06-10&to=2025-06-10')).toEqual([first.id]);
      expect(await ids('from=2025-06-11&to=2025-09-10')).toEqual([second.id]);
      expect(await ids('from=2025-09-12&to=2025-09-30')).toEqual([]);
      expect((await office.get('/api/violations?from=yesterday')).status).toBe(400);
    });

    it("a person's violation belongs to their store; a department's to no store (a 店长 cannot read it)", async () => {
      const person = await record({
        subjectType: 'person',
        subjectId: managerId,
        ruleCode: 'WJ-002',
        occurredAt: '2026-10-20T15:00:00+08:00',
      });
      expect(person).toMatchObject({ storeId: own, subjectName: expect.any(String), appealerRole: 'ops_manager' });
      expect((await manager.get(`/api/violations/${person.id}`)).status).toBe(200);
      expect((await otherManager.get(`/api/violations/${person.id}`)).status).toBe(403);
      const departments = (await office.get('/api/violation-departments')).body as Array<{ id: number; code: string; headRole: Role }>;
      const opsDept = departments.find((d) => d.code === 'OPS') as { id: number };
      expect(opsDept).toMatchObject({ headRole: 'ops_manager' });
      const dept = await record({
        subjectType: 'department',
        subjectId: opsDept.id,
        ruleCode: 'WJ-010',
        occurredAt: '2026-11-02T10:00:00+08:00',
      });
      expect(dept).toMatchObject({ storeId: null, subjectName: '营运部', appealerRole: 'ops_manager' });
      expect((await manager.get(`/api/violations/${dept.id}`)).status).toBe(403);
      expect((await ops.get(`/api/violations/${dept.id}`)).status).toBe(200);
      const people = (await office.get('/api/violation-subjects?subjectType=person&q=manager')).body as Array<{
        id: number;
        storeId: number;
      }>;
      expect(people.find((p) => p.id === managerId)).toMatchObject({ storeId: own });
      const stores = (await office.get('/api/violation-subjects?subjectType=store&q=BJ001')).body;
      expect(stores).toEqual([expect.objectContaining({ subjectType: 'store', id: own, storeId: own })]);
    });
  });

  describe('approval and one appeal', () => {
    it('the office approves; the store 店长 appeals once; the office overturns; an overturned one no longer counts', async () => {
      expect((await manager.post(`/api/violations/${first.id}/appeal`, { reason: '当天暴雨', version: 1 })).status).toBe(409);
      expect((await manager.post(`/api/violations/${first.id}/approve`, { version: 1 })).status).toBe(403);
      expect((await office.post(`/api/violations/${first.id}/approve`, { version: 7 })).status).toBe(409);
      const approved = await office.post(`/api/violations/${first.id}/approve`, { version: 1, comment: '属实' });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'approved', approvedBy: 'office', canApprove: false });
      expect((await office.post(`/api/violations/${first.id}/approve`, { version: 2 })).status).toBe(409);
      const seen = (await manager.get(`/api/violations/${first.id}`)).body as ViolationResponse;
      expect(seen.canAppeal).toBe(true);
      // Another store's 店长 is not the subject's manager, and cannot even see it.
      expect((await otherManager.post(`/api/violations/${first.id}/appeal`, { reason: '不服', version: 2 })).status).toBe(403);
      // The 营运部长 is not this store's manager either.
      const wrongManager = await ops.post(`/api/violations/${first.id}/appeal`, { reason: '不服', version: 2 });
      expect(wrongManager.status).toBe(403);
      const appealed = await manager.post(`/api/violations/${first.id}/appeal`, { reason: '当天暴雨\n交通中断', version: 2 });
      expect(appealed.status).toBe(200);
      expect(appealed.body).toMatchObject({ status: 'appealed', appeal: { reason: '当天暴雨\n交通中断', by: 'manager', decision: null } });
      const again = await manager.post(`/api/violations/${first.id}/appeal`, { reason: '再申诉', version: 3 });
      expect([again.status, again.body.message]).toEqual([409, '每条违纪记录只能申诉一次']);
      expect((await manager.post(`/api/violations/${first.id}/decide-appeal`, { decision: 'overturn', version: 3 })).status).toBe(403);
      const decided = await office.post(`/api/violations/${first.id}/decide-appeal`, {
        decision: 'overturn',
        comment: '天气原因',
        version: 3,
      });
      expect(decided.body).toMatchObject({
        status: 'overturned',
        appeal: { decision: 'overturn', decidedBy: 'office', comment: '天气原因' },
      });
      const afterDecision = await manager.post(`/api/violations/${first.id}/appeal`, { reason: '再申诉', version: 4 });
      expect(afterDecision.status).toBe(409);
      // The overturned first no longer counts: a violation after the second sees one prior, not two.
      const preview = await office.get(
        `/api/violations/preview?subjectType=store&subjectId=${own}&ruleCode=WJ-001&occurredAt=2025-12-01T09:00:00%2B08:00`,
      );
      expect(preview.body).toMatchObject({ priorCount: 1, proposedPenalty: { kind: 'written_warning' } });
    });

    it("a 店长's own violation is appealed by the 营运部长, not by the 店长; upheld stays counted", async () => {
      const mine = (await manager.get(`/api/violations?subjectType=person`)).body.items[0] as ViolationResponse;
      expect((await office.post(`/api/violations/${mine.id}/approve`, { version: mine.version })).status).toBe(200);
      expect((await manager.post(`/api/violations/${mine.id}/appeal`, { reason: '不服', version: mine.version + 1 })).status).toBe(403);
      expect((await ops.post(`/api/violations/${mine.id}/appeal`, { reason: '情况特殊', version: mine.version + 1 })).status).toBe(200);
      const upheld = await office.post(`/api/violations/${mine.id}/decide-appeal`, { decision: 'uphold', version: mine.version + 2 });
      expect(upheld.body.status).toBe('upheld');
    });
  });

  describe('evidence', () => {
    it('the office attaches a PDF; the store 店长 opens it; another 店长 cannot; a text file is refused', async () => {
      const up = await office.upload(`/api/violations/${second.id}/attachments`, { name: '考勤记录.pdf', content: PDF });
      expect(up.status).toBe(201);
      const got = await manager.download(`/api/violations/${second.id}/attachments/${up.body.id}`);
      expect([got.status, got.headers['content-type']]).toEqual([200, 'application/pdf']);
      expect((await otherManager.get(`/api/violations/${second.id}/attachments/${up.body.id}`)).status).toBe(403);
      const bad = await office.upload(`/api/violations/${second.id}/attachments`, { name: 'x.pdf', content: Buffer.from('hello') });
      expect(bad.status).toBe(415);
      expect((await office.get(`/api/violations/${second.id}`)).body.attachments).toHaveLength(1);
    });
  });

  describe('validation saves nothing', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['an unknown rule code', { ruleCode: 'WJ-999' }, 'ruleCode'],
      ['an unknown store', { subjectId: 999_999 }, 'subjectId'],
      ['an unknown person', { subjectType: 'person', subjectId: 999_999 }, 'subjectId'],
      ['an unknown department', { subjectType: 'department', subjectId: 999 }, 'subjectId'],
      ['an unknown subject type', { subjectType: 'team' }, 'subjectType'],
      ['an unknown field', { penalty: 'dismissal' }, 'penalty'],
      ['a time in the future', { occurredAt: '2026-12-01T10:00:00+08:00' }, 'occurredAt'],
      ['no facts', { facts: '   ' }, 'facts'],
      ['a date that is no instant', { occurredAt: '2026-02-30T10:00:00+08:00' }, 'occurredAt'],
    ])('%s → 400 naming %s', async (_name, patch, field) => {
      const before = await count();
      const res = await office.post('/api/violations', {
        subjectType: 'store',
        subjectId: own,
        ruleCode: 'WJ-001',
        occurredAt: '2026-11-01T10:00:00+08:00',
        facts: '迟到',
        ...patch,
      });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await count()).toBe(before);
    });

    it('a 店长 cannot record one; unknown appeal fields and a missing reason are 400', async () => {
      expect((await manager.post('/api/violations', { subjectType: 'store', subjectId: own })).status).toBe(403);
      expect((await manager.post(`/api/violations/${second.id}/appeal`, { version: 1 })).status).toBe(400);
      expect((await office.post(`/api/violations/${second.id}/approve`, { version: 1, penalty: 'x' })).status).toBe(400);
      expect((await office.post(`/api/violations/${second.id}/decide-appeal`, { decision: 'maybe', version: 1 })).status).toBe(400);
      expect((await office.get('/api/violations?status=closed')).status).toBe(400);
    });
  });

  describe('the ranking component', () => {
    it("'violations' counts a store's standing violations per month (overturned not counted); lower ranks higher", async () => {
      // BJ002: one in October, overturned on appeal → 0.
      const theirs = await record({ subjectId: other, occurredAt: '2026-10-05T09:00:00+08:00' });
      await office.post(`/api/violations/${theirs.id}/approve`, { version: 1 });
      expect((await otherManager.post(`/api/violations/${theirs.id}/appeal`, { reason: '误记', version: 2 })).status).toBe(200);
      await office.post(`/api/violations/${theirs.id}/decide-appeal`, { decision: 'overturn', version: 3 });
      const scheme = await ops.post('/api/scorecard-schemes', {
        name: '违纪考评',
        missingRule: 'reweight',
        components: [{ key: 'violations', kind: 'violations', weight: 100, floor: 0, ceiling: 2, direction: 'lower' }],
      });
      expect([scheme.status, scheme.body.message]).toEqual([201, undefined]);
      const res = await director.get(`/api/rankings/stores?period=2026-10&schemeId=${scheme.body.id}`);
      expect([res.status, res.body.message]).toEqual([200, undefined]);
      const ranking = res.body as StoreRankingResponse;
      const row = (code: string) => ranking.rows.find((r) => r.storeCode === code);
      // BJ001 in October: the store's own (15th) and its 店长's (20th, upheld).
      expect(row('BJ001')?.components[0]).toMatchObject({ kind: 'violations', raw: 2, score: 0 });
      expect(row('BJ002')?.components[0]).toMatchObject({ kind: 'violations', raw: 0, score: 100 });
      expect(row('BJ001')?.rank).toBe(ranking.rows.filter((r) => r.rank !== null).length);
    });
  });
});
