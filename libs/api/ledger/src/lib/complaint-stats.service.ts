import { Inject, Injectable } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { ACTUALS_READER, ActualsReader, clock, startOfChinaDay } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import {
  addDays,
  COMPLAINT_STAGES,
  ComplaintGroupBy,
  complaintPeriodDays,
  ComplaintStageSla,
  ComplaintStatsResponse,
  ComplaintStatsRow,
  ComplaintTrendPoint,
  Metric,
  percentOf,
  ratePer10k,
} from '@storeops/shared/contracts';
import { stageMet, stageState } from './complaint-clock';
import { ComplaintsRepository } from './complaints.repository';
import { ComplaintsService } from './complaints.service';
import { ComplaintEntity, ComplaintStageEntity } from './entities/complaint.entity';

const DAY_MS = 86_400_000;

/** The store a complaint counts against: the one judged responsible, else the one it was received at. */
export const storeOfComplaint = (c: Pick<ComplaintEntity, 'responsibleStoreId' | 'storeId'>) => c.responsibleStoreId ?? c.storeId;

/** ISO week label (2026-W47) of a day. */
export function isoWeekOf(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = ms + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The period of the same form just before `period`. */
export function previousPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  if (/-W\d{2}$/.test(period)) return isoWeekOf(addDays(complaintPeriodDays(period).first, -7));
  const quarter = /-Q([1-4])$/.exec(period);
  if (quarter) return Number(quarter[1]) === 1 ? `${year - 1}-Q4` : `${year}-Q${Number(quarter[1]) - 1}`;
  const month = /^\d{4}-(\d{2})$/.exec(period);
  if (month) return Number(month[1]) === 1 ? `${year - 1}-12` : `${year}-${String(Number(month[1]) - 1).padStart(2, '0')}`;
  return String(year - 1);
}

interface Group {
  key: string | number;
  label: string;
  complaints: ComplaintEntity[];
  /** Stores whose 来客数 is the group's base (null: the whole chain's). */
  stores: number[] | null;
}

const UNKNOWN_CAUSE = '未定原因';

/** The report 投诉分析: counts by category, cause, store or region; rates per 10,000 来客数; SLA; follow-up; trend. */
@Injectable()
export class ComplaintStatsService {
  constructor(
    private readonly repo: ComplaintsRepository,
    private readonly complaints: ComplaintsService,
    private readonly stores: StoreDirectory,
    @Inject(ACTUALS_READER) private readonly actuals: ActualsReader,
  ) {}

  async stats(period: string, groupBy: ComplaintGroupBy, scopeStoreId: number | null = null): Promise<ComplaintStatsResponse> {
    const { first, last } = complaintPeriodDays(period);
    const from = startOfChinaDay(first);
    const to = new Date(startOfChinaDay(last).getTime() + DAY_MS);
    const inScope = (c: ComplaintEntity) => scopeStoreId === null || storeOfComplaint(c) === scopeStoreId || c.storeId === scopeStoreId;
    const [received, transactions, stores, regions, categories, causes, calendars] = await Promise.all([
      this.repo.receivedBetween(from, to),
      this.actuals.storeTotals(first, last, Metric.Transactions),
      this.stores.stores(),
      this.stores.regions(),
      this.repo.categories(),
      this.repo.causes(),
      this.complaints.calendars(),
    ]);
    const complaints = received.filter(inScope);
    const stages = await this.repo.stages(complaints.map((c) => c.id));
    const stagesOf = new Map<number, ComplaintStageEntity[]>();
    for (const s of stages) stagesOf.set(s.complaintId, [...(stagesOf.get(s.complaintId) ?? []), s]);
    const now = clock.now();
    const regionOf = new Map(stores.map((s) => [s.id, s.regionId]));
    const visibleStores = stores.filter((s) => scopeStoreId === null || s.id === scopeStoreId);

    const groups = new Map<string | number, Group>();
    const add = (key: string | number, label: string, c: ComplaintEntity | null, base: number[] | null) => {
      const g = groups.get(key) ?? { key, label, complaints: [], stores: base };
      if (c) g.complaints.push(c);
      groups.set(key, g);
    };
    if (groupBy === 'store') for (const s of visibleStores) if (s.status !== 'closed') add(s.id, `${s.code} ${s.name}`, null, [s.id]);
    if (groupBy === 'region')
      for (const r of regions) {
        const ids = visibleStores.filter((s) => s.regionId === r.id).map((s) => s.id);
        if (ids.length) add(r.id, r.name, null, ids);
      }
    const categoryById = new Map(categories.map((c) => [c.id, c]));
    const categoryLabel = (id: number) => {
      const c = categoryById.get(id);
      const parent = c?.parentId != null ? categoryById.get(c.parentId) : undefined;
      return c ? (parent ? `${parent.name} › ${c.name}` : c.name) : String(id);
    };
    const storeById = new Map(stores.map((s) => [s.id, s]));
    for (const c of complaints) {
      const store = storeOfComplaint(c);
      if (groupBy === 'category') add(c.categoryId, categoryLabel(c.categoryId), c, null);
      else if (groupBy === 'cause') add(c.causeCode ?? '', causes.find((k) => k.code === c.causeCode)?.name ?? UNKNOWN_CAUSE, c, null);
      else if (groupBy === 'store') {
        const s = storeById.get(store);
        add(store, s ? `${s.code} ${s.name}` : String(store), c, [store]);
      } else {
        const regionId = regionOf.get(store) ?? 0;
        add(
          regionId,
          regions.find((r) => r.id === regionId)?.name ?? '',
          c,
          visibleStores.filter((s) => s.regionId === regionId).map((s) => s.id),
        );
      }
    }
    const chainStores = visibleStores.map((s) => s.id);
    const rowOf = (g: Group) => this.row(g, g.stores ?? chainStores, transactions, stagesOf, calendars, now);
    const rows = [...groups.values()].map(rowOf).sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
    const total = rowOf({ key: 'total', label: '合计', complaints, stores: chainStores });
    return {
      period,
      from: first,
      to: last,
      groupBy,
      rows,
      total,
      stages: this.stageSla(stages, calendars, now),
      trend: await this.trend(period, inScope, chainStores),
    };
  }

  private row(
    g: Group,
    base: number[],
    transactions: ReadonlyMap<number, number>,
    stagesOf: ReadonlyMap<number, ComplaintStageEntity[]>,
    calendars: Awaited<ReturnType<ComplaintsService['calendars']>>,
    now: Date,
  ): ComplaintStatsRow {
    const known = base.filter((id) => transactions.has(id));
    const knownSet = new Set(known);
    const tx = known.length ? known.reduce((sum, id) => sum + (transactions.get(id) ?? 0), 0) : null;
    const valid = g.complaints.filter((c) => c.valid === true);
    // The rate counts the valid complaints of the stores whose 来客数 is known: an unknown base never reads as 0.
    const validKnown = valid.filter((c) => knownSet.has(storeOfComplaint(c))).length;
    const resolved = valid.filter((c) => c.resolution !== null);
    const followed = resolved.filter((c) => c.followUpReached);
    const keyResolved = resolved.filter((c) => c.keyCustomer);
    let finished = 0;
    let met = 0;
    for (const c of g.complaints)
      for (const s of stagesOf.get(c.id) ?? []) {
        const ok = stageMet(calendars, s, now);
        if (ok === null) continue;
        finished++;
        if (ok) met++;
      }
    const answered = g.complaints.filter((c) => c.satisfaction !== null);
    const count = (sat: string) => answered.filter((c) => c.satisfaction === sat).length;
    return {
      key: g.key,
      label: g.label,
      count: g.complaints.length,
      valid: valid.length,
      invalid: g.complaints.filter((c) => c.valid === false).length,
      ratePer10k: ratePer10k(validKnown, tx),
      transactions: tx,
      followUpRate: percentOf(followed.length, resolved.length),
      keyCustomers: g.complaints.filter((c) => c.keyCustomer).length,
      keyFollowUpRate: percentOf(keyResolved.filter((c) => c.followUpReached).length, keyResolved.length),
      slaMet: percentOf(met, finished),
      satisfied: count('satisfied'),
      neutral: count('neutral'),
      unsatisfied: count('unsatisfied'),
      satisfactionRate: percentOf(count('satisfied'), answered.length),
      reopened: g.complaints.filter((c) => c.reopenCount > 0).length,
      compensation: g.complaints.reduce((sum, c) => sum + (c.compensationPaid ?? 0), 0),
    };
  }

  private stageSla(
    stages: readonly ComplaintStageEntity[],
    calendars: Awaited<ReturnType<ComplaintsService['calendars']>>,
    now: Date,
  ): ComplaintStageSla[] {
    return COMPLAINT_STAGES.map((stage) => {
      const mine = stages.filter((s) => s.stage === stage);
      const judged = mine.map((s) => stageMet(calendars, s, now)).filter((m): m is boolean => m !== null);
      const open = mine.filter((s) => s.doneAt === null);
      return {
        stage,
        finished: judged.length,
        met: judged.filter(Boolean).length,
        rate: percentOf(judged.filter(Boolean).length, judged.length),
        open: open.length,
        overdue: open.filter((s) => stageState(calendars, s, now).status === 'overdue').length,
      };
    });
  }

  /** The 12 periods of the same form up to this one: complaints, valid, rate over the chain's known 来客数. */
  private async trend(period: string, inScope: (c: ComplaintEntity) => boolean, chainStores: number[]): Promise<ComplaintTrendPoint[]> {
    const periods = [period];
    while (periods.length < 12) periods.unshift(previousPeriod(periods[0]));
    const span = periods.map((p) => ({ period: p, ...complaintPeriodDays(p) }));
    const from = startOfChinaDay(span[0].first);
    const to = new Date(startOfChinaDay(span[span.length - 1].last).getTime() + DAY_MS);
    const all = (await this.repo.receivedBetween(from, to)).filter(inScope);
    const txs = await Promise.all(span.map((p) => this.actuals.storeTotals(p.first, p.last, Metric.Transactions)));
    return span.map((p, i) => {
      const start = startOfChinaDay(p.first).getTime();
      const end = startOfChinaDay(p.last).getTime() + DAY_MS;
      const mine = all.filter((c) => new Date(c.receivedAt).getTime() >= start && new Date(c.receivedAt).getTime() < end);
      const known = chainStores.filter((id) => txs[i].has(id));
      const knownSet = new Set(known);
      const tx = known.length ? known.reduce((sum, id) => sum + (txs[i].get(id) ?? 0), 0) : null;
      const valid = mine.filter((c) => c.valid === true);
      return {
        period: p.period,
        count: mine.length,
        valid: valid.length,
        ratePer10k: ratePer10k(valid.filter((c) => knownSet.has(storeOfComplaint(c))).length, tx),
      };
    });
  }

  /** The report as a workbook: the same rows and columns as the page. */
  async statsWorkbook(
    period: string,
    groupBy: ComplaintGroupBy,
    scopeStoreId: number | null,
  ): Promise<{ fileName: string; content: Buffer }> {
    const stats = await this.stats(period, groupBy, scopeStoreId);
    const wb = new Workbook();
    const ws = wb.addWorksheet('投诉分析');
    const by = { category: '投诉类别', cause: '投诉原因', store: '门店', region: '区域' }[groupBy];
    ws.addRow([`投诉分析 ${period}（${stats.from} 至 ${stats.to}）`]);
    ws.addRow([
      by,
      '投诉数',
      '有效',
      '无效',
      '来客数',
      '每万来客投诉率',
      '回访率 %',
      '重点顾客',
      '重点顾客回访率 %',
      'SLA 达成率 %',
      '满意',
      '一般',
      '不满意',
      '重开',
      '赔付金额（元）',
    ]);
    for (const r of [...stats.rows, stats.total])
      ws.addRow([
        r.label,
        r.count,
        r.valid,
        r.invalid,
        r.transactions,
        r.ratePer10k === null ? null : Math.round(r.ratePer10k * 10_000) / 10_000,
        r.followUpRate,
        r.keyCustomers,
        r.keyFollowUpRate,
        r.slaMet,
        r.satisfied,
        r.neutral,
        r.unsatisfied,
        r.reopened,
        r.compensation / 100,
      ]);
    ws.getRow(2).font = { bold: true };
    ws.getColumn(15).numFmt = '#,##0.00';
    return { fileName: `complaints-${period}-${groupBy}.xlsx`, content: Buffer.from(await wb.xlsx.writeBuffer()) };
  }
}
