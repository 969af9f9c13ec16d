import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runInTransaction, startOfChinaDay } from '@storeops/api/core';
import { SupplierIssueKind } from '@storeops/shared/contracts';
import { ContractEntity, SupplierEntity } from './entities';
import { SupplierIssueEntity, SupplierIssueEventEntity } from './entities/supplier-issue.entity';

const DAY = 86_400_000;

/** [supplier index, kind, days before `to` raised, days to respond, days to fix, what went wrong]. */
const PLAN: ReadonlyArray<[number, SupplierIssueKind, number, number, number, string]> = [
  [0, 'short_delivery', 75, 1, 5, '11 月第 2 周到货 82 %，低于合同到货率 95 %'],
  [0, 'quality', 40, 3, 8, '酸奶批次 20261020 到店 3 天胀包，已下架退供'],
  [1, 'invoice', 60, 1, 4, '10 月对账单与发票金额差 1,280.00 元'],
  [2, 'price', 28, 2, 6, '调价通知晚于执行日 2 天，门店价签未及时更换'],
  [3, 'conduct', 20, 1, 3, '促销员未按排班到岗'],
];

/**
 * A few demo 供应商问题 handled in the past months (all verified, each with its timeline), written once: the
 * scorecard shows responses on time and late, and nothing is left running into the alert centre.
 */
@Injectable()
export class DemoSupplierIssuesSeeder {
  constructor(private readonly db: DataSource) {}

  async seed(to: string): Promise<number> {
    if (process.env['SEED_DEMO_SUPPLIER_ISSUES'] === 'false') return 0;
    if ((await this.db.getRepository(SupplierIssueEntity).count()) > 0) return 0;
    const suppliers = await this.db.getRepository(SupplierEntity).find({ order: { id: 'ASC' }, take: 4 });
    if (!suppliers.length) return 0;
    const end = startOfChinaDay(to).getTime() + 10 * 3_600_000;
    await runInTransaction(this.db, async (em) => {
      for (const [index, kind, before, respondIn, fixIn, description] of PLAN) {
        const supplier = suppliers[index % suppliers.length];
        const contract = await em.findOne(ContractEntity, { where: { supplierId: supplier.id }, order: { id: 'ASC' } });
        const raisedAt = new Date(end - before * DAY);
        const at = (days: number) => new Date(raisedAt.getTime() + days * DAY);
        const responseDueAt = at(2);
        const saved = await em.save(
          em.create(SupplierIssueEntity, {
            supplierId: supplier.id,
            contractId: contract?.id ?? null,
            storeId: null,
            kind,
            description,
            sourceKind: 'manual',
            sourceId: null,
            status: 'verified',
            raisedBy: kind === 'short_delivery' || kind === 'price' ? 'buyer' : 'office',
            raisedByRole: kind === 'short_delivery' || kind === 'price' ? 'buyer' : 'admin_office',
            raisedAt,
            round: 1,
            responseStartedAt: raisedAt,
            responseDueAt,
            respondedAt: at(respondIn),
            fixStartedAt: raisedAt,
            fixDueAt: at(9),
            fixDays: 7,
            fixClauseId: null,
            fixedAt: at(fixIn),
            verifiedAt: at(fixIn + 1),
            escalatedAt: null,
            firstResponseDueAt: responseDueAt,
            firstRespondedAt: at(respondIn),
          }),
        );
        const by = saved.raisedBy;
        await em.insert(SupplierIssueEventEntity, [
          { issueId: saved.id, action: 'create', fromStatus: null, toStatus: 'open', by, at: raisedAt, note: null },
          {
            issueId: saved.id,
            action: 'respond',
            fromStatus: 'open',
            toStatus: 'responded',
            by,
            at: at(respondIn),
            note: '供应商已回复整改方案（演示数据）',
          },
          {
            issueId: saved.id,
            action: 'fix',
            fromStatus: 'responded',
            toStatus: 'fixed',
            by,
            at: at(fixIn),
            note: '供应商已整改（演示数据）',
          },
          { issueId: saved.id, action: 'verify', fromStatus: 'fixed', toStatus: 'verified', by, at: at(fixIn + 1), note: null },
        ]);
      }
    });
    return PLAN.length;
  }
}
