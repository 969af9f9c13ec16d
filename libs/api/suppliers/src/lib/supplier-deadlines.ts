import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, LessThanOrEqual } from 'typeorm';
import { chinaDay, clock, DEADLINE_SOURCE, DeadlineSource, startOfChinaDay } from '@storeops/api/core';
import {
  addDays,
  DEADLINE_WORKING_DAYS,
  DeadlineRecord,
  LIVE_CONTRACT_STATUSES,
  RENEWAL_WINDOW_DAYS,
  Role,
} from '@storeops/shared/contracts';
import { ClauseCheckEntity, ContractEntity, ContractEventEntity, LicenceEntity, SupplierEntity } from './entities';

/** The instant a day-valid date (valid through `day`) lapses: the China midnight after it. */
const endOfDay = (day: string) => startOfChinaDay(addDays(day, 1));

/**
 * The office's deadlines, read fresh at every request (a few indexed reads):
 * - licences 证照 not replaced, from 60 days before their last valid day (the office chases the renewal);
 * - contracts in force or approved ending within 60 days: the buyer who drafted them renews;
 * - contracts submitted for review: the office reviews within 3 working days of the submission;
 * - open clause-check follow-ups: their named owner, within 5 working days of the check.
 */
@Injectable()
export class SupplierDeadlines implements DeadlineSource {
  readonly [DEADLINE_SOURCE] = true as const;
  readonly kinds = ['licence', 'contract_renewal', 'contract_review', 'clause_follow_up'] as const;
  readonly dataKinds = [] as const;

  constructor(private readonly db: DataSource) {}

  async openDeadlines(): Promise<DeadlineRecord[]> {
    const today = chinaDay(clock.now());
    const horizon = addDays(today, RENEWAL_WINDOW_DAYS);
    const [licences, ending, submitted, followUps] = await Promise.all([
      this.db
        .getRepository(LicenceEntity)
        .find({ where: { replacedById: IsNull(), validTo: LessThanOrEqual(horizon) }, order: { id: 'ASC' } }),
      this.db.getRepository(ContractEntity).find({
        where: { status: In([...LIVE_CONTRACT_STATUSES]), endDate: LessThanOrEqual(horizon) },
        order: { id: 'ASC' },
      }),
      this.db.getRepository(ContractEntity).find({ where: { status: 'submitted' }, order: { id: 'ASC' } }),
      this.db
        .getRepository(ClauseCheckEntity)
        .find({ where: { followUpStatus: 'open' }, relations: { contract: true }, order: { id: 'ASC' } }),
    ]);
    const supplierIds = [...new Set(licences.map((l) => l.supplierId).filter((id): id is number => id !== null))];
    const suppliers = supplierIds.length
      ? new Map((await this.db.getRepository(SupplierEntity).findBy({ id: In(supplierIds) })).map((s) => [s.id, s.name]))
      : new Map<number, string>();
    const submittedAt = await this.submissionTimes(submitted.map((c) => c.id));

    const out: DeadlineRecord[] = [];
    for (const l of licences) {
      out.push({
        kind: 'licence',
        entity: 'licence',
        entityId: l.id,
        ref: l.supplierId !== null ? { supplierId: l.supplierId } : { storeId: l.storeId ?? 0 },
        title: `${l.supplierId !== null ? `${suppliers.get(l.supplierId) ?? ''} ` : ''}${l.type} ${l.number}`.trim(),
        storeId: l.storeId,
        ownerId: null,
        ownerRoles: [Role.AdminOffice],
        startedAt: new Date(l.createdAt),
        policy: { kind: 'calendar', dueAt: endOfDay(l.validTo) },
        soonFrom: startOfChinaDay(addDays(l.validTo, -RENEWAL_WINDOW_DAYS)),
        pauses: [],
        doneAt: null,
      });
    }
    for (const c of ending) {
      out.push({
        kind: 'contract_renewal',
        entity: 'contract',
        entityId: c.id,
        title: `${c.number} ${c.title}`,
        storeId: null,
        ownerId: c.createdById,
        ownerRoles: [Role.Buyer],
        startedAt: new Date(c.createdAt),
        policy: { kind: 'calendar', dueAt: endOfDay(c.endDate) },
        soonFrom: startOfChinaDay(addDays(c.endDate, -RENEWAL_WINDOW_DAYS)),
        pauses: [],
        doneAt: null,
      });
    }
    for (const c of submitted) {
      out.push({
        kind: 'contract_review',
        entity: 'contract',
        entityId: c.id,
        title: `${c.number} ${c.title}`,
        storeId: null,
        ownerId: null,
        ownerRoles: [Role.AdminOffice],
        part: 'approver',
        startedAt: submittedAt.get(c.id) ?? new Date(c.updatedAt),
        policy: { kind: 'working_days', days: DEADLINE_WORKING_DAYS.contract_review },
        pauses: [],
        doneAt: null,
      });
    }
    for (const f of followUps) {
      out.push({
        kind: 'clause_follow_up',
        entity: 'clause_check',
        entityId: f.id,
        ref: { contractId: f.contractId },
        title: `${f.contract?.number ?? ''} ${f.period}`.trim(),
        storeId: null,
        ownerId: f.followUpOwnerId,
        ownerRoles: [Role.AdminOffice, Role.Buyer],
        startedAt: new Date(f.checkedAt),
        policy: { kind: 'working_days', days: DEADLINE_WORKING_DAYS.clause_follow_up },
        pauses: [],
        doneAt: null,
      });
    }
    return out;
  }

  /** When each contract was last submitted (its latest move into 待审核). */
  private async submissionTimes(ids: number[]): Promise<Map<number, Date>> {
    if (!ids.length) return new Map();
    const events = await this.db
      .getRepository(ContractEventEntity)
      .find({ where: { contractId: In(ids), toStatus: 'submitted' }, order: { at: 'ASC' } });
    return new Map(events.map((e) => [e.contractId, new Date(e.at)]));
  }
}
