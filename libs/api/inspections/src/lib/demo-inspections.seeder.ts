import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { clock, runInTransaction, startOfChinaDay } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import {
  CorrectiveActionStatus,
  DEFAULT_CRITICAL_CAP,
  DEFAULT_STAR_THRESHOLDS,
  ResultInput,
  scoreInspection,
  StoreStatus,
  TemplateItem,
} from '@storeops/shared/contracts';
import { seededRandom } from '@storeops/tools/demo-data';
import { addDays } from './plan-periods';
import { DEMO_TEMPLATES } from './demo-templates';
import {
  CorrectiveActionEntity,
  InspectionEntity,
  InspectionPlanEntity,
  InspectionResultEntity,
  InspectionTemplateEntity,
} from './entities';
import { InspectionsRepository } from './inspections.repository';
import { LoadedTemplate, toScoringTemplate, toTemplateItem } from './mappers';

const SEED = 20_260_404;
const WINDOW_DAYS = 30;
const CHUNK = 400;

interface Plan {
  template: LoadedTemplate;
  inspectorId: number;
  verifier: string;
  /** Share of windows in which a store gets this inspection. */
  coverage: number;
}

/**
 * Demo inspections: the four standards, then SEED_DEMO_INSPECTION_MONTHS (default 6) months of inspections up to
 * the reference day — the general standard for every open store each month, 生鲜 and 食品 most months by the
 * specialist, 熟食烘焙 now and then by the ops manager — with corrective actions in every state. Deterministic for a
 * reference day; does nothing where templates or inspections already exist.
 */
@Injectable()
export class DemoInspectionsSeeder {
  constructor(
    private readonly db: DataSource,
    private readonly repo: InspectionsRepository,
    private readonly directory: StoreDirectory,
  ) {}

  /** Returns the number of inspections created. */
  async seed(referenceDay: string, months = Number(process.env['SEED_DEMO_INSPECTION_MONTHS'] ?? 6)): Promise<number> {
    await this.seedTemplates();
    if (months <= 0 || (await this.db.manager.count(InspectionEntity)) > 0) return 0;
    const specialist = await this.directory.user({ username: 'specialist' });
    const ops = await this.directory.user({ username: 'ops' });
    if (!specialist || !ops) return 0;
    const templates = await this.repo.findTemplates(false);
    const byCode = new Map(templates.map((t) => [t.template.code, t]));
    const plans: Plan[] = [
      { code: 'STD-STORE', inspector: specialist, coverage: 1 },
      { code: 'STD-FR', inspector: specialist, coverage: 0.85 },
      { code: 'STD-FD', inspector: specialist, coverage: 0.6 },
      { code: 'STD-DL', inspector: ops, coverage: 0.3 },
    ].flatMap(({ code, inspector, coverage }) => {
      const template = byCode.get(code);
      return template ? [{ template, inspectorId: inspector.id, verifier: inspector.displayName, coverage }] : [];
    });
    await this.seedPlans(specialist.id, addDays(startOfChinaDay(referenceDay), -months * WINDOW_DAYS));
    const stores = (await this.directory.storeEntities()).filter((s) => s.status === StoreStatus.Open);
    const random = seededRandom(SEED);
    const today = startOfChinaDay(referenceDay);
    const now = clock.now();

    return runInTransaction(this.db, async (em) => {
      const results: Array<Partial<InspectionResultEntity>> = [];
      const actions: Array<Partial<CorrectiveActionEntity>> = [];
      let created = 0;
      // A store's standing: most run well, a few struggle; the same store stays much the same month to month.
      const quality = new Map(stores.map((s) => [s.id, 0.78 + random() * 0.17]));
      for (let w = months - 1; w >= 0; w--) {
        const windowEnd = addDays(today, -w * WINDOW_DAYS);
        for (const store of stores) {
          for (const plan of plans) {
            if (plan.coverage < 1 && random() > plan.coverage) continue;
            const inspectedAt = new Date(
              addDays(windowEnd, -Math.floor(random() * WINDOW_DAYS)).getTime() + (9 + random() * 8) * 3_600_000,
            );
            const input = this.answers(plan.template, quality.get(store.id) ?? 0.9, random);
            const outcome = scoreInspection(toScoringTemplate(plan.template), input);
            const inspection = await em.save(
              em.create(InspectionEntity, {
                storeId: store.id,
                categoryId: plan.template.template.categoryId,
                templateId: plan.template.template.id,
                templateVersion: plan.template.template.version,
                inspectorId: plan.inspectorId,
                inspectedAt,
                createdAt: inspectedAt,
                score: outcome.score,
                stars: outcome.stars,
                criticalFailed: outcome.criticalFailed,
                earned: outcome.earned,
                possible: outcome.possible,
                notes: outcome.criticalFailed ? '发现红线问题，已当场要求整改并通报区域' : null,
                dutyPersonName: null,
                signaturePhotoId: null,
                planItemId: null,
              }),
            );
            created++;
            for (const r of input) {
              results.push({
                inspectionId: inspection.id,
                itemId: r.itemId,
                result: r.result,
                points: r.points ?? null,
                note: r.note ?? null,
                photoIds: [],
              });
            }
            const items = new Map(plan.template.sections.flatMap((s) => s.items).map((i) => [i.id, toTemplateItem(i)]));
            for (const itemId of outcome.failedItemIds) {
              actions.push(this.action(inspection, items.get(itemId) as TemplateItem, plan.verifier, now, random));
            }
          }
        }
      }
      for (let i = 0; i < results.length; i += CHUNK) await em.insert(InspectionResultEntity, results.slice(i, i + CHUNK));
      for (let i = 0; i < actions.length; i += CHUNK) await em.insert(CorrectiveActionEntity, actions.slice(i, i + CHUNK));
      return created;
    });
  }

  /** Answers for every item: passes mostly, failures by the store's quality, critical failures rare. */
  private answers(template: LoadedTemplate, quality: number, random: () => number): ResultInput[] {
    return template.sections.flatMap((s) =>
      s.items.map((item): ResultInput => {
        if (item.allowNa && random() < 0.08) return { itemId: item.id, result: 'na' };
        if (item.kind === 'scale') {
          const share = Math.min(1, Math.max(0, quality + (random() - 0.45) * 0.35));
          const points = Math.round(item.maxPoints * share);
          return { itemId: item.id, result: 'score', points, ...(points < item.maxPoints * 0.6 ? { note: '需加强' } : {}) };
        }
        const failRate = item.critical ? 0.008 : (1 - quality) * 1.2;
        return random() < failRate
          ? { itemId: item.id, result: 'fail', note: item.critical ? '红线项不合格' : '现场不符合标准' }
          : { itemId: item.id, result: 'pass' };
      }),
    );
  }

  /** A corrective action whose state follows its age: old ones mostly accepted, recent ones open or awaiting verification. */
  private action(
    inspection: InspectionEntity,
    item: TemplateItem,
    verifier: string,
    now: Date,
    random: () => number,
  ): Partial<CorrectiveActionEntity> {
    const dueAt = addDays(inspection.inspectedAt, item.dueDays);
    const ageDays = (now.getTime() - inspection.inspectedAt.getTime()) / 86_400_000;
    const roll = random();
    let status: CorrectiveActionStatus;
    if (ageDays > 20) status = roll < 0.82 ? 'accepted' : roll < 0.88 ? 'closed' : roll < 0.93 ? 'reopened' : 'open';
    else status = roll < 0.45 ? 'open' : roll < 0.75 ? 'closed' : roll < 0.9 ? 'accepted' : 'reopened';
    const closedAt = status === 'open' ? null : addDays(inspection.inspectedAt, Math.min(ageDays, 0.5 + random() * (item.dueDays + 1)));
    const verifiedAt =
      status === 'accepted' || status === 'reopened' ? new Date(Math.min(now.getTime(), (closedAt as Date).getTime() + 86_400_000)) : null;
    return {
      inspectionId: inspection.id,
      storeId: inspection.storeId,
      categoryId: inspection.categoryId,
      itemId: item.id,
      status,
      dueAt,
      closedNote: closedAt ? '已按标准整改完毕，附整改后照片' : null,
      closedPhotoId: null,
      closedAt,
      verifiedBy: verifiedAt ? verifier : null,
      verifiedAt,
      reopenReason: status === 'reopened' ? '复查仍不符合标准，请重新整改' : null,
    };
  }

  /** The specialist's monthly rounds: the general standard and each of their categories, every open store. */
  private async seedPlans(specialistId: number, since: Date): Promise<void> {
    if ((await this.db.manager.count(InspectionPlanEntity)) > 0) return;
    const specialist = await this.directory.userWithCategories(specialistId);
    const categoryIds = [null, ...(specialist?.categories ?? []).map((c) => c.id)];
    await runInTransaction(this.db, (em) =>
      em.insert(
        InspectionPlanEntity,
        categoryIds.map((categoryId) => ({
          specialistId,
          categoryId,
          frequency: 'monthly' as const,
          storeIds: null,
          active: true,
          createdBy: 'ops',
          createdAt: since,
        })),
      ),
    );
  }

  private async seedTemplates(): Promise<void> {
    if ((await this.db.manager.count(InspectionTemplateEntity)) > 0) return;
    const categories = new Map((await this.directory.categories()).map((c) => [c.code, c.id]));
    await runInTransaction(this.db, async (em: EntityManager) => {
      for (const t of DEMO_TEMPLATES) {
        const categoryId = t.categoryCode === null ? null : categories.get(t.categoryCode);
        if (categoryId === undefined) continue;
        await this.repo.insertTemplate(
          em,
          {
            code: t.code,
            name: t.name,
            version: 1,
            categoryId,
            criticalCap: DEFAULT_CRITICAL_CAP,
            starThresholds: DEFAULT_STAR_THRESHOLDS,
            active: true,
            createdBy: 'ops',
            createdAt: clock.now(),
          },
          t.sections,
        );
      }
    });
  }
}

/**
 * What the app's DemoSeedModule provides to seed this domain (loaded only when seeding): the seeder, and the
 * domain's stateless repository it writes through, so the domain module itself ships no demo code.
 */
export const DEMO_INSPECTIONS_PROVIDERS = [InspectionsRepository, DemoInspectionsSeeder];
