import { HttpStatus, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  bumpDataVersion,
  withDataVersion,
  chinaDay,
  clock,
  codedError,
  dataVersion,
  invalidField,
  invalidRequest,
  RequestUser,
  runInTransaction,
  staleVersion,
} from '@storeops/api/core';
import {
  addWorkingDays,
  addWorkingHours,
  chinaInstant,
  daysFromTo,
  DEFAULT_WORKING_HOURS,
  MAX_CLOSURE_DAYS,
  Role,
  StoreClosureResponse,
  WorkingHours,
  workingHoursProblem,
  WorkingHoursResponse,
  WorkCalendar,
  workCalendarOf,
  WorkCalendarAddResponse,
  WorkCalendarExceptionInput,
  WorkCalendarImportResponse,
  WorkCalendarResponse,
  WorkCalendarYearsResponse,
  yearDays,
} from '@storeops/shared/contracts';
import { CreateStoreClosureDto, ReplaceWorkCalendarDto, WorkCalendarAddQueryDto, WorkingHoursDto } from './dto/work-calendar.dto';
import { StoreClosureEntity, WorkingHoursEntity } from './entities/calendar-settings.entity';
import { OrgPort } from './org-port';
import { calendarSheetRows, readCalendarRows } from './calendar-sheet';
import { WorkCalendarDayEntity } from './entities/work-calendar-day.entity';
import { WorkCalendarYearEntity } from './entities/work-calendar-year.entity';
import { FIRST_PUBLISHED_YEAR, publishedYear } from './published-holidays';

interface Loaded {
  key: string;
  calendar: WorkCalendar;
  names: Map<string, string | null>;
  years: Map<number, WorkCalendarYearEntity>;
  hours: WorkingHoursEntity | null;
  /** Each store's closure days, as calendars of their own (the chain's with the store's days off). */
  storeCalendars: Map<number, WorkCalendar>;
}

const HOURS_ROW = 1;

function closureOf(c: StoreClosureEntity): StoreClosureResponse {
  return {
    id: c.id,
    storeId: c.storeId,
    from: c.fromDate,
    to: c.toDate,
    reason: c.reason,
    createdBy: c.createdBy,
    createdAt: new Date(c.createdAt).toISOString(),
  };
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
    private readonly org: OrgPort,
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
          await bumpDataVersion(em, 'calendar');
        });
        added.push(year);
      } catch (error) {
        // Another process starting at the same time seeded the year first: its rows stand.
        if (!(await this.db.getRepository(WorkCalendarYearEntity).existsBy({ year }))) throw error;
      }
    }
    return added;
  }

  /** The calendar every deadline reads: the exceptions of every year entered and the working hours. */
  async calendar(): Promise<WorkCalendar> {
    return (await this.load()).calendar;
  }

  /** The calendars of the stores that have closure days (a store not in the map works the chain's calendar). */
  async storeCalendars(): Promise<ReadonlyMap<number, WorkCalendar>> {
    return (await this.load()).storeCalendars;
  }

  async hours(): Promise<WorkingHoursResponse> {
    const { calendar, hours } = await this.load();
    return {
      hours: calendar.hours,
      version: hours?.version ?? 0,
      updatedBy: hours?.updatedBy ?? null,
      updatedAt: hours?.updatedAt ? new Date(hours.updatedAt).toISOString() : null,
    };
  }

  /** The admin sets the working hours (start before end, a lunch inside them with both ends, or none). */
  async replaceHours(user: RequestUser, dto: WorkingHoursDto): Promise<WorkingHoursResponse> {
    const hours: WorkingHours = { start: dto.start, end: dto.end, lunchStart: dto.lunchStart ?? null, lunchEnd: dto.lunchEnd ?? null };
    const problem = workingHoursProblem(hours);
    if (problem) throw invalidField(problem.startsWith('lunch') ? 'lunchStart' : 'end', `calendar.hours_${problem}`);
    await runInTransaction(
      this.db,
      withDataVersion('calendar', async (em) => {
        const row = await em.findOneBy(WorkingHoursEntity, { id: HOURS_ROW });
        const version = row?.version ?? 0;
        if (dto.version !== undefined && dto.version !== version) throw staleVersion(dto.version, version);
        await em.save(
          em.create(WorkingHoursEntity, {
            id: HOURS_ROW,
            ...hours,
            version: version + 1,
            updatedBy: user.username,
            updatedAt: clock.now(),
          }),
        );
        await this.audit.record(
          em,
          actorOf(user),
          'update',
          'work_calendar_hours',
          HOURS_ROW,
          row ? { ...row } : { ...DEFAULT_WORKING_HOURS },
          hours,
        );
      }),
    );
    return this.hours();
  }

  /** Closures of every store, or of one; a 店长 only ever gets their own store's. */
  async closures(user: RequestUser, storeId?: number): Promise<StoreClosureResponse[]> {
    const only = user.role === Role.StoreManager ? (user.storeId ?? -1) : storeId;
    const rows = await this.db
      .getRepository(StoreClosureEntity)
      .find({ where: only === undefined ? {} : { storeId: only }, order: { fromDate: 'DESC', id: 'DESC' } });
    return rows.map(closureOf);
  }

  async addClosure(user: RequestUser, dto: CreateStoreClosureDto): Promise<StoreClosureResponse> {
    if (dto.to < dto.from) throw invalidField('to', 'calendar.closure_ends_before_start', { from: dto.from, to: dto.to });
    if (daysFromTo(dto.from, dto.to).length > MAX_CLOSURE_DAYS)
      throw invalidField('to', 'calendar.closure_too_long', { max: MAX_CLOSURE_DAYS });
    if (!(await this.org.existingStoreIds([dto.storeId])).length) throw invalidField('storeId', 'store.not_found', { id: dto.storeId });
    const saved = await runInTransaction(
      this.db,
      withDataVersion('calendar', async (em) => {
        const row = await em.save(
          em.create(StoreClosureEntity, {
            storeId: dto.storeId,
            fromDate: dto.from,
            toDate: dto.to,
            reason: dto.reason,
            createdBy: user.username,
            createdAt: clock.now(),
          }),
        );
        await this.audit.record(em, actorOf(user), 'create', 'store_closure', row.id, null, closureOf(row));
        return row;
      }),
    );
    return closureOf(saved);
  }

  async removeClosure(user: RequestUser, id: number): Promise<void> {
    await runInTransaction(
      this.db,
      withDataVersion('calendar', async (em) => {
        const row = await em.findOneBy(StoreClosureEntity, { id });
        if (!row) throw codedError(HttpStatus.NOT_FOUND, 'http.not_found');
        await em.delete(StoreClosureEntity, { id });
        await this.audit.record(em, actorOf(user), 'delete', 'store_closure', id, closureOf(row), null);
      }),
    );
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
    await runInTransaction(
      this.db,
      withDataVersion('calendar', async (em) => {
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
      }),
    );
    return this.year(year);
  }

  /** Replaces a year from the office's sheet: every row checked first, then the same replacement as PUT. */
  async importSheet(user: RequestUser, year: number, buffer: Buffer | undefined): Promise<WorkCalendarImportResponse> {
    if (!buffer?.length) throw invalidField('file', 'calendar.import_not_sheet');
    const rows = await calendarSheetRows(buffer);
    if (!rows) throw invalidField('file', 'calendar.import_not_sheet', {}, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    const { days, errors } = readCalendarRows(rows, year);
    if (errors.length) throw invalidRequest(errors);
    if (!days.length) throw invalidField('file', 'calendar.import_empty');
    const saved = await this.replaceYear(user, year, { days });
    return {
      ...saved,
      imported: {
        holidays: days.filter((d) => d.type === 'holiday').length,
        makeupWorkdays: days.filter((d) => d.type === 'makeup_workday').length,
      },
    };
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
    const [years, days, hours, closures] = await Promise.all([
      this.db.getRepository(WorkCalendarYearEntity).find(),
      this.db.getRepository(WorkCalendarDayEntity).find({ order: { date: 'ASC' } }),
      this.db.getRepository(WorkingHoursEntity).findOneBy({ id: HOURS_ROW }),
      this.db.getRepository(StoreClosureEntity).find({ order: { id: 'ASC' } }),
    ]);
    const workingHours: WorkingHours = hours
      ? { start: hours.start, end: hours.end, lunchStart: hours.lunchStart, lunchEnd: hours.lunchEnd }
      : DEFAULT_WORKING_HOURS;
    const calendar = workCalendarOf(days, workingHours);
    const closedDays = new Map<number, string[]>();
    for (const c of closures) closedDays.set(c.storeId, [...(closedDays.get(c.storeId) ?? []), ...daysFromTo(c.fromDate, c.toDate)]);
    this.loaded = {
      key,
      calendar,
      names: new Map(days.map((d) => [d.date, d.name])),
      years: new Map(years.map((y) => [y.year, y])),
      hours,
      storeCalendars: new Map([...closedDays].map(([storeId, closed]) => [storeId, { ...calendar, closed: new Set(closed) }])),
    };
    return this.loaded;
  }
}
