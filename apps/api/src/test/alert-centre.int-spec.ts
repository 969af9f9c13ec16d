import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { IsNull, Not } from 'typeorm';
import { AlertNotifier, AlertScheduler, ScheduledJobEntity } from '@storeops/api/calendar';
import { bumpDataVersion, clock, runInTransaction } from '@storeops/api/core';
import { CorrectiveActionEntity } from '@storeops/api/inspections';
import { ScorecardSchemeEntity } from '@storeops/api/rankings';
import { AlertItem, DEADLINE_KINDS, DeadlineKind, Page } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

/**
 * Issue 14 §2–§6: every existing kind in its owner's 提醒中心 and only theirs, the escalation ladder, snoozes, and the
 * digest and WeCom messages reaching local receivers once per person and day, with two API processes on PostgreSQL.
 */
describe('alert centre: every kind, escalation, snooze, digest', () => {
  let t: TestApp;
  const clients = new Map<string, ApiClient>();
  const as = async (username: string) => {
    if (!clients.has(username)) clients.set(username, await t.as(username));
    return clients.get(username) as ApiClient;
  };
  let now = new Date('2026-11-18T10:00:00+08:00'); // Wednesday
  const at = (local: string) => (now = new Date(`${local}+08:00`));

  const alertsOf = async (username: string, query = '?mine=true&pageSize=100'): Promise<Page<AlertItem>> => {
    const res = await (await as(username)).get(`/api/alerts${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const kindsOf = (page: Page<AlertItem>) => new Set(page.items.map((a) => a.kind));

  beforeAll(async () => {
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
    t = await startTestApp();
    // A split published and a scheme drafted, both waiting for the 营运总监 (the demo has approved ones only).
    const ops = await as('ops');
    const draft = await ops.post('/api/target-decompositions', { year: 2027, metric: 'sales', total: 1_000_000_00, method: 'equal' });
    expect(draft.status).toBe(201);
    const published = await ops.post(`/api/target-decompositions/${draft.body.id}/publish`, { version: draft.body.version });
    expect(published.status).toBe(200);
    const scheme = await t.db.getRepository(ScorecardSchemeEntity).findOneOrFail({ where: {}, order: { id: 'ASC' } });
    await t.db.getRepository(ScorecardSchemeEntity).insert({
      name: scheme.name,
      missingRule: scheme.missingRule,
      components: scheme.components,
      description: scheme.description,
      createdBy: 'ops',
      schemeVersion: scheme.schemeVersion + 1,
      status: 'draft',
      inForce: false,
      approvedBy: null,
      approvedAt: null,
      createdAt: new Date('2026-11-17T09:00:00+08:00'),
    });
    await runInTransaction(t.db, (em) => bumpDataVersion(em, 'targets', 'schemes'));
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  it("puts each kind in its owner's list and no one else's", async () => {
    const owners: Record<string, DeadlineKind[]> = {
      specialist: ['inspection_plan', 'corrective_action'],
      office: ['licence', 'contract_review'],
      buyer: ['contract_renewal', 'clause_follow_up'],
      director: ['split_approval', 'scheme_approval'],
      manager: ['corrective_action'],
    };
    // Each person's whole list, kind by kind (a page holds 100).
    const lists = new Map<string, Page<AlertItem>>();
    for (const user of Object.keys(owners)) {
      const items: AlertItem[] = [];
      for (const kind of DEADLINE_KINDS) {
        for (let page = 1; ; page++) {
          const got = await alertsOf(user, `?mine=true&kind=${kind}&pageSize=100&page=${page}`);
          items.push(...got.items);
          if (page * 100 >= got.total) break;
        }
      }
      lists.set(user, { items, total: items.length, page: 1, pageSize: items.length });
    }
    for (const [user, kinds] of Object.entries(owners)) {
      const page = lists.get(user) as Page<AlertItem>;
      for (const kind of kinds) {
        const own = page.items.filter((a) => a.kind === kind && a.myPart !== 'escalated');
        expect({ user, kind, any: own.length > 0 }).toEqual({ user, kind, any: true });
      }
    }
    // Nobody owns (as owner or approver) a kind that is another person's.
    const ownKinds = (user: string) =>
      new Set((lists.get(user) as Page<AlertItem>).items.filter((a) => a.myPart !== 'escalated').map((a) => a.kind));
    expect([...ownKinds('manager')]).toEqual(['corrective_action']);
    expect([...ownKinds('buyer')].sort()).toEqual(['clause_follow_up', 'contract_renewal']);
    expect([...ownKinds('office')].sort()).toEqual(['contract_review', 'licence']);
    expect([...ownKinds('director')].sort()).toEqual(['scheme_approval', 'split_approval']);
    expect([...ownKinds('specialist')].sort()).toEqual(['corrective_action', 'inspection_plan']);

    const specialistId = await idOf(t, 'app_user', 'username', 'specialist');
    const specialist = lists.get('specialist') as Page<AlertItem>;
    // Plan items are named to the specialist; a closed 整改 waits for the inspector's verification.
    expect(
      specialist.items.filter((a) => a.kind === 'inspection_plan').every((a) => a.ownerId === specialistId && a.myPart === 'owner'),
    ).toBe(true);
    const verify = specialist.items.filter((a) => a.kind === 'corrective_action');
    expect(verify.every((a) => a.key.endsWith(':verify') && a.myPart === 'approver')).toBe(true);
    const plan = specialist.items.find((a) => a.kind === 'inspection_plan') as AlertItem;
    expect(plan.key).toMatch(/^inspection_plan:\d+:\d+:\d{4}-\d{2}-\d{2}$/);
    expect(plan.ref).toMatchObject({ storeId: plan.storeId });

    // A 店长 sees only their own store's, and none of the office's kinds even when asked.
    const bj001 = await idOf(t, 'store', 'code', 'BJ001');
    const managerAll = await alertsOf('manager', '?pageSize=100');
    expect(managerAll.items.every((a) => a.storeId === bj001 && a.kind === 'corrective_action')).toBe(true);
    expect((await alertsOf('manager', '?kind=licence')).total).toBe(0);
    // A buyer never sees a corrective action or a plan item; a specialist never sees a contract.
    expect([...kindsOf(await alertsOf('buyer', '?pageSize=100'))].some((k) => k === 'corrective_action' || k === 'inspection_plan')).toBe(
      false,
    );
    expect([...kindsOf(await alertsOf('specialist', '?pageSize=100&kind=contract_review'))]).toEqual([]);
    // The badge counts exactly the caller's own list.
    for (const user of Object.keys(owners)) {
      const count = (await (await as(user)).get('/api/alerts/count')).body;
      const page = lists.get(user) as Page<AlertItem>;
      expect({ user, ...count }).toEqual({ user, total: page.total, overdue: page.items.filter((a) => a.status === 'overdue').length });
    }
  });

  describe('escalation', () => {
    let actionKey: string;
    beforeAll(async () => {
      at('2026-11-18T10:00:00');
      const bj001 = await idOf(t, 'store', 'code', 'BJ001');
      const action = await t.db.getRepository(CorrectiveActionEntity).findOneOrFail({ where: { storeId: bj001 }, order: { id: 'ASC' } });
      // Open, due Monday 16 November 18:00.
      await t.db
        .getRepository(CorrectiveActionEntity)
        .update({ id: action.id }, { status: 'open', dueAt: new Date('2026-11-16T18:00:00+08:00') });
      await runInTransaction(t.db, (em) => bumpDataVersion(em, 'inspections'));
      actionKey = `corrective_action:${action.id}`;
    });

    it('refuses a ladder to a role that cannot see the kind, the same day twice, and anyone but the admin', async () => {
      const admin = await as('admin');
      const bad = await admin.put('/api/alerts/escalation', { ladders: { corrective_action: [{ afterWorkingDays: 1, toRole: 'buyer' }] } });
      expect([bad.status, bad.body.details?.[0]?.field]).toEqual([400, 'ladders.corrective_action.0.toRole']);
      const twice = await admin.put('/api/alerts/escalation', {
        ladders: {
          corrective_action: [
            { afterWorkingDays: 2, toRole: 'ops_manager' },
            { afterWorkingDays: 2, toRole: 'director' },
          ],
        },
      });
      expect([twice.status, twice.body.details?.[0]?.field]).toEqual([400, 'ladders.corrective_action.1.afterWorkingDays']);
      const unknown = await admin.put('/api/alerts/escalation', { ladders: { birthday: [] } });
      expect(unknown.status).toBe(400);
      expect((await (await as('ops')).put('/api/alerts/escalation', { ladders: { corrective_action: [] } })).status).toBe(403);
      expect((await admin.get('/api/alerts/escalation')).body.ladders.corrective_action).toEqual([
        { afterWorkingDays: 1, toRole: 'ops_manager' },
        { afterWorkingDays: 3, toRole: 'director' },
      ]);
    });

    it("sends an overdue 整改 to the specialist's manager (the 营运部长) after the configured working days, then to the 营运总监", async () => {
      const admin = await as('admin');
      const saved = await admin.put('/api/alerts/escalation', {
        ladders: {
          corrective_action: [
            { afterWorkingDays: 3, toRole: 'director' },
            { afterWorkingDays: 2, toRole: 'ops_manager' },
          ],
        },
      });
      expect(saved.status).toBe(200);
      expect(saved.body.ladders.corrective_action.map((s: { toRole: string }) => s.toRole)).toEqual(['ops_manager', 'director']);
      const bj001 = await idOf(t, 'store', 'code', 'BJ001');
      const find = async (user: string) =>
        (await alertsOf(user, `?mine=true&kind=corrective_action&storeId=${bj001}&pageSize=100`)).items.find((a) => a.key === actionKey);
      const opsHas = () => find('ops');
      const directorHas = () => find('director');

      // Wednesday 10:00: overdue 1 working day and 1 hour — not yet the 营运部长's.
      at('2026-11-18T10:00:00');
      expect(await opsHas()).toBeUndefined();
      // Wednesday 18:00 is two working days after Monday 18:00.
      at('2026-11-18T18:00:01');
      expect(await opsHas()).toMatchObject({ myPart: 'escalated', escalationLevel: 1, status: 'overdue' });
      expect(await directorHas()).toBeUndefined();
      // Thursday 18:00: three working days — the 营运总监 too, and the 营运部长 still has it.
      at('2026-11-19T18:00:01');
      expect(await directorHas()).toMatchObject({ myPart: 'escalated', escalationLevel: 2 });
      expect(await opsHas()).toMatchObject({ escalationLevel: 2 });
      // The 店长 still owns it.
      expect((await alertsOf('manager')).items.find((a) => a.key === actionKey)).toMatchObject({ myPart: 'owner', escalationLevel: 2 });
    });
  });

  describe('snooze', () => {
    let key: string;
    beforeAll(async () => {
      at('2026-11-18T10:00:00');
      const bj001 = await idOf(t, 'store', 'code', 'BJ001');
      const action = await t.db.getRepository(CorrectiveActionEntity).findOneOrFail({ where: { storeId: bj001 }, order: { id: 'DESC' } });
      // Open, due Thursday 19 November 15:00: due soon.
      await t.db
        .getRepository(CorrectiveActionEntity)
        .update({ id: action.id }, { status: 'open', dueAt: new Date('2026-11-19T15:00:00+08:00') });
      await runInTransaction(t.db, (em) => bumpDataVersion(em, 'inspections'));
      key = `corrective_action:${action.id}`;
    });
    const listed = async () => (await alertsOf('manager')).items.some((a) => a.key === key);

    it('refuses a snooze past the deadline, in the past, without a reason, or of an alert that is not yours', async () => {
      const manager = await as('manager');
      const past = await manager.post(`/api/alerts/${key}/snooze`, { until: '2026-11-19T15:00:01+08:00', reason: '等配件' });
      expect([past.status, past.body.details?.[0]?.field, past.body.details?.[0]?.code]).toEqual([400, 'until', 'alert.snooze_past_due']);
      const before = await manager.post(`/api/alerts/${key}/snooze`, { until: '2026-11-18T09:00:00+08:00', reason: '等配件' });
      expect([before.status, before.body.details?.[0]?.code]).toEqual([400, 'alert.snooze_not_ahead']);
      const blank = await manager.post(`/api/alerts/${key}/snooze`, { until: '2026-11-19T09:00:00+08:00', reason: '  ' });
      expect([blank.status, blank.body.details?.[0]?.field]).toEqual([400, 'reason']);
      const buyer = await as('buyer');
      expect((await buyer.post(`/api/alerts/${key}/snooze`, { until: '2026-11-19T09:00:00+08:00', reason: '试试' })).status).toBe(404);
      const malformed = await manager.post(`/api/alerts/${encodeURIComponent('x; DROP')}/snooze`, {
        until: '2026-11-19T09:00:00+08:00',
        reason: '试',
      });
      expect([malformed.status, malformed.body.details?.[0]?.field]).toEqual([400, 'key']);
      expect(await listed()).toBe(true);
    });

    it('hides the alert from the list and the badge until `until`, then shows it again', async () => {
      const manager = await as('manager');
      const countBefore = (await manager.get('/api/alerts/count')).body.total;
      const res = await manager.post(`/api/alerts/${key}/snooze`, { until: '2026-11-19T09:00:00+08:00', reason: '等配件到货' });
      expect([res.status, res.body]).toEqual([200, { key, until: '2026-11-19T01:00:00.000Z' }]);
      expect(await listed()).toBe(false);
      expect((await manager.get('/api/alerts/count')).body.total).toBe(countBefore - 1);
      // Others who see it still do: the snooze is the 店长's own.
      expect(
        (
          await alertsOf('ops', '?mine=false&kind=corrective_action&pageSize=100&storeId=' + (await idOf(t, 'store', 'code', 'BJ001')))
        ).items.some((a) => a.key === key),
      ).toBe(true);
      at('2026-11-19T08:59:00');
      expect(await listed()).toBe(false);
      at('2026-11-19T09:00:00');
      expect(await listed()).toBe(true);
      expect((await manager.get('/api/alerts/count')).body.total).toBe(countBefore);
    });
  });

  describe('digest and WeCom', () => {
    const mails: Array<{ to: string; body: string }> = [];
    const robot: string[] = [];
    let smtp: SMTPServer;
    let http: Server;

    beforeAll(async () => {
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        onData(stream, session, done) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body: Buffer.concat(chunks).toString('utf8') });
            done();
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
      http = createServer((req: IncomingMessage, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          robot.push(Buffer.concat(chunks).toString('utf8'));
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
        });
      });
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
      const smtpPort = (smtp.server.address() as AddressInfo).port;
      process.env['SMTP_URL'] = `smtp://127.0.0.1:${smtpPort}`;
      process.env['WECOM_WEBHOOK_URL'] = `http://127.0.0.1:${(http.address() as AddressInfo).port}/cgi-bin/webhook/send?key=test`;
      for (const user of ['specialist', 'manager', 'office']) {
        const res = await (
          await as(user)
        ).put('/api/alerts/settings', {
          email: `${user}@chain.example.cn`,
          emailEnabled: true,
          wecomEnabled: true,
          digestEnabled: true,
        });
        expect([res.status, res.body.email]).toEqual([200, `${user}@chain.example.cn`]);
      }
      // The buyer takes no digest at all.
      await (
        await as('buyer')
      ).put('/api/alerts/settings', { email: null, emailEnabled: false, wecomEnabled: false, digestEnabled: false });
    });
    afterAll(async () => {
      delete process.env['SMTP_URL'];
      delete process.env['WECOM_WEBHOOK_URL'];
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    });

    it('keeps each person’s settings, checked: a bad address is a 400 naming email', async () => {
      const res = await (
        await as('specialist')
      ).put('/api/alerts/settings', { email: 'not-an-address', emailEnabled: true, wecomEnabled: true, digestEnabled: true });
      expect([res.status, res.body.details?.[0]?.field]).toEqual([400, 'email']);
      expect((await (await as('specialist')).get('/api/alerts/settings')).body).toEqual({
        email: 'specialist@chain.example.cn',
        emailEnabled: true,
        wecomEnabled: true,
        digestEnabled: true,
      });
    });

    it('sends nothing before 09:00 or on a day off', async () => {
      const notifier = t.app.get(AlertNotifier);
      expect(await notifier.digest(at('2026-11-18T08:30:00'))).toEqual({ people: 0, sent: 0, failed: 0 });
      expect(await notifier.digest(at('2026-11-22T10:00:00'))).toEqual({ people: 0, sent: 0, failed: 0 }); // Sunday
      expect(await notifier.digest(at('2026-10-02T10:00:00'))).toEqual({ people: 0, sent: 0, failed: 0 }); // 国庆
      expect([mails.length, robot.length]).toEqual([0, 0]);
    });

    it('reaches the local receivers once per person and day, even when two API processes run the job at once', async () => {
      at('2026-11-19T09:05:00');
      // A second API process on the same database (on SQLite, the one process runs the job twice at once).
      const second = process.env['DATABASE_URL']?.startsWith('postgres') ? await startTestApp([], { wipe: false }) : t;
      try {
        await t.db
          .getRepository(ScheduledJobEntity)
          .update({ name: Not(IsNull()) }, { nextRunAt: new Date('2026-11-19T09:00:00+08:00'), lockedBy: null, lockedUntil: null });
        const [a, b] = await Promise.all([t.app.get(AlertScheduler).runDue(now), second.app.get(AlertScheduler).runDue(now)]);
        // Each job ran in exactly one of the two.
        expect([...a, ...b].sort()).toEqual(['alerts.digest', 'alerts.reminders', 'alerts.retry', 'complaints.retention']);
      } finally {
        if (second !== t) await second.close();
      }
      const isDigest = (m: { body: string }) => /^X-StoreOps-Notice: digest$/im.test(m.body);
      const names = new Map<string, string>(
        (await t.db.query(`SELECT "username", "displayName" FROM "app_user"`)).map((u: { username: string; displayName: string }) => [
          u.username,
          u.displayName,
        ]),
      );
      const robotDigests = robot.map((m) => JSON.parse(m).markdown.content as string).filter((c) => c.includes('今日待办'));
      for (const user of ['specialist', 'manager', 'office']) {
        const theirs = mails.filter((m) => m.to === `${user}@chain.example.cn`);
        expect({ user, digests: theirs.filter(isDigest).length }).toEqual({ user, digests: 1 });
        // Besides the digest, at most one message of reminders (all of them in one), never one per item.
        expect({ user, reminders: theirs.filter((m) => !isDigest(m)).length <= 1 }).toEqual({ user, reminders: true });
        const name = names.get(user) as string;
        expect({ user, robot: robotDigests.filter((c) => c.includes(`${name}，`)).length }).toEqual({ user, robot: 1 });
      }
      // The buyer turned everything off.
      expect(mails.some((m) => m.to.startsWith('buyer'))).toBe(false);
      expect(robotDigests.some((c) => c.includes(`${names.get('buyer')}，`))).toBe(false);

      // Running again that day — a restart, another process, the next tick — sends no second digest (reminders of
      // items that came closer since are new, and go out once too).
      const digestsSent = () => [mails.filter(isDigest).length, robot.filter((m) => m.includes('今日待办')).length];
      const before = digestsSent();
      await t.app.get(AlertNotifier).digest(at('2026-11-19T11:00:00'));
      await t.db.getRepository(ScheduledJobEntity).update({ name: Not(IsNull()) }, { nextRunAt: new Date('2026-11-19T09:00:00+08:00') });
      await t.app.get(AlertScheduler).runDue(now);
      expect(digestsSent()).toEqual(before);
      const digestRows = await t.db.query(
        `SELECT "userId", "channel", COUNT(*) AS n FROM "alert_notice" WHERE "topic" = 'digest:2026-11-19' GROUP BY "userId", "channel"`,
      );
      expect(digestRows.every((r: { n: string | number }) => Number(r.n) === 1)).toBe(true);
      expect(digestRows.filter((r: { channel: string }) => r.channel === 'email')).toHaveLength(3);
      expect(digestRows.filter((r: { channel: string }) => r.channel === 'wecom')).toHaveLength(robotDigests.length);
      // The next working day brings the next digest.
      const next = await t.app.get(AlertNotifier).digest(at('2026-11-20T09:30:00'));
      expect(next.sent).toBeGreaterThan(0);
    });
  });
});
