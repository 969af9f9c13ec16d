import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { chinaDay, clock, DEADLINE_SOURCE, DeadlineSource, startOfChinaDay } from '@storeops/api/core';
import { DEADLINE_WORKING_DAYS, DeadlineRecord, Role, shiftDay } from '@storeops/shared/contracts';
import { CorrectiveActionEntity } from './entities';
import { PlansService } from './plans.service';

/**
 * Corrective actions as deadlines: an open or reopened 整改 is its store's to fix by its due time (the 店长 answers
 * for it), counted from the inspection on the calendar (its due day was set in working days when it opened); once
 * the 店长 has closed it, the specialist who found it verifies it within two working days.
 */
@Injectable()
export class CorrectiveActionDeadlines implements DeadlineSource {
  readonly [DEADLINE_SOURCE] = true as const;
  readonly kinds = ['corrective_action'] as const;
  readonly dataKinds = ['inspections'] as const;

  constructor(private readonly db: DataSource) {}

  async openDeadlines(): Promise<DeadlineRecord[]> {
    const rows = await this.db.getRepository(CorrectiveActionEntity).find({
      where: { status: In(['open', 'reopened', 'closed']) },
      // Only what a deadline needs: a chain has thousands of these open, read again whenever inspections change.
      select: {
        id: true,
        inspectionId: true,
        storeId: true,
        status: true,
        dueAt: true,
        closedAt: true,
        sourceKind: true,
        sourceId: true,
        title: true,
        verifierId: true,
        openedAt: true,
        item: { id: true, title: true },
        inspection: { id: true, inspectorId: true, inspectedAt: true },
      },
      relations: { item: true, inspection: true },
      order: { id: 'ASC' },
    });
    return rows.map((a): DeadlineRecord => {
      // A finding of another check (a price or quality check, a meeting) has no inspection: its finder verifies it, or
      // the office when none is named.
      const finding = a.inspectionId === null;
      const common = {
        kind: 'corrective_action',
        entity: 'corrective_action',
        entityId: a.id,
        ref: (finding
          ? { sourceKind: a.sourceKind, sourceId: a.sourceId ?? 0, storeId: a.storeId }
          : { inspectionId: a.inspectionId ?? 0, storeId: a.storeId }) as Readonly<Record<string, string | number>>,
        title: a.item?.title ?? a.title ?? '',
        storeId: a.storeId,
      };
      if (a.status === 'closed') {
        return {
          ...common,
          kind: 'corrective_action',
          subKey: 'verify',
          ownerId: finding ? a.verifierId : (a.inspection?.inspectorId ?? null),
          ownerRoles: finding ? [Role.AdminOffice] : ([Role.Specialist] as Role[]),
          part: 'approver',
          startedAt: new Date(a.closedAt ?? a.dueAt),
          policy: { kind: 'working_days', days: DEADLINE_WORKING_DAYS.corrective_action_verification },
          pauses: [],
          doneAt: null,
        };
      }
      return {
        ...common,
        kind: 'corrective_action',
        ownerId: null,
        ownerRoles: [Role.StoreManager],
        startedAt: new Date(a.inspection?.inspectedAt ?? a.openedAt ?? a.dueAt),
        policy: { kind: 'calendar', dueAt: new Date(a.dueAt) },
        pauses: [],
        doneAt: null,
      };
    });
  }
}

/**
 * Inspection plan items as deadlines: each (rule × store × period) not yet inspected is its specialist's, due by the
 * end of the period and due soon from the day the plan spreads it to; last period's stay, overdue, until done.
 */
@Injectable()
export class PlanItemDeadlines implements DeadlineSource {
  readonly [DEADLINE_SOURCE] = true as const;
  readonly kinds = ['inspection_plan'] as const;
  readonly dataKinds = ['inspections', 'org'] as const;
  /** Plan items change with the day, not only with the data. */
  readonly daily = true;

  constructor(private readonly plans: PlansService) {}

  async openDeadlines(): Promise<DeadlineRecord[]> {
    const items = await this.plans.openItems(chinaDay(clock.now()));
    return items.map((i) => ({
      kind: 'inspection_plan',
      entity: 'inspection_plan',
      entityId: i.planId,
      subKey: `${i.storeId}:${i.periodStart}`,
      ref: { storeId: i.storeId, periodStart: i.periodStart, periodEnd: i.periodEnd, categoryId: i.categoryId ?? 0 },
      title: `${i.storeCode} ${i.storeName}`,
      storeId: i.storeId,
      ownerId: i.specialistId,
      ownerRoles: [Role.Specialist],
      startedAt: startOfChinaDay(i.periodStart),
      policy: { kind: 'calendar', dueAt: startOfChinaDay(shiftDay(i.periodEnd, 1)) },
      soonFrom: startOfChinaDay(i.dueDate),
      pauses: [],
      doneAt: null,
    }));
  }
}
