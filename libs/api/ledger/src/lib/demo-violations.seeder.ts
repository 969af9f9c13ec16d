import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runInTransaction, startOfChinaDay } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import {
  monthsBefore,
  priorViolationCount,
  proposePenalty,
  Role,
  ViolationHistoryEntry,
  ViolationStatus,
} from '@storeops/shared/contracts';
import { ViolationEntity, ViolationRuleEntity } from './entities/violation.entity';

/** [store index, rule, months before `to`, status]: repeat offences at the first stores so the penalty steps show. */
const PLAN: ReadonlyArray<[number, string, number, ViolationStatus]> = [
  [0, 'WJ-001', 11, 'approved'],
  [0, 'WJ-001', 7, 'approved'],
  [0, 'WJ-001', 2, 'proposed'],
  [0, 'WJ-006', 5, 'upheld'],
  [1, 'WJ-005', 9, 'approved'],
  [1, 'WJ-005', 4, 'overturned'],
  [1, 'WJ-005', 1, 'appealed'],
  [2, 'WJ-007', 6, 'approved'],
  [2, 'WJ-008', 3, 'approved'],
  [2, 'WJ-008', 0, 'proposed'],
  [3, 'WJ-003', 8, 'approved'],
  [4, 'WJ-010', 10, 'approved'],
  [4, 'WJ-010', 2, 'approved'],
  [5, 'WJ-002', 1, 'proposed'],
];

/** A small year of demo violations 违纪 (store subjects), written once into an empty ledger. */
@Injectable()
export class DemoViolationsSeeder {
  constructor(
    private readonly db: DataSource,
    private readonly stores: StoreDirectory,
  ) {}

  async seed(to: string): Promise<number> {
    if (process.env['SEED_DEMO_VIOLATIONS'] === 'false') return 0;
    if ((await this.db.getRepository(ViolationEntity).count()) > 0) return 0;
    const stores = await this.stores.stores();
    const rules = new Map((await this.db.getRepository(ViolationRuleEntity).find()).map((r) => [r.code, r]));
    if (!stores.length || !rules.size) return 0;
    // The appeal is the store's 店长's: BJ001's is `manager`, not `sm-bj001`, so look each one up.
    const managers = new Map(
      (await this.stores.activeUsers())
        .filter((u) => u.role === Role.StoreManager && u.storeId !== null)
        .map((u) => [u.storeId, u.username]),
    );
    const end = new Date(startOfChinaDay(to).getTime() + 9.5 * 3_600_000);
    const history: ViolationHistoryEntry[] = [];
    let n = 0;
    await runInTransaction(this.db, async (em) => {
      for (const [index, code, months, status] of [...PLAN].sort((a, b) => b[2] - a[2])) {
        const store = stores[index % stores.length];
        const rule = rules.get(code);
        if (!rule) continue;
        const occurredAt = monthsBefore(end, months);
        const priorCount = priorViolationCount(history, { subjectType: 'store', subjectId: store.id }, code, occurredAt);
        const approved = status !== 'proposed';
        const appealed = status === 'appealed' || status === 'upheld' || status === 'overturned';
        const decided = status === 'upheld' || status === 'overturned';
        const later = (days: number) => new Date(occurredAt.getTime() + days * 86_400_000);
        await em.insert(ViolationEntity, {
          subjectType: 'store',
          subjectId: store.id,
          subjectName: `${store.code} ${store.name}`,
          storeId: store.id,
          ruleId: rule.id,
          ruleCode: code,
          occurredAt,
          facts: `巡查发现：${rule.title}（演示数据）`,
          priorCount,
          proposedPenalty: proposePenalty(rule.steps, priorCount),
          status,
          recordedById: null,
          recordedBy: 'office',
          recordedAt: occurredAt,
          approvedBy: approved ? 'office' : null,
          approvedAt: approved ? later(1) : null,
          approvalComment: null,
          appealReason: appealed ? '店长申诉：情况已说明' : null,
          appealedBy: appealed ? (managers.get(store.id) ?? `sm-${store.code.toLowerCase()}`) : null,
          appealedAt: appealed ? later(2) : null,
          appealDecision: decided ? (status === 'upheld' ? 'uphold' : 'overturn') : null,
          decidedBy: decided ? 'office' : null,
          decidedAt: decided ? later(4) : null,
          decisionComment: null,
          version: 1 + (approved ? 1 : 0) + (appealed ? 1 : 0) + (decided ? 1 : 0),
          updatedAt: occurredAt,
        });
        history.push({ subjectType: 'store', subjectId: store.id, ruleCode: code, occurredAt, status });
        n++;
      }
    });
    return n;
  }
}
