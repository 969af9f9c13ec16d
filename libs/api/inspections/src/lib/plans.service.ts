import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import {
  withDataVersion,
  chinaDay,
  clock,
  codedError,
  invalidField,
  RequestUser,
  runInTransaction,
  staleVersion,
  startOfChinaDay,
} from '@storeops/api/core';
import { StoreEntity } from '@storeops/api/org';
import {
  DuePlanItem,
  InspectionPlanDueResponse,
  InspectionPlanResponse,
  PlanBoardItem,
  PlanBoardResponse,
  PlanBoardTotals,
  PlanCoverageRow,
  PlanFrequency,
  planItemDueDate,
  planPeriodOf,
  planPeriodsStartingIn,
  PlanPeriodInfo,
  previousPlanPeriod,
  Role,
  shiftDay,
  StoreStatus,
} from '@storeops/shared/contracts';
import { CreatePlanDto, PlanBoardQueryDto, PlanDueQueryDto, UpdatePlanDto } from './dto/plan.dto';
import { InspectionPlanEntity } from './entities';
import { InspectionKey, InspectionsRepository } from './inspections.repository';
import { written } from './mappers';

function toPlanResponse(p: InspectionPlanEntity): InspectionPlanResponse {
  return {
    id: p.id,
    specialistId: p.specialistId,
    specialistName: p.specialist?.displayName ?? '',
    categoryId: p.categoryId,
    frequency: p.frequency,
    storeIds: p.storeIds,
    active: p.active,
    version: p.version,
    createdAt: new Date(p.createdAt).toISOString(),
  };
}

/** A plan period as days (inclusive) and as the instants [from, to) of China time. */
interface PeriodRef {
  start: string;
  end: string;
  from: Date;
  to: Date;
}

function ref(p: { start: string; end: string }): PeriodRef {
  return { ...p, from: startOfChinaDay(p.start), to: startOfChinaDay(shiftDay(p.end, 1)) };
}

/** The instant an inspection counts at: the start of the plan period it closes, else when it was made. */
function countedAt(k: InspectionKey): Date {
  return k.planPeriodStart ? startOfChinaDay(k.planPeriodStart) : k.inspectedAt;
}

function totals(items: readonly PlanBoardItem[]): PlanBoardTotals {
  const n = (s: PlanBoardItem['status']) => items.filter((i) => i.status === s).length;
  return { items: items.length, due: n('due'), done: n('done'), doneLate: n('done_late'), overdue: n('overdue') };
}

/** 检查计划: rules, what they make due in which period, what closed each item, and edits (改派). */
@Injectable()
export class PlansService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: InspectionsRepository,
    private readonly audit: AuditService,
  ) {}

  /** A specialist sees their own rules; ops managers and admins every rule. */
  async list(user: RequestUser): Promise<InspectionPlanResponse[]> {
    return (await this.repo.findPlans(user.role === Role.Specialist ? user.id : undefined)).map(toPlanResponse);
  }

  async create(user: RequestUser, dto: CreatePlanDto): Promise<InspectionPlanResponse> {
    const categoryId = dto.categoryId ?? null;
    await this.checkSpecialist(dto.specialistId, categoryId);
    await this.checkStores(dto.storeIds);
    return runInTransaction(
      this.db,
      withDataVersion('inspections', async (em) => {
        const saved = await em.save(
          em.create(InspectionPlanEntity, {
            specialistId: dto.specialistId,
            categoryId,
            frequency: dto.frequency,
            storeIds: dto.storeIds?.length ? [...new Set(dto.storeIds)] : null,
            active: true,
            createdBy: user.username,
            createdAt: clock.now(),
          }),
        );
        const view = toPlanResponse(written(await this.repo.findPlan(saved.id, em), 'plan'));
        await this.audit.record(em, user, 'create', 'inspection_plan', saved.id, null, view);
        return view;
      }),
    );
  }

  /**
   * 改派 and edits: another specialist (who must cover the rule's category), store set or frequency, or the rule
   * switched off. Carries the version read; a stale one gets 409 and changes nothing.
   */
  async update(user: RequestUser, id: number, dto: UpdatePlanDto): Promise<InspectionPlanResponse> {
    const plan = await this.repo.findPlan(id);
    if (!plan) throw codedError(404, 'plan.not_found', { id });
    if (dto.specialistId !== undefined) await this.checkSpecialist(dto.specialistId, plan.categoryId, 'specialistId');
    await this.checkStores(dto.storeIds ?? undefined);
    return runInTransaction(
      this.db,
      withDataVersion('inspections', async (em) => {
        const current = written(await this.repo.findPlan(id, em), 'plan');
        if (current.version !== dto.version) throw stale(dto.version, current.version);
        const before = toPlanResponse(current);
        const patch: Partial<InspectionPlanEntity> = {};
        if (dto.specialistId !== undefined) patch.specialistId = dto.specialistId;
        if (dto.frequency !== undefined) patch.frequency = dto.frequency;
        if (dto.storeIds !== undefined) patch.storeIds = dto.storeIds?.length ? [...new Set(dto.storeIds)] : null;
        if (dto.active !== undefined) patch.active = dto.active;
        const result = await em.update(InspectionPlanEntity, { id, version: dto.version }, { ...patch, version: dto.version + 1 });
        if (!result.affected) throw stale(dto.version, current.version + 1);
        const after = toPlanResponse(written(await this.repo.findPlan(id, em), 'plan'));
        await this.audit.record(em, user, 'update', 'inspection_plan', id, before, after);
        return after;
      }),
    );
  }

  /**
   * What the rules make due around `date`: items of the current period not yet closed, and items of the previous
   * period never closed (overdue). A specialist sees their own; an ops manager everyone's, with coverage by
   * specialist. An inspection closes an item of the period it was made in, or of the period it names
   * (planPeriodStart) — so an overdue item done late does not also close this period's.
   */
  async due(user: RequestUser, query: PlanDueQueryDto): Promise<InspectionPlanDueResponse> {
    const date = query.date ?? chinaDay(clock.now());
    const plans = await this.activePlans(user);
    const current = (f: PlanFrequency) => planPeriodOf(date, f);
    const items = await this.evaluate(
      plans,
      (p) => [previousPlanPeriod(current(p.frequency).start, p.frequency), current(p.frequency)],
      date,
    );

    const coverage = new Map<number, PlanCoverageRow>();
    for (const plan of plans) {
      if (!coverage.has(plan.specialistId)) {
        coverage.set(plan.specialistId, {
          specialistId: plan.specialistId,
          specialistName: plan.specialist?.displayName ?? '',
          due: 0,
          done: 0,
          overdue: 0,
        });
      }
    }
    const out: DuePlanItem[] = [];
    for (const item of items) {
      const row = coverage.get(item.specialistId) as PlanCoverageRow;
      const isCurrent = item.periodStart === current(item.frequency).start;
      if (isCurrent) {
        row.due++;
        if (item.status === 'done' || item.status === 'done_late') row.done++;
      } else if (item.status === 'overdue') row.overdue++;
      if (item.status === 'due' || item.status === 'overdue') {
        out.push({
          planId: item.planId,
          specialistId: item.specialistId,
          specialistName: item.specialistName,
          storeId: item.storeId,
          storeCode: item.storeCode,
          storeName: item.storeName,
          categoryId: item.categoryId,
          frequency: item.frequency,
          periodStart: item.periodStart,
          periodEnd: item.periodEnd,
          dueDate: item.dueDate,
          overdue: item.status === 'overdue',
        });
      }
    }
    out.sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) || a.storeCode.localeCompare(b.storeCode) || (a.categoryId ?? 0) - (b.categoryId ?? 0),
    );
    const frequencies = [...new Set(plans.map((p) => p.frequency))].sort();
    const periods: PlanPeriodInfo[] = frequencies.map((frequency) => ({
      frequency,
      periodStart: current(frequency).start,
      periodEnd: current(frequency).end,
    }));
    return { date, periods, items: out, coverage: [...coverage.values()] };
  }

  /**
   * The month board: every item of the periods starting in `month` (monthly rules: that month; weekly: the weeks
   * beginning in it), due, done, done late or overdue as of today, with the inspection that closed it.
   */
  async board(user: RequestUser, query: PlanBoardQueryDto): Promise<PlanBoardResponse> {
    const today = chinaDay(clock.now());
    const month = query.month ?? today.slice(0, 7);
    const plans = await this.activePlans(user);
    const items = await this.evaluate(plans, (p) => planPeriodsStartingIn(month, p.frequency), today);
    items.sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        a.storeCode.localeCompare(b.storeCode) ||
        (a.categoryId ?? 0) - (b.categoryId ?? 0) ||
        a.planId - b.planId,
    );
    const bySpecialist = new Map<number, { name: string; items: PlanBoardItem[] }>();
    for (const p of plans)
      if (!bySpecialist.has(p.specialistId)) bySpecialist.set(p.specialistId, { name: p.specialist?.displayName ?? '', items: [] });
    for (const i of items) bySpecialist.get(i.specialistId)?.items.push(i);
    return {
      month,
      today,
      items,
      totals: totals(items),
      bySpecialist: [...bySpecialist.entries()]
        .map(([specialistId, v]) => ({ specialistId, specialistName: v.name, ...totals(v.items) }))
        .sort((a, b) => a.specialistName.localeCompare(b.specialistName, 'zh-CN')),
    };
  }

  /**
   * Every item of every active rule that is still open as of `today`: due in the current period, or overdue from the
   * previous one (what the 提醒中心 shows each specialist).
   */
  async openItems(today: string): Promise<PlanBoardItem[]> {
    const plans = (await this.repo.findPlans(undefined)).filter((p) => p.active);
    const items = await this.evaluate(
      plans,
      (p) => [previousPlanPeriod(planPeriodOf(today, p.frequency).start, p.frequency), planPeriodOf(today, p.frequency)],
      today,
    );
    return items.filter((i) => i.status === 'due' || i.status === 'overdue');
  }

  private async activePlans(user: RequestUser): Promise<InspectionPlanEntity[]> {
    return (await this.repo.findPlans(user.role === Role.Specialist ? user.id : undefined)).filter((p) => p.active);
  }

  /**
   * Every item (rule × open store in its scope × period) of the periods `periodsOf` gives each rule, for periods
   * that end after the rule was made; its status as of `today` and the first inspection that closed it.
   */
  private async evaluate(
    plans: InspectionPlanEntity[],
    periodsOf: (plan: InspectionPlanEntity) => Array<{ start: string; end: string }>,
    today: string,
  ): Promise<PlanBoardItem[]> {
    const stores = (await this.repo.findAllStores()).filter((s) => s.status === StoreStatus.Open);
    const periods = new Map(plans.map((p) => [p.id, periodsOf(p).map(ref)]));
    const all = [...periods.values()].flat();
    if (!all.length) return [];
    const from = new Date(Math.min(...all.map((p) => p.from.getTime())));
    const to = new Date(Math.max(...all.map((p) => p.to.getTime())));
    const keys = await this.repo.findInspectionKeys(from, to, chinaDay(from), chinaDay(to));
    const byPair = new Map<string, InspectionKey[]>();
    for (const k of keys) {
      const pair = `${k.storeId}:${k.categoryId ?? 'general'}`;
      byPair.set(pair, [...(byPair.get(pair) ?? []), k]);
    }

    const items: PlanBoardItem[] = [];
    for (const plan of plans) {
      const inScope: StoreEntity[] = plan.storeIds ? stores.filter((s) => plan.storeIds?.includes(s.id)) : stores;
      for (const period of periods.get(plan.id) ?? []) {
        if (new Date(plan.createdAt).getTime() >= period.to.getTime()) continue;
        inScope.forEach((store, index) => {
          const closing = (byPair.get(`${store.id}:${plan.categoryId ?? 'general'}`) ?? []).find((k) => {
            const at = countedAt(k).getTime();
            return at >= period.from.getTime() && at < period.to.getTime();
          });
          const status: PlanBoardItem['status'] = closing
            ? closing.inspectedAt.getTime() >= period.to.getTime()
              ? 'done_late'
              : 'done'
            : period.end < today
              ? 'overdue'
              : 'due';
          items.push({
            planId: plan.id,
            specialistId: plan.specialistId,
            specialistName: plan.specialist?.displayName ?? '',
            storeId: store.id,
            storeCode: store.code,
            storeName: store.name,
            categoryId: plan.categoryId,
            frequency: plan.frequency,
            periodStart: period.start,
            periodEnd: period.end,
            dueDate: planItemDueDate(period.start, period.end, index, inScope.length),
            status,
            inspectionId: closing?.id ?? null,
            inspectedAt: closing ? closing.inspectedAt.toISOString() : null,
            inspectorName: closing?.inspectorName ?? null,
          });
        });
      }
    }
    return items;
  }

  private async checkSpecialist(specialistId: number, categoryId: number | null, field = 'categoryId'): Promise<void> {
    const specialist = await this.repo.findUserWithCategories(specialistId);
    if (!specialist || specialist.role !== Role.Specialist || !specialist.active) {
      throw invalidField('specialistId', 'plan.not_a_specialist', { userId: specialistId });
    }
    if (categoryId !== null && !(specialist.categories ?? []).some((c) => c.id === categoryId)) {
      throw invalidField(field, 'plan.category_not_covered', { categoryId, user: specialist.username });
    }
  }

  private async checkStores(storeIds: number[] | null | undefined): Promise<void> {
    if (!storeIds?.length) return;
    const known = new Set((await this.repo.findAllStores()).map((s) => s.id));
    const unknown = [...new Set(storeIds)].filter((id) => !known.has(id));
    if (unknown.length) {
      throw invalidField('storeIds', 'plan.unknown_stores', { storeIds: unknown.join(', ') });
    }
  }
}

function stale(expected: number, current: number) {
  return staleVersion(expected, current, 'plan.stale_version', 'plan.changed');
}
