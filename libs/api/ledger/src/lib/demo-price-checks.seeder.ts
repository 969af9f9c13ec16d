import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runInTransaction, startOfChinaDay } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import { PriceDefectCode, tallyPriceCheck } from '@storeops/shared/contracts';
import { PriceCheckEntity, PriceCheckItemEntity } from './entities/price-check.entity';

const DAY = 86_400_000;

/** The demo sample: [SKU, name, price in 分]. */
const ITEMS: ReadonlyArray<[string, string, number]> = [
  ['6901234500011', '金龙鱼大豆油 5L', 6990],
  ['6901234500028', '五常大米 5kg', 5990],
  ['6901234500035', '蒙牛纯牛奶 250ml×16', 4990],
  ['6901234500042', '农夫山泉 550ml', 200],
  ['6901234500059', '海天生抽 1.28L', 1590],
  ['6901234500066', '康师傅红烧牛肉面 5连包', 1250],
  ['6901234500073', '维达抽纸 3层×10包', 2990],
  ['6901234500080', '蓝月亮洗衣液 3kg', 4590],
  ['6901234500097', '鸡蛋 30枚', 2380],
  ['6901234500103', '苹果 红富士（千克）', 1280],
];

/**
 * [store index, days before `to`, wrong items: [item index, defect, 分 charged over (+) or under (−) the tag]]:
 * the failed checks' re-checks are done by the next check of the same store, so the demo has history, not alerts.
 */
const PLAN: ReadonlyArray<[number, number, ReadonlyArray<[number, PriceDefectCode, number]>]> = [
  [0, 40, [[4, 'price_mismatch', 100]]],
  [0, 12, []],
  [1, 35, []],
  [
    2,
    30,
    [
      [1, 'missing_tag', 0],
      [8, 'price_mismatch', -200],
    ],
  ],
  [2, 9, []],
  [3, 20, [[9, 'missing_unit', 0]]],
  [3, 5, []],
  [4, 6, []],
  [5, 3, []],
];

/** A few weeks of demo 进售价检查 at the first stores, written once into an empty ledger. */
@Injectable()
export class DemoPriceChecksSeeder {
  constructor(
    private readonly db: DataSource,
    private readonly stores: StoreDirectory,
  ) {}

  async seed(to: string): Promise<number> {
    if (process.env['SEED_DEMO_PRICE_CHECKS'] === 'false') return 0;
    if ((await this.db.getRepository(PriceCheckEntity).count()) > 0) return 0;
    const stores = await this.stores.stores();
    if (!stores.length) return 0;
    const end = startOfChinaDay(to).getTime() + 10 * 3_600_000;
    const plan = [...PLAN].sort((a, b) => b[1] - a[1]);
    await runInTransaction(this.db, async (em) => {
      const open = new Map<number, number>();
      for (const [index, daysBefore, wrong] of plan) {
        const store = stores[index % stores.length];
        const checkedAt = new Date(end - daysBefore * DAY);
        const items = ITEMS.map(([sku, name, fen], i) => {
          const miss = wrong.find(([at]) => at === i);
          const defectCode = miss?.[1];
          return {
            sku,
            name,
            shelfPriceFen: fen,
            systemPriceFen: fen + (miss?.[2] ?? 0),
            tillPriceFen: fen + (miss?.[2] ?? 0),
            defectCode,
          };
        });
        const tally = tallyPriceCheck(items);
        const failed = (tally.accuracy ?? 100) < 98 || tally.overcharges > 0;
        const recheckOfId = open.get(store.id) ?? null;
        const saved = await em.save(
          em.create(PriceCheckEntity, {
            storeId: store.id,
            checkedAt,
            checkedById: null,
            checkedBy: 'office',
            note: '演示数据',
            checked: tally.checked,
            correct: tally.correct,
            overcharges: tally.overcharges,
            undercharges: tally.undercharges,
            accuracyBp: Math.round((tally.accuracy ?? 0) * 100),
            recheckDueAt: failed ? new Date(checkedAt.getTime() + 30 * DAY) : null,
            recheckDoneAt: null,
            recheckDoneById: null,
            recheckOfId,
            createdAt: checkedAt,
          }),
        );
        if (recheckOfId !== null) {
          await em.update(PriceCheckEntity, { id: recheckOfId }, { recheckDoneAt: checkedAt, recheckDoneById: saved.id });
          open.delete(store.id);
        }
        if (failed) open.set(store.id, saved.id);
        await em.insert(
          PriceCheckItemEntity,
          items.map((item, position) => ({
            checkId: saved.id,
            position,
            ...item,
            defectCode: item.defectCode ?? null,
            unitOnTag: item.defectCode === 'missing_unit' ? null : position === 9 ? '千克' : '件',
            promotionSignOk: null,
            photoId: null,
          })),
        );
      }
      // A failed check with no later one keeps its re-check open: the demo's plan ends each store on a clean check.
    });
    return plan.length;
  }
}
