import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { clock, runInTransaction } from '@storeops/api/core';
import { StoreDirectory, StoreEntity, UserEntity } from '@storeops/api/org';
import {
  addDays,
  ClauseResult,
  ContractAction,
  ContractKind,
  ContractSnapshot,
  ContractStatus,
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  SupplierStatus,
} from '@storeops/shared/contracts';
import { seededRandom } from '@storeops/tools/demo-data';
import {
  ClauseCheckEntity,
  ContractClauseEntity,
  ContractEntity,
  ContractEventEntity,
  ContractRevisionEntity,
  LicenceEntity,
  SupplierEntity,
} from './entities';
import { toSnapshot } from './mappers';
import { monthBefore } from './suppliers.service';
import { DemoSupplierIssuesSeeder } from './demo-supplier-issues.seeder';

const SEED = 20_261_106;
const CHUNK = 100;
const DIVISIONS = ['110000', '310000', '440300', '350100', '330100', '320500', '510100', '420100'];
const NAME_PARTS = [
  '华润',
  '鲜丰',
  '金穗',
  '百味',
  '绿源',
  '海天',
  '正大',
  '新农',
  '佳禾',
  '恒顺',
  '福临',
  '优果',
  '鲁花',
  '鸿运',
  '康师',
  '蓝海',
  '丰谷',
  '天润',
  '美滋',
  '嘉园',
];
const NAME_KINDS = ['食品有限公司', '农业发展有限公司', '贸易有限公司', '供应链管理有限公司'];
const CLAUSES: Array<[string, string]> = [
  ['到货率', '≥ 95 %'],
  ['订单满足率', '≥ 98 %'],
  ['商品合格率', '≥ 99.5 %'],
  ['退换货处理', '接到通知 7 天内'],
  ['促销备货', '档期前 3 天到仓'],
  ['价格保护', '同期市场最低价'],
];
const KINDS: ContractKind[] = ['annual', 'new_store', 'promotion'];
const KIND_TITLE: Record<ContractKind, string> = { annual: '年度供货合同', new_store: '新店供货合同', promotion: '促销协议' };
/** 80 contracts in every state; some were returned twice, some end within 60 days. */
const STATE_PLAN: Array<[ContractStatus, number]> = [
  ['draft', 8],
  ['submitted', 8],
  ['returned', 6],
  ['approved', 6],
  ['signed', 20],
  ['archived', 20],
  ['expired', 6],
  ['terminated', 6],
];
/** The steps that lead to each state from a fresh draft (returns are added on top). */
const PATH: Record<ContractStatus, ContractAction[]> = {
  draft: [],
  submitted: ['submit'],
  returned: ['submit', 'return'],
  approved: ['submit', 'approve'],
  signed: ['submit', 'approve', 'sign'],
  archived: ['submit', 'approve', 'sign', 'archive'],
  expired: ['submit', 'approve', 'sign', 'archive'],
  terminated: ['submit', 'approve', 'sign', 'terminate'],
};
const NEXT: Record<ContractAction, ContractStatus> = {
  submit: 'submitted',
  return: 'returned',
  approve: 'approved',
  sign: 'signed',
  archive: 'archived',
  terminate: 'terminated',
};
const RETURN_COMMENTS = ['账期超过公司标准 60 天，请调整', '返利条款缺少结算周期', '违约责任条款不完整', '资质文件缺少食品经营许可证'];

/** A valid 统一社会信用代码 from random body characters (GB 32100-2015 check digit). */
export function demoCreditCode(random: () => number, division: string): string {
  let body = '91' + division;
  for (let i = 0; i < 9; i++) body += CREDIT_CODE_CHARSET[Math.floor(random() * (i === 8 ? 10 : CREDIT_CODE_CHARSET.length))];
  return body + creditCodeCheckChar(body);
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Demo suppliers and contracts: 40 suppliers with valid credit codes and licences (a few about to expire), 80
 * contracts in every state with their timelines and revisions, and twelve months of clause checks. Deterministic
 * for a reference day; does nothing where suppliers exist or SEED_DEMO_SUPPLIERS=false.
 */
@Injectable()
export class DemoSuppliersSeeder {
  constructor(
    private readonly db: DataSource,
    private readonly directory: StoreDirectory,
  ) {}

  /** Returns the number of contracts created. */
  async seed(referenceDay: string): Promise<number> {
    if (process.env['SEED_DEMO_SUPPLIERS'] === 'false' || (await this.db.manager.count(SupplierEntity)) > 0) return 0;
    const buyer = await this.directory.user({ username: 'buyer' });
    const office = await this.directory.user({ username: 'office' });
    if (!buyer || !office) return 0;
    const categories = (await this.directory.categories()).filter((c) => c.parentId === null);
    const stores = await this.directory.storeEntities();
    const random = seededRandom(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const today = referenceDay;
    const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:30:00+08:00`);

    return runInTransaction(this.db, async (em) => {
      const suppliers: SupplierEntity[] = [];
      for (let i = 0; i < 40; i++) {
        const status: SupplierStatus = i < 32 ? 'active' : i < 37 ? 'onboarding' : 'eliminated';
        suppliers.push(
          await em.save(
            em.create(SupplierEntity, {
              code: `SUP${String(i + 1).padStart(3, '0')}`,
              name: `${NAME_PARTS[i % NAME_PARTS.length]}${i >= NAME_PARTS.length ? '鲜品' : ''}${NAME_KINDS[i % NAME_KINDS.length]}`,
              creditCode: demoCreditCode(random, DIVISIONS[i % DIVISIONS.length]),
              categoryIds: [
                ...new Set([categories[i % categories.length]?.id, pick(categories)?.id].filter((x): x is number => x !== undefined)),
              ].sort((a, b) => a - b),
              contacts: [{ name: `联系人${i + 1}`, phone: `138${String(10_000_000 + i * 7919).slice(0, 8)}`, role: '业务经理' }],
              status,
              statusReason: status === 'eliminated' ? '连续两季度到货率不达标' : null,
              statusChangedBy: status === 'eliminated' ? 'office' : 'buyer',
              statusChangedAt: at(addDays(today, -200 + i), 10),
            }),
          ),
        );
      }
      await this.seedLicences(em, suppliers, stores, today, random);

      const active = suppliers.filter((s) => s.status === 'active');
      let index = 0;
      for (const [status, count] of STATE_PLAN) {
        for (let k = 0; k < count; k++, index++) {
          const supplier = status === 'draft' && k === 0 ? suppliers[33] : active[index % active.length];
          const kind = KINDS[index % KINDS.length];
          const inForce = status === 'signed' || status === 'archived';
          let endDate: string;
          if (inForce && k < 5)
            endDate = addDays(today, 3 + k * 11); // renewal due within 60 days
          else if (inForce || status === 'terminated') endDate = addDays(today, 70 + Math.floor(random() * 300));
          else if (status === 'expired') endDate = addDays(today, -5 - Math.floor(random() * 120));
          else endDate = addDays(today, 380 + Math.floor(random() * 60));
          const startDate = addDays(endDate, kind === 'promotion' ? -89 : -364);
          const returns =
            (status === 'submitted' || status === 'returned') && k < 2
              ? 2
              : status === 'returned' || (k % 4 === 3 && status !== 'draft')
                ? 1
                : 0;
          const clauses = [0, 1, 2].map((j) => CLAUSES[(index + j * 2) % CLAUSES.length]);
          const storeCount = kind === 'new_store' ? 1 : 3 + Math.floor(random() * 8);
          const storeIds = [...new Set(Array.from({ length: storeCount }, () => pick(stores).id))].sort((a, b) => a - b);
          await this.seedContract(em, {
            index,
            status,
            supplier,
            kind,
            startDate,
            endDate,
            returns,
            clauses,
            storeIds,
            buyer,
            office,
            today,
            random,
            at,
          });
        }
      }
      return index;
    });
  }

  private async seedLicences(
    em: EntityManager,
    suppliers: SupplierEntity[],
    stores: StoreEntity[],
    today: string,
    random: () => number,
  ): Promise<void> {
    const rows: Array<Partial<LicenceEntity>> = [];
    // Alerts to show: expired, within 7, 30 and 60 days.
    const soon = [-12, 4, 6, 18, 25, 41, 55];
    suppliers.forEach((s, i) => {
      const validTo = i < soon.length ? addDays(today, soon[i]) : addDays(today, 90 + Math.floor(random() * 900));
      rows.push({
        ownerKind: 'supplier',
        supplierId: s.id,
        storeId: null,
        type: '营业执照',
        number: s.creditCode,
        validFrom: addDays(validTo, -1825),
        validTo: addDays(today, 2000 + i),
      });
      rows.push({
        ownerKind: 'supplier',
        supplierId: s.id,
        storeId: null,
        type: '食品经营许可证',
        number: `JY${s.creditCode.slice(2, 8)}${String(10_000 + i * 37).padStart(8, '0')}`,
        validFrom: addDays(validTo, -1825),
        validTo,
      });
    });
    stores.slice(0, 12).forEach((s, i) => {
      const validTo = i < 3 ? addDays(today, [9, 28, -3][i]) : addDays(today, 200 + i * 30);
      rows.push({
        ownerKind: 'store',
        supplierId: null,
        storeId: s.id,
        type: '食品经营许可证',
        number: `JY1${s.code}${String(i).padStart(6, '0')}`,
        validFrom: addDays(validTo, -1825),
        validTo,
      });
    });
    const now = clock.now();
    for (const part of chunks(rows.map((r) => ({ ...r, createdBy: 'office', createdAt: now })))) await em.insert(LicenceEntity, part);
  }

  private async seedContract(
    em: EntityManager,
    c: {
      index: number;
      status: ContractStatus;
      supplier: SupplierEntity;
      kind: ContractKind;
      startDate: string;
      endDate: string;
      returns: number;
      clauses: Array<[string, string]>;
      storeIds: number[];
      buyer: UserEntity;
      office: UserEntity;
      today: string;
      random: () => number;
      at: (day: string, hour: number) => Date;
    },
  ): Promise<void> {
    const { status, today, at } = c;
    // The story starts some days before the term (or before today for contracts not yet in force).
    let day = addDays(c.startDate < today ? c.startDate : today, -40 - (c.index % 10));
    const steps: ContractAction[] = [];
    for (let r = 0; r < c.returns; r++) steps.push('submit', 'return');
    steps.push(...PATH[status]);
    // A returned contract ends on its last return; the loop above already added it.
    if (status === 'returned') steps.splice(steps.length - 2, 2);
    if (status === 'returned' && c.returns === 0) steps.push('submit', 'return');
    const created = at(day, 9);
    const contract = await em.save(
      em.create(ContractEntity, {
        number: `HT${c.startDate.slice(0, 4)}${String(9000 + c.index).padStart(4, '0')}`,
        supplierId: c.supplier.id,
        kind: c.kind,
        title: `${c.supplier.name} ${KIND_TITLE[c.kind]}`,
        startDate: c.startDate,
        endDate: c.endDate,
        paymentDays: [30, 45, 60][c.index % 3],
        rebateRate: [1.5, 2, 2.5, 3][c.index % 4],
        // 合同金额: ¥50万 – ¥800万, whole yuan.
        amount: [50, 120, 300, 800][c.index % 4] * 10_000 * 100,
        storeIds: c.storeIds,
        status: 'draft',
        revision: 1,
        returnCount: 0,
        createdById: c.buyer.id,
        createdBy: c.buyer.username,
        createdAt: created,
        updatedAt: created,
      }),
    );
    await em.insert(
      ContractClauseEntity,
      c.clauses.map(([text, commitment], i) => ({ contractId: contract.id, position: i + 1, text, commitment })),
    );
    const events: Array<Partial<ContractEventEntity>> = [
      {
        contractId: contract.id,
        action: 'create',
        fromStatus: null,
        toStatus: 'draft',
        by: c.buyer.username,
        byName: c.buyer.displayName,
        at: created,
        comment: null,
        revision: 1,
        checklist: null,
      },
    ];
    const revisions: Array<Partial<ContractRevisionEntity>> = [];
    let current: ContractStatus = 'draft';
    let revision = 1;
    let returnCount = 0;
    let paymentDays = contract.paymentDays;
    for (const action of steps) {
      day = addDays(day, 1 + Math.floor(c.random() * 3));
      const by = action === 'submit' ? c.buyer : c.office;
      if (action === 'submit' && current === 'returned') {
        revision++;
        paymentDays = Math.max(30, paymentDays - 15);
      }
      if (action === 'return') returnCount++;
      if (action === 'submit') {
        const snapshot: ContractSnapshot = {
          ...toSnapshot({ ...contract, paymentDays } as ContractEntity, []),
          clauses: c.clauses.map(([text, commitment]) => ({ text, commitment })),
        };
        revisions.push({ contractId: contract.id, revision, snapshot, submittedBy: c.buyer.username, submittedAt: at(day, 10) });
      }
      const comment =
        action === 'return'
          ? RETURN_COMMENTS[(c.index + returnCount) % RETURN_COMMENTS.length]
          : action === 'terminate'
            ? '供应商停产，双方协商提前终止'
            : null;
      const checklist =
        action === 'approve' ? { qualification: true, price: true, paymentDays: true, rebate: true, liability: true } : null;
      events.push({
        contractId: contract.id,
        action,
        fromStatus: current,
        toStatus: NEXT[action],
        by: by.username,
        byName: by.displayName,
        at: at(day, action === 'submit' ? 10 : 15),
        comment,
        revision,
        checklist,
      });
      current = NEXT[action];
    }
    if (status === 'expired') {
      events.push({
        contractId: contract.id,
        action: 'expire',
        fromStatus: current,
        toStatus: 'expired',
        by: 'system',
        byName: '系统',
        at: at(addDays(c.endDate, 1), 0),
        comment: `end date ${c.endDate} passed`,
        revision,
        checklist: null,
      });
      current = 'expired';
    }
    await em.insert(ContractEventEntity, events);
    if (revisions.length) await em.insert(ContractRevisionEntity, revisions);
    const last = events[events.length - 1].at as Date;
    await em.update(
      ContractEntity,
      { id: contract.id },
      {
        status: current,
        revision,
        returnCount,
        paymentDays,
        updatedAt: last,
        version: 1 + steps.length,
        // Signed before scans were kept: the day and signatory only.
        ...(steps.includes('sign') ? { signedAt: day, signatory: `${c.supplier.name} 授权代表` } : {}),
      },
    );
    if (['signed', 'archived', 'expired', 'terminated'].includes(current)) await this.seedChecks(em, contract, c.buyer.id, today, c.random);
  }

  /** Twelve months of 条款执行检查 within the term: mostly met, some partly met, a few breaches with a follow-up. */
  private async seedChecks(
    em: EntityManager,
    contract: ContractEntity,
    ownerId: number,
    today: string,
    random: () => number,
  ): Promise<void> {
    const clauses = await em.find(ContractClauseEntity, { where: { contractId: contract.id }, order: { position: 'ASC' } });
    const rows: Array<Partial<ClauseCheckEntity>> = [];
    const standing = 0.75 + random() * 0.22;
    for (let m = 12; m >= 1; m--) {
      const period = monthBefore(today, m);
      if (period < contract.startDate.slice(0, 7) || period > contract.endDate.slice(0, 7)) continue;
      for (const clause of clauses) {
        const roll = random();
        const result: ClauseResult = roll < standing ? 'met' : roll < standing + (1 - standing) * 0.6 ? 'partly_met' : 'breached';
        rows.push({
          contractId: contract.id,
          clauseId: clause.id,
          supplierId: contract.supplierId,
          period,
          result,
          evidence: result === 'met' ? null : `${period} 到货记录`,
          note:
            result === 'met'
              ? null
              : result === 'breached'
                ? `${clause.text}未达 ${clause.commitment}`
                : `${clause.text}接近 ${clause.commitment}`,
          checkedBy: 'office',
          checkedAt: new Date(`${addDays(`${period}-01`, 35).slice(0, 7)}-05T10:00:00+08:00`),
          followUpOwnerId: result === 'breached' ? ownerId : null,
          followUpStatus: result === 'breached' ? (m <= 2 ? 'open' : 'closed') : null,
        });
      }
    }
    for (const part of chunks(rows)) await em.insert(ClauseCheckEntity, part);
  }
}

/**
 * What the app's DemoSeedModule provides to seed this domain (loaded only when seeding): the seeder, and the
 * domain's stateless repository it writes through, so the domain module itself ships no demo code.
 */
export const DEMO_SUPPLIERS_PROVIDERS = [DemoSuppliersSeeder, DemoSupplierIssuesSeeder];
