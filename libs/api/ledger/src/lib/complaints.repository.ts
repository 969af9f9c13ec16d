import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In, IsNull, LessThan, Not, Raw } from 'typeorm';
import { likePattern } from '@storeops/api/core';
import { ComplaintStage, ComplaintStatus } from '@storeops/shared/contracts';
import {
  ComplaintAttachmentEntity,
  ComplaintCategoryEntity,
  ComplaintCauseEntity,
  ComplaintEntity,
  ComplaintEventEntity,
  ComplaintFollowUpEntity,
  ComplaintKeyCustomerEntity,
  ComplaintSettingsEntity,
  ComplaintStageEntity,
} from './entities/complaint.entity';

/** The complaint list's filters, after the caller's scope has been applied. */
export interface ComplaintFilter {
  /** A 店长's store: received there or laid at it. */
  scopeStoreId: number | null;
  storeId?: number;
  status?: ComplaintStatus;
  from?: Date;
  to?: Date;
  categoryIds?: number[];
  stage?: ComplaintStage;
  keyCustomer?: boolean;
  /** Ids of complaints with an overdue stage (worked out on the calendar by the service). */
  onlyIds?: number[];
  supplierId?: number;
  q?: string;
}

/** Named queries of the complaints ledger. */
@Injectable()
export class ComplaintsRepository {
  constructor(private readonly db: DataSource) {}

  private m(em?: EntityManager): EntityManager {
    return em ?? this.db.manager;
  }

  categories(): Promise<ComplaintCategoryEntity[]> {
    return this.db.getRepository(ComplaintCategoryEntity).find({ order: { position: 'ASC', id: 'ASC' } });
  }

  category(id: number, em?: EntityManager): Promise<ComplaintCategoryEntity | null> {
    return this.m(em).findOneBy(ComplaintCategoryEntity, { id });
  }

  causes(): Promise<ComplaintCauseEntity[]> {
    return this.db.getRepository(ComplaintCauseEntity).find({ order: { position: 'ASC', code: 'ASC' } });
  }

  cause(code: string, em?: EntityManager): Promise<ComplaintCauseEntity | null> {
    return this.m(em).findOneBy(ComplaintCauseEntity, { code });
  }

  settings(em?: EntityManager): Promise<ComplaintSettingsEntity | null> {
    return this.m(em).findOneBy(ComplaintSettingsEntity, { id: 1 });
  }

  find(id: number, em?: EntityManager): Promise<ComplaintEntity | null> {
    return this.m(em).findOneBy(ComplaintEntity, { id });
  }

  /** The last code of a month's prefix (TS202611-), to number the next one. */
  async lastCode(prefix: string, em: EntityManager): Promise<string | null> {
    const row = await em
      .getRepository(ComplaintEntity)
      .createQueryBuilder('c')
      .select('MAX(c.code)', 'code')
      .where('c.code LIKE :p', { p: `${prefix}%` })
      .getRawOne<{ code: string | null }>();
    return row?.code ?? null;
  }

  async page(filter: ComplaintFilter, skip: number, take: number): Promise<[ComplaintEntity[], number]> {
    const qb = this.db.getRepository(ComplaintEntity).createQueryBuilder('c');
    if (filter.scopeStoreId !== null)
      qb.andWhere(new Brackets((w) => w.where('c.storeId = :scope').orWhere('c.responsibleStoreId = :scope')), {
        scope: filter.scopeStoreId,
      });
    if (filter.storeId !== undefined)
      qb.andWhere(new Brackets((w) => w.where('c.storeId = :store').orWhere('c.responsibleStoreId = :store')), {
        store: filter.storeId,
      });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.from) qb.andWhere('c.receivedAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('c.receivedAt < :to', { to: filter.to });
    if (filter.categoryIds) qb.andWhere('c.categoryId IN (:...cats)', { cats: filter.categoryIds.length ? filter.categoryIds : [-1] });
    if (filter.keyCustomer !== undefined) qb.andWhere('c.keyCustomer = :key', { key: filter.keyCustomer });
    if (filter.supplierId !== undefined) qb.andWhere('c.supplierId = :supplier', { supplier: filter.supplierId });
    if (filter.onlyIds) qb.andWhere('c.id IN (:...only)', { only: filter.onlyIds.length ? filter.onlyIds : [-1] });
    if (filter.stage)
      qb.andWhere(`EXISTS (SELECT 1 FROM complaint_stage s WHERE s."complaintId" = c.id AND s.stage = :stage AND s."doneAt" IS NULL)`, {
        stage: filter.stage,
      });
    if (filter.q) {
      const q = likePattern(filter.q);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("c.code LIKE :q ESCAPE '\\'", { q })
            .orWhere("c.description LIKE :q ESCAPE '\\'", { q })
            .orWhere("c.productName LIKE :q ESCAPE '\\'", { q }),
        ),
      );
    }
    return qb.orderBy('c.receivedAt', 'DESC').addOrderBy('c.id', 'DESC').skip(skip).take(take).getManyAndCount();
  }

  events(complaintId: number, em?: EntityManager): Promise<ComplaintEventEntity[]> {
    return this.m(em).find(ComplaintEventEntity, { where: { complaintId }, order: { at: 'ASC', id: 'ASC' } });
  }

  stages(complaintIds: readonly number[], em?: EntityManager): Promise<ComplaintStageEntity[]> {
    if (!complaintIds.length) return Promise.resolve([]);
    return this.m(em).find(ComplaintStageEntity, { where: { complaintId: In([...complaintIds]) }, order: { id: 'ASC' } });
  }

  openStage(complaintId: number, em: EntityManager): Promise<ComplaintStageEntity | null> {
    return em.findOne(ComplaintStageEntity, { where: { complaintId, doneAt: IsNull() }, order: { id: 'DESC' } });
  }

  /** Every stage still running, with its complaint (the alert centre's and the overdue filter's read). */
  async openStages(): Promise<Array<{ stage: ComplaintStageEntity; complaint: ComplaintEntity }>> {
    const stages = await this.db.getRepository(ComplaintStageEntity).find({ where: { doneAt: IsNull() }, order: { id: 'ASC' } });
    const complaints = await this.findMany(stages.map((s) => s.complaintId));
    return stages.flatMap((stage) => {
      const complaint = complaints.get(stage.complaintId);
      return complaint ? [{ stage, complaint }] : [];
    });
  }

  async findMany(ids: readonly number[], em?: EntityManager): Promise<Map<number, ComplaintEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.m(em).find(ComplaintEntity, { where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((r) => [r.id, r]));
  }

  followUps(complaintId: number, em?: EntityManager): Promise<ComplaintFollowUpEntity[]> {
    return this.m(em).find(ComplaintFollowUpEntity, { where: { complaintId }, order: { at: 'ASC', id: 'ASC' } });
  }

  attachments(complaintId: number, em?: EntityManager): Promise<ComplaintAttachmentEntity[]> {
    return this.m(em).find(ComplaintAttachmentEntity, { where: { complaintId }, order: { id: 'ASC' } });
  }

  attachment(complaintId: number, id: number): Promise<ComplaintAttachmentEntity | null> {
    return this.db.getRepository(ComplaintAttachmentEntity).findOneBy({ complaintId, id });
  }

  mergedCodes(intoId: number, em?: EntityManager): Promise<ComplaintEntity[]> {
    return this.m(em).find(ComplaintEntity, { where: { mergedIntoId: intoId }, order: { id: 'ASC' } });
  }

  keyCustomerByPhone(phone: string, em?: EntityManager): Promise<ComplaintKeyCustomerEntity | null> {
    return this.m(em).findOneBy(ComplaintKeyCustomerEntity, { phone });
  }

  keyCustomers(): Promise<ComplaintKeyCustomerEntity[]> {
    return this.db.getRepository(ComplaintKeyCustomerEntity).find({ order: { id: 'ASC' } });
  }

  /** Complaints received in [from, to), merged duplicates left out: what every report counts. */
  receivedBetween(from: Date, to: Date): Promise<ComplaintEntity[]> {
    return this.db.getRepository(ComplaintEntity).find({
      where: { receivedAt: within(from, to), status: Not('merged') },
      order: { id: 'ASC' },
    });
  }

  /** Closed before `before` and still holding personal fields: what the retention job empties. */
  closedWithPersonalData(before: Date, take: number): Promise<ComplaintEntity[]> {
    return this.db.getRepository(ComplaintEntity).find({
      where: { closedAt: LessThan(before), anonymisedAt: IsNull(), status: In(['closed', 'merged']) },
      order: { id: 'ASC' },
      take,
    });
  }
}

/** [from, to): TypeORM's Between is inclusive at both ends. */
function within(from: Date, to: Date) {
  return Raw((alias) => `${alias} >= :from AND ${alias} < :to`, { from, to });
}
