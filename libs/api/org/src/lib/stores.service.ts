import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import { bumpDataVersion, canReachStore, pageWindow, RequestUser, runInTransaction, storeScopeOf, toPage } from '@storeops/api/core';
import { Page, StoreResponse, StoreStatus } from '@storeops/shared/contracts';
import { CreateStoreDto, StoreQueryDto, UpdateStoreDto } from './dto/store.dto';
import { RegionEntity } from './entities/region.entity';
import { StoreEntity } from './entities/store.entity';
import { toStoreResponse } from './mappers';
import { OrgRepository } from './org.repository';
import { actorOf, applyPatch, assertVersion, fieldError, forbidden, found } from './write-helpers';

@Injectable()
export class StoresService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: OrgRepository,
    private readonly audit: AuditService,
  ) {}

  /** A store manager's list holds their own store whatever the filters say. */
  async list(user: RequestUser, query: StoreQueryDto): Promise<Page<StoreResponse>> {
    const window = pageWindow(query);
    const [rows, total] = await this.repo.findStoresPage({ ...query, onlyStoreId: storeScopeOf(user) }, window);
    const managers = await this.repo.findManagersByStoreIds(rows.map((s) => s.id));
    return toPage(rows, total, window, (s) => toStoreResponse(s, managers.get(s.id)));
  }

  async get(user: RequestUser, id: number): Promise<StoreResponse> {
    if (!canReachStore(user, id)) throw forbidden();
    const store = found(await this.repo.findStoreById(id), 'Store', id);
    return this.respond(store);
  }

  create(user: RequestUser, dto: CreateStoreDto): Promise<StoreResponse> {
    return runInTransaction(this.db, async (em) => {
      if (await em.existsBy(StoreEntity, { code: dto.code })) throw fieldError('code', `${dto.code} is already used`, 409);
      await this.assertRegion(em, dto.regionId);
      const saved = await em.save(
        em.create(StoreEntity, { ...dto, status: dto.status ?? StoreStatus.Preparing, openDate: dto.openDate ?? null }),
      );
      const response = await this.respond(saved, em);
      await this.audit.record(em, actorOf(user), 'create', 'store', saved.id, null, response);
      return response;
    }).finally(() => bumpDataVersion('org'));
  }

  update(user: RequestUser, id: number, dto: UpdateStoreDto): Promise<StoreResponse> {
    return runInTransaction(this.db, async (em) => {
      const entity = found(await em.findOne(StoreEntity, { where: { id }, relations: { region: true } }), 'Store', id);
      assertVersion(entity.version, dto.version);
      const before = await this.respond(entity, em);
      if (dto.regionId !== undefined && dto.regionId !== entity.regionId) {
        await this.assertRegion(em, dto.regionId);
        entity.region = undefined;
      }
      if (!applyPatch(entity, dto)) return before;
      await em.save(entity);
      const after = await this.respond(
        found(await em.findOne(StoreEntity, { where: { id }, relations: { region: true } }), 'Store', id),
        em,
      );
      await this.audit.record(em, actorOf(user), 'update', 'store', id, before, after);
      return after;
    }).finally(() => bumpDataVersion('org'));
  }

  private async assertRegion(em: EntityManager, regionId: number): Promise<void> {
    const region = await em.findOneBy(RegionEntity, { id: regionId });
    if (!region) throw fieldError('regionId', `region ${regionId} does not exist`);
    if (!region.active) throw fieldError('regionId', `region ${region.name} is inactive`);
  }

  private async respond(store: StoreEntity, em?: EntityManager): Promise<StoreResponse> {
    if (!store.region) {
      store.region = (await (em ?? this.db.manager).findOneBy(RegionEntity, { id: store.regionId })) ?? undefined;
    }
    const managers = await this.repo.findManagersByStoreIds([store.id]);
    return toStoreResponse(store, managers.get(store.id));
  }
}
