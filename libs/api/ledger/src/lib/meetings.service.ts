import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import { withDataVersion, clock, codedError, RequestUser, runInTransaction, staleVersion } from '@storeops/api/core';
import { CorrectiveActionsPort } from '@storeops/api/inspections';
import { StoreDirectory } from '@storeops/api/org';
import {
  carriedOver,
  coded,
  ErrorDetail,
  MEETING_MANAGERS,
  MeetingActionResponse,
  MeetingCorrectiveActionResponse,
  MeetingItem,
  MeetingListItem,
  MeetingPerson,
  MeetingResponse,
  MeetingSeriesResponse,
  Role,
} from '@storeops/shared/contracts';
import {
  CreateMeetingDto,
  CreateMeetingSeriesDto,
  MeetingActionInputDto,
  MeetingActionQueryDto,
  MeetingCorrectiveActionDto,
  MeetingItemDto,
  MeetingQueryDto,
  UpdateMeetingActionDto,
  UpdateMeetingDto,
} from './dto/meeting.dto';
import { MeetingActionEntity, MeetingEntity, MeetingSeriesEntity } from './entities/meeting.entity';
import { chinaMinute, minutesDocx } from './meeting-minutes';

type People = Map<number, MeetingPerson>;

export const isMeetingManager = (user: Pick<RequestUser, 'role'>) => MEETING_MANAGERS.includes(user.role);

/** A manager sees every meeting; anyone else only the meetings they attended (deny by default). */
export function canSeeMeeting(user: Pick<RequestUser, 'id' | 'role'>, m: Pick<MeetingEntity, 'attendeeIds'>): boolean {
  return isMeetingManager(user) || m.attendeeIds.includes(user.id);
}

const meetingNotFound = (id: number) => codedError(404, 'meeting.not_found', { id });
const actionNotFound = (id: number) => codedError(404, 'meeting.action_not_found', { id });

/** 营运会议: series, meetings with agenda, minutes, decisions and actions; the carry-over; the minutes as Word. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly stores: StoreDirectory,
    private readonly correctiveActions: CorrectiveActionsPort,
  ) {}

  async series(): Promise<MeetingSeriesResponse[]> {
    const rows = await this.db.getRepository(MeetingSeriesEntity).find({ order: { id: 'ASC' } });
    return rows.map(toSeries);
  }

  async createSeries(user: RequestUser, dto: CreateMeetingSeriesDto): Promise<MeetingSeriesResponse> {
    const saved = await runInTransaction(this.db, async (em) => {
      if (await em.existsBy(MeetingSeriesEntity, { code: dto.code }))
        throw codedError(409, 'request.invalid', {}, [coded('meeting.series_code_taken', { code: dto.code }, { field: 'code' })]);
      const row = await em.save(
        em.create(MeetingSeriesEntity, {
          code: dto.code,
          name: dto.name,
          cadence: dto.cadence,
          agendaTemplate: dto.agendaTemplate,
          active: true,
          createdAt: clock.now(),
        }),
      );
      await this.audit.record(em, actorOf(user), 'create', 'meeting_series', row.id, null, toSeries(row));
      return row;
    });
    return toSeries(saved);
  }

  /** The active users, for the attendee and owner pickers. */
  async people(): Promise<MeetingPerson[]> {
    return [...(await this.peopleMap()).values()];
  }

  private async peopleMap(em?: EntityManager): Promise<People> {
    const rows = await this.stores.activeUsers(em);
    return new Map(rows.map((u) => [u.id, { id: u.id, displayName: u.displayName || u.username, role: u.role, storeId: u.storeId }]));
  }

  async list(user: RequestUser, query: MeetingQueryDto): Promise<MeetingListItem[]> {
    const rows = await this.db.getRepository(MeetingEntity).find({
      where: query.seriesId ? { seriesId: query.seriesId } : {},
      order: { heldAt: 'DESC', id: 'DESC' },
      take: 500,
    });
    const visible = rows.filter((m) => canSeeMeeting(user, m));
    if (!visible.length) return [];
    const [series, actions] = await Promise.all([
      this.db.getRepository(MeetingSeriesEntity).find(),
      this.db
        .getRepository(MeetingActionEntity)
        .find({ where: { meetingId: In(visible.map((m) => m.id)) }, select: { meetingId: true, status: true } }),
    ]);
    const names = new Map(series.map((s) => [s.id, s.name]));
    return visible.map((m) => {
      const own = actions.filter((a) => a.meetingId === m.id);
      return {
        id: m.id,
        seriesId: m.seriesId,
        seriesName: names.get(m.seriesId) ?? '',
        title: m.title,
        heldAt: new Date(m.heldAt).toISOString(),
        attendeeCount: m.attendeeIds.length,
        actionCount: own.length,
        openActionCount: own.filter((a) => a.status === 'open').length,
      };
    });
  }

  async get(user: RequestUser, id: number): Promise<MeetingResponse> {
    const m = await this.db.getRepository(MeetingEntity).findOneBy({ id });
    if (!m) throw meetingNotFound(id);
    if (!canSeeMeeting(user, m)) throw codedError(403, 'meeting.not_attendee');
    return this.detail(m);
  }

  private async detail(m: MeetingEntity, em: EntityManager = this.db.manager): Promise<MeetingResponse> {
    const [series, people, own, earlier] = await Promise.all([
      em.findOneBy(MeetingSeriesEntity, { id: m.seriesId }),
      this.peopleMap(em),
      em.find(MeetingActionEntity, { where: { meetingId: m.id }, order: { id: 'ASC' } }),
      em.find(MeetingActionEntity, {
        where: { seriesId: m.seriesId, meetingHeldAt: LessThan(m.heldAt) },
        order: { meetingHeldAt: 'ASC', id: 'ASC' },
      }),
    ]);
    const titles = await this.meetingTitles(
      em,
      earlier.map((a) => a.meetingId),
    );
    titles.set(m.id, m.title);
    const carried = carriedOver(
      earlier.map((a) => ({ ...a, meetingHeldAt: new Date(a.meetingHeldAt), doneAt: a.doneAt ? new Date(a.doneAt) : null })),
      { seriesId: m.seriesId, heldAt: new Date(m.heldAt) },
    );
    return {
      id: m.id,
      seriesId: m.seriesId,
      seriesName: series?.name ?? '',
      title: m.title,
      heldAt: new Date(m.heldAt).toISOString(),
      attendees: m.attendeeIds.map((id) => people.get(id) ?? { id, displayName: `#${id}`, role: Role.Specialist, storeId: null }),
      items: m.items,
      minutes: m.minutes,
      decisions: m.decisions,
      actions: own.map((a) => toAction(a, people, titles)),
      carriedOver: carried.map((a) => toAction(a, people, titles)),
      version: m.version,
      createdBy: m.createdBy,
      createdAt: new Date(m.createdAt).toISOString(),
    };
  }

  private async meetingTitles(em: EntityManager, ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await em.find(MeetingEntity, { where: { id: In(unique) }, select: { id: true, title: true } });
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  /** Attendees and owners are active users, stores exist; every problem at once, naming its field. */
  private async check(
    em: EntityManager,
    dto: { attendeeIds?: number[]; items?: MeetingItemDto[]; actions?: MeetingActionInputDto[] },
  ): Promise<void> {
    const people = await this.peopleMap(em);
    const problems: ErrorDetail[] = [];
    const attendees = dto.attendeeIds ?? [];
    if (new Set(attendees).size !== attendees.length) problems.push(coded('meeting.duplicate_attendee', {}, { field: 'attendeeIds' }));
    attendees.forEach((id, i) => {
      if (!people.has(id)) problems.push(coded('meeting.user_unknown', { id }, { field: `attendeeIds.${i}` }));
    });
    (dto.actions ?? []).forEach((a, i) => {
      if (!people.has(a.ownerId)) problems.push(coded('meeting.user_unknown', { id: a.ownerId }, { field: `actions.${i}.ownerId` }));
    });
    const storeRefs = [
      ...(dto.items ?? []).map((item, i) => ({ id: item.storeId, field: `items.${i}.storeId` })),
      ...(dto.actions ?? []).map((a, i) => ({ id: a.storeId, field: `actions.${i}.storeId` })),
    ].filter((r): r is { id: number; field: string } => typeof r.id === 'number');
    const missing = new Set(
      await this.stores.missingStores(
        storeRefs.map((r) => r.id),
        em,
      ),
    );
    for (const r of storeRefs) if (missing.has(r.id)) problems.push(coded('meeting.store_unknown', { id: r.id }, { field: r.field }));
    if (problems.length) throw codedError(400, 'request.invalid', {}, problems);
  }

  async create(user: RequestUser, dto: CreateMeetingDto): Promise<MeetingResponse> {
    const saved = await runInTransaction(
      this.db,
      withDataVersion('meetings', async (em) => {
        const series = await em.findOneBy(MeetingSeriesEntity, { id: dto.seriesId });
        if (!series)
          throw codedError(400, 'request.invalid', {}, [coded('meeting.series_not_found', { id: dto.seriesId }, { field: 'seriesId' })]);
        if (!series.active) throw codedError(400, 'request.invalid', {}, [coded('meeting.series_inactive', {}, { field: 'seriesId' })]);
        await this.check(em, dto);
        const now = clock.now();
        const heldAt = new Date(dto.heldAt);
        const m = await em.save(
          em.create(MeetingEntity, {
            seriesId: series.id,
            title: dto.title ?? `${series.name} ${chinaMinute(heldAt.toISOString()).slice(0, 10)}`,
            heldAt,
            attendeeIds: dto.attendeeIds,
            items: dto.items.map(toItem),
            minutes: dto.minutes ?? '',
            decisions: dto.decisions ?? [],
            version: 1,
            createdBy: user.username,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await this.addActions(em, m, dto.actions, now);
        await this.audit.record(em, actorOf(user), 'create', 'meeting', m.id, null, { ...m, actions: dto.actions });
        return m;
      }),
    );
    return this.detail(saved);
  }

  private async addActions(em: EntityManager, m: MeetingEntity, actions: readonly MeetingActionInputDto[], now: Date): Promise<void> {
    for (const a of actions)
      await em.save(
        em.create(MeetingActionEntity, {
          meetingId: m.id,
          seriesId: m.seriesId,
          meetingHeldAt: m.heldAt,
          title: a.title,
          ownerId: a.ownerId,
          dueAt: new Date(a.dueAt),
          storeId: a.storeId ?? null,
          status: 'open',
          doneAt: null,
          doneBy: null,
          correctiveActionId: null,
          version: 1,
          createdAt: now,
        }),
      );
  }

  async update(user: RequestUser, id: number, dto: UpdateMeetingDto): Promise<MeetingResponse> {
    const saved = await runInTransaction(
      this.db,
      withDataVersion('meetings', async (em) => {
        const m = await em.findOneBy(MeetingEntity, { id });
        if (!m) throw meetingNotFound(id);
        if (dto.version !== m.version) throw staleVersion(dto.version, m.version);
        await this.check(em, dto);
        const before = { ...m };
        const now = clock.now();
        const changes: Partial<MeetingEntity> = { version: m.version + 1, updatedAt: now };
        if (dto.title !== undefined) changes.title = dto.title;
        if (dto.heldAt !== undefined) changes.heldAt = new Date(dto.heldAt);
        if (dto.attendeeIds !== undefined) changes.attendeeIds = dto.attendeeIds;
        if (dto.items !== undefined) changes.items = dto.items.map(toItem);
        if (dto.minutes !== undefined) changes.minutes = dto.minutes;
        if (dto.decisions !== undefined) changes.decisions = dto.decisions;
        const result = await em.update(MeetingEntity, { id, version: m.version }, changes);
        if (!result.affected) throw staleVersion(dto.version, m.version + 1);
        const after = Object.assign(m, changes);
        // The actions keep the meeting's instant, so the carry-over reads one table.
        if (changes.heldAt) await em.update(MeetingActionEntity, { meetingId: id }, { meetingHeldAt: changes.heldAt });
        if (dto.actions?.length) await this.addActions(em, after, dto.actions, now);
        await this.audit.record(em, actorOf(user), 'update', 'meeting', id, before, { ...after, addedActions: dto.actions ?? [] });
        return after;
      }),
    );
    return this.detail(saved);
  }

  /** A manager sees all actions (or their own with `mine`); anyone else only their own. */
  async actions(user: RequestUser, query: MeetingActionQueryDto): Promise<MeetingActionResponse[]> {
    const mine = query.mine || !isMeetingManager(user);
    const rows = await this.db.getRepository(MeetingActionEntity).find({
      where: { ...(mine ? { ownerId: user.id } : {}), ...(query.status ? { status: query.status } : {}) },
      order: { dueAt: 'ASC', id: 'ASC' },
      take: 500,
    });
    const [people, titles] = await Promise.all([
      this.peopleMap(),
      this.meetingTitles(
        this.db.manager,
        rows.map((r) => r.meetingId),
      ),
    ]);
    return rows.map((a) => toAction(a, people, titles));
  }

  /** 完成 (or reopen): the owner or a manager, on the version last read. */
  async updateAction(user: RequestUser, id: number, dto: UpdateMeetingActionDto): Promise<MeetingActionResponse> {
    const saved = await runInTransaction(
      this.db,
      withDataVersion('meetings', async (em) => {
        const a = await em.findOneBy(MeetingActionEntity, { id });
        if (!a) throw actionNotFound(id);
        if (a.ownerId !== user.id && !isMeetingManager(user)) throw codedError(403, 'meeting.action_not_owner');
        if (dto.version !== a.version) throw staleVersion(dto.version, a.version);
        const before = { ...a };
        const now = clock.now();
        const changes: Partial<MeetingActionEntity> =
          dto.status === 'done'
            ? { status: 'done', doneAt: a.status === 'done' ? a.doneAt : now, doneBy: a.status === 'done' ? a.doneBy : user.username }
            : { status: 'open', doneAt: null, doneBy: null };
        const result = await em.update(MeetingActionEntity, { id, version: a.version }, { ...changes, version: a.version + 1 });
        if (!result.affected) throw staleVersion(dto.version, a.version + 1);
        const after = Object.assign(a, changes, { version: a.version + 1 });
        await this.audit.record(em, actorOf(user), 'update', 'meeting_action', id, before, after);
        return after;
      }),
    );
    const [people, titles] = await Promise.all([this.peopleMap(), this.meetingTitles(this.db.manager, [saved.meetingId])]);
    return toAction(saved, people, titles);
  }

  /** An open action for a store becomes that store's 整改 (the corrective-action loop of inspections), once. */
  async toCorrectiveAction(user: RequestUser, id: number, dto: MeetingCorrectiveActionDto): Promise<MeetingCorrectiveActionResponse> {
    const result = await runInTransaction(
      this.db,
      withDataVersion('meetings', async (em) => {
        const a = await em.findOneBy(MeetingActionEntity, { id });
        if (!a) throw actionNotFound(id);
        if (dto.version !== undefined && dto.version !== a.version) throw staleVersion(dto.version, a.version);
        if (a.correctiveActionId !== null)
          throw codedError(409, 'request.invalid', {}, [coded('meeting.action_already_corrective', { id: a.correctiveActionId })]);
        if (a.storeId === null) throw codedError(400, 'request.invalid', {}, [coded('meeting.action_no_store', {}, { field: 'storeId' })]);
        if (a.status === 'done') throw codedError(400, 'request.invalid', {}, [coded('meeting.action_done', {}, { field: 'status' })]);
        const correctiveActionId = await this.correctiveActions.openFinding(
          {
            storeId: a.storeId,
            title: a.title,
            dueAt: a.dueAt,
            sourceKind: 'meeting',
            sourceId: a.id,
            verifierId: null,
            by: actorOf(user),
          },
          em,
        );
        const updated = await em.update(MeetingActionEntity, { id, version: a.version }, { correctiveActionId, version: a.version + 1 });
        if (!updated.affected) throw staleVersion(a.version, a.version + 1);
        await this.audit.record(em, actorOf(user), 'update', 'meeting_action', id, { correctiveActionId: null }, { correctiveActionId });
        return { actionId: id, correctiveActionId };
      }),
    );
    return result;
  }

  /** 会议纪要 as DOCX, for whoever may read the meeting. */
  async minutes(user: RequestUser, id: number): Promise<{ content: Buffer; fileName: string }> {
    const m = await this.get(user, id);
    const storeIds = [...new Set(m.items.map((i) => i.storeId).filter((s): s is number => typeof s === 'number'))];
    const names = new Map<number, string>();
    for (const sid of storeIds) {
      const s = await this.stores.store(sid);
      if (s) names.set(sid, `${s.code} ${s.name}`);
    }
    const content = await minutesDocx(m, names);
    return { content, fileName: `${m.title} 会议纪要.docx` };
  }
}

function toSeries(s: MeetingSeriesEntity): MeetingSeriesResponse {
  return { id: s.id, code: s.code, name: s.name, cadence: s.cadence, agendaTemplate: s.agendaTemplate, active: s.active };
}

function toItem(item: MeetingItemDto): MeetingItem {
  return {
    title: item.title,
    storeId: item.storeId ?? null,
    rankingSchemeId: item.rankingSchemeId ?? null,
    kpi: item.kpi ?? null,
    notes: item.notes ?? null,
  };
}

function toAction(a: MeetingActionEntity, people: People, titles: ReadonlyMap<number, string>): MeetingActionResponse {
  return {
    id: a.id,
    meetingId: a.meetingId,
    seriesId: a.seriesId,
    meetingTitle: titles.get(a.meetingId) ?? '',
    meetingHeldAt: new Date(a.meetingHeldAt).toISOString(),
    title: a.title,
    ownerId: a.ownerId,
    ownerName: people.get(a.ownerId)?.displayName ?? `#${a.ownerId}`,
    dueAt: new Date(a.dueAt).toISOString(),
    storeId: a.storeId,
    status: a.status,
    doneAt: a.doneAt ? new Date(a.doneAt).toISOString() : null,
    doneBy: a.doneBy,
    correctiveActionId: a.correctiveActionId,
    version: a.version,
  };
}
