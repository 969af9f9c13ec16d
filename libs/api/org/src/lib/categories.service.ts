import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import { withDataVersion, invalidField, pageWindow, RequestUser, runInTransaction, toPage } from '@storeops/api/core';
import { CategoryResponse, Page } from '@storeops/shared/contracts';
import { CategoryQueryDto, CreateCategoryDto, UpdateCategoryDto } from './dto/category.dto';
import { CategoryEntity } from './entities/category.entity';
import { toCategoryResponse } from './mappers';
import { OrgRepository } from './org.repository';
import { applyPatch, assertVersion, found } from './write-helpers';

@Injectable()
export class CategoriesService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: OrgRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: CategoryQueryDto): Promise<Page<CategoryResponse>> {
    const window = pageWindow(query);
    const [rows, total] = await this.repo.findCategoriesPage(query, window);
    return toPage(rows, total, window, toCategoryResponse);
  }

  async get(id: number): Promise<CategoryResponse> {
    return toCategoryResponse(found(await this.db.getRepository(CategoryEntity).findOneBy({ id }), 'Category', id));
  }

  create(user: RequestUser, dto: CreateCategoryDto): Promise<CategoryResponse> {
    return runInTransaction(
      this.db,
      withDataVersion('org', async (em) => {
        if (await em.existsBy(CategoryEntity, { code: dto.code })) throw invalidField('code', 'org.code_taken', { code: dto.code }, 409);
        if (dto.parentId) {
          const parent = await em.findOneBy(CategoryEntity, { id: dto.parentId });
          if (!parent) throw invalidField('parentId', 'category.missing', { id: dto.parentId });
          // Categories have two levels: a subcategory cannot have children.
          if (parent.parentId !== null) throw invalidField('parentId', 'category.parent_is_sub', { name: parent.name });
        }
        const saved = await em.save(em.create(CategoryEntity, { ...dto, parentId: dto.parentId ?? null, active: true }));
        await this.audit.record(em, actorOf(user), 'create', 'category', saved.id, null, toCategoryResponse(saved));
        return toCategoryResponse(saved);
      }),
    );
  }

  update(user: RequestUser, id: number, dto: UpdateCategoryDto): Promise<CategoryResponse> {
    return runInTransaction(
      this.db,
      withDataVersion('org', async (em) => {
        const entity = found(await em.findOneBy(CategoryEntity, { id }), 'Category', id);
        assertVersion(entity.version, dto.version);
        const before = toCategoryResponse(entity);
        if (!applyPatch(entity, dto)) return before;
        const saved = await em.save(entity);
        await this.audit.record(em, actorOf(user), 'update', 'category', id, before, toCategoryResponse(saved));
        return toCategoryResponse(saved);
      }),
    );
  }
}
