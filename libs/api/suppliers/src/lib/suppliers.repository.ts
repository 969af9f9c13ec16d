import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { likePattern, PageWindow } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import {
  ContractKind,
  ContractStatus,
  IN_FORCE_CONTRACT_STATUSES,
  LicenceOwnerKind,
  LIVE_CONTRACT_STATUSES,
  OVERLAP_CONTRACT_STATUSES,
  SupplierStatus,
} from '@storeops/shared/contracts';
import {
  ClauseCheckEntity,
  ContractAttachmentEntity,
  ContractClauseEntity,
  ContractEntity,
  ContractEventEntity,
  ContractRevisionEntity,
  LicenceEntity,
  SupplierEntity,
} from './entities';

export interface SupplierFilter {
  q?: string;
  status?: SupplierStatus;
  categoryId?: number;
  /** Only these suppliers (e.g. the flagged ones). */
  ids?: number[];
}

export interface ContractFilter {
  status?: ContractStatus;
  kind?: ContractKind;
  supplierId?: number;
  q?: string;
  createdById?: number;
  /** Approved or in force and ending between these days (inclusive). */
  endingBetween?: [string, string];
}

export interface LicenceFilter {
  validToAtMost?: string;
  supplierId?: number;
  ownerKind?: LicenceOwnerKind;
  /** Also licences a renewal replaced. */
  history?: boolean;
}

/** Named queries of the suppliers domain; filters arrive as typed values, never as request objects. */
@Injectable()
export class SuppliersRepository {
  constructor(
    private readonly db: DataSource,
    private readonly directory: StoreDirectory,
  ) {}

  private m(em?: EntityManager): EntityManager {
    return em ?? this.db.manager;
  }

  findSuppliersPage(filter: SupplierFilter, window: PageWindow): Promise<[SupplierEntity[], number]> {
    const qb = this.db.getRepository(SupplierEntity).createQueryBuilder('s').orderBy('s.code', 'ASC').skip(window.skip).take(window.take);
    if (filter.q) {
      qb.andWhere("(s.code LIKE :q ESCAPE '\\' OR s.name LIKE :q ESCAPE '\\' OR s.creditCode LIKE :q ESCAPE '\\')", {
        q: likePattern(filter.q),
      });
    }
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.ids) {
      if (!filter.ids.length) qb.andWhere('1 = 0');
      else qb.andWhere('s.id IN (:...ids)', { ids: filter.ids });
    }
    if (filter.categoryId !== undefined) {
      // categoryIds is JSON text: "[1,2]" — match the id as a whole element.
      qb.andWhere('(s.categoryIds LIKE :c1 OR s.categoryIds LIKE :c2 OR s.categoryIds LIKE :c3 OR s.categoryIds = :c4)', {
        c1: `[${filter.categoryId},%`,
        c2: `%,${filter.categoryId},%`,
        c3: `%,${filter.categoryId}]`,
        c4: `[${filter.categoryId}]`,
      });
    }
    return qb.getManyAndCount();
  }

  /** Display names of these usernames (unknown ones are absent): one query, whatever the number of rows. */
  findDisplayNames(usernames: Array<string | null | undefined>, em?: EntityManager): Promise<Map<string, string>> {
    return this.directory.displayNames(usernames, em);
  }

  // ---- org's stores, regions, categories and users, read through org's StoreDirectory port

  /** Of these store ids, those that no store has. */
  findMissingStores(ids: readonly number[], em?: EntityManager): Promise<number[]> {
    return this.directory.missingStores(ids, em);
  }

  /** Of these category ids, those that no category has. */
  findMissingCategories(ids: readonly number[]): Promise<number[]> {
    return this.directory.missingCategories(ids);
  }

  regionExists(id: number, em?: EntityManager): Promise<boolean> {
    return this.directory.regionExists(id, em);
  }

  activeUserExists(id: number, em?: EntityManager): Promise<boolean> {
    return this.directory.activeUserExists(id, em);
  }

  findSupplier(id: number, em?: EntityManager): Promise<SupplierEntity | null> {
    return this.m(em).findOneBy(SupplierEntity, { id });
  }

  findAllSuppliers(): Promise<SupplierEntity[]> {
    return this.db.getRepository(SupplierEntity).find({ order: { code: 'ASC' } });
  }

  findContractsPage(filter: ContractFilter, window: PageWindow): Promise<[ContractEntity[], number]> {
    const qb = this.db
      .getRepository(ContractEntity)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.supplier', 's')
      .skip(window.skip)
      .take(window.take);
    if (filter.endingBetween) {
      qb.andWhere('c.status IN (:...live)', { live: ['approved', ...IN_FORCE_CONTRACT_STATUSES] })
        .andWhere('c.endDate >= :from AND c.endDate <= :to', { from: filter.endingBetween[0], to: filter.endingBetween[1] })
        .orderBy('c.endDate', 'ASC')
        .addOrderBy('c.id', 'ASC');
    } else {
      // Newest contract number first (HT<year><sequence>, so the text order is the number order), id as the tie-break.
      qb.orderBy('c.number', 'DESC').addOrderBy('c.id', 'DESC');
    }
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.supplierId !== undefined) qb.andWhere('c.supplierId = :supplierId', { supplierId: filter.supplierId });
    if (filter.createdById !== undefined) qb.andWhere('c.createdById = :createdById', { createdById: filter.createdById });
    if (filter.q)
      qb.andWhere("(c.number LIKE :q ESCAPE '\\' OR c.title LIKE :q ESCAPE '\\' OR s.name LIKE :q ESCAPE '\\')", {
        q: likePattern(filter.q),
      });
    return qb.getManyAndCount();
  }

  findContract(id: number, em?: EntityManager): Promise<ContractEntity | null> {
    return this.m(em).findOne(ContractEntity, { where: { id }, relations: { supplier: true } });
  }

  findClauses(contractIds: number[], em?: EntityManager): Promise<ContractClauseEntity[]> {
    if (!contractIds.length) return Promise.resolve([]);
    return this.m(em).find(ContractClauseEntity, { where: { contractId: In(contractIds) }, order: { contractId: 'ASC', position: 'ASC' } });
  }

  findEvents(contractId: number, em?: EntityManager): Promise<ContractEventEntity[]> {
    return this.m(em).find(ContractEventEntity, { where: { contractId }, order: { id: 'ASC' } });
  }

  findAttachments(contractId: number, em?: EntityManager): Promise<ContractAttachmentEntity[]> {
    return this.m(em).find(ContractAttachmentEntity, { where: { contractId }, order: { id: 'ASC' } });
  }

  findAttachment(contractId: number, id: number): Promise<ContractAttachmentEntity | null> {
    return this.db.manager.findOneBy(ContractAttachmentEntity, { id, contractId });
  }

  findRevisions(contractId: number): Promise<ContractRevisionEntity[]> {
    return this.db.manager.find(ContractRevisionEntity, { where: { contractId }, order: { revision: 'ASC' } });
  }

  /** Signed or archived contracts whose end date lies before `today`: due to expire. */
  findDueToExpire(today: string): Promise<ContractEntity[]> {
    return this.db.manager.find(ContractEntity, { where: { status: In([...IN_FORCE_CONTRACT_STATUSES]), endDate: LessThan(today) } });
  }

  countContractNumbersWithPrefix(prefix: string, em: EntityManager): Promise<number> {
    return em
      .createQueryBuilder(ContractEntity, 'c')
      .where('c.number LIKE :p', { p: `${prefix}%` })
      .getCount();
  }

  findLicencesPage(filter: LicenceFilter, window: PageWindow): Promise<[LicenceEntity[], number]> {
    const qb = this.db
      .getRepository(LicenceEntity)
      .createQueryBuilder('l')
      .leftJoinAndSelect('l.supplier', 's')
      .leftJoinAndSelect('l.store', 'st')
      .orderBy('l.validTo', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .skip(window.skip)
      .take(window.take);
    if (filter.validToAtMost) qb.andWhere('l.validTo <= :to', { to: filter.validToAtMost });
    if (filter.supplierId !== undefined) qb.andWhere('l.supplierId = :supplierId', { supplierId: filter.supplierId });
    if (filter.ownerKind) qb.andWhere('l.ownerKind = :kind', { kind: filter.ownerKind });
    if (!filter.history) qb.andWhere('l.replacedById IS NULL');
    return qb.getManyAndCount();
  }

  /**
   * Per supplier: current (not replaced) licences whose validity ended before `today`, and live contracts
   * (approved, signed, archived). Only suppliers with either are in the map.
   */
  async supplierFlags(today: string, supplierIds?: number[]): Promise<Map<number, { expired: number; live: number }>> {
    const out = new Map<number, { expired: number; live: number }>();
    if (supplierIds && !supplierIds.length) return out;
    const entry = (id: number) => {
      const found = out.get(id);
      if (found) return found;
      const made = { expired: 0, live: 0 };
      out.set(id, made);
      return made;
    };
    const lic = this.db.manager
      .createQueryBuilder(LicenceEntity, 'l')
      .select('l.supplierId', 'supplierId')
      .addSelect('COUNT(*)', 'n')
      .where("l.ownerKind = 'supplier' AND l.replacedById IS NULL AND l.validTo < :today", { today })
      .groupBy('l.supplierId');
    const con = this.db.manager
      .createQueryBuilder(ContractEntity, 'c')
      .select('c.supplierId', 'supplierId')
      .addSelect('COUNT(*)', 'n')
      .where('c.status IN (:...live)', { live: [...LIVE_CONTRACT_STATUSES] })
      .groupBy('c.supplierId');
    if (supplierIds) {
      lic.andWhere('l.supplierId IN (:...ids)', { ids: supplierIds });
      con.andWhere('c.supplierId IN (:...ids)', { ids: supplierIds });
    }
    for (const r of await lic.getRawMany<{ supplierId: number | string; n: number | string }>())
      entry(Number(r.supplierId)).expired = Number(r.n);
    for (const r of await con.getRawMany<{ supplierId: number | string; n: number | string }>())
      entry(Number(r.supplierId)).live = Number(r.n);
    return out;
  }

  /** Contracts of these suppliers that still count for overlaps (not terminated or expired). */
  findOverlapCandidates(supplierIds: number[], em?: EntityManager): Promise<ContractEntity[]> {
    if (!supplierIds.length) return Promise.resolve([]);
    return this.m(em).find(ContractEntity, {
      where: { supplierId: In([...new Set(supplierIds)]), status: In([...OVERLAP_CONTRACT_STATUSES]) },
    });
  }

  /** Every store's id and region: what 'all' and 'region' contracts cover. */
  findStoreRegions(em?: EntityManager): Promise<Array<{ id: number; regionId: number }>> {
    return this.directory.storeRegions(em);
  }

  findLicence(id: number, em?: EntityManager): Promise<LicenceEntity | null> {
    return this.m(em).findOne(LicenceEntity, { where: { id }, relations: { supplier: true, store: true } });
  }

  findSupplierLicences(): Promise<LicenceEntity[]> {
    return this.db.manager.find(LicenceEntity, { where: { ownerKind: 'supplier' } });
  }

  findClauseChecks(contractId: number): Promise<ClauseCheckEntity[]> {
    return this.db.manager.find(ClauseCheckEntity, {
      where: { contractId },
      relations: { clause: true, followUpOwner: true },
      order: { period: 'DESC', clauseId: 'ASC' },
    });
  }

  findClauseCheck(id: number, em?: EntityManager): Promise<ClauseCheckEntity | null> {
    return this.m(em).findOne(ClauseCheckEntity, { where: { id }, relations: { clause: true, followUpOwner: true } });
  }

  /** Results per supplier and period within [fromPeriod, toPeriod]: what scorecards are made of. */
  async clauseResultsBetween(fromPeriod: string, toPeriod: string): Promise<Array<{ supplierId: number; period: string; result: string }>> {
    const rows: Array<{ supplierId: number | string; period: string; result: string }> = await this.db
      .createQueryBuilder(ClauseCheckEntity, 'k')
      .select(['k.supplierId AS "supplierId"', 'k.period AS "period"', 'k.result AS "result"'])
      .where('k.period >= :from AND k.period <= :to', { from: fromPeriod, to: toPeriod })
      .getRawMany();
    return rows.map((r) => ({ supplierId: Number(r.supplierId), period: r.period, result: r.result }));
  }

  /** The latest month (YYYY-MM) with any clause check up to `atMost`, or null. */
  async lastCheckedPeriod(atMost: string): Promise<string | null> {
    const row = await this.db
      .createQueryBuilder(ClauseCheckEntity, 'k')
      .select('MAX(k.period)', 'period')
      .where('k.period <= :atMost', { atMost })
      .getRawOne<{ period: string | null }>();
    return row?.period ?? null;
  }

  /** Contracts that were or are in force, for the scorecards' contract status. */
  findContractsEverInForce(): Promise<ContractEntity[]> {
    return this.db.manager.find(ContractEntity, { where: { status: In(['signed', 'archived', 'expired', 'terminated']) } });
  }
}
