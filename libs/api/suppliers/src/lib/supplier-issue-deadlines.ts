import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { DEADLINE_SOURCE, DeadlineSource } from '@storeops/api/core';
import { DeadlineRecord, Role, SUPPLIER_ISSUE_ESCALATION_ROLE } from '@storeops/shared/contracts';
import { SupplierEntity, SupplierIssueEntity } from './entities';

const HOUR = 3_600_000;

/** The side that chases the supplier: the raiser's (a buyer's issue the buyers, else the office); escalated: the 营运总监. */
export function issueHolders(i: Pick<SupplierIssueEntity, 'status' | 'raisedByRole'>): Role[] {
  if (i.status === 'escalated') return [SUPPLIER_ISSUE_ESCALATION_ROLE];
  return [i.raisedByRole === Role.Buyer ? Role.Buyer : Role.AdminOffice];
}

/**
 * Every running supplier-issue deadline in the alert centre (kind `supplier_issue`), read fresh at every request:
 * the supplier's response while nothing is answered, and its fix while nothing is fixed (from the contract clause's
 * 整改期限 or the default), each per round. Held by the raiser's side, which chases the supplier; an escalated issue
 * by the director; the ladder climbs to the director when overdue.
 */
@Injectable()
export class SupplierIssueDeadlines implements DeadlineSource {
  readonly [DEADLINE_SOURCE] = true as const;
  readonly kinds = ['supplier_issue'] as const;
  readonly dataKinds = [] as const;

  constructor(private readonly db: DataSource) {}

  async openDeadlines(): Promise<DeadlineRecord[]> {
    const issues = await this.db.getRepository(SupplierIssueEntity).find({
      where: { status: In(['open', 'responded', 'escalated']) },
      order: { id: 'ASC' },
    });
    if (!issues.length) return [];
    const names = new Map(
      (
        await this.db
          .getRepository(SupplierEntity)
          .find({ where: { id: In([...new Set(issues.map((i) => i.supplierId))]) }, select: { id: true, name: true } })
      ).map((s) => [s.id, s.name]),
    );
    const out: DeadlineRecord[] = [];
    for (const i of issues) {
      const base = {
        kind: 'supplier_issue' as const,
        entity: 'supplier_issue',
        entityId: i.id,
        ref: { supplierId: i.supplierId },
        storeId: i.storeId,
        ownerId: null,
        ownerRoles: issueHolders(i),
        pauses: [],
        doneAt: null,
        soonMs: 8 * HOUR,
      };
      const supplier = names.get(i.supplierId) ?? '';
      if (!i.respondedAt) {
        out.push({
          ...base,
          subKey: `response:${i.round}`,
          title: `${supplier} 供应商问题 ${i.id} 回复`.trim(),
          startedAt: new Date(i.responseStartedAt),
          policy: { kind: 'calendar', dueAt: new Date(i.responseDueAt) },
        });
      }
      if (!i.fixedAt) {
        out.push({
          ...base,
          subKey: `fix:${i.round}`,
          title: `${supplier} 供应商问题 ${i.id} 整改`.trim(),
          startedAt: new Date(i.fixStartedAt),
          policy: { kind: 'calendar', dueAt: new Date(i.fixDueAt) },
        });
      }
    }
    return out;
  }
}
