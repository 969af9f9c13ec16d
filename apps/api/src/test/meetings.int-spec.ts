import JSZip from 'jszip';
import { clock } from '@storeops/api/core';
import { CorrectiveActionEntity } from '@storeops/api/inspections';
import { DemoMeetingsSeeder, MeetingActionEntity, MeetingEntity, MeetingSeriesEntity } from '@storeops/api/ledger';
import { AlertItem, MeetingActionResponse, MeetingResponse, MeetingSeriesResponse, Metric, Page } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

const NOW = '2026-11-18T10:00:00+08:00';

describe('operations meetings 营运会议 over HTTP', () => {
  let t: TestApp;
  let office: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let specialist: ApiClient;
  let ops: ApiClient;
  let admin: ApiClient;
  let ids: Record<'office' | 'manager' | 'specialist' | 'ops' | 'buyer', number>;
  let bj001: number;
  let weekly: MeetingSeriesResponse;
  let monthly: MeetingSeriesResponse;
  /** A series of this suite's own, so the demo's meetings never mix into the carry-over asserted here. */
  let series: MeetingSeriesResponse;

  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp();
    [office, manager, otherManager, specialist, ops, admin] = await Promise.all(
      ['office', 'manager', 'sm-bj002', 'specialist', 'ops', 'admin'].map((u) => t.as(u)),
    );
    ids = {
      office: await idOf(t, 'app_user', 'username', 'office'),
      manager: await idOf(t, 'app_user', 'username', 'manager'),
      specialist: await idOf(t, 'app_user', 'username', 'specialist'),
      ops: await idOf(t, 'app_user', 'username', 'ops'),
      buyer: await idOf(t, 'app_user', 'username', 'buyer'),
    };
    bj001 = await idOf(t, 'store', 'code', 'BJ001');
  });
  afterAll(async () => {
    clock.set(NOW);
    await t.close();
  });

  const meeting = (patch: Record<string, unknown> = {}) => ({
    seriesId: series.id,
    heldAt: '2026-11-04T09:00:00+08:00',
    attendeeIds: [ids.office, ids.ops, ids.manager],
    items: [
      { title: '本周销售完成情况', kpi: Metric.Sales },
      { title: 'BJ001 价签问题', storeId: bj001, notes: '生鲜区多处缺价签' },
      { title: '排名后五名', rankingSchemeId: 1 },
    ],
    actions: [],
    ...patch,
  });
  const create = async (patch: Record<string, unknown> = {}, client = office) => {
    const res = await client.post('/api/meetings', meeting(patch));
    expect(res.status).toBe(201);
    return res.body as MeetingResponse;
  };
  const get = async (id: number, client = office) => {
    const res = await client.get(`/api/meetings/${id}`);
    expect(res.status).toBe(200);
    return res.body as MeetingResponse;
  };
  const count = async () => ({
    meetings: await t.db.getRepository(MeetingEntity).count(),
    actions: await t.db.getRepository(MeetingActionEntity).count(),
    series: await t.db.getRepository(MeetingSeriesEntity).count(),
  });

  it('the migration seeds the weekly 营运例会 and the monthly 经营分析会 with agenda templates', async () => {
    const res = await office.get('/api/meeting-series');
    expect(res.status).toBe(200);
    const list = res.body as MeetingSeriesResponse[];
    weekly = list.find((s) => s.code === 'weekly_ops') as MeetingSeriesResponse;
    monthly = list.find((s) => s.code === 'monthly_review') as MeetingSeriesResponse;
    expect(weekly).toMatchObject({ name: '营运例会', cadence: 'weekly', active: true });
    expect(monthly).toMatchObject({ name: '经营分析会', cadence: 'monthly' });
    expect(weekly.agendaTemplate.length).toBeGreaterThanOrEqual(3);
    expect(monthly.agendaTemplate).toContain('门店排名与末位整改');
  });

  it('the office adds a series; a taken code is 409 and a 店长 or buyer may not add one', async () => {
    const body = { code: 'store_mgr', name: '店长例会', cadence: 'weekly', agendaTemplate: ['上周问题', '本周重点'] };
    const res = await office.post('/api/meeting-series', body);
    expect(res.status).toBe(201);
    series = res.body;
    expect(series).toMatchObject({ code: 'store_mgr', name: '店长例会', agendaTemplate: ['上周问题', '本周重点'] });
    const taken = await office.post('/api/meeting-series', body);
    expect(taken.status).toBe(409);
    expect(taken.body.details[0].field).toBe('code');
    expect((await manager.post('/api/meeting-series', { ...body, code: 'x2' })).status).toBe(403);
    expect((await ops.post('/api/meeting-series', { ...body, code: 'x3' })).status).toBe(403);
  });

  describe('carry-over: an open action appears in the later meetings of its series until done', () => {
    let m1: MeetingResponse;
    let m2: MeetingResponse;

    it('meeting 1 with actions → 201 with their ids, open, and the agenda items as given', async () => {
      m1 = await create({
        heldAt: '2026-11-04T09:00:00+08:00',
        minutes: '会议讨论了价签问题。',
        decisions: ['本周内完成价签自查'],
        actions: [
          { title: '补齐生鲜区价签', ownerId: ids.manager, dueAt: '2026-11-17T18:00:00+08:00', storeId: bj001 },
          { title: '整理投诉原因', ownerId: ids.specialist, dueAt: '2026-12-10T18:00:00+08:00' },
        ],
      });
      expect(m1.title).toBe('店长例会 2026-11-04');
      expect(m1.actions).toHaveLength(2);
      expect(m1.actions.every((a) => a.id > 0 && a.status === 'open' && a.version === 1)).toBe(true);
      expect(m1.actions[0]).toMatchObject({ title: '补齐生鲜区价签', ownerId: ids.manager, storeId: bj001, meetingId: m1.id });
      expect(m1.items[0]).toMatchObject({ title: '本周销售完成情况', kpi: 'sales', storeId: null });
      expect(m1.items[1]).toMatchObject({ storeId: bj001, notes: '生鲜区多处缺价签' });
      expect(m1.attendees.map((a) => a.id)).toEqual([ids.office, ids.ops, ids.manager]);
      expect(m1.carriedOver).toEqual([]);
      expect(m1.minutes).toBe('会议讨论了价签问题。');
      expect(m1.decisions).toEqual(['本周内完成价签自查']);
    });

    it('meeting 2 of the same series shows both as carried over; meeting 1 itself does not', async () => {
      m2 = await create({
        heldAt: '2026-11-11T09:00:00+08:00',
        actions: [{ title: '二次会议事项', ownerId: ids.ops, dueAt: '2026-12-01T18:00:00+08:00' }],
      });
      expect(m2.carriedOver.map((a) => a.title)).toEqual(['补齐生鲜区价签', '整理投诉原因']);
      expect(m2.carriedOver[0]).toMatchObject({ meetingId: m1.id, meetingTitle: m1.title, status: 'open' });
      expect((await get(m1.id)).carriedOver).toEqual([]);
    });

    it("another series' meeting carries none of them", async () => {
      const other = await create({ seriesId: weekly.id, heldAt: '2026-11-12T09:00:00+08:00' });
      expect(other.carriedOver.filter((a) => [m1.id, m2.id].includes(a.meetingId))).toEqual([]);
    });

    it('the action is in its owner’s alert centre (overdue) as a meeting_action deadline', async () => {
      const alerts = (await manager.get('/api/alerts?mine=true&kind=meeting_action')).body as Page<AlertItem>;
      const mine = alerts.items.find((a) => a.entityId === m1.actions[0].id);
      expect(mine).toMatchObject({
        kind: 'meeting_action',
        status: 'overdue',
        ownerId: ids.manager,
        myPart: 'owner',
        ref: { meetingId: m1.id },
      });
      // Not the specialist's.
      const theirs = (await specialist.get('/api/alerts?mine=true&kind=meeting_action')).body as Page<AlertItem>;
      expect(theirs.items.some((a) => a.entityId === m1.actions[0].id)).toBe(false);
    });

    it('its owner marks it done with the version read; a stale version is 409; a non-owner 店长 403', async () => {
      const action = m1.actions[0];
      expect((await otherManager.patch(`/api/meeting-actions/${action.id}`, { status: 'done', version: 1 })).status).toBe(403);
      expect((await specialist.patch(`/api/meeting-actions/${action.id}`, { status: 'done', version: 1 })).status).toBe(403);
      const done = await manager.patch(`/api/meeting-actions/${action.id}`, { status: 'done', version: action.version });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ status: 'done', version: 2, doneBy: 'manager' });
      expect(Math.abs(Date.parse(done.body.doneAt) - Date.parse(NOW))).toBeLessThan(60_000);
      const stale = await manager.patch(`/api/meeting-actions/${action.id}`, { status: 'open', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.details[0]).toMatchObject({ field: 'version' });
      expect((await t.db.getRepository(MeetingActionEntity).findOneByOrFail({ id: action.id })).status).toBe('done');
      const alerts = (await manager.get('/api/alerts?mine=true&kind=meeting_action')).body as Page<AlertItem>;
      expect(alerts.items.some((a) => a.entityId === action.id)).toBe(false);
    });

    it('meeting 3 shows only the one still open; meeting 2 (held before it was done) still shows both', async () => {
      const m3 = await create({ heldAt: '2026-11-18T14:00:00+08:00' });
      expect(m3.carriedOver.map((a) => a.title)).toEqual(['整理投诉原因', '二次会议事项']);
      expect((await get(m2.id)).carriedOver.map((a) => a.title)).toEqual(['补齐生鲜区价签', '整理投诉原因']);
    });

    it('the office may mark an action done too', async () => {
      const a = m2.actions[0];
      const res = await office.patch(`/api/meeting-actions/${a.id}`, { status: 'done', version: a.version });
      expect(res.status).toBe(200);
      expect(res.body.doneBy).toBe('office');
    });

    it('GET /api/meetings?seriesId= lists the series newest first, with action counts', async () => {
      const res = await office.get(`/api/meetings?seriesId=${series.id}`);
      expect(res.status).toBe(200);
      expect(res.body.map((m: { heldAt: string }) => m.heldAt)).toEqual([
        '2026-11-18T06:00:00.000Z',
        '2026-11-11T01:00:00.000Z',
        '2026-11-04T01:00:00.000Z',
      ]);
      expect(res.body[2]).toMatchObject({ id: m1.id, seriesName: '店长例会', actionCount: 2, openActionCount: 1, attendeeCount: 3 });
    });

    it('PATCH /api/meetings/:id replaces minutes, decisions and items and adds actions; a stale version is 409', async () => {
      const res = await office.patch(`/api/meetings/${m1.id}`, {
        version: m1.version,
        minutes: '补充纪要：价签问题已通报。',
        decisions: ['决定一', '决定二'],
        items: [{ title: '只留一项' }],
        actions: [{ title: '会后补充事项', ownerId: ids.buyer, dueAt: '2026-12-05T18:00:00+08:00' }],
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ version: 2, minutes: '补充纪要：价签问题已通报。', decisions: ['决定一', '决定二'] });
      expect(res.body.items).toEqual([{ title: '只留一项', storeId: null, rankingSchemeId: null, kpi: null, notes: null }]);
      expect(res.body.actions.map((a: MeetingActionResponse) => a.title)).toContain('会后补充事项');
      expect((await office.patch(`/api/meetings/${m1.id}`, { version: 1, minutes: 'x' })).status).toBe(409);
      expect((await manager.patch(`/api/meetings/${m1.id}`, { version: 2, minutes: 'x' })).status).toBe(403);
    });

    it('the minutes export as a Word file holding the title, the minutes and an action', async () => {
      const res = await office.download(`/api/meetings/${m1.id}/minutes.docx`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`${m1.title} 会议纪要.docx`)}`);
      const body = res.body as Buffer;
      expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
      const zip = await JSZip.loadAsync(body);
      const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
      expect(xml).toContain('店长例会 2026-11-04');
      expect(xml).toContain('补充纪要：价签问题已通报。');
      expect(xml).toContain('补齐生鲜区价签');
      expect(xml).toContain('决定二');
      // Meeting 2's export lists what was carried over into it.
      const m2doc = await JSZip.loadAsync((await office.download(`/api/meetings/${m2.id}/minutes.docx`)).body as Buffer);
      expect(await (m2doc.file('word/document.xml') as JSZip.JSZipObject).async('string')).toContain('整理投诉原因');
    });

    it('a 店长 sees the meetings they attended and their own actions, not others’ minutes (deny by default)', async () => {
      expect((await manager.get(`/api/meetings/${m1.id}`)).status).toBe(200);
      expect((await otherManager.get(`/api/meetings/${m1.id}`)).status).toBe(403);
      expect((await specialist.get(`/api/meetings/${m1.id}`)).status).toBe(403);
      expect((await specialist.download(`/api/meetings/${m1.id}/minutes.docx`)).status).toBe(403);
      const listed = (await otherManager.get('/api/meetings')).body as unknown[];
      expect(listed).toEqual([]);
      const mine = (await specialist.get('/api/meeting-actions?mine=true')).body as MeetingActionResponse[];
      expect(mine.map((a) => a.title)).toEqual(['整理投诉原因']);
      // Without `mine` a non-manager still gets only their own.
      expect(((await specialist.get('/api/meeting-actions')).body as MeetingActionResponse[]).map((a) => a.ownerId)).toEqual([
        ids.specialist,
      ]);
      expect(((await office.get('/api/meeting-actions?status=open')).body as MeetingActionResponse[]).length).toBeGreaterThanOrEqual(2);
      expect((await manager.get('/api/meeting-people')).status).toBe(403);
      const people = (await office.get('/api/meeting-people')).body as Array<{ id: number; displayName: string }>;
      expect(people.some((p) => p.id === ids.manager)).toBe(true);
    });

    it('an action for a store becomes that store’s corrective action, once; one without a store cannot', async () => {
      const own = (await get(m1.id)).actions;
      const store = await create({
        heldAt: '2026-11-05T09:00:00+08:00',
        actions: [{ title: '冷柜温度记录整改', ownerId: ids.manager, dueAt: '2026-11-25T18:00:00+08:00', storeId: bj001 }],
      });
      const a = store.actions[0];
      const res = await ops.post(`/api/meeting-actions/${a.id}/corrective-action`, { version: a.version });
      expect(res.status).toBe(201);
      const ca = await t.db.getRepository(CorrectiveActionEntity).findOneByOrFail({ id: res.body.correctiveActionId });
      expect(ca).toMatchObject({ storeId: bj001, sourceKind: 'meeting', sourceId: a.id, title: '冷柜温度记录整改', status: 'open' });
      expect((await ops.post(`/api/meeting-actions/${a.id}/corrective-action`, {})).status).toBe(409);
      const noStore = own.find((x) => x.storeId === null) as MeetingActionResponse;
      expect((await office.post(`/api/meeting-actions/${noStore.id}/corrective-action`, {})).status).toBe(400);
      expect((await manager.post(`/api/meeting-actions/${a.id}/corrective-action`, {})).status).toBe(403);
    });
  });

  describe('validation: refused requests save nothing', () => {
    it.each([
      ['an unknown series', { seriesId: 999_999 }, 'seriesId'],
      ['an unknown attendee', { attendeeIds: [999_999] }, 'attendeeIds.0'],
      ['a duplicate attendee', { attendeeIds: [1, 1] }, 'attendeeIds'],
      ['an unknown owner', { actions: [{ title: 'x', ownerId: 999_999, dueAt: '2026-12-01T00:00:00+08:00' }] }, 'actions.0.ownerId'],
      ['an unknown store', { items: [{ title: 'x', storeId: 999_999 }] }, 'items.0.storeId'],
      ['an unknown KPI', { items: [{ title: 'x', kpi: 'nope' }] }, 'items.0.kpi'],
      ['a date out of range', { heldAt: '2201-01-01T00:00:00Z' }, 'heldAt'],
      ['no attendees', { attendeeIds: [] }, 'attendeeIds'],
      ['an action without a title', { actions: [{ title: ' ', ownerId: 1, dueAt: '2026-12-01T00:00:00+08:00' }] }, 'actions.0.title'],
      ['an unknown field', { secret: 1 }, 'secret'],
    ])('%s → 400 naming %s', async (_name, patch, field) => {
      const before = await count();
      const res = await office.post(
        '/api/meetings',
        meeting({
          ...patch,
          actions: (patch as { actions?: unknown }).actions ?? [
            { title: '不应保存', ownerId: ids.ops, dueAt: '2026-12-01T00:00:00+08:00' },
          ],
        }),
      );
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.details)).toContain(field);
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await count()).toEqual(before);
    });

    it('a stale or missing version, a bad status → 400/409 and the action unchanged', async () => {
      const a = (await t.db.getRepository(MeetingActionEntity).find({ where: { status: 'open' }, take: 1 }))[0];
      expect((await office.patch(`/api/meeting-actions/${a.id}`, { status: 'done' })).status).toBe(400);
      expect((await office.patch(`/api/meeting-actions/${a.id}`, { status: 'closed', version: a.version })).status).toBe(400);
      expect((await office.patch(`/api/meeting-actions/999999`, { status: 'done', version: 1 })).status).toBe(404);
      expect((await t.db.getRepository(MeetingActionEntity).findOneByOrFail({ id: a.id })).status).toBe('open');
    });
  });

  it('seeds demo meetings of both series with open and done actions, once', async () => {
    const before = await t.db.getRepository(MeetingEntity).count();
    // The suite's own meetings exist: the seeder only runs on an empty ledger, so clear them first in a copy-free way.
    await t.db.getRepository(MeetingActionEntity).clear();
    await t.db.getRepository(MeetingEntity).clear();
    expect(before).toBeGreaterThan(0);
    const seeded = await t.app.get(DemoMeetingsSeeder).seed('2026-11-17', true);
    expect(seeded).toBeGreaterThanOrEqual(5);
    const list = (await admin.get(`/api/meetings?seriesId=${weekly.id}`)).body as Array<{ id: number }>;
    expect(list.length).toBe(4);
    const latest = await get(list[0].id, admin);
    expect(latest.carriedOver.length).toBeGreaterThan(0);
    const actions = await t.db.getRepository(MeetingActionEntity).find();
    expect(actions.some((a) => a.status === 'done')).toBe(true);
    expect(actions.some((a) => a.status === 'open')).toBe(true);
    expect(
      (await get(((await admin.get(`/api/meetings?seriesId=${monthly.id}`)).body as Array<{ id: number }>)[0].id, admin)).actions.length,
    ).toBe(2);
    expect(await t.app.get(DemoMeetingsSeeder).seed('2026-11-17', true)).toBe(0);
  });
});
