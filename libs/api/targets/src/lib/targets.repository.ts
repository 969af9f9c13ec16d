import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PageWindow, param, q } from '@storeops/api/core';
import { StoreDirectory, StoreEntity } from '@storeops/api/org';
import { DecompositionMethod, DecompositionStatus, TargetMetric } from '@storeops/shared/contracts';
import type { TargetInForce } from './targets.reader';
import { TargetCellEntity, TargetChangeEntity, TargetDecompositionEntity, TargetStoreEntity } from './entities';

export interface DecompositionFilter {
  year?: number;
  metric?: TargetMetric;
  status?: DecompositionStatus;
  method?: DecompositionMethod;
}

const CHUNK = 500;

/** Named queries of the targets domain. Methods taking an EntityManager run inside the caller's transaction. */
@Injectable()
export class TargetsRepository {
  constructor(
    private readonly db: DataSource,
    private readonly directory: StoreDirectory,
  ) {}

  private m(em?: EntityManager): EntityManager {
    return em ?? this.db.manager;
  }

  /** Σ of the approved current targets (sales, gross margin) of a year's months, per store and metric (and month). */
  async targetsInForce(year: number, fromMonth: number, toMonth: number, byMonth: boolean): Promise<TargetInForce[]> {
    const yes = this.db.options.type === 'postgres' ? 'TRUE' : '1';
    const month = byMonth ? `c.${q('month')}` : 'NULL';
    const rows: Array<{ s: unknown; metric: TargetInForce['metric']; m: unknown; v: unknown }> = await this.db.query(
      `SELECT c.${q('storeId')} AS s, d.${q('metric')} AS metric, ${month} AS m, SUM(c.${q('value')}) AS v
       FROM ${q('target_cell')} c JOIN ${q('target_decomposition')} d ON d.${q('id')} = c.${q('decompositionId')}
       WHERE d.${q('year')} = ${param(this.db, 1)} AND d.${q('status')} = 'approved' AND d.${q('current')} = ${yes}
         AND d.${q('metric')} IN ('sales', 'gross_margin') AND c.${q('month')} BETWEEN ${param(this.db, 2)} AND ${param(this.db, 3)}
       GROUP BY c.${q('storeId')}, d.${q('metric')}${byMonth ? `, c.${q('month')}` : ''}`,
      [year, fromMonth, toMonth],
    );
    return rows.map((r) => ({ storeId: Number(r.s), metric: r.metric, month: r.m === null ? null : Number(r.m), value: Number(r.v) }));
  }

  findDisplayNames(usernames: ReadonlyArray<string | null>, em?: EntityManager): Promise<Map<string, string>> {
    return this.directory.displayNames(usernames, em);
  }

  findDecompositionsPage(filter: DecompositionFilter, window: PageWindow) {
    const qb = this.db
      .getRepository(TargetDecompositionEntity)
      .createQueryBuilder('d')
      .orderBy('d.year', 'DESC')
      .addOrderBy('d.metric')
      .addOrderBy('d.id', 'DESC')
      .skip(window.skip)
      .take(window.take);
    if (filter.year) qb.andWhere('d.year = :year', { year: filter.year });
    if (filter.metric) qb.andWhere('d.metric = :metric', { metric: filter.metric });
    if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
    if (filter.method) qb.andWhere('d.method = :method', { method: filter.method });
    return qb.getManyAndCount();
  }

  findDecompositionById(id: number, em?: EntityManager) {
    return this.m(em).findOneBy(TargetDecompositionEntity, { id });
  }

  /** The approved decomposition in force for a year and metric. */
  findCurrent(year: number, metric: TargetMetric, em?: EntityManager) {
    return this.m(em).findOneBy(TargetDecompositionEntity, { year, metric, status: 'approved', current: true });
  }

  /** Every approved decomposition in force for a year, one per metric. */
  findCurrentForYear(year: number) {
    return this.db.manager.findBy(TargetDecompositionEntity, { year, status: 'approved', current: true });
  }

  countDecompositions() {
    return this.db.manager.count(TargetDecompositionEntity);
  }

  /** Store rows with their store (for code, name and region), ordered by store code. */
  findStoreRows(decompositionId: number, em?: EntityManager) {
    return this.m(em)
      .getRepository(TargetStoreEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.store', 's')
      .leftJoinAndSelect('s.region', 'r')
      .where('t.decompositionId = :decompositionId', { decompositionId })
      .orderBy('s.code')
      .getMany();
  }

  findStoreRow(decompositionId: number, storeId: number) {
    return this.db.manager.findOneBy(TargetStoreEntity, { decompositionId, storeId });
  }

  findCells(decompositionId: number, em?: EntityManager) {
    return this.m(em).find(TargetCellEntity, { where: { decompositionId }, order: { storeId: 'ASC', month: 'ASC' } });
  }

  findCell(decompositionId: number, storeId: number, month: number) {
    return this.db.manager.findOneBy(TargetCellEntity, { decompositionId, storeId, month });
  }

  /** One month's cells of a decomposition, with store and region. */
  findMonthCells(decompositionId: number, month: number) {
    return this.db
      .getRepository(TargetCellEntity)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.store', 's')
      .leftJoinAndSelect('s.region', 'r')
      .where('c.decompositionId = :decompositionId AND c.month = :month', { decompositionId, month })
      .getMany();
  }

  findChanges(decompositionId: number) {
    return this.db.manager.find(TargetChangeEntity, { where: { decompositionId }, order: { id: 'DESC' } });
  }

  /** Every store of the chain, for planning (eligibility is the planner's rule). */
  findAllStores(em?: EntityManager): Promise<StoreEntity[]> {
    return this.directory.storeEntities(em);
  }

  async storeExists(id: number): Promise<boolean> {
    return !(await this.directory.missingStores([id])).length;
  }

  async insertStoreRows(em: EntityManager, rows: Array<Omit<TargetStoreEntity, 'id'>>): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) await em.insert(TargetStoreEntity, rows.slice(i, i + CHUNK));
  }

  async insertCells(em: EntityManager, rows: Array<Omit<TargetCellEntity, 'id'>>): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) await em.insert(TargetCellEntity, rows.slice(i, i + CHUNK));
  }

  async insertChanges(em: EntityManager, rows: Array<Omit<TargetChangeEntity, 'id'>>): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) await em.insert(TargetChangeEntity, rows.slice(i, i + CHUNK));
  }

  async deleteSplit(em: EntityManager, decompositionId: number): Promise<void> {
    await em.delete(TargetCellEntity, { decompositionId });
    await em.delete(TargetStoreEntity, { decompositionId });
  }

  updateCellValue(em: EntityManager, id: number, value: number) {
    return em.update(TargetCellEntity, { id }, { value });
  }

  updateStoreValue(em: EntityManager, decompositionId: number, storeId: number, value: number) {
    return em.update(TargetStoreEntity, { decompositionId, storeId }, { value });
  }

  /**
   * Writes a decomposition only if it is still at `version`, and moves it to version + 1: the optimistic lock
   * holds even between two requests that both read the same version.
   */
  async updateIfVersion(em: EntityManager, id: number, version: number, patch: Partial<TargetDecompositionEntity>): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(TargetDecompositionEntity)
      .set({ ...patch, version: version + 1 })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  /** Clears `current` on the approved decompositions of (year, metric) other than `keepId`; returns them as they were. */
  async supersede(em: EntityManager, year: number, metric: TargetMetric, keepId: number): Promise<TargetDecompositionEntity[]> {
    const previous = await em.findBy(TargetDecompositionEntity, { year, metric, current: true });
    const others = previous.filter((d) => d.id !== keepId);
    for (const d of others) await this.updateIfVersion(em, d.id, d.version, { current: false });
    return others;
  }
}
