import { HttpStatus, Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource, LessThanOrEqual, MoreThan } from 'typeorm';
import {
  chinaDay,
  clock,
  codedError,
  dataVersion,
  DeadlineSource,
  invalidField,
  isDeadlineSource,
  pageWindow,
  RequestUser,
  runInTransaction,
} from '@storeops/api/core';
import {
  AlertCountResponse,
  AlertItem,
  AlertPart,
  canSeeDeadline,
  DeadlineRecord,
  deadlineKey,
  deadlineState,
  escalatedRoles,
  escalationLevelAt,
  EscalationLadders,
  ownsDeadline,
  Page,
  resolvedPolicy,
  Role,
  SnoozeAlertResponse,
  WorkCalendar,
} from '@storeops/shared/contracts';
import { AlertQueryDto, SnoozeAlertDto } from './dto/alerts.dto';
import { AlertSnoozeEntity } from './entities/alerts.entity';
import { EscalationService } from './escalation.service';
import { WorkCalendarService } from './work-calendar.service';

const MINUTE = 60_000;

/** Who asks: the signed-in user, or a person the digest is written for. */
export type AlertViewer = Pick<RequestUser, 'id' | 'role' | 'storeId'>;

/** An open deadline with its state worked out for now (due soon or overdue), before it is narrowed to a person. */
export interface LiveDeadline {
  record: DeadlineRecord;
  key: string;
  dueAt: Date;
  status: AlertItem['status'];
  workingMsLeft: number;
  escalationLevel: number;
  escalatedTo: Role[];
}

/**
 * The deadline engine: every domain's open deadlines, read through their deadline sources (providers marked with
 * DEADLINE_SOURCE, found at first use; a source kept until its data changes, or the day for daily ones, or read at
 * every request when it names no data); each one's state derived at read time from its history, the working calendar
 * and its kind's escalation ladder, so "due soon", "overdue" and the escalation level are never a stored guess.
 */
@Injectable()
export class DeadlinesService {
  private sources: DeadlineSource[] | null = null;
  private readonly kept = new Map<DeadlineSource, { key: string; records: DeadlineRecord[] }>();

  constructor(
    private readonly db: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly calendar: WorkCalendarService,
    private readonly escalation: EscalationService,
  ) {}

  /** Every open deadline of every domain. */
  async openDeadlines(): Promise<DeadlineRecord[]> {
    this.sources ??= this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter(isDeadlineSource);
    const lists = await Promise.all(
      this.sources.map(async (source) => {
        if (!source.dataKinds.length) return source.openDeadlines();
        const key = `${dataVersion(...source.dataKinds)}|${source.daily ? chinaDay(clock.now()) : ''}`;
        const kept = this.kept.get(source);
        if (kept?.key === key) return kept.records;
        const records = await source.openDeadlines();
        this.kept.set(source, { key, records });
        return records;
      }),
    );
    return lists.flat();
  }

  /** The open deadlines that are due soon or overdue at `now`, with their escalation. */
  async liveDeadlines(now = clock.now()): Promise<LiveDeadline[]> {
    const [records, calendar, stores, ladders] = await Promise.all([
      this.openDeadlines(),
      this.calendar.calendar(),
      this.calendar.storeCalendars(),
      this.escalation.ladders(),
    ]);
    const live: LiveDeadline[] = [];
    for (const record of records) {
      // A store's deadline counts no working time on the days the store is closed.
      const item = liveOf((record.storeId !== null && stores.get(record.storeId)) || calendar, ladders, record, now);
      if (item) live.push(item);
    }
    // Keys compared by code unit (they are ASCII): localeCompare costs a microsecond a time, and a chain has thousands due.
    return live.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** The caller's alerts: open deadlines due soon or overdue, the most pressing first; snoozed ones hidden. */
  async alerts(user: AlertViewer, query: AlertQueryDto): Promise<Page<AlertItem>> {
    const [live, snoozed] = await Promise.all([this.liveDeadlines(), this.snoozedKeys(user.id, clock.now())]);
    // Filtered before any answer is built: a chain has thousands open, a page shows twenty.
    const seen = visibleOf(user, live, snoozed, query.mine ?? false).filter(
      ({ d }) =>
        (query.kind === undefined || d.record.kind === query.kind) &&
        (query.storeId === undefined || d.record.storeId === query.storeId) &&
        (query.status === undefined || d.status === query.status),
    );
    const window = pageWindow(query);
    return {
      items: seen.slice(window.skip, window.skip + window.take).map(({ d, part }) => alertItemOf(d, part)),
      total: seen.length,
      page: window.page,
      pageSize: window.pageSize,
    };
  }

  /** The badge: the caller's own alerts. */
  async count(user: AlertViewer): Promise<AlertCountResponse> {
    const [live, snoozed] = await Promise.all([this.liveDeadlines(), this.snoozedKeys(user.id, clock.now())]);
    const mine = visibleOf(user, live, snoozed, true);
    return { total: mine.length, overdue: mine.filter(({ d }) => d.status === 'overdue').length };
  }

  /**
   * 暂缓: hides one of the caller's alerts from their list and badge until `until`, which must be ahead and no later
   * than the deadline itself (an alert is never snoozed into being overdue unseen). Snoozing again moves it.
   */
  async snooze(user: AlertViewer, key: string, dto: SnoozeAlertDto): Promise<SnoozeAlertResponse> {
    const now = clock.now();
    const alert = (await this.liveDeadlines(now)).find((d) => d.key === key && viewOf(user, d) !== null);
    if (!alert) throw codedError(HttpStatus.NOT_FOUND, 'alert.not_found', { key });
    const until = new Date(dto.until);
    if (until.getTime() <= now.getTime()) throw invalidField('until', 'alert.snooze_not_ahead', { until: dto.until });
    if (until.getTime() > alert.dueAt.getTime()) {
      throw invalidField('until', 'alert.snooze_past_due', { until: dto.until, dueAt: alert.dueAt.toISOString() });
    }
    await runInTransaction(this.db, async (em) => {
      // The caller's spent snoozes go with this write (reads skip them), not with every read of the badge.
      await em.delete(AlertSnoozeEntity, { userId: user.id, until: LessThanOrEqual(now) });
      await em.delete(AlertSnoozeEntity, { userId: user.id, key });
      await em.insert(AlertSnoozeEntity, { userId: user.id, key, until, reason: dto.reason.trim(), createdAt: now });
    });
    return { key, until: until.toISOString() };
  }

  /**
   * The alerts a person sees (all they may see, or only theirs), snoozes applied; `live` and `snoozed` when the
   * caller worked them out once for many people (the digest, the reminders).
   */
  async visibleAlerts(
    user: AlertViewer,
    mine: boolean,
    now = clock.now(),
    live?: LiveDeadline[],
    snoozed?: ReadonlySet<string>,
  ): Promise<AlertItem[]> {
    const [all, hidden] = await Promise.all([live ?? this.liveDeadlines(now), snoozed ?? this.snoozedKeys(user.id, now)]);
    return alertsOf(user, all, hidden, mine);
  }

  /** Everyone's snoozes in force at `now`, by person (one query for a run over every person). */
  async snoozesInForce(now = clock.now()): Promise<ReadonlyMap<number, ReadonlySet<string>>> {
    const rows = await this.db
      .getRepository(AlertSnoozeEntity)
      .find({ where: { until: MoreThan(now) }, select: { userId: true, key: true } });
    const byUser = new Map<number, Set<string>>();
    for (const r of rows) byUser.set(r.userId, (byUser.get(r.userId) ?? new Set()).add(r.key));
    return byUser;
  }

  private async snoozedKeys(userId: number, now: Date): Promise<Set<string>> {
    const rows = await this.db.getRepository(AlertSnoozeEntity).find({ where: { userId, until: MoreThan(now) }, select: { key: true } });
    return new Set(rows.map((s) => s.key));
  }
}

/** What of the live deadlines a person sees (or, `mine`, only theirs), less their snoozed ones, with their part in each. */
export function visibleOf(
  user: AlertViewer,
  live: readonly LiveDeadline[],
  snoozed: ReadonlySet<string>,
  mine: boolean,
): Array<{ d: LiveDeadline; part: AlertPart | 'visible' }> {
  const seen: Array<{ d: LiveDeadline; part: AlertPart | 'visible' }> = [];
  for (const d of live) {
    const part = viewOf(user, d);
    if (part === null || (mine && part === 'visible') || snoozed.has(d.key)) continue;
    seen.push({ d, part });
  }
  return seen;
}

/** One alert as the list answers it. */
export function alertItemOf(d: LiveDeadline, part: AlertPart | 'visible'): AlertItem {
  return {
    key: d.key,
    kind: d.record.kind,
    entity: d.record.entity,
    entityId: d.record.entityId,
    title: d.record.title,
    storeId: d.record.storeId,
    ownerId: d.record.ownerId,
    dueAt: d.dueAt.toISOString(),
    status: d.status,
    workingMinutesLeft: Math.round(d.workingMsLeft / MINUTE),
    escalationLevel: d.escalationLevel,
    myPart: part === 'visible' ? null : part,
    ref: d.record.ref ?? {},
  };
}

/** A person's alerts among the live deadlines: those they may see (or only theirs), less their snoozed ones. */
export function alertsOf(user: AlertViewer, live: readonly LiveDeadline[], snoozed: ReadonlySet<string>, mine: boolean): AlertItem[] {
  return visibleOf(user, live, snoozed, mine).map(({ d, part }) => alertItemOf(d, part));
}

/** A deadline's live state at `now`, or null when it is neither due soon nor overdue. */
export function liveOf(calendar: WorkCalendar, ladders: EscalationLadders, record: DeadlineRecord, now: Date): LiveDeadline | null {
  const history = { ...record, policy: resolvedPolicy(calendar, record.startedAt, record.policy) };
  const state = deadlineState(calendar, history, now, record.soonMs);
  if (!state.dueAt || state.workingMsLeft === null) return null;
  let status = state.status;
  if (status === 'pending' && record.soonFrom && now.getTime() >= record.soonFrom.getTime()) status = 'due_soon';
  if (status !== 'due_soon' && status !== 'overdue') return null;
  const steps = ladders[record.kind] ?? [];
  const level = escalationLevelAt(calendar, steps, state.dueAt, now);
  return {
    record,
    key: deadlineKey(record),
    dueAt: state.dueAt,
    status,
    workingMsLeft: state.workingMsLeft,
    escalationLevel: level,
    escalatedTo: escalatedRoles(steps, level),
  };
}

/**
 * What a deadline is to a person: theirs to act on (owner), to approve, escalated to them, only visible to them, or
 * nothing (null). A store-scoped role reaches only its own store's, escalated or not.
 */
export function viewOf(user: AlertViewer, d: Pick<LiveDeadline, 'record' | 'escalatedTo'>): AlertPart | 'visible' | null {
  const ownStore = user.role !== Role.StoreManager || (user.storeId !== null && d.record.storeId === user.storeId);
  if (ownsDeadline(user, d.record)) return d.record.part === 'approver' ? 'approver' : 'owner';
  if (ownStore && d.escalatedTo.includes(user.role)) return 'escalated';
  return canSeeDeadline(user, d.record) ? 'visible' : null;
}
