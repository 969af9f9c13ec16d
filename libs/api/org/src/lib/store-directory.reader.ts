import { Injectable } from '@nestjs/common';
import { StoreFormat } from '@storeops/shared/contracts';
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
 * The org domain's read port: how rankings, kpi and imports read stores, regions and categories without
 * querying org's tables themselves (docs/architecture.md). Reads are raw and light: a ranking of 2,000 stores must
 * not hydrate 2,000 entities.
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
}
