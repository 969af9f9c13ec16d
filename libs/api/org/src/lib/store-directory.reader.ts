import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StoreFormat } from '@storeops/shared/contracts';
import { findDisplayNames } from './display-names';
import { CategoryEntity } from './entities/category.entity';
import { StoreEntity } from './entities/store.entity';
import { UserEntity } from './entities/user.entity';
import { OrgRepository } from './org.repository';

/** A store as other domains read it: its code, name, region and what it is. */
export interface DirectoryStore {
  id: number;
  code: string;
  name: string;
  regionId: number;
  /** '' when the region is gone. */
  regionName: string;
  format: string;
  status: string;
}

/** A region or category by id, code and name (a category with its parent; a region's parent is null). */
export interface DirectoryEntry {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
}

/**
 * The org domain's read port: how every other domain (rankings, kpi, imports, inspections, suppliers, targets) reads
 * stores, regions, categories and users without querying org's tables itself, in SQL or through TypeORM
 * (docs/architecture.md; apps/api/src/test/boundaries.spec.ts). Directory reads are raw and light: a ranking of 2,000
 * stores must not hydrate 2,000 entities. The entity reads serve a caller that sets a relation (an inspection's store)
 * or keeps an entity's shape. A read inside a write transaction that must see it takes the `em`.
 */
@Injectable()
export class StoreDirectory {
  constructor(private readonly repo: OrgRepository) {}

  /** The stores of a scope, by code: every store, a region's or a format's. */
  stores(filter: { regionId?: number; format?: StoreFormat | string } = {}): Promise<DirectoryStore[]> {
    return this.repo.directoryStores(filter);
  }

  /** One store, or null when it does not exist. */
  async store(id: number): Promise<DirectoryStore | null> {
    return (await this.repo.directoryStores({ id }))[0] ?? null;
  }

  /** Each store's sales area (m²); null where unknown. */
  areas(): Promise<Map<number, number | null>> {
    return this.repo.storeAreas();
  }

  /** Regions by code. */
  regions(): Promise<DirectoryEntry[]> {
    return this.repo.directoryEntries('region');
  }

  /** Categories by code, each with its parent (null at the top level). */
  categories(): Promise<DirectoryEntry[]> {
    return this.repo.directoryEntries('category');
  }

  /** The store entity, or null (read in `em` when given). */
  storeEntity(id: number, em?: EntityManager): Promise<StoreEntity | null> {
    return this.repo.findStoreEntity(id, em);
  }

  /** Every store entity by code. */
  storeEntities(em?: EntityManager): Promise<StoreEntity[]> {
    return this.repo.findAllStoreEntities(em);
  }

  /** Of these store ids, those that no store has (empty when all exist). */
  missingStores(ids: readonly number[], em?: EntityManager): Promise<number[]> {
    return this.repo.findMissingIds('store', ids, em);
  }

  /** Of these category ids, those that no category has (empty when all exist). */
  missingCategories(ids: readonly number[], em?: EntityManager): Promise<number[]> {
    return this.repo.findMissingIds('category', ids, em);
  }

  /** Every store's id and region, by id (read in `em` when given). */
  storeRegions(em?: EntityManager): Promise<Array<{ id: number; regionId: number }>> {
    return this.repo.findStoreRegions(em);
  }

  regionExists(id: number, em?: EntityManager): Promise<boolean> {
    return this.repo.regionExists(id, em);
  }

  /** A category by id or code, or null. */
  category(where: { id: number } | { code: string }): Promise<CategoryEntity | null> {
    return this.repo.findCategory(where);
  }

  /** A user by id or username, or null (read in `em` when given). */
  user(where: { id: number } | { username: string }, em?: EntityManager): Promise<UserEntity | null> {
    return this.repo.findUser(where, em);
  }

  /** A user with the categories they own, or null. */
  userWithCategories(id: number): Promise<UserEntity | null> {
    return this.repo.findUserById(id);
  }

  activeUserExists(id: number, em?: EntityManager): Promise<boolean> {
    return this.repo.activeUserExists(id, em);
  }

  /** Display names by username (the username when a user has none); unknown usernames are left out. */
  displayNames(usernames: ReadonlyArray<string | null | undefined>, em?: EntityManager): Promise<Map<string, string>> {
    return findDisplayNames(em ?? this.repo.manager, usernames);
  }

  /** The active users (id, username, display name, role, store), by id: another domain's people picker (meetings). */
  async activeUsers(em?: EntityManager): Promise<Array<Pick<UserEntity, 'id' | 'username' | 'displayName' | 'role' | 'storeId'>>> {
    const rows = await (em ?? this.repo.manager).find(UserEntity, {
      where: { active: true },
      select: { id: true, username: true, displayName: true, role: true, storeId: true },
      order: { id: 'ASC' },
    });
    return rows.map(({ id, username, displayName, role, storeId }) => ({ id, username, displayName, role, storeId }));
  }
}
