import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runInTransaction, startOfChinaDay } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import { addDays, MeetingItem, Metric } from '@storeops/shared/contracts';
import { MeetingActionEntity, MeetingEntity, MeetingSeriesEntity } from './entities/meeting.entity';

const HOUR = 3_600_000;
const DAY = 86_400_000;

const WEEKLY_ACTIONS = [
  '补齐生鲜区缺失价签',
  '整理上周顾客投诉原因并通报',
  '核对促销商品的系统价格',
  '落实冷柜温度每日两次记录',
  '跟进临期商品下架',
  '安排收银高峰增开收银台',
  '更新排班表并报营运部',
  '清理仓库通道堆放',
];
const MONTHLY_ACTIONS = ['分析毛利率下滑门店原因', '提交下月促销计划', '复盘门店排名后五名的整改情况', '核对供应商到货及时率'];

/**
 * A few past meetings of each seeded series (营运例会 weekly, 经营分析会 monthly) up to `yesterday`, each with actions
 * owned by the demo people: the older ones mostly done, the latest open (one of them overdue), so the carry-over and
 * the alert centre have something to show. Only when there is no meeting yet; touches nothing else.
 */
@Injectable()
export class DemoMeetingsSeeder {
  constructor(
    private readonly db: DataSource,
    private readonly stores: StoreDirectory,
  ) {}

  async seed(yesterday: string, enabled = process.env['SEED_DEMO_MEETINGS'] !== 'false'): Promise<number> {
    if (!enabled || (await this.db.getRepository(MeetingEntity).count()) > 0) return 0;
    const series = await this.db.getRepository(MeetingSeriesEntity).find({ order: { id: 'ASC' } });
    const weekly = series.find((s) => s.code === 'weekly_ops');
    const monthly = series.find((s) => s.code === 'monthly_review');
    if (!weekly || !monthly) return 0;
    const users = await this.stores.activeUsers();
    const by = (username: string) => users.find((u) => u.username === username)?.id;
    const people = ['office', 'ops', 'director', 'specialist', 'manager', 'buyer'].map(by).filter((id): id is number => id !== undefined);
    if (people.length < 3) return 0;
    const store = (await this.stores.stores()).find((s) => s.code === 'BJ001') ?? null;
    const owners = ['manager', 'specialist', 'buyer', 'office', 'ops'].map(by).filter((id): id is number => id !== undefined);
    // The Monday of yesterday's week (China days), then the three Mondays before.
    const weekday = (new Date(`${yesterday}T00:00:00Z`).getUTCDay() + 6) % 7;
    const monday = addDays(yesterday, -weekday);
    const plan: Array<{ s: MeetingSeriesEntity; day: string; hour: number; titles: string[] }> = [];
    for (let w = 3; w >= 0; w--) {
      const day = addDays(monday, -7 * w);
      if (day > yesterday) continue;
      plan.push({ s: weekly, day, hour: 9, titles: WEEKLY_ACTIONS.slice((3 - w) * 2, (3 - w) * 2 + 2) });
    }
    for (let m = 2; m >= 1; m--) {
      const first = new Date(`${yesterday.slice(0, 7)}-05T00:00:00Z`);
      first.setUTCMonth(first.getUTCMonth() - (m - 1));
      const day = first.toISOString().slice(0, 10);
      if (day > yesterday) continue;
      plan.push({ s: monthly, day, hour: 14, titles: MONTHLY_ACTIONS.slice((2 - m) * 2, (2 - m) * 2 + 2) });
    }
    let count = 0;
    await runInTransaction(this.db, async (em) => {
      let n = 0;
      for (const [index, p] of plan.entries()) {
        const heldAt = new Date(startOfChinaDay(p.day).getTime() + p.hour * HOUR);
        const last = plan.slice(index + 1).every((q) => q.s.id !== p.s.id);
        const items: MeetingItem[] = p.s.agendaTemplate.map((title, i) => ({
          title,
          storeId: i === 1 && store ? store.id : null,
          kpi: i === 0 ? Metric.Sales : null,
          rankingSchemeId: null,
          notes: null,
        }));
        const m = await em.save(
          em.create(MeetingEntity, {
            seriesId: p.s.id,
            title: `${p.s.name} ${p.day}`,
            heldAt,
            attendeeIds: people,
            items,
            minutes: `会议通报了上期销售和毛利完成情况，检查了上次会议事项的落实。\n各门店汇报了本期重点工作。`,
            decisions: ['各门店本周内完成价签自查', '投诉处理结果每周一报综合管理处'],
            version: 1,
            createdBy: 'office',
            createdAt: heldAt,
            updatedAt: heldAt,
          }),
        );
        count++;
        for (const [i, title] of p.titles.entries()) {
          const owner = owners[n++ % owners.length];
          // Older meetings' actions are mostly done a few days later; the latest meeting's stay open.
          const done = !last && !(index === 0 && i === 1);
          const dueAt = new Date(heldAt.getTime() + (p.s.cadence === 'weekly' ? 5 : 20) * DAY);
          await em.save(
            em.create(MeetingActionEntity, {
              meetingId: m.id,
              seriesId: p.s.id,
              meetingHeldAt: heldAt,
              title,
              ownerId: owner,
              dueAt,
              storeId: owner === by('manager') && store ? store.id : null,
              status: done ? 'done' : 'open',
              doneAt: done ? new Date(heldAt.getTime() + 3 * DAY) : null,
              doneBy: done ? 'office' : null,
              correctiveActionId: null,
              version: 1,
              createdAt: heldAt,
            }),
          );
        }
      }
    });
    return count;
  }
}
