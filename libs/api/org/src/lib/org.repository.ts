import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { likePattern, PageWindow } from '@storeops/api/core';
import { Role, StoreFormat, StoreStatus } from '@storeops/shared/contracts';
import { CategoryEntity } from './entities/category.entity';
import { RegionEntity } from './entities/region.entity';
import { StoreEntity, StoreExternalCodeEntity } from './entities/store.entity';
import { UserEntity } from './entities/user.entity';
import type { DirectoryEntry, DirectoryStore } from './store-directory.reader';

export interface StoreFilter {
  /** The caller's store scope: null sees every store. */
  onlyStoreId: number | null;
  q?: string;
  ids?: number[];
  regionId?: number;
  format?: StoreFormat;
  status?: StoreStatus;
}

export interface UserFilter {
  q?: string;
  role?: Role;
  storeId?: number;
  active?: boolean;
}

export interface NamedFilter {
  q?: string;
  active?: boolean;
  /** categories only: 0 = top level. */
  parentId?: number;
}

function matchText<T extends object>(qb: SelectQueryBuilder<T>, alias: string, columns: string[], q?: string) {
  if (!q?.trim()) return;
  const clause = columns.map((c) => `LOWER(${alias}.${c}) LIKE :q ESCAPE '\\'`).join(' OR ');
  qb.andWhere(`(${clause})`, { q: likePattern(q.trim().toLowerCase()) });
}

/** The named queries of the org domain; filters arrive as typed values, never as request-built where objects. */
@Injectable()
export class OrgRepository {
  constructor(private readonly db: DataSource) {}

  findRegionsPage(filter: NamedFilter, window: PageWindow) {
    const qb = this.db.getRepository(RegionEntity).createQueryBuilder('r').orderBy('r.code').skip(window.skip).take(window.take);
    matchText(qb, 'r', ['code', 'name'], filter.q);
    if (filter.active !== undefined) qb.andWhere('r.active = :active', { active: filter.active });
    return qb.getManyAndCount();
  }

  findCategoriesPage(filter: NamedFilter, window: PageWindow) {
    const qb = this.db.getRepository(CategoryEntity).createQueryBuilder('c').orderBy('c.code').skip(window.skip).take(window.take);
    matchText(qb, 'c', ['code', 'name'], filter.q);
    if (filter.active !== undefined) qb.andWhere('c.active = :active', { active: filter.active });
    if (filter.parentId === 0) qb.andWhere('c.parentId IS NULL');
    else if (filter.parentId !== undefined) qb.andWhere('c.parentId = :parentId', { parentId: filter.parentId });
    return qb.getManyAndCount();
  }

  findStoresPage(filter: StoreFilter, window: PageWindow) {
    const qb = this.db
      .getRepository(StoreEntity)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.region', 'region')
      .leftJoinAndSelect('s.externalCodes', 'externalCode')
      .orderBy('s.code')
      .skip(window.skip)
      .take(window.take);
    if (filter.onlyStoreId !== null) qb.andWhere('s.id = :only', { only: filter.onlyStoreId });
    if (filter.q?.trim()) {
      // Code, name, or an external code (the POS number a clerk knows the store by).
      qb.andWhere(
        `(LOWER(s.code) LIKE :q ESCAPE '\\' OR LOWER(s.name) LIKE :q ESCAPE '\\' OR EXISTS (SELECT 1 FROM store_external_code x
          WHERE x."storeId" = s.id AND LOWER(x.code) LIKE :q ESCAPE '\\'))`,
        { q: likePattern(filter.q.trim().toLowerCase()) },
      );
    }
    if (filter.ids) {
      if (filter.ids.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere('s.id IN (:...ids)', { ids: filter.ids });
    }
    if (filter.regionId) qb.andWhere('s.regionId = :regionId', { regionId: filter.regionId });
    if (filter.format) qb.andWhere('s.format = :format', { format: filter.format });
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    return qb.getManyAndCount();
  }

  /** Stores as the directory port gives them (raw rows, by code), filtered by id, region or format. */
  async directoryStores(filter: { id?: number; regionId?: number; format?: string }): Promise<DirectoryStore[]> {
    const qb = this.db
      .createQueryBuilder()
      .select('s.id', 'id')
      .addSelect('s.code', 'code')
      .addSelect('s.name', 'name')
      .addSelect('s.regionId', 'regionId')
      .addSelect('s.format', 'format')
      .addSelect('s.status', 'status')
      .addSelect('r.name', 'regionName')
      .from(StoreEntity, 's')
      .leftJoin(RegionEntity, 'r', 'r.id = s.regionId')
      .orderBy('s.code');
    if (filter.id !== undefined) qb.andWhere('s.id = :id', { id: filter.id });
    if (filter.regionId !== undefined) qb.andWhere('s.regionId = :regionId', { regionId: filter.regionId });
    if (filter.format !== undefined) qb.andWhere('s.format = :format', { format: filter.format });
    const rows = await qb.getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      id: Number(r['id']),
      code: String(r['code']),
      name: String(r['name']),
      regionId: Number(r['regionId']),
      regionName: (r['regionName'] as string | null) ?? '',
      format: String(r['format']),
      status: String(r['status']),
    }));
  }

  /** Each store's sales area (m²); null where unknown. */
  async storeAreas(): Promise<Map<number, number | null>> {
    const rows = await this.db.getRepository(StoreEntity).find({ select: { id: true, salesAreaSqm: true } });
    return new Map(rows.map((r) => [r.id, r.salesAreaSqm === null || r.salesAreaSqm === undefined ? null : Number(r.salesAreaSqm)]));
  }

  /** Every region or category by code, with its parent (categories) as raw rows. */
  async directoryEntries(kind: 'region' | 'category'): Promise<DirectoryEntry[]> {
    if (kind === 'region') {
      const regions = await this.db
        .getRepository(RegionEntity)
        .find({ select: { id: true, code: true, name: true }, order: { code: 'ASC' } });
      return regions.map((r) => ({ id: r.id, code: r.code, name: r.name, parentId: null }));
    }
    const categories = await this.db
      .getRepository(CategoryEntity)
      .find({ select: { id: true, code: true, name: true, parentId: true }, order: { code: 'ASC' } });
    return categories.map((c) => ({ id: c.id, code: c.code, name: c.name, parentId: c.parentId ?? null }));
  }

  /** The default manager (outside any transaction). */
  get manager(): EntityManager {
    return this.db.manager;
  }

  private m(em?: EntityManager): EntityManager {
    return em ?? this.db.manager;
  }

  /** One store entity (with its region) for another domain's relation, read in `em` when given. */
  findStoreEntity(id: number, em?: EntityManager): Promise<StoreEntity | null> {
    return this.m(em).findOneBy(StoreEntity, { id });
  }

  /** Every store entity by code. */
  findAllStoreEntities(em?: EntityManager): Promise<StoreEntity[]> {
    return this.m(em).find(StoreEntity, { order: { code: 'ASC' } });
  }

  /** Of these ids, those that no store has. */
  async findMissingIds(kind: 'store' | 'category', ids: readonly number[], em?: EntityManager): Promise<number[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const entity = kind === 'store' ? StoreEntity : CategoryEntity;
    const found = await this.m(em).find<{ id: number }>(entity, { where: { id: In(unique) }, select: { id: true } });
    const known = new Set(found.map((r) => r.id));
    return unique.filter((id) => !known.has(id));
  }

  /** Every store's id and region, by id. */
  async findStoreRegions(em?: EntityManager): Promise<Array<{ id: number; regionId: number }>> {
    const rows = await this.m(em).find(StoreEntity, { select: { id: true, regionId: true }, order: { id: 'ASC' } });
    return rows.map((r) => ({ id: r.id, regionId: r.regionId }));
  }

  regionExists(id: number, em?: EntityManager): Promise<boolean> {
    return this.m(em).existsBy(RegionEntity, { id });
  }

  findCategory(where: { id: number } | { code: string }): Promise<CategoryEntity | null> {
    return this.db.manager.findOneBy(CategoryEntity, where);
  }

  findUser(where: { id: number } | { username: string }, em?: EntityManager): Promise<UserEntity | null> {
    return this.m(em).findOneBy(UserEntity, where);
  }

  activeUserExists(id: number, em?: EntityManager): Promise<boolean> {
    return this.m(em).existsBy(UserEntity, { id, active: true });
  }

  findStoreById(id: number) {
    return this.db.getRepository(StoreEntity).findOne({ where: { id }, relations: { region: true, externalCodes: true } });
  }

  /** Every store code and external code by its key (trimmed, upper case) → store id: how imports find stores. */
  async findStoreCodeKeys(): Promise<Map<string, number>> {
    const [codes, external] = await Promise.all([
      this.db.getRepository(StoreEntity).find({ select: { id: true, codeKey: true } }),
      this.db.getRepository(StoreExternalCodeEntity).find({ select: { storeId: true, codeKey: true } }),
    ]);
    const out = new Map<string, number>();
    for (const e of external) out.set(e.codeKey, e.storeId);
    for (const c of codes) out.set(c.codeKey, c.id);
    return out;
  }

  /** The store that holds `key` as its code or as an external code, if any. */
  async findCodeOwner(em: EntityManager, key: string): Promise<{ storeId: number; code: string } | null> {
    const byCode = await em.findOne(StoreEntity, { where: { codeKey: key }, select: { id: true, code: true } });
    if (byCode) return { storeId: byCode.id, code: byCode.code };
    const byExternal = await em.findOne(StoreExternalCodeEntity, { where: { codeKey: key }, relations: { store: true } });
    return byExternal ? { storeId: byExternal.storeId, code: byExternal.store?.code ?? String(byExternal.storeId) } : null;
  }

  /** The active store managers of the given stores, by store id. */
  async findManagersByStoreIds(storeIds: number[]): Promise<Map<number, UserEntity>> {
    if (!storeIds.length) return new Map();
    const managers = await this.db.getRepository(UserEntity).find({
      where: { storeId: In(storeIds), role: Role.StoreManager, active: true },
      order: { id: 'ASC' },
    });
    const byStore = new Map<number, UserEntity>();
    for (const m of managers) if (m.storeId !== null && !byStore.has(m.storeId)) byStore.set(m.storeId, m);
    return byStore;
  }

  findUsersPage(filter: UserFilter, window: PageWindow) {
    const qb = this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.categories', 'category')
      .orderBy('u.username')
      .skip(window.skip)
      .take(window.take);
    matchText(qb, 'u', ['username', 'displayName'], filter.q);
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.storeId) qb.andWhere('u.storeId = :storeId', { storeId: filter.storeId });
    if (filter.active !== undefined) qb.andWhere('u.active = :active', { active: filter.active });
    return qb.getManyAndCount();
  }

  findUserById(id: number) {
    return this.db.getRepository(UserEntity).findOne({ where: { id }, relations: { categories: true } });
  }

  /** For login: the user with their hash; username comparison ignores case. */
  findUserForLogin(username: string) {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.categories', 'category')
      .where('LOWER(u.username) = :username', { username: username.trim().toLowerCase() })
      .getOne();
  }
}
