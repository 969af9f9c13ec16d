import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  withDataVersion,
  canReachStore,
  invalidField,
  pageWindow,
  RequestUser,
  runInTransaction,
  storeScopeOf,
  toPage,
} from '@storeops/api/core';
import { codeKey, Page, StoreResponse, StoreStatus } from '@storeops/shared/contracts';
import { CreateStoreDto, StoreQueryDto, UpdateStoreDto } from './dto/store.dto';
import { RegionEntity } from './entities/region.entity';
import { StoreEntity, StoreExternalCodeEntity } from './entities/store.entity';
import { toStoreResponse } from './mappers';
import { OrgRepository } from './org.repository';
import { applyPatch, assertVersion, forbidden, found } from './write-helpers';

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
    return runInTransaction(
      this.db,
      withDataVersion('org', async (em) => {
        const key = codeKey(dto.code);
        const owner = await this.repo.findCodeOwner(em, key);
        if (owner) throw invalidField('code', 'store.code_taken', { code: dto.code, store: owner.code }, 409);
        await this.assertRegion(em, dto.regionId);
        const { externalCodes, ...fields } = dto;
        const saved = await em.save(
          em.create(StoreEntity, {
            ...fields,
            code: dto.code,
            codeKey: key,
            salesAreaSqm: dto.salesAreaSqm ?? null,
            status: dto.status ?? StoreStatus.Preparing,
            openDate: dto.openDate ?? null,
          }),
        );
        await this.replaceExternalCodes(em, saved.id, externalCodes ?? []);
        const response = await this.respond(saved, em);
        await this.audit.record(em, actorOf(user), 'create', 'store', saved.id, null, response);
        return response;
      }),
    );
  }

  update(user: RequestUser, id: number, dto: UpdateStoreDto): Promise<StoreResponse> {
    return runInTransaction(
      this.db,
      withDataVersion('org', async (em) => {
        const entity = found(
          await em.findOne(StoreEntity, { where: { id }, relations: { region: true, externalCodes: true } }),
          'Store',
          id,
        );
        assertVersion(entity.version, dto.version);
        const before = await this.respond(entity, em);
        if (dto.regionId !== undefined && dto.regionId !== entity.regionId) {
          await this.assertRegion(em, dto.regionId);
          entity.region = undefined;
        }
        const { externalCodes, code, ...rest } = dto;
        const patch: Partial<StoreEntity> = { ...rest };
        if (code !== undefined && code !== entity.code) {
          const owner = await this.repo.findCodeOwner(em, codeKey(code));
          if (owner && owner.storeId !== id) throw invalidField('code', 'store.code_taken', { code, store: owner.code }, 409);
          patch.code = code;
          patch.codeKey = codeKey(code);
        }
        const codesChanged = externalCodes !== undefined && (await this.replaceExternalCodes(em, id, externalCodes));
        const fieldsChanged = applyPatch(entity, patch);
        if (!fieldsChanged && !codesChanged) return before;
        entity.externalCodes = undefined;
        if (fieldsChanged) await em.save(entity);
        else await em.increment(StoreEntity, { id }, 'version', 1);
        const after = await this.respond(
          found(await em.findOne(StoreEntity, { where: { id }, relations: { region: true, externalCodes: true } }), 'Store', id),
          em,
        );
        await this.audit.record(em, actorOf(user), 'update', 'store', id, before, after);
        return after;
      }),
    );
  }

  /**
   * Adds external codes to a store (an import's clerk mapping a POS number to it), keeping the ones it has; each must
   * be free (no other store's code or external code). Audited as an update of the store.
   */
  addExternalCodes(user: RequestUser, storeId: number, codes: readonly string[]): Promise<void> {
    return runInTransaction(
      this.db,
      withDataVersion('org', async (em) => {
        const entity = found(
          await em.findOne(StoreEntity, { where: { id: storeId }, relations: { region: true, externalCodes: true } }),
          'Store',
          storeId,
        );
        const before = await this.respond(entity, em);
        const kept = (entity.externalCodes ?? []).map((c) => c.code);
        const fresh = codes.filter((c) => !kept.some((k) => codeKey(k) === codeKey(c)));
        if (!fresh.length) return;
        await this.replaceExternalCodes(em, storeId, [...kept, ...fresh]);
        await em.increment(StoreEntity, { id: storeId }, 'version', 1);
        const after = await this.respond(
          found(
            await em.findOne(StoreEntity, { where: { id: storeId }, relations: { region: true, externalCodes: true } }),
            'Store',
            storeId,
          ),
          em,
        );
        await this.audit.record(em, actorOf(user), 'update', 'store', storeId, before, after);
      }),
    );
  }

  /** Sets a store's external codes; returns whether they changed. A code another store holds → 409 naming it. */
  private async replaceExternalCodes(em: EntityManager, storeId: number, codes: readonly string[]): Promise<boolean> {
    const wanted = new Map<string, string>();
    for (const code of codes) {
      const key = codeKey(code);
      if (wanted.has(key)) throw invalidField('externalCodes', 'store.external_code_twice', { code });
      wanted.set(key, code.trim());
    }
    const current = await em.find(StoreExternalCodeEntity, { where: { storeId } });
    const same = current.length === wanted.size && current.every((c) => wanted.get(c.codeKey) === c.code);
    if (same) return false;
    const own = await em.findOne(StoreEntity, { where: { id: storeId }, select: { id: true, codeKey: true } });
    for (const [key, code] of wanted) {
      if (own?.codeKey === key) throw invalidField('externalCodes', 'store.external_code_own', { code });
      const owner = await this.repo.findCodeOwner(em, key);
      if (owner && owner.storeId !== storeId)
        throw invalidField('externalCodes', 'store.external_code_taken', { code, store: owner.code }, 409);
    }
    await em.delete(StoreExternalCodeEntity, { storeId });
    for (const [key, code] of wanted) await em.insert(StoreExternalCodeEntity, { storeId, code, codeKey: key });
    return true;
  }

  private async assertRegion(em: EntityManager, regionId: number): Promise<void> {
    const region = await em.findOneBy(RegionEntity, { id: regionId });
    if (!region) throw invalidField('regionId', 'region.missing', { id: regionId });
    if (!region.active) throw invalidField('regionId', 'region.inactive', { name: region.name });
  }

  private async respond(store: StoreEntity, em?: EntityManager): Promise<StoreResponse> {
    if (!store.region) {
      store.region = (await (em ?? this.db.manager).findOneBy(RegionEntity, { id: store.regionId })) ?? undefined;
    }
    if (!store.externalCodes) {
      store.externalCodes = await (em ?? this.db.manager).find(StoreExternalCodeEntity, { where: { storeId: store.id } });
    }
    const managers = await this.repo.findManagersByStoreIds([store.id]);
    return toStoreResponse(store, managers.get(store.id));
  }
}
