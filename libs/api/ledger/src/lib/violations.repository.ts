import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, Not, Raw } from 'typeorm';
import { ViolationStatus, ViolationSubjectType } from '@storeops/shared/contracts';
import { ViolationAttachmentEntity, ViolationDepartmentEntity, ViolationEntity, ViolationRuleEntity } from './entities/violation.entity';

/** The violation list's filters, after the caller's scope has been applied. */
export interface ViolationFilter {
  /** A 店长's store: only its violations. */
  scopeStoreId: number | null;
  storeId?: number;
  subjectType?: ViolationSubjectType;
  status?: ViolationStatus;
  ruleCode?: string;
  /** Occurred in [from, to). */
  from?: Date;
  to?: Date;
}

/** Named queries of the violations ledger. */
@Injectable()
export class ViolationsRepository {
  constructor(private readonly db: DataSource) {}

  private m(em?: EntityManager): EntityManager {
    return em ?? this.db.manager;
  }

  rules(): Promise<ViolationRuleEntity[]> {
    return this.db.getRepository(ViolationRuleEntity).find({ order: { code: 'ASC' } });
  }

  rule(id: number, em?: EntityManager): Promise<ViolationRuleEntity | null> {
    return this.m(em).findOneBy(ViolationRuleEntity, { id });
  }

  ruleByCode(code: string, em?: EntityManager): Promise<ViolationRuleEntity | null> {
    return this.m(em).findOneBy(ViolationRuleEntity, { code });
  }

  departments(): Promise<ViolationDepartmentEntity[]> {
    return this.db.getRepository(ViolationDepartmentEntity).find({ order: { position: 'ASC', id: 'ASC' } });
  }

  department(id: number, em?: EntityManager): Promise<ViolationDepartmentEntity | null> {
    return this.m(em).findOneBy(ViolationDepartmentEntity, { id });
  }

  find(id: number, em?: EntityManager): Promise<ViolationEntity | null> {
    return this.m(em).findOneBy(ViolationEntity, { id });
  }

  /** The subject's violations of a rule that occurred in (from, to): the history that proposes the penalty. */
  history(
    subjectType: ViolationSubjectType,
    subjectId: number,
    ruleCode: string,
    from: Date,
    to: Date,
    em?: EntityManager,
  ): Promise<ViolationEntity[]> {
    return this.m(em).find(ViolationEntity, {
      where: {
        subjectType,
        subjectId,
        ruleCode,
        occurredAt: Raw((a) => `${a} > :from AND ${a} < :to`, { from, to }),
      },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
  }

  async page(filter: ViolationFilter, skip: number, take: number): Promise<[ViolationEntity[], number]> {
    const qb = this.db.getRepository(ViolationEntity).createQueryBuilder('v');
    if (filter.scopeStoreId !== null) qb.andWhere('v.storeId = :scope', { scope: filter.scopeStoreId });
    if (filter.storeId !== undefined) qb.andWhere('v.storeId = :store', { store: filter.storeId });
    if (filter.subjectType) qb.andWhere('v.subjectType = :type', { type: filter.subjectType });
    if (filter.status) qb.andWhere('v.status = :status', { status: filter.status });
    if (filter.ruleCode) qb.andWhere('v.ruleCode = :rule', { rule: filter.ruleCode });
    if (filter.from) qb.andWhere('v.occurredAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('v.occurredAt < :to', { to: filter.to });
    return qb.orderBy('v.occurredAt', 'DESC').addOrderBy('v.id', 'DESC').skip(skip).take(take).getManyAndCount();
  }

  attachments(violationId: number): Promise<ViolationAttachmentEntity[]> {
    return this.db.getRepository(ViolationAttachmentEntity).find({ where: { violationId }, order: { id: 'ASC' } });
  }

  attachment(violationId: number, id: number): Promise<ViolationAttachmentEntity | null> {
    return this.db.getRepository(ViolationAttachmentEntity).findOneBy({ violationId, id });
  }

  /** Violations of stores that occurred in [from, to) and stand (not overturned): what the ranking counts. */
  standingBetween(from: Date, to: Date): Promise<ViolationEntity[]> {
    return this.db.getRepository(ViolationEntity).find({
      where: {
        occurredAt: Raw((a) => `${a} >= :from AND ${a} < :to`, { from, to }),
        status: Not('overturned'),
      },
      order: { id: 'ASC' },
    });
  }

  count(): Promise<number> {
    return this.db.getRepository(ViolationEntity).count();
  }
}
