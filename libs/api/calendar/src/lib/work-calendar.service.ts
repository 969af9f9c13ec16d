import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  bumpDataVersion,
  chinaDay,
  clock,
  dataVersion,
  invalidField,
  RequestUser,
  runInTransaction,
  staleVersion,
} from '@storeops/api/core';
import {
  addWorkingDays,
  addWorkingHours,
  chinaInstant,
  DEFAULT_WORKING_HOURS,
  WorkCalendar,
  workCalendarOf,
  WorkCalendarAddResponse,
  WorkCalendarExceptionInput,
  WorkCalendarResponse,
  WorkCalendarYearsResponse,
  yearDays,
} from '@storeops/shared/contracts';
import { ReplaceWorkCalendarDto, WorkCalendarAddQueryDto } from './dto/work-calendar.dto';
import { WorkCalendarDayEntity } from './entities/work-calendar-day.entity';
import { WorkCalendarYearEntity } from './entities/work-calendar-year.entity';
import { FIRST_PUBLISHED_YEAR, publishedYear } from './published-holidays';

interface Loaded {
  key: string;
  calendar: WorkCalendar;
  names: Map<string, string | null>;
  years: Map<number, WorkCalendarYearEntity>;
}

/** An instant given without a zone is China time; a bare day is its China midnight. */
export function parseChinaInstant(text: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00+08:00`);
  return new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text.replace(' ', 'T')}+08:00`);
}

/**
 * The working calendar: seeded at start with every published year the holiday package knows that the database does
 * not have yet (a year the office replaced is never overwritten), read whole into memory — a few hundred rows — and
 * read again after a write. Every deadline of the product is computed from `calendar()`.
 */
@Injectable()
export class WorkCalendarService implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkCalendarService.name);
  private loaded: Loaded | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const added = await this.seedPublishedYears();
    if (added.length > 0) this.logger.log(`work calendar: ${added.length} published years added (${added[0]}–${added[added.length - 1]})`);
  }

  /** Adds the published years the database lacks, from the package's first year to two years ahead; answers those added. */
  async seedPublishedYears(): Promise<number[]> {
    const last = Number(chinaDay().slice(0, 4)) + 2;
    const known = new Set((await this.db.getRepository(WorkCalendarYearEntity).find({ select: { year: true } })).map((y) => y.year));
    const missing: Array<[number, WorkCalendarExceptionInput[]]> = [];
    for (let year = FIRST_PUBLISHED_YEAR; year <= last; year++) {
      if (known.has(year)) continue;
      const days = publishedYear(year);
      if (days) missing.push([year, days]);
    }
    const added: number[] = [];
    for (const [year, days] of missing) {
      try {
        await runInTransaction(this.db, async (em) => {
          await em.insert(WorkCalendarYearEntity, { year, source: 'package', updatedBy: null, updatedAt: clock.now(), version: 1 });
          await this.insertDays(em, year, days);
        });
        added.push(year);
      } catch (error) {
        // Another process starting at the same time seeded the year first: its rows stand.
        if (!(await this.db.getRepository(WorkCalendarYearEntity).existsBy({ year }))) throw error;
      }
    }
    if (added.length > 0) bumpDataVersion('calendar');
    return added;
  }

  /** The calendar every deadline reads: the exceptions of every year entered and the working hours. */
  async calendar(): Promise<WorkCalendar> {
    return (await this.load()).calendar;
  }

  async year(year: number): Promise<WorkCalendarResponse> {
    const { calendar, names, years } = await this.load();
    const entry = years.get(year);
    return {
      year,
      source: entry?.source ?? 'missing',
      updatedBy: entry?.updatedBy ?? null,
      updatedAt: entry?.updatedAt ? new Date(entry.updatedAt).toISOString() : null,
      version: entry?.version ?? 0,
      hours: calendar.hours,
      days: yearDays(calendar, year, names),
    };
  }

  async years(): Promise<WorkCalendarYearsResponse> {
    const { years } = await this.load();
    const today = chinaDay();
    const nextYear = Number(today.slice(0, 4)) + 1;
    return {
      years: [...years.values()]
        .sort((a, b) => a.year - b.year)
        .map((y) => ({ year: y.year, source: y.source, updatedAt: y.updatedAt ? new Date(y.updatedAt).toISOString() : null })),
      nextYear,
      // From December on, the office is told when next year's schedule is not in yet.
      nextYearMissing: today.slice(5, 7) === '12' && !years.has(nextYear),
    };
  }

  /** Replaces a year's exceptions with the office's list (checked whole first: nothing is saved when one day is wrong). */
  async replaceYear(user: RequestUser, year: number, dto: ReplaceWorkCalendarDto): Promise<WorkCalendarResponse> {
    const seen = new Set<string>();
    dto.days.forEach((day, i) => {
      const field = `days.${i}.date`;
      if (!day.date.startsWith(`${year}-`)) throw invalidField(field, 'calendar.day_outside_year', { date: day.date, year });
      if (seen.has(day.date)) throw invalidField(field, 'calendar.day_twice', { date: day.date });
      seen.add(day.date);
      const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay();
      if (day.type === 'makeup_workday' && weekday !== 0 && weekday !== 6) {
        throw invalidField(`days.${i}.type`, 'calendar.makeup_not_weekend', { date: day.date });
      }
    });
    await runInTransaction(this.db, async (em) => {
      const entry = await em.findOneBy(WorkCalendarYearEntity, { year });
      const version = entry?.version ?? 0;
      if (dto.version !== undefined && dto.version !== version) throw staleVersion(dto.version, version);
      const before = await em.findBy(WorkCalendarDayEntity, { year });
      await em.delete(WorkCalendarDayEntity, { year });
      await this.insertDays(em, year, dto.days);
      await em.save(
        em.create(WorkCalendarYearEntity, {
          year,
          source: 'office',
          updatedBy: user.username,
          updatedAt: clock.now(),
          version: version + 1,
        }),
      );
      await this.audit.record(
        em,
        actorOf(user),
        'update',
        'work_calendar_year',
        year,
        { days: before.map(({ date, type, name }) => ({ date, type, name })) },
        { days: dto.days.map(({ date, type, name }) => ({ date, type, name: name ?? null })) },
      );
    }).finally(() => bumpDataVersion('calendar'));
    return this.year(year);
  }

  async add(query: WorkCalendarAddQueryDto): Promise<WorkCalendarAddResponse> {
    const hasDays = query.workingDays !== undefined;
    if (hasDays === (query.workingHours !== undefined)) throw invalidField('workingDays', 'calendar.add_one_measure');
    const from = parseChinaInstant(query.from);
    const calendar = await this.calendar();
    const due = hasDays
      ? addWorkingDays(calendar, from, query.workingDays as number)
      : addWorkingHours(calendar, from, query.workingHours as number);
    return { from: chinaInstant(from), due: chinaInstant(due) };
  }

  private async insertDays(em: EntityManager, year: number, days: readonly WorkCalendarExceptionInput[]): Promise<void> {
    const rows = days.map((d) => ({ date: d.date, year, type: d.type, name: d.name ?? null }));
    for (let i = 0; i < rows.length; i += 200) await em.insert(WorkCalendarDayEntity, rows.slice(i, i + 200));
  }

  private async load(): Promise<Loaded> {
    const key = dataVersion('calendar');
    if (this.loaded?.key === key) return this.loaded;
    const [years, days] = await Promise.all([
      this.db.getRepository(WorkCalendarYearEntity).find(),
      this.db.getRepository(WorkCalendarDayEntity).find({ order: { date: 'ASC' } }),
    ]);
    this.loaded = {
      key,
      calendar: workCalendarOf(days, DEFAULT_WORKING_HOURS),
      names: new Map(days.map((d) => [d.date, d.name])),
      years: new Map(years.map((y) => [y.year, y])),
    };
    return this.loaded;
  }
}
