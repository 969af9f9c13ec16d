import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import { chinaDay, clock, DetailedError, Period, RequestUser, runInTransaction } from '@storeops/api/core';
import {
  DuePlanItem,
  InspectionPlanDueResponse,
  InspectionPlanResponse,
  PlanCoverageRow,
  Role,
  StoreStatus,
} from '@storeops/shared/contracts';
import { planPeriods } from './china-time';
import { CreatePlanDto, PlanDueQueryDto } from './dto/plan.dto';
import { InspectionPlanEntity } from './entities';
import { InspectionsRepository } from './inspections.repository';
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
  };
}

function invalid(field: string, problem: string): DetailedError {
  return new DetailedError(400, 'Invalid request', [{ field, problem }]);
}

/** 检查计划: rules and the (store, category) pairs they make due, done or overdue. */
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
    const specialist = await this.repo.findUserWithCategories(dto.specialistId);
    if (!specialist || specialist.role !== Role.Specialist) throw invalid('specialistId', `user ${dto.specialistId} is not a specialist`);
    const categoryId = dto.categoryId ?? null;
    if (categoryId !== null && !(specialist.categories ?? []).some((c) => c.id === categoryId)) {
      throw invalid('categoryId', `category ${categoryId} is not one of ${specialist.username}'s categories`);
    }
    const stores = new Set((await this.repo.findAllStores()).map((s) => s.id));
    const unknown = (dto.storeIds ?? []).filter((id) => !stores.has(id));
    if (unknown.length) throw invalid('storeIds', `stores ${unknown.join(', ')} do not exist`);
    return runInTransaction(this.db, async (em) => {
      const saved = await em.save(
        em.create(InspectionPlanEntity, {
          specialistId: specialist.id,
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
    });
  }

  /**
   * What the rules make due around `date`: pairs of the current period not yet inspected (by anyone, in that
   * store and category), and pairs of the previous period never inspected, flagged overdue. A specialist sees
   * their own; an ops manager sees everyone's, with coverage by specialist.
   */
  async due(user: RequestUser, query: PlanDueQueryDto): Promise<InspectionPlanDueResponse> {
    const date = query.date ?? chinaDay(clock.now());
    const plans = (await this.repo.findPlans(user.role === Role.Specialist ? user.id : undefined)).filter((p) => p.active);
    const stores = (await this.repo.findAllStores()).filter((s) => s.status === StoreStatus.Open);
    const periods = new Map(plans.map((p) => [p.id, planPeriods(date, p.frequency)]));
    const earliest = Math.min(...[...periods.values()].map((p) => p.previous.from.getTime()));
    const latest = Math.max(...[...periods.values()].map((p) => p.current.to.getTime()));
    const inspections = plans.length ? await this.repo.findInspectionKeys(new Date(earliest), new Date(latest)) : [];
    const inspected = (storeId: number, categoryId: number | null, period: Period) =>
      inspections.some(
        (i) => i.storeId === storeId && i.categoryId === categoryId && i.inspectedAt >= period.from && i.inspectedAt < period.to,
      );

    const items: DuePlanItem[] = [];
    const coverage = new Map<number, PlanCoverageRow>();
    for (const plan of plans) {
      const { current, previous } = periods.get(plan.id) as { current: Period; previous: Period };
      const row = coverage.get(plan.specialistId) ?? {
        specialistId: plan.specialistId,
        specialistName: plan.specialist?.displayName ?? '',
        due: 0,
        done: 0,
        overdue: 0,
      };
      coverage.set(plan.specialistId, row);
      const inScope = plan.storeIds ? stores.filter((s) => plan.storeIds?.includes(s.id)) : stores;
      for (const store of inScope) {
        const base = {
          planId: plan.id,
          specialistId: plan.specialistId,
          specialistName: row.specialistName,
          storeId: store.id,
          storeCode: store.code,
          storeName: store.name,
          categoryId: plan.categoryId,
          frequency: plan.frequency,
        };
        row.due++;
        if (inspected(store.id, plan.categoryId, current)) row.done++;
        else
          items.push({
            ...base,
            periodStart: chinaDay(current.from),
            periodEnd: chinaDay(new Date(current.to.getTime() - 1)),
            overdue: false,
          });
        if (new Date(plan.createdAt) < previous.to && !inspected(store.id, plan.categoryId, previous)) {
          row.overdue++;
          items.push({
            ...base,
            periodStart: chinaDay(previous.from),
            periodEnd: chinaDay(new Date(previous.to.getTime() - 1)),
            overdue: true,
          });
        }
      }
    }
    items.sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) || a.storeCode.localeCompare(b.storeCode) || (a.categoryId ?? 0) - (b.categoryId ?? 0),
    );
    return { date, items, coverage: [...coverage.values()] };
  }
}
