import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { WorkCalendarService } from '@storeops/api/calendar';
import { runInTransaction, startOfChinaDay } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import {
  addDays,
  addWorkingHours,
  ComplaintChannel,
  ComplaintSeverity,
  ComplaintStage,
  complaintStageDue,
  ComplaintStatus,
  DEFAULT_COMPLAINT_SLA,
  Role,
  Satisfaction,
  stageHolder,
} from '@storeops/shared/contracts';
import { seededRandom } from '@storeops/tools/demo-data';
import {
  ComplaintCategoryEntity,
  ComplaintEntity,
  ComplaintEventEntity,
  ComplaintFollowUpEntity,
  ComplaintKeyCustomerEntity,
  ComplaintStageEntity,
} from './entities/complaint.entity';
import { DemoMeetingsSeeder } from './demo-meetings.seeder';
import { DemoPriceChecksSeeder } from './demo-price-checks.seeder';
import { DemoViolationsSeeder } from './demo-violations.seeder';

const SEED = 20_261_203;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡'];
const CHANNELS: Array<[ComplaintChannel, number]> = [
  ['store', 45],
  ['phone', 25],
  ['online', 15],
  ['12315', 7],
  ['letter', 3],
  ['other', 5],
];
const CAUSES: Array<[string, number]> = [
  ['product', 30],
  ['staff', 22],
  ['process', 16],
  ['facility', 8],
  ['supplier', 12],
  ['customer_misunderstanding', 8],
  ['system', 3],
  ['other', 1],
];
const DESCRIPTIONS: Record<string, string[]> = {
  quality: ['购买的酸奶已过期两天', '苹果内部腐烂', '面包里有异物', '鸡蛋盒内多枚破损', '商品标签与实物不符'],
  food_safety: ['食用熟食后腹泻，怀疑变质', '冷柜温度过高，冻品化冻', '售卖过期散装食品'],
  price: ['标价 9.9 元结算 12.8 元', '促销活动未按宣传兑现', '货架价签缺失'],
  service: ['导购员态度恶劣', '咨询无人回应', '员工在卖场大声喧哗'],
  checkout: ['收银多收一件商品的钱', '只开两个收银台排队半小时', '无法开具发票'],
  hygiene: ['生鲜区地面脏乱', '卖场有异味', '熟食区发现蟑螂'],
  after_sales: ['拒绝无理由退货', '退款一周未到账', '大件送货迟到'],
  safety: ['水产区地面湿滑摔倒', '购物车损坏划伤'],
  other: ['停车场收费不合理'],
};
const HOUR = 3_600_000;

type Step = {
  action: string;
  at: Date;
  from: ComplaintStatus | null;
  to: ComplaintStatus;
  details: Record<string, string | number | boolean | null>;
};

function pickWeighted<T>(random: () => number, options: Array<[T, number]>): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, weight] of options) {
    r -= weight;
    if (r < 0) return value;
  }
  return options[options.length - 1][0];
}

/**
 * A year of demo complaints up to yesterday: about three a store a month across channels, categories and causes,
 * one in ten from a key customer, most closed with a follow-up, the recent ones at every stage — and, as in any
 * chain, a few whose stage ran over its time. Deterministic for a given day; nothing when complaints exist.
 */
@Injectable()
export class DemoComplaintsSeeder {
  constructor(
    private readonly db: DataSource,
    private readonly stores: StoreDirectory,
    private readonly calendar: WorkCalendarService,
  ) {}

  async seed(yesterday: string, months = Number(process.env['SEED_DEMO_COMPLAINT_MONTHS'] ?? 12)): Promise<number> {
    if (months <= 0 || (await this.db.getRepository(ComplaintEntity).count()) > 0) return 0;
    await this.calendar.seedPublishedYears();
    const calendar = await this.calendar.calendar();
    const random = seededRandom(SEED + Number(yesterday.replace(/-/g, '')));
    const stores = (await this.stores.stores()).filter((s) => s.status === 'open');
    const categories = await this.db.getRepository(ComplaintCategoryEntity).find();
    const tops = new Map(categories.filter((c) => c.parentId === null).map((c) => [c.id, c.code]));
    const leaves = categories.filter((c) => c.parentId !== null);
    const now = new Date(startOfChinaDay(addDays(yesterday, 1)).getTime() + 10 * HOUR);
    const first = addDays(yesterday, -Math.round(months * 30.4));
    const span = Math.round((Date.parse(yesterday) - Date.parse(first)) / 86_400_000);
    const total = Math.round(stores.length * months * 3);
    const phones = Array.from({ length: 40 }, () => `13${Math.floor(100_000_000 + random() * 899_999_999)}`);
    const keyPhones = new Set(phones.slice(0, 6));
    const seq = new Map<string, number>();

    const complaints: Array<{
      entity: Partial<ComplaintEntity>;
      steps: Step[];
      stages: Partial<ComplaintStageEntity>[];
      calls: Partial<ComplaintFollowUpEntity>[];
    }> = [];
    for (let i = 0; i < total; i++) {
      const day = addDays(first, Math.floor(random() * (span + 1)));
      const receivedAt = new Date(startOfChinaDay(day).getTime() + (9 + random() * 11) * HOUR);
      if (receivedAt.getTime() >= now.getTime()) continue;
      const store = stores[Math.floor(random() * stores.length)];
      const leaf = leaves[Math.floor(random() * leaves.length)];
      const topCode = tops.get(leaf.parentId as number) ?? 'other';
      const severity: ComplaintSeverity = leaf.severity;
      const sla = DEFAULT_COMPLAINT_SLA[severity];
      const phone =
        random() < 0.15
          ? phones[Math.floor(random() * phones.length)]
          : `1${3 + Math.floor(random() * 6)}${Math.floor(100_000_000 + random() * 899_999_999)}`;
      const keyCustomer = keyPhones.has(phone) || random() < 0.06;
      const month = new Date(receivedAt.getTime() + 8 * HOUR).toISOString().slice(0, 7).replace('-', '');
      const n = (seq.get(month) ?? 0) + 1;
      seq.set(month, n);
      const texts = DESCRIPTIONS[topCode] ?? DESCRIPTIONS['other'];
      const entity: Partial<ComplaintEntity> = {
        code: `TS${month}-${String(n).padStart(4, '0')}`,
        storeId: store.id,
        channel: pickWeighted(random, CHANNELS),
        receivedAt,
        receivedById: null,
        receivedBy: random() < 0.5 ? 'office' : 'manager',
        customerName: `${SURNAMES[Math.floor(random() * SURNAMES.length)]}${random() < 0.5 ? '先生' : '女士'}`,
        customerPhone: phone,
        keyCustomer,
        categoryId: leaf.id,
        severity,
        description: texts[Math.floor(random() * texts.length)],
        productName: topCode === 'quality' || topCode === 'food_safety' ? '光明纯牛奶 250ml' : null,
        barcode: topCode === 'quality' || topCode === 'food_safety' ? '6901234567892' : null,
        batch: null,
        amountInvolved: Math.round(random() * 20_000),
        status: 'received',
        valid: null,
        reopenCount: 0,
        followUpReached: false,
        version: 1,
        createdAt: receivedAt,
        updatedAt: receivedAt,
      };
      const steps: Step[] = [
        { action: 'create', at: receivedAt, from: null, to: 'received', details: { channel: entity.channel as string } },
      ];
      const stages: Partial<ComplaintStageEntity>[] = [];
      const calls: Partial<ComplaintFollowUpEntity>[] = [];
      // Each stage takes a random working time, now and then more than it is given: late stages are real.
      const late = random() < 0.12;
      const open = (stage: ComplaintStage, at: Date, round: number) => {
        const holder = stageHolder(stage, stage === 'judge' ? store.id : (entity.responsibleStoreId ?? null));
        const row: Partial<ComplaintStageEntity> = {
          stage,
          round,
          startedAt: at,
          dueAt: complaintStageDue(calendar, stage, at, sla),
          holderRole: holder.role,
          holderStoreId: holder.storeId,
          part: 'owner',
          pauses: [],
          doneAt: null,
          skipped: false,
        };
        stages.push(row);
        return row;
      };
      const after = (at: Date, hours: number) => addWorkingHours(calendar, at, late ? hours * 3 : hours);
      let stage = open('judge', receivedAt, 1);
      let at = after(receivedAt, 0.5 + random() * 3);
      const done = (to: ComplaintStatus, action: string, details: Step['details'] = {}) => {
        stage.doneAt = at;
        steps.push({ action, at, from: entity.status as ComplaintStatus, to, details });
        entity.status = to;
        entity.updatedAt = at;
      };
      const advance = () => at.getTime() < now.getTime();
      complaints.push({ entity, steps, stages, calls });
      if (!advance()) continue;
      if (random() < 0.12) {
        entity.valid = false;
        entity.invalidReason = '经核实非本店责任';
        entity.customerInformed = true;
        done('invalid', 'judge', { valid: false });
        at = after(at, 8 + random() * 16);
        if (!advance()) continue;
        steps.push({ action: 'close', at, from: 'invalid', to: 'closed', details: {} });
        entity.status = 'closed';
        entity.closedAt = at;
        continue;
      }
      entity.valid = true;
      entity.responsibleStoreId = random() < 0.92 ? store.id : null;
      entity.responsibleDepartment = entity.responsibleStoreId === null ? 'purchasing' : null;
      done('assigned', 'judge', { valid: true });
      for (let round = 1; round <= 2; round++) {
        stage = open('plan', at, round);
        at = after(at, 1 + random() * 6);
        if (!advance()) break;
        const compensation = random() < 0.25 ? Math.round(2_000 + random() * 60_000) : 0;
        entity.plan = compensation ? `退货并赔偿 ${(compensation / 100).toFixed(0)} 元` : '向顾客致歉并退换商品';
        entity.compensation = compensation;
        entity.planApproverRole = compensation > 50_000 || entity.responsibleStoreId === null ? Role.AdminOffice : Role.StoreManager;
        steps.push({ action: 'propose_plan', at, from: 'assigned', to: 'plan_proposed', details: { compensation } });
        entity.status = 'plan_proposed';
        at = after(at, 0.5 + random() * 3);
        if (!advance()) break;
        done('in_progress', 'approve_plan');
        stage = open('resolve', at, round);
        at = after(at, 4 + random() * 24);
        if (!advance()) break;
        entity.resolution = '已按方案处理完毕';
        entity.causeCode = pickWeighted(random, CAUSES);
        entity.compensationPaid = compensation;
        entity.followUpReached = false;
        done('resolved', 'resolve', { causeCode: entity.causeCode });
        stage = open('follow_up', at, round);
        at = after(at, 2 + random() * 20);
        if (!advance()) break;
        if (!keyCustomer && random() < 0.12) {
          calls.push({ at, by: 'office', reached: false, satisfaction: null, notes: '无人接听', outsideCallingHours: false });
          steps.push({ action: 'follow_up_attempt', at, from: 'resolved', to: 'resolved', details: { reached: false } });
          at = after(at, 8);
          if (!advance()) break;
          stage.doneAt = at;
          stage.skipped = true;
          steps.push({ action: 'close', at, from: 'resolved', to: 'closed', details: { followedUp: false } });
          entity.status = 'closed';
          entity.closedAt = at;
          break;
        }
        const satisfaction: Satisfaction =
          round === 2
            ? 'satisfied'
            : pickWeighted(random, [
                ['satisfied', 75],
                ['neutral', 16],
                ['unsatisfied', 9],
              ]);
        calls.push({ at, by: 'office', reached: true, satisfaction, notes: null, outsideCallingHours: false });
        entity.satisfaction = satisfaction;
        entity.followUpReached = true;
        if (satisfaction === 'unsatisfied') {
          entity.reopenCount = 1;
          done('assigned', 'follow_up', { reached: true, satisfaction, reopened: true });
          continue;
        }
        done('followed_up', 'follow_up', { reached: true, satisfaction });
        at = after(at, 1 + random() * 8);
        if (!advance()) break;
        steps.push({ action: 'close', at, from: 'followed_up', to: 'closed', details: { followedUp: true } });
        entity.status = 'closed';
        entity.closedAt = at;
        break;
      }
    }

    await runInTransaction(this.db, async (em) => {
      for (const phone of keyPhones)
        await em.insert(ComplaintKeyCustomerEntity, {
          name: '重点顾客',
          phone,
          note: '多次投诉，须 100% 回访',
          createdBy: 'office',
          createdAt: now,
        });
      for (let i = 0; i < complaints.length; i += 200) await this.write(em, complaints.slice(i, i + 200));
    });
    return complaints.length;
  }

  private async write(
    em: EntityManager,
    batch: Array<{
      entity: Partial<ComplaintEntity>;
      steps: Step[];
      stages: Partial<ComplaintStageEntity>[];
      calls: Partial<ComplaintFollowUpEntity>[];
    }>,
  ): Promise<void> {
    for (const c of batch) {
      const saved = await em.save(em.create(ComplaintEntity, c.entity));
      if (c.steps.length)
        await em.insert(
          ComplaintEventEntity,
          c.steps.map((s) => ({
            complaintId: saved.id,
            at: s.at,
            byId: null,
            by: s.action === 'create' ? (c.entity.receivedBy as string) : 'office',
            action: s.action as ComplaintEventEntity['action'],
            fromStatus: s.from,
            toStatus: s.to,
            comment: null,
            details: s.details,
          })),
        );
      if (c.stages.length)
        await em.insert(
          ComplaintStageEntity,
          c.stages.map((s) => ({ ...s, complaintId: saved.id })),
        );
      if (c.calls.length)
        await em.insert(
          ComplaintFollowUpEntity,
          c.calls.map((f) => ({ ...f, complaintId: saved.id })),
        );
    }
  }
}

/** What the app's DemoSeedModule provides to seed the ledger (the domain module ships no demo code). */
export const DEMO_LEDGER_PROVIDERS = [DemoComplaintsSeeder, DemoMeetingsSeeder, DemoViolationsSeeder, DemoPriceChecksSeeder];
