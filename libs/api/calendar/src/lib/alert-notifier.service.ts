import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In, IsNull, LessThan } from 'typeorm';
import { chinaDay, clock, Person, RequestUser, runInTransaction } from '@storeops/api/core';
import {
  AlertItem,
  AlertSettings,
  chinaInstant,
  DEFAULT_ALERT_SETTINGS,
  DeadlineKind,
  isWorkingDay,
  isWorkingTime,
  REMINDER_WORKING_HOURS,
} from '@storeops/shared/contracts';
import { AlertChannels, channelConfig } from './alert-channels';
import { DeadlinesService } from './deadlines.service';
import { AlertSettingsDto } from './dto/alerts.dto';
import { AlertNoticeEntity, AlertSettingEntity } from './entities/alerts.entity';
import { OrgPort } from './org-port';
import { WorkCalendarService } from './work-calendar.service';

type Channel = AlertNoticeEntity['channel'];

/** The digest goes out from this time of day (China time) on working days. */
export const DIGEST_FROM = '09:00';
/** A notice that failed is tried again at later runs, this many times in all. */
export const MAX_SEND_ATTEMPTS = 3;

/** The kinds as the messages name them (the chain reads its mail and WeCom in Chinese). */
const KIND_NAMES: Readonly<Record<DeadlineKind, string>> = {
  corrective_action: '整改',
  inspection_plan: '检查计划',
  licence: '证照到期',
  contract_renewal: '合同续签',
  contract_review: '合同审核',
  clause_follow_up: '条款跟进',
  split_approval: '分解待批',
  scheme_approval: '方案待批',
  complaint: '顾客投诉',
  price_recheck: '价格复查',
  meeting_action: '会议事项',
  supplier_issue: '供应商问题',
};

const shortTime = (iso: string) => {
  const local = chinaInstant(new Date(iso));
  return `${Number(local.slice(5, 7))}月${Number(local.slice(8, 10))}日 ${local.slice(11, 16)}`;
};

/** One line of a message: state, kind, title, due time, escalation. */
export function noticeLine(a: AlertItem): string {
  const state = a.status === 'overdue' ? '已逾期' : '即将到期';
  const escalated = a.escalationLevel > 0 ? `（已升级 ${a.escalationLevel} 级）` : '';
  return `· [${state}] ${KIND_NAMES[a.kind]} · ${a.title} · 截止 ${shortTime(a.dueAt)}${escalated}`;
}

const NONE: ReadonlySet<string> = new Set();

function settingsOf(row: AlertSettingEntity | null): AlertSettings {
  if (!row) return { ...DEFAULT_ALERT_SETTINGS };
  const { email, emailEnabled, wecomEnabled, digestEnabled } = row;
  return { email, emailEnabled, wecomEnabled, digestEnabled };
}

export interface NoticeRun {
  /** People a message was written for. */
  people: number;
  /** Messages delivered (one per person and channel). */
  sent: number;
  failed: number;
}

/**
 * The alert centre's outside messages: one digest per person per working day, and reminders (24 h and 2 h of
 * working time before a deadline, when it falls overdue, when it is escalated to someone) sent only in working
 * hours and gathered into one message per person per run rather than one per item. Each message is claimed in
 * alert_notice (unique per person, topic and channel) before it is sent, so two processes, or a run repeated after
 * a crash, never send it twice.
 */
@Injectable()
export class AlertNotifier {
  private readonly logger = new Logger(AlertNotifier.name);

  constructor(
    private readonly db: DataSource,
    private readonly org: OrgPort,
    private readonly deadlines: DeadlinesService,
    private readonly calendar: WorkCalendarService,
    private readonly channels: AlertChannels,
  ) {}

  async settings(userId: number): Promise<AlertSettings> {
    return settingsOf(await this.db.getRepository(AlertSettingEntity).findOneBy({ userId }));
  }

  /** Everyone's settings at once, for a run over every person (people who saved none take the defaults). */
  private async allSettings(): Promise<(userId: number) => AlertSettings> {
    const rows = new Map((await this.db.getRepository(AlertSettingEntity).find()).map((r) => [r.userId, r]));
    return (userId) => settingsOf(rows.get(userId) ?? null);
  }

  async saveSettings(user: RequestUser, dto: AlertSettingsDto): Promise<AlertSettings> {
    await runInTransaction(this.db, async (em) => {
      await em.save(em.create(AlertSettingEntity, { userId: user.id, ...dto, email: dto.email || null }));
    });
    return this.settings(user.id);
  }

  /** The day's digest, from 09:00 on a working day: each person's own open alerts, one message per channel. */
  async digest(now = clock.now()): Promise<NoticeRun> {
    const calendar = await this.calendar.calendar();
    const day = chinaDay(now);
    const run: NoticeRun = { people: 0, sent: 0, failed: 0 };
    if (!isWorkingDay(calendar, day) || chinaInstant(now).slice(11, 16) < DIGEST_FROM) return run;
    const [live, snoozes, settingsFor, people] = await Promise.all([
      this.deadlines.liveDeadlines(now),
      this.deadlines.snoozesInForce(now),
      this.allSettings(),
      this.org.activePeople(),
    ]);
    for (const person of people) {
      const settings = settingsFor(person.id);
      if (!settings.digestEnabled) continue;
      const mine = await this.deadlines.visibleAlerts(person, true, now, live, snoozes.get(person.id) ?? NONE);
      if (!mine.length) continue;
      const overdue = mine.filter((a) => a.status === 'overdue').length;
      const subject = `【提醒中心】今日待办 ${mine.length} 项${overdue ? `，逾期 ${overdue} 项` : ''}`;
      const text = [`${person.displayName}，${subject.replace('【提醒中心】', '')}：`, ...mine.map(noticeLine)].join('\n');
      await this.deliver(person, settings, [`digest:${day}`], subject, text, now, run);
    }
    return run;
  }

  /** Reminders and escalations due since the last run, only within working hours. */
  async reminders(now = clock.now()): Promise<NoticeRun> {
    const calendar = await this.calendar.calendar();
    const run: NoticeRun = { people: 0, sent: 0, failed: 0 };
    if (!isWorkingTime(calendar, now)) return run;
    const [live, snoozes, settingsFor, people] = await Promise.all([
      this.deadlines.liveDeadlines(now),
      this.deadlines.snoozesInForce(now),
      this.allSettings(),
      this.org.activePeople(),
    ]);
    for (const person of people) {
      const mine = await this.deadlines.visibleAlerts(person, true, now, live, snoozes.get(person.id) ?? NONE);
      const topics: string[] = [];
      const items: AlertItem[] = [];
      for (const a of mine) {
        const own: string[] = [];
        if (a.myPart === 'escalated') own.push(`escalate:${a.key}:${a.escalationLevel}`);
        else if (a.status === 'overdue') own.push(`overdue:${a.key}`);
        else for (const hours of REMINDER_WORKING_HOURS) if (a.workingMinutesLeft <= hours * 60) own.push(`remind:${a.key}:${hours}`);
        if (own.length) {
          topics.push(...own);
          items.push(a);
        }
      }
      if (!topics.length) continue;
      const settings = settingsFor(person.id);
      const subject = `【提醒中心】${items.length} 项期限需要您处理`;
      const text = [`${person.displayName}，以下期限需要您处理：`, ...items.map(noticeLine)].join('\n');
      await this.deliver(person, settings, topics, subject, text, now, run);
    }
    return run;
  }

  /** Notices that failed earlier today are sent again (a message once per group of topics claimed together). */
  async retryUnsent(now = clock.now()): Promise<NoticeRun> {
    const run: NoticeRun = { people: 0, sent: 0, failed: 0 };
    const repo = this.db.getRepository(AlertNoticeEntity);
    const rows = await repo.find({ where: { sentAt: IsNull(), attempts: LessThan(MAX_SEND_ATTEMPTS) }, order: { id: 'ASC' } });
    const groups = new Map<string, AlertNoticeEntity[]>();
    for (const r of rows) {
      if (chinaDay(new Date(r.createdAt)) !== chinaDay(now) || r.attempts === 0) continue;
      const key = `${r.userId}|${r.channel}|${r.body}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    if (!groups.size) return run;
    const [people, settingsFor] = await Promise.all([this.org.activePeople(), this.allSettings()]);
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const group of groups.values()) {
      const person = byId.get(group[0].userId);
      if (!person) continue;
      const settings = settingsFor(person.id);
      const [subject, ...lines] = group[0].body.split('\n');
      await this.send(person, settings, group[0].channel, group, subject, lines.join('\n'), now, run);
    }
    return run;
  }

  /** Claims the topics on each configured channel the person takes, and sends one message for what was claimed. */
  private async deliver(
    person: Person,
    settings: AlertSettings,
    topics: string[],
    subject: string,
    text: string,
    now: Date,
    run: NoticeRun,
  ): Promise<void> {
    const config = channelConfig();
    const channels: Channel[] = [];
    if (config.smtpUrl && settings.emailEnabled && settings.email) channels.push('email');
    if (config.wecomWebhookUrl && settings.wecomEnabled) channels.push('wecom');
    if (!channels.length) return;
    run.people++;
    for (const channel of channels) {
      const claimed = await this.claim(person.id, channel, topics, `${subject}\n${text}`, now);
      if (claimed.length) await this.send(person, settings, channel, claimed, subject, text, now, run);
    }
  }

  /** Writes a notice per topic not written before; answers those this call wrote (a unique row per person, topic, channel). */
  private async claim(userId: number, channel: Channel, topics: string[], body: string, now: Date): Promise<AlertNoticeEntity[]> {
    const repo = this.db.getRepository(AlertNoticeEntity);
    const existing = new Set(
      (await repo.find({ where: { userId, channel, topic: In(topics) }, select: { topic: true } })).map((n) => n.topic),
    );
    const claimed: AlertNoticeEntity[] = [];
    for (const topic of topics) {
      if (existing.has(topic)) continue;
      try {
        const row = repo.create({ userId, channel, topic, body, createdAt: now, sentAt: null, attempts: 0, lastError: null });
        claimed.push(await repo.save(row));
      } catch (error) {
        // Another process claimed it first (the unique index): that one sends it.
        if (!(await repo.existsBy({ userId, channel, topic }))) throw error;
      }
    }
    return claimed;
  }

  private async send(
    person: Person,
    settings: AlertSettings,
    channel: Channel,
    rows: AlertNoticeEntity[],
    subject: string,
    text: string,
    now: Date,
    run: NoticeRun,
  ): Promise<void> {
    const repo = this.db.getRepository(AlertNoticeEntity);
    const ids = rows.map((r) => r.id);
    const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
    try {
      const notice = rows[0].topic.startsWith('digest:') ? 'digest' : 'reminder';
      if (channel === 'email') await this.channels.sendMail(settings.email as string, subject, text, notice);
      else await this.channels.sendWecom(`**${subject}**\n${text}`);
      await repo.update({ id: In(ids) }, { sentAt: now, attempts, lastError: null });
      run.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`alert ${channel} to ${person.username} failed (attempt ${attempts}): ${message}`);
      await repo.update({ id: In(ids) }, { attempts, lastError: message.slice(0, 500) });
      run.failed++;
    }
  }
}
