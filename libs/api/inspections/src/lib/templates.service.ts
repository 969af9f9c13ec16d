import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import { clock, codedError, invalidField, quote, RequestUser, runInTransaction } from '@storeops/api/core';
import {
  coded,
  DEFAULT_CRITICAL_CAP,
  DEFAULT_STAR_THRESHOLDS,
  InspectionTemplateResponse,
  StarThresholds,
} from '@storeops/shared/contracts';
import { CreateTemplateDto, TemplateQueryDto, UpdateTemplateDto } from './dto/template.dto';
import { InspectionsRepository } from './inspections.repository';
import { toTemplateResponse, written } from './mappers';
import { loadWorkbook, readTemplateSheet, writeTemplateSheet } from './templates-excel';

export interface ExportedTemplate {
  /** e.g. 五星门店营运标准-v2.xlsx */
  fileName: string;
  /** ASCII-only, for clients that do not read filename*. */
  asciiFileName: string;
  content: Buffer;
}

function thresholdsOf(dto: UpdateTemplateDto, fallback: StarThresholds = DEFAULT_STAR_THRESHOLDS): StarThresholds {
  const t = dto.starThresholds ?? fallback;
  for (let i = 1; i < t.length; i++) {
    if (t[i] > t[i - 1]) throw invalidField('starThresholds', 'template.thresholds_order');
  }
  return [t[0], t[1], t[2], t[3]];
}

/** Operating standards 营运标准: versioned templates of sections and items. */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: InspectionsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: TemplateQueryDto): Promise<InspectionTemplateResponse[]> {
    return (await this.repo.findTemplates(query.all === true, query.categoryId)).map(toTemplateResponse);
  }

  async get(id: number): Promise<InspectionTemplateResponse> {
    const t = await this.repo.findTemplate(id);
    if (!t) throw codedError(404, 'template.not_found', { id });
    return toTemplateResponse(t);
  }

  async create(user: RequestUser, dto: CreateTemplateDto): Promise<InspectionTemplateResponse> {
    await this.checkCategory(dto.categoryId ?? null);
    const starThresholds = thresholdsOf(dto);
    return runInTransaction(this.db, (em) => this.createIn(em, user, dto, starThresholds));
  }

  private async createIn(
    em: EntityManager,
    user: RequestUser,
    dto: CreateTemplateDto,
    starThresholds: StarThresholds,
  ): Promise<InspectionTemplateResponse> {
    if ((await this.repo.latestVersionOf(dto.code, em)) > 0) {
      throw codedError(409, 'template.exists', { code: dto.code }, [coded('template.code_taken', { code: dto.code }, { field: 'code' })]);
    }
    const id = await this.repo.insertTemplate(
      em,
      {
        code: dto.code,
        name: dto.name,
        version: 1,
        categoryId: dto.categoryId ?? null,
        criticalCap: dto.criticalCap ?? DEFAULT_CRITICAL_CAP,
        starThresholds,
        active: dto.active ?? true,
        requireSignature: dto.requireSignature ?? true,
        requireDutyPerson: dto.requireDutyPerson ?? true,
        createdBy: user.username,
        createdAt: clock.now(),
      },
      dto.sections,
    );
    const view = toTemplateResponse(written(await this.repo.findTemplate(id, em), 'template'));
    await this.audit.record(em, user, 'create', 'inspection_template', id, null, view);
    return view;
  }

  /**
   * Edits a version. Only the family's latest version can be edited. If an inspection has used it, the edit
   * becomes a new version (new item ids) and the old one stays as it was for the inspections scored with it.
   */
  async update(user: RequestUser, id: number, dto: UpdateTemplateDto): Promise<InspectionTemplateResponse> {
    await this.checkCategory(dto.categoryId ?? null);
    return runInTransaction(this.db, (em) => this.updateIn(em, user, id, dto));
  }

  private async updateIn(em: EntityManager, user: RequestUser, id: number, dto: UpdateTemplateDto): Promise<InspectionTemplateResponse> {
    const current = await this.repo.findTemplate(id, em);
    if (!current) throw codedError(404, 'template.not_found', { id });
    const latest = await this.repo.latestVersionOf(current.template.code, em);
    if (current.template.version !== latest) {
      const params = { version: current.template.version, latest };
      throw codedError(409, 'template.not_latest', params, [coded('template.superseded', params, { field: 'id' })]);
    }
    const before = toTemplateResponse(current);
    const fields = {
      name: dto.name,
      categoryId: dto.categoryId === undefined ? current.template.categoryId : dto.categoryId,
      criticalCap: dto.criticalCap ?? Number(current.template.criticalCap),
      starThresholds: thresholdsOf(dto, current.template.starThresholds),
      active: dto.active ?? current.template.active,
      requireSignature: dto.requireSignature ?? current.template.requireSignature,
      requireDutyPerson: dto.requireDutyPerson ?? current.template.requireDutyPerson,
    };
    let resultId = id;
    if (await this.repo.isTemplateUsed(id, em)) {
      resultId = await this.repo.insertTemplate(
        em,
        { ...fields, code: current.template.code, version: latest + 1, createdBy: user.username, createdAt: clock.now() },
        dto.sections,
      );
    } else {
      await this.repo.updateTemplateHeader(em, id, fields);
      await this.repo.replaceContent(em, id, dto.sections);
    }
    const after = toTemplateResponse(written(await this.repo.findTemplate(resultId, em), 'template'));
    if (resultId === id) await this.audit.record(em, user, 'update', 'inspection_template', id, before, after);
    else await this.audit.record(em, user, 'create', 'inspection_template', resultId, { supersedes: id, version: before.version }, after);
    return after;
  }

  /** The version as a 检查表 workbook (see templates-excel.ts for the layout). */
  async exportSheet(id: number): Promise<ExportedTemplate> {
    const t = await this.get(id);
    const category = t.categoryId === null ? null : await this.repo.findCategory({ id: t.categoryId });
    const content = await writeTemplateSheet(t, category?.code ?? null);
    const safeName = [...t.name].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');
    return { fileName: `${safeName}-v${t.version}.xlsx`, asciiFileName: `${t.code}-v${t.version}.xlsx`, content };
  }

  /**
   * Imports a 检查表 workbook. The whole sheet is checked first: on any problem nothing is saved. A known code
   * edits the family's latest version exactly like PUT (a used version is kept and a new one created; an unused
   * one is rewritten in place); an unknown code starts a new family like POST.
   */
  async importSheet(user: RequestUser, file: Buffer | undefined): Promise<InspectionTemplateResponse> {
    if (!file?.length) throw invalidField('file', 'template.file_required');
    const workbook = await loadWorkbook(file);
    if (!workbook) throw codedError(415, 'template.not_xlsx');
    const { template, categoryCode, errors } = readTemplateSheet(workbook);
    let categoryId: number | null = null;
    if (categoryCode) {
      const category = await this.repo.findCategory({ code: categoryCode });
      if (category) categoryId = category.id;
      else errors.push(coded('template.category_code_unknown', { code: quote(categoryCode).slice(1, -1) }, { line: 3, column: 'B' }));
    }
    if (!template || errors.length) {
      throw codedError(
        400,
        'template.file_has_errors',
        {},
        errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      );
    }
    const body: UpdateTemplateDto = {
      name: template.name,
      categoryId,
      criticalCap: template.criticalCap,
      sections: template.sections.map((s) => ({ title: s.title, items: [...s.items] })),
    };
    return runInTransaction(this.db, async (em) => {
      const latest = await this.repo.latestTemplateOf(template.code, em);
      if (latest) return this.updateIn(em, user, latest.id, body);
      return this.createIn(em, user, { ...body, code: template.code }, thresholdsOf(body));
    });
  }

  private async checkCategory(categoryId: number | null): Promise<void> {
    if (categoryId === null) return;
    if (!(await this.repo.findCategory({ id: categoryId }))) throw invalidField('categoryId', 'category.missing', { id: categoryId });
  }
}
