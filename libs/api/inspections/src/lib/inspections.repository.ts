import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { PageWindow } from '@storeops/api/core';
import { StoreEntity, UserEntity } from '@storeops/api/org';
import { CorrectiveActionStatus } from '@storeops/shared/contracts';
import {
  CorrectiveActionEntity,
  IdempotencyKeyEntity,
  InspectionEntity,
  InspectionItemEntity,
  InspectionPlanEntity,
  InspectionResultEntity,
  InspectionSectionEntity,
  InspectionTemplateEntity,
  PhotoEntity,
} from './entities';
import { LoadedTemplate, SectionInput } from './mappers';

export interface InspectionFilter {
  storeId?: number;
  categoryId?: number;
  from?: Date;
  to?: Date;
}

export interface ActionFilter {
  storeId?: number;
  status?: CorrectiveActionStatus;
  overdue?: boolean;
  inspectionId?: number;
  now: Date;
}

type TemplateFields = Pick<
  InspectionTemplateEntity,
  'code' | 'name' | 'version' | 'categoryId' | 'criticalCap' | 'starThresholds' | 'active' | 'createdBy' | 'createdAt'
>;

/** Named queries of the inspections domain; filters arrive as typed values, never as request objects. */
@Injectable()
export class InspectionsRepository {
  constructor(private readonly db: DataSource) {}

  private m(em?: EntityManager): EntityManager {
    return em ?? this.db.manager;
  }

  // ---- templates

  async findTemplate(id: number, em?: EntityManager): Promise<LoadedTemplate | null> {
    const template = await this.m(em).findOneBy(InspectionTemplateEntity, { id });
    if (!template) return null;
    return (await this.withContent([template], em))[0];
  }

  /** The latest active version of each family, or every version when `all`; by code, newest version first. */
  async findTemplates(all: boolean, categoryId?: number): Promise<LoadedTemplate[]> {
    const qb = this.db.manager.createQueryBuilder(InspectionTemplateEntity, 't').orderBy('t.code', 'ASC').addOrderBy('t.version', 'DESC');
    if (categoryId !== undefined) qb.andWhere('t.categoryId = :categoryId', { categoryId });
    if (!all) {
      qb.andWhere('t.active = :active', { active: true }).andWhere(
        `t.version = (SELECT MAX(t2.version) FROM inspection_template t2 WHERE t2.code = t.code AND t2.active = :active)`,
      );
    }
    return this.withContent(await qb.getMany());
  }

  private async withContent(templates: InspectionTemplateEntity[], em?: EntityManager): Promise<LoadedTemplate[]> {
    if (!templates.length) return [];
    const ids = templates.map((t) => t.id);
    const sections = await this.m(em).find(InspectionSectionEntity, {
      where: { templateId: In(ids) },
      order: { position: 'ASC', id: 'ASC' },
    });
    const items = await this.m(em).find(InspectionItemEntity, { where: { templateId: In(ids) }, order: { position: 'ASC', id: 'ASC' } });
    return templates.map((template) => ({
      template,
      sections: sections
        .filter((s) => s.templateId === template.id)
        .map((section) => ({ section, items: items.filter((i) => i.sectionId === section.id) })),
    }));
  }

  async latestVersionOf(code: string, em: EntityManager): Promise<number> {
    const row = await em
      .createQueryBuilder(InspectionTemplateEntity, 't')
      .select('MAX(t.version)', 'v')
      .where('t.code = :code', { code })
      .getRawOne<{ v: number | null }>();
    return Number(row?.v ?? 0);
  }

  /** The family's latest version (any state), or null when no template has the code. */
  async latestTemplateOf(code: string, em: EntityManager): Promise<InspectionTemplateEntity | null> {
    return em.findOne(InspectionTemplateEntity, { where: { code }, order: { version: 'DESC' } });
  }

  async isTemplateUsed(templateId: number, em: EntityManager): Promise<boolean> {
    return (await em.countBy(InspectionEntity, { templateId })) > 0;
  }

  async insertTemplate(em: EntityManager, fields: TemplateFields, sections: readonly SectionInput[]): Promise<number> {
    const saved = await em.save(em.create(InspectionTemplateEntity, fields));
    await this.insertContent(em, saved.id, sections);
    return saved.id;
  }

  async updateTemplateHeader(em: EntityManager, id: number, fields: Partial<TemplateFields>): Promise<void> {
    await em.update(InspectionTemplateEntity, { id }, fields);
  }

  /** Rewrites sections and items of a version that no inspection has used (items get new ids). */
  async replaceContent(em: EntityManager, id: number, sections: readonly SectionInput[]): Promise<void> {
    await em.delete(InspectionItemEntity, { templateId: id });
    await em.delete(InspectionSectionEntity, { templateId: id });
    await this.insertContent(em, id, sections);
  }

  private async insertContent(em: EntityManager, templateId: number, sections: readonly SectionInput[]): Promise<void> {
    let position = 0;
    for (const [s, section] of sections.entries()) {
      const saved = await em.save(em.create(InspectionSectionEntity, { templateId, title: section.title, position: s }));
      const rows = section.items.map((i) => ({
        templateId,
        sectionId: saved.id,
        title: i.title,
        kind: i.kind,
        maxPoints: i.maxPoints,
        allowNa: i.allowNa,
        critical: i.critical,
        photoOnFail: i.photoOnFail,
        dueDays: i.dueDays,
        position: position++,
      }));
      if (rows.length) await em.insert(InspectionItemEntity, rows);
    }
  }

  // ---- photos

  findPhoto(id: number, em?: EntityManager): Promise<PhotoEntity | null> {
    return this.m(em).findOneBy(PhotoEntity, { id });
  }

  findPhotos(ids: number[], em: EntityManager): Promise<PhotoEntity[]> {
    return ids.length ? em.findBy(PhotoEntity, { id: In(ids) }) : Promise.resolve([]);
  }

  async attachPhotosToInspection(em: EntityManager, ids: number[], inspectionId: number): Promise<void> {
    if (ids.length) await em.update(PhotoEntity, { id: In(ids) }, { inspectionId });
  }

  async attachPhotoToAction(em: EntityManager, id: number, correctiveActionId: number): Promise<void> {
    await em.update(PhotoEntity, { id }, { correctiveActionId });
  }

  // ---- inspections

  findStore(id: number, em?: EntityManager): Promise<StoreEntity | null> {
    return this.m(em).findOneBy(StoreEntity, { id });
  }

  findInspection(id: number, em?: EntityManager): Promise<InspectionEntity | null> {
    return this.m(em).findOne(InspectionEntity, { where: { id }, relations: { store: true, template: true, inspector: true } });
  }

  private inspectionQuery(filter: InspectionFilter) {
    const qb = this.db.manager
      .createQueryBuilder(InspectionEntity, 'i')
      .leftJoinAndSelect('i.store', 'store')
      .leftJoinAndSelect('i.template', 'template')
      .leftJoinAndSelect('i.inspector', 'inspector');
    if (filter.storeId !== undefined) qb.andWhere('i.storeId = :storeId', { storeId: filter.storeId });
    if (filter.categoryId !== undefined) qb.andWhere('i.categoryId = :categoryId', { categoryId: filter.categoryId });
    if (filter.from) qb.andWhere('i.inspectedAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('i.inspectedAt < :to', { to: filter.to });
    return qb;
  }

  findInspectionsPage(filter: InspectionFilter, window: PageWindow): Promise<[InspectionEntity[], number]> {
    return this.inspectionQuery(filter)
      .orderBy('i.inspectedAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .skip(window.skip)
      .take(window.take)
      .getManyAndCount();
  }

  countInspections(): Promise<number> {
    return this.db.manager.count(InspectionEntity);
  }

  findResults(inspectionId: number): Promise<InspectionResultEntity[]> {
    return this.db.manager.find(InspectionResultEntity, { where: { inspectionId }, order: { id: 'ASC' } });
  }

  findItems(ids: number[]): Promise<InspectionItemEntity[]> {
    return ids.length
      ? this.db.manager.find(InspectionItemEntity, { where: { id: In(ids) }, relations: { section: true } })
      : Promise.resolve([]);
  }

  /** Store and score of every inspection in [from, to), optionally of one category: the ranking's input. */
  async findScoresInPeriod(from: Date, to: Date, categoryId?: number): Promise<Array<{ storeId: number; score: number | null }>> {
    const qb = this.db.manager
      .createQueryBuilder(InspectionEntity, 'i')
      .select('i.storeId', 'storeId')
      .addSelect('i.score', 'score')
      .where('i.inspectedAt >= :from AND i.inspectedAt < :to', { from, to });
    if (categoryId !== undefined) qb.andWhere('i.categoryId = :categoryId', { categoryId });
    const rows = await qb.getRawMany<{ storeId: number; score: number | string | null }>();
    return rows.map((r) => ({ storeId: Number(r.storeId), score: r.score === null ? null : Number(r.score) }));
  }

  findAllStores(): Promise<StoreEntity[]> {
    return this.db.manager.find(StoreEntity, { order: { code: 'ASC' } });
  }

  // ---- idempotency

  findIdempotencyKey(userId: number, key: string, em?: EntityManager): Promise<IdempotencyKeyEntity | null> {
    return this.m(em).findOneBy(IdempotencyKeyEntity, { userId, key });
  }

  // ---- corrective actions

  findAction(id: number, em?: EntityManager): Promise<CorrectiveActionEntity | null> {
    return this.m(em).findOne(CorrectiveActionEntity, { where: { id }, relations: { store: true, item: true } });
  }

  findActionsPage(filter: ActionFilter, window: PageWindow): Promise<[CorrectiveActionEntity[], number]> {
    const qb = this.db.manager
      .createQueryBuilder(CorrectiveActionEntity, 'a')
      .leftJoinAndSelect('a.store', 'store')
      .leftJoinAndSelect('a.item', 'item')
      .orderBy('a.dueAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .skip(window.skip)
      .take(window.take);
    if (filter.storeId !== undefined) qb.andWhere('a.storeId = :storeId', { storeId: filter.storeId });
    if (filter.status !== undefined) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter.inspectionId !== undefined) qb.andWhere('a.inspectionId = :inspectionId', { inspectionId: filter.inspectionId });
    if (filter.overdue === true) qb.andWhere(`a.status IN ('open', 'reopened') AND a.dueAt < :now`, { now: filter.now });
    if (filter.overdue === false) qb.andWhere(`NOT (a.status IN ('open', 'reopened') AND a.dueAt < :now)`, { now: filter.now });
    return qb.getManyAndCount();
  }

  // ---- plans

  findPlans(specialistId?: number): Promise<InspectionPlanEntity[]> {
    return this.db.manager.find(InspectionPlanEntity, {
      where: specialistId === undefined ? {} : { specialistId },
      relations: { specialist: true },
      order: { specialistId: 'ASC', id: 'ASC' },
    });
  }

  findPlan(id: number, em?: EntityManager): Promise<InspectionPlanEntity | null> {
    return this.m(em).findOne(InspectionPlanEntity, { where: { id }, relations: { specialist: true } });
  }

  findUserWithCategories(id: number): Promise<UserEntity | null> {
    return this.db.manager.findOne(UserEntity, { where: { id }, relations: { categories: true } });
  }

  /** Which (store, category) pairs were inspected when, in [from, to): what plans count as done. */
  async findInspectionKeys(from: Date, to: Date): Promise<Array<{ storeId: number; categoryId: number | null; inspectedAt: Date }>> {
    const rows = await this.db.manager
      .createQueryBuilder(InspectionEntity, 'i')
      .select(['i.storeId', 'i.categoryId', 'i.inspectedAt'])
      .where('i.inspectedAt >= :from AND i.inspectedAt < :to', { from, to })
      .getMany();
    return rows.map((r) => ({ storeId: r.storeId, categoryId: r.categoryId, inspectedAt: new Date(r.inspectedAt) }));
  }
}
