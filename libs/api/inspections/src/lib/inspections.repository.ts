import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { PageWindow } from '@storeops/api/core';
import { CategoryEntity, StoreDirectory, StoreEntity, UserEntity } from '@storeops/api/org';
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
  statuses?: CorrectiveActionStatus[];
  overdue?: boolean;
  inspectionId?: number;
  /** null: the general standard. */
  categoryId?: number | null;
  inspectorId?: number;
  /** Due at or after / before this instant. */
  dueFrom?: Date;
  dueBefore?: Date;
  now: Date;
}

export interface InspectionKey {
  id: number;
  storeId: number;
  categoryId: number | null;
  inspectedAt: Date;
  planPeriodStart: string | null;
  inspectorName: string;
}

type TemplateFields = Pick<
  InspectionTemplateEntity,
  'code' | 'name' | 'version' | 'categoryId' | 'criticalCap' | 'starThresholds' | 'active' | 'createdBy' | 'createdAt'
> &
  Partial<Pick<InspectionTemplateEntity, 'requireSignature' | 'requireDutyPerson'>>;

/** Named queries of the inspections domain; filters arrive as typed values, never as request objects. */
@Injectable()
export class InspectionsRepository {
  constructor(
    private readonly db: DataSource,
    private readonly directory: StoreDirectory,
  ) {}

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
    return this.directory.storeEntity(id, em);
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
    return this.directory.storeEntities();
  }

  // ---- idempotency

  findIdempotencyKey(userId: number, key: string, em?: EntityManager): Promise<IdempotencyKeyEntity | null> {
    return this.m(em).findOneBy(IdempotencyKeyEntity, { userId, key });
  }

  // ---- corrective actions

  findAction(id: number, em?: EntityManager): Promise<CorrectiveActionEntity | null> {
    return this.actionQuery(this.m(em)).where('a.id = :id', { id }).getOne();
  }

  findActions(ids: number[], em: EntityManager): Promise<CorrectiveActionEntity[]> {
    return ids.length ? this.actionQuery(em).where('a.id IN (:...ids)', { ids }).getMany() : Promise.resolve([]);
  }

  /** An action with its store, item (and section) and inspection (and inspector): what its card shows. */
  private actionQuery(em: EntityManager) {
    return em
      .createQueryBuilder(CorrectiveActionEntity, 'a')
      .leftJoinAndSelect('a.store', 'store')
      .leftJoinAndSelect('a.item', 'item')
      .leftJoinAndSelect('item.section', 'section')
      .leftJoinAndSelect('a.inspection', 'inspection')
      .leftJoinAndSelect('inspection.inspector', 'inspector');
  }

  private filteredActions(filter: ActionFilter) {
    const qb = this.actionQuery(this.db.manager);
    if (filter.storeId !== undefined) qb.andWhere('a.storeId = :storeId', { storeId: filter.storeId });
    if (filter.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.inspectionId !== undefined) qb.andWhere('a.inspectionId = :inspectionId', { inspectionId: filter.inspectionId });
    if (filter.categoryId === null) qb.andWhere('a.categoryId IS NULL');
    else if (filter.categoryId !== undefined) qb.andWhere('a.categoryId = :categoryId', { categoryId: filter.categoryId });
    if (filter.inspectorId !== undefined) qb.andWhere('inspection.inspectorId = :inspectorId', { inspectorId: filter.inspectorId });
    if (filter.dueFrom) qb.andWhere('a.dueAt >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueBefore) qb.andWhere('a.dueAt < :dueBefore', { dueBefore: filter.dueBefore });
    if (filter.overdue === true) qb.andWhere(`a.status IN ('open', 'reopened') AND a.dueAt < :now`, { now: filter.now });
    if (filter.overdue === false) qb.andWhere(`NOT (a.status IN ('open', 'reopened') AND a.dueAt < :now)`, { now: filter.now });
    return qb;
  }

  findActionsPage(filter: ActionFilter, window: PageWindow): Promise<[CorrectiveActionEntity[], number]> {
    return this.filteredActions(filter)
      .orderBy('a.dueAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .skip(window.skip)
      .take(window.take)
      .getManyAndCount();
  }

  /** How many actions the filter selects, by status, and how many of them are overdue at `now`. */
  async countActions(filter: ActionFilter): Promise<{ byStatus: Record<string, number>; overdue: number }> {
    const rows = await this.filteredActions(filter)
      .select('a.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .addSelect(`SUM(CASE WHEN a.status IN ('open', 'reopened') AND a.dueAt < :now THEN 1 ELSE 0 END)`, 'late')
      .setParameter('now', filter.now)
      .groupBy('a.status')
      .getRawMany<{ status: string; n: number | string; late: number | string | null }>();
    const byStatus: Record<string, number> = {};
    let overdue = 0;
    for (const r of rows) {
      byStatus[r.status] = Number(r.n);
      overdue += Number(r.late ?? 0);
    }
    return { byStatus, overdue };
  }

  /** The results behind corrective actions (the failed item's note and photos), by inspection and item. */
  async findResultsOf(pairs: Array<{ inspectionId: number; itemId: number }>, em?: EntityManager): Promise<InspectionResultEntity[]> {
    const inspectionIds = [...new Set(pairs.map((p) => p.inspectionId))];
    if (!inspectionIds.length) return [];
    const rows = await this.m(em).find(InspectionResultEntity, { where: { inspectionId: In(inspectionIds) } });
    const wanted = new Set(pairs.map((p) => `${p.inspectionId}:${p.itemId}`));
    return rows.filter((r) => wanted.has(`${r.inspectionId}:${r.itemId}`));
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
    return this.directory.userWithCategories(id);
  }

  /** The user (org's entity, for a relation), read in `em` when given. */
  findUser(id: number, em?: EntityManager): Promise<UserEntity | null> {
    return this.directory.user({ id }, em);
  }

  /** A category by id or code (org's), or null. */
  findCategory(where: { id: number } | { code: string }): Promise<CategoryEntity | null> {
    return this.directory.category(where);
  }

  /**
   * Which (store, category) pairs were inspected when: inspections made in [from, to), or made later but closing a
   * plan period that starts within [fromDay, toDay) — what plans count as done. With the inspector's name.
   */
  async findInspectionKeys(from: Date, to: Date, fromDay: string, toDay: string): Promise<InspectionKey[]> {
    const rows = await this.db.manager
      .createQueryBuilder(InspectionEntity, 'i')
      .leftJoin('i.inspector', 'u')
      .select(['i.id', 'i.storeId', 'i.categoryId', 'i.inspectedAt', 'i.planPeriodStart', 'u.id', 'u.displayName'])
      .where('(i.inspectedAt >= :from AND i.inspectedAt < :to) OR (i.planPeriodStart >= :fromDay AND i.planPeriodStart < :toDay)', {
        from,
        to,
        fromDay,
        toDay,
      })
      .orderBy('i.inspectedAt', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getMany();
    return rows.map((r) => ({
      id: r.id,
      storeId: r.storeId,
      categoryId: r.categoryId,
      inspectedAt: new Date(r.inspectedAt),
      planPeriodStart: r.planPeriodStart,
      inspectorName: r.inspector?.displayName ?? '',
    }));
  }
}
