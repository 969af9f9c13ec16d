import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { clock, dataVersion, DeadlineSource, isDeadlineSource, pageWindow, RequestUser } from '@storeops/api/core';
import {
  AlertCountResponse,
  AlertItem,
  canSeeDeadline,
  DeadlineRecord,
  deadlineState,
  ownsDeadline,
  Page,
} from '@storeops/shared/contracts';
import { AlertQueryDto } from './dto/alerts.dto';
import { WorkCalendarService } from './work-calendar.service';

const MINUTE = 60_000;

/**
 * The deadline engine: every domain's open deadlines, read through their deadline sources (providers marked with
 * DEADLINE_SOURCE, found at first use) and kept until their data changes; each one's state is derived at read time
 * from its history and the working calendar, so "due soon" and "overdue" are never a stored guess that goes stale.
 */
@Injectable()
export class DeadlinesService {
  private sources: DeadlineSource[] | null = null;
  private readonly kept = new Map<DeadlineSource, { key: string; records: DeadlineRecord[] }>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly calendar: WorkCalendarService,
  ) {}

  /** Every open deadline of every domain. */
  async openDeadlines(): Promise<DeadlineRecord[]> {
    this.sources ??= this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter(isDeadlineSource);
    const lists = await Promise.all(
      this.sources.map(async (source) => {
        const key = dataVersion(...source.dataKinds);
        const kept = this.kept.get(source);
        if (kept?.key === key) return kept.records;
        const records = await source.openDeadlines();
        this.kept.set(source, { key, records });
        return records;
      }),
    );
    return lists.flat();
  }

  /** The caller's alerts: open deadlines due soon or overdue, most overdue first. */
  async alerts(user: RequestUser, query: AlertQueryDto): Promise<Page<AlertItem>> {
    const items = (await this.visibleAlerts(user, query.mine ?? false)).filter(
      (a) =>
        (query.kind === undefined || a.kind === query.kind) &&
        (query.storeId === undefined || a.storeId === query.storeId) &&
        (query.status === undefined || a.status === query.status),
    );
    const window = pageWindow(query);
    return {
      items: items.slice(window.skip, window.skip + window.take),
      total: items.length,
      page: window.page,
      pageSize: window.pageSize,
    };
  }

  /** The badge: the caller's own alerts. */
  async count(user: RequestUser): Promise<AlertCountResponse> {
    const mine = await this.visibleAlerts(user, true);
    return { total: mine.length, overdue: mine.filter((a) => a.status === 'overdue').length };
  }

  private async visibleAlerts(user: RequestUser, mine: boolean): Promise<AlertItem[]> {
    const [records, calendar] = await Promise.all([this.openDeadlines(), this.calendar.calendar()]);
    const now = clock.now();
    const alerts: AlertItem[] = [];
    for (const record of records) {
      if (!canSeeDeadline(user, record) || (mine && !ownsDeadline(user, record))) continue;
      const state = deadlineState(calendar, record, now);
      if ((state.status !== 'due_soon' && state.status !== 'overdue') || !state.dueAt) continue;
      alerts.push({
        key: `${record.kind}:${record.entityId}`,
        kind: record.kind,
        entity: record.entity,
        entityId: record.entityId,
        title: record.title,
        storeId: record.storeId,
        ownerId: record.ownerId,
        dueAt: state.dueAt.toISOString(),
        status: state.status,
        workingMinutesLeft: Math.round((state.workingMsLeft ?? 0) / MINUTE),
        escalationLevel: 0,
      });
    }
    return alerts.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
  }
}
