import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import { withDataVersion, invalidField, pageWindow, RequestUser, runInTransaction, toPage } from '@storeops/api/core';
import { Page, RegionResponse } from '@storeops/shared/contracts';
import { CreateRegionDto, RegionQueryDto, UpdateRegionDto } from './dto/region.dto';
import { RegionEntity } from './entities/region.entity';
import { toRegionResponse } from './mappers';
import { OrgRepository } from './org.repository';
import { applyPatch, assertVersion, found } from './write-helpers';

@Injectable()
export class RegionsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: OrgRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: RegionQueryDto): Promise<Page<RegionResponse>> {
    const window = pageWindow(query);
    const [rows, total] = await this.repo.findRegionsPage(query, window);
    return toPage(rows, total, window, toRegionResponse);
  }

  async get(id: number): Promise<RegionResponse> {
    return toRegionResponse(found(await this.db.getRepository(RegionEntity).findOneBy({ id }), 'Region', id));
  }

  create(user: RequestUser, dto: CreateRegionDto): Promise<RegionResponse> {
    return runInTransaction(
      this.db,
      withDataVersion('org', async (em) => {
        if (await em.existsBy(RegionEntity, { code: dto.code })) throw invalidField('code', 'org.code_taken', { code: dto.code }, 409);
        const saved = await em.save(em.create(RegionEntity, { ...dto, active: true }));
        await this.audit.record(em, actorOf(user), 'create', 'region', saved.id, null, toRegionResponse(saved));
        return toRegionResponse(saved);
      }),
    );
  }

  update(user: RequestUser, id: number, dto: UpdateRegionDto): Promise<RegionResponse> {
    return runInTransaction(
      this.db,
      withDataVersion('org', async (em) => {
        const entity = found(await em.findOneBy(RegionEntity, { id }), 'Region', id);
        assertVersion(entity.version, dto.version);
        const before = toRegionResponse(entity);
        if (!applyPatch(entity, dto)) return before;
        const saved = await em.save(entity);
        await this.audit.record(em, actorOf(user), 'update', 'region', id, before, toRegionResponse(saved));
        return toRegionResponse(saved);
      }),
    );
  }
}
