import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import {
  bumpDataVersion,
  chinaDay,
  clock,
  DetailedError,
  limitValue,
  pageWindow,
  RequestUser,
  runInTransaction,
  startOfChinaDay,
  storeScopeOf,
  toPage,
} from '@storeops/api/core';
import { UserEntity } from '@storeops/api/org';
import {
  checkResults,
  ErrorDetail,
  InspectionResponse,
  itemFailed,
  Page,
  planPeriodOf,
  previousPlanPeriod,
  shiftDay,
  ResultInput,
  Role,
  scoreInspection,
  TemplateItem,
} from '@storeops/shared/contracts';
import { assertCanSeeStoreRecord, coversCategory } from './access';
import { addDays } from './china-time';
import { CreateInspectionDto, InspectionQueryDto } from './dto/inspection.dto';
import {
  CorrectiveActionEntity,
  IdempotencyKeyEntity,
  InspectionEntity,
  InspectionItemEntity,
  InspectionPlanEntity,
  InspectionResultEntity,
  InspectionTemplateEntity,
} from './entities';
import { InspectionsRepository } from './inspections.repository';
import { LoadedTemplate, toInspectionResponse, toScoringTemplate, toTemplateItem } from './mappers';

export interface WriteOutcome<T> {
  statusCode: number;
  body: T;
  /** True when the answer is the stored one of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;
/** An inspection done offline may be submitted later, but not dated in the future (beyond clock skew). */
const CLOCK_SKEW_MS = 10 * 60_000;

function invalid(details: ErrorDetail[]): DetailedError {
  return new DetailedError(400, 'Invalid request', details);
}

function earnedOf(item: Pick<TemplateItem, 'maxPoints'>, r: Pick<ResultInput, 'result' | 'points'>): number | null {
  if (r.result === 'na') return null;
  if (r.result === 'pass') return item.maxPoints;
  if (r.result === 'score') return Math.max(0, Math.min(item.maxPoints, r.points ?? 0));
  return 0;
}

function resultInputOf(r: InspectionResultEntity): ResultInput {
  return { itemId: r.itemId, result: r.result, ...(r.points !== null ? { points: r.points } : {}) };
}

/** Inspections 巡店/品类检查: submit (idempotent), list and read, with the score of record from contracts. */
@Injectable()
export class InspectionsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: InspectionsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Submits an inspection once per Idempotency-Key: a retry with the same key and body gets the first answer and
   * creates nothing; the same key with another body is a conflict.
   */
  async submit(user: RequestUser, key: string | undefined, dto: CreateInspectionDto): Promise<WriteOutcome<InspectionResponse>> {
    if (!key || !KEY_PATTERN.test(key)) {
      throw invalid([{ field: 'Idempotency-Key', problem: 'header is required: 8–128 letters, digits or _ . : -' }]);
    }
    const requestHash = createHash('sha256')
      .update(`POST /api/inspections\n${JSON.stringify(dto)}`)
      .digest('hex');
    const replay = (stored: IdempotencyKeyEntity): WriteOutcome<InspectionResponse> => {
      if (stored.requestHash !== requestHash) {
        throw new DetailedError(409, 'This Idempotency-Key was used for a different request', [
          { field: 'Idempotency-Key', problem: 'was used with another body' },
        ]);
      }
      return { statusCode: stored.statusCode, body: JSON.parse(stored.responseBody), replayed: true };
    };
    const earlier = await this.repo.findIdempotencyKey(user.id, key);
    if (earlier) return replay(earlier);
    try {
      return await runInTransaction(this.db, async (em) => {
        const raced = await this.repo.findIdempotencyKey(user.id, key, em);
        if (raced) return replay(raced);
        const body = await this.create(em, user, dto);
        await em.insert(IdempotencyKeyEntity, {
          userId: user.id,
          key,
          requestHash,
          statusCode: 201,
          responseBody: JSON.stringify(body),
          createdAt: clock.now(),
        });
        return { statusCode: 201, body, replayed: false };
      }).finally(() => bumpDataVersion('inspections'));
    } catch (error) {
      // Two submits with one key at the same moment (PostgreSQL): the loser replays the winner's answer.
      if (error instanceof QueryFailedError) {
        const winner = await this.repo.findIdempotencyKey(user.id, key);
        if (winner) return replay(winner);
      }
      throw error;
    }
  }

  private async create(em: EntityManager, user: RequestUser, dto: CreateInspectionDto): Promise<InspectionResponse> {
    const categoryId = dto.categoryId ?? null;
    if (!coversCategory(user, categoryId)) {
      throw new ForbiddenException(
        categoryId === null ? 'You may not inspect the general standard' : `Category ${categoryId} is not one of yours`,
      );
    }
    const store = await this.repo.findStore(dto.storeId, em);
    if (!store) throw invalid([{ field: 'storeId', problem: `store ${dto.storeId} does not exist` }]);
    const loaded = await this.repo.findTemplate(dto.templateId, em);
    if (!loaded) throw invalid([{ field: 'templateId', problem: `template ${dto.templateId} does not exist` }]);
    const { template } = loaded;
    if (!template.active) throw invalid([{ field: 'templateId', problem: `template ${template.code} v${template.version} is not active` }]);
    if (template.categoryId !== categoryId) {
      throw invalid([
        {
          field: 'categoryId',
          problem: `template ${template.code} is for ${template.categoryId === null ? 'the general standard' : `category ${template.categoryId}`}`,
        },
      ]);
    }
    const inspectedAt = dto.inspectedAt ? new Date(dto.inspectedAt) : clock.now();
    if (inspectedAt.getTime() > clock.ms() + CLOCK_SKEW_MS) throw invalid([{ field: 'inspectedAt', problem: 'is in the future' }]);
    const lateEntryReason = this.lateEntry(user, inspectedAt, dto.lateEntryReason);
    const planPeriodStart = await this.planPeriod(em, dto, store.id, categoryId, inspectedAt);

    const scoring = toScoringTemplate(loaded);
    const details = this.resultProblems(scoring, dto);
    details.push(...(await this.photoProblems(em, user, dto)));
    details.push(...this.signOffProblems(template, dto));
    if (details.length) throw invalid(details);

    const outcome = scoreInspection(scoring, dto.results);
    const inspection = await em.save(
      em.create(InspectionEntity, {
        storeId: store.id,
        categoryId,
        templateId: template.id,
        templateVersion: template.version,
        inspectorId: user.id,
        inspectedAt,
        createdAt: clock.now(),
        score: outcome.score,
        stars: outcome.stars,
        criticalFailed: outcome.criticalFailed,
        earned: outcome.earned,
        possible: outcome.possible,
        notes: dto.notes?.trim() || null,
        dutyPersonName: dto.dutyPersonName || null,
        signaturePhotoId: dto.signaturePhotoId ?? null,
        planItemId: dto.planItemId ?? null,
        planPeriodStart,
        lateEntryReason,
      }),
    );
    const rows = dto.results.map((r) =>
      em.create(InspectionResultEntity, {
        inspectionId: inspection.id,
        itemId: r.itemId,
        result: r.result,
        points: r.result === 'score' ? (r.points ?? null) : null,
        note: r.note?.trim() || null,
        photoIds: r.photoIds ?? [],
      }),
    );
    if (rows.length) await em.save(rows, { chunk: 200 });
    await this.repo.attachPhotosToInspection(em, this.photoIdsOf(dto), inspection.id);

    const items = new Map(loaded.sections.flatMap((s) => s.items.map((item) => [item.id, { item, section: s.section.title }] as const)));
    const actions = outcome.failedItemIds.map((itemId) =>
      em.create(CorrectiveActionEntity, {
        inspectionId: inspection.id,
        storeId: store.id,
        categoryId,
        itemId,
        status: 'open',
        dueAt: addDays(inspectedAt, items.get(itemId)?.item.dueDays ?? 3),
        closedNote: null,
        closedPhotoId: null,
        closedAt: null,
        verifiedBy: null,
        verifiedAt: null,
        reopenReason: null,
      }),
    );
    if (actions.length) await em.save(actions, { chunk: 200 });

    inspection.store = store;
    inspection.template = template;
    inspection.inspector = (await em.findOneBy(UserEntity, { id: user.id })) ?? undefined;
    const view = this.view(inspection, rows, items);
    await this.audit.record(em, user, 'create', 'inspection', inspection.id, null, {
      storeId: view.storeId,
      templateId: view.templateId,
      templateVersion: view.templateVersion,
      score: view.score,
      criticalFailed: view.criticalFailed,
      correctiveActions: actions.map((a) => a.id),
      ...(planPeriodStart ? { planItemId: dto.planItemId, planPeriodStart } : {}),
      ...(lateEntryReason ? { inspectedAt: inspectedAt.toISOString(), lateEntryReason } : {}),
    });
    return view;
  }

  /**
   * An inspection dated further back than INSPECTION_BACKDATE_DAYS would rewrite closed months and their rankings:
   * only an ops manager may record it, as a late entry with a reason (returned, to be stored and audited).
   */
  private lateEntry(user: RequestUser, inspectedAt: Date, reason: string | undefined): string | null {
    const days = limitValue('inspectionBackdateDays');
    if (inspectedAt.getTime() >= clock.ms() - days * 86_400_000) return null;
    if (user.role !== Role.OpsManager) {
      throw invalid([
        {
          field: 'inspectedAt',
          problem: `is more than ${days} days ago; only an ops manager may record it, as a late entry with lateEntryReason`,
          code: 'inspection.backdated',
        },
      ]);
    }
    if (!reason?.trim()) {
      throw invalid([
        {
          field: 'lateEntryReason',
          problem: `is required: inspectedAt is more than ${days} days ago`,
          code: 'inspection.late_reason_required',
        },
      ]);
    }
    return reason.trim();
  }

  /**
   * The plan an inspection fulfils must exist, be active and cover the inspection's store and category; the period
   * it closes is the one containing inspectedAt unless planPeriodStart names the previous one (an overdue item done
   * late stays that period's). Returns the period's first day, or null without a plan.
   */
  private async planPeriod(
    em: EntityManager,
    dto: CreateInspectionDto,
    storeId: number,
    categoryId: number | null,
    inspectedAt: Date,
  ): Promise<string | null> {
    if (dto.planItemId === undefined) {
      if (dto.planPeriodStart !== undefined) {
        throw invalid([
          {
            field: 'planPeriodStart',
            code: 'inspection.plan_period_without_plan',
            params: {},
            problem: '只在按计划检查（planItemId）时填写',
          },
        ]);
      }
      return null;
    }
    const planId = dto.planItemId;
    const plan = await em.findOneBy(InspectionPlanEntity, { id: planId });
    const problem = !plan
      ? `plan ${planId} does not exist`
      : !plan.active
        ? `plan ${planId} is no longer active`
        : plan.categoryId !== categoryId
          ? `plan ${planId} is for ${plan.categoryId === null ? 'the general standard' : `category ${plan.categoryId}`}`
          : plan.storeIds && !plan.storeIds.includes(storeId)
            ? `plan ${planId} does not cover store ${storeId}`
            : null;
    if (problem || !plan)
      throw invalid([{ field: 'planItemId', problem: problem ?? '', code: 'inspection.plan_mismatch', params: { planId } }]);
    const current = planPeriodOf(chinaDay(inspectedAt), plan.frequency);
    const previous = previousPlanPeriod(current.start, plan.frequency);
    const start = dto.planPeriodStart ?? current.start;
    const existed = (end: string) => new Date(plan.createdAt).getTime() < startOfChinaDay(shiftDay(end, 1)).getTime();
    if ((start !== current.start && start !== previous.start) || (start === previous.start && !existed(previous.end))) {
      throw invalid([
        {
          field: 'planPeriodStart',
          code: 'inspection.plan_period_invalid',
          params: { planId, period: start, current: current.start, previous: previous.start },
          problem: `须为计划 ${planId} 的本期（${current.start} 起）或上一期（${previous.start} 起，且计划当时已存在）`,
        },
      ]);
    }
    return start;
  }

  /** The template says whether the on-duty person's signature and name must accompany the submit. */
  private signOffProblems(template: InspectionTemplateEntity, dto: CreateInspectionDto): ErrorDetail[] {
    const out: ErrorDetail[] = [];
    if (template.requireSignature !== false && dto.signaturePhotoId === undefined) {
      out.push({
        field: 'signaturePhotoId',
        code: 'inspection.signature_required',
        params: {},
        problem: '本检查表要求值班人签名后才能提交',
      });
    }
    if (template.requireDutyPerson !== false && !dto.dutyPersonName?.trim()) {
      out.push({
        field: 'dutyPersonName',
        code: 'inspection.duty_person_required',
        params: {},
        problem: '本检查表要求填写值班人姓名后才能提交',
      });
    }
    return out;
  }

  /** checkResults' problems, each named by the index of the result it concerns (or `results` for a missing one). */
  private resultProblems(scoring: ReturnType<typeof toScoringTemplate>, dto: CreateInspectionDto): ErrorDetail[] {
    const indexOf = (itemId: number | null, repeated: boolean): number => {
      if (itemId === null) return -1;
      return repeated ? dto.results.map((r) => r.itemId).lastIndexOf(itemId) : dto.results.findIndex((r) => r.itemId === itemId);
    };
    return checkResults(scoring, dto.results).map((p) => {
      const index = indexOf(p.itemId, /answered twice/.test(p.problem));
      return { field: index >= 0 ? `results[${index}]` : 'results', problem: p.problem };
    });
  }

  private photoIdsOf(dto: CreateInspectionDto): number[] {
    const ids = dto.results.flatMap((r) => r.photoIds ?? []);
    if (dto.signaturePhotoId !== undefined) ids.push(dto.signaturePhotoId);
    return [...new Set(ids)];
  }

  /** Every photo must exist, be the caller's own upload and not be attached elsewhere yet. */
  private async photoProblems(em: EntityManager, user: RequestUser, dto: CreateInspectionDto): Promise<ErrorDetail[]> {
    const photos = new Map((await this.repo.findPhotos(this.photoIdsOf(dto), em)).map((p) => [p.id, p]));
    const problem = (id: number): string | null => {
      const p = photos.get(id);
      if (!p || p.uploadedById !== user.id) return `photo ${id} is not one of your uploads`;
      if (p.inspectionId !== null || p.correctiveActionId !== null) return `photo ${id} is already attached to another record`;
      return null;
    };
    const details: ErrorDetail[] = [];
    dto.results.forEach((r, i) => {
      for (const id of r.photoIds ?? []) {
        const p = problem(id);
        if (p) details.push({ field: `results[${i}].photoIds`, problem: p });
      }
    });
    if (dto.signaturePhotoId !== undefined) {
      const p = problem(dto.signaturePhotoId);
      if (p) details.push({ field: 'signaturePhotoId', problem: p });
    }
    return details;
  }

  private view(
    inspection: InspectionEntity,
    rows: InspectionResultEntity[],
    items: Map<number, { item: InspectionItemEntity; section: string }>,
  ): InspectionResponse {
    const item = (r: InspectionResultEntity): TemplateItem | undefined => {
      const meta = items.get(r.itemId);
      return meta ? toTemplateItem(meta.item) : undefined;
    };
    return toInspectionResponse(inspection, {
      rows,
      items,
      earned: (r) => {
        const i = item(r);
        return i ? earnedOf(i, resultInputOf(r)) : null;
      },
      failed: (r) => {
        const i = item(r);
        return i ? itemFailed(i, resultInputOf(r)) : false;
      },
    });
  }

  async list(user: RequestUser, query: InspectionQueryDto): Promise<Page<InspectionResponse>> {
    const window = pageWindow(query);
    const scope = storeScopeOf(user);
    const [rows, total] = await this.repo.findInspectionsPage(
      {
        storeId: scope ?? query.storeId,
        categoryId: query.categoryId,
        from: query.from ? startOfChinaDay(query.from) : undefined,
        to: query.to ? addDays(startOfChinaDay(query.to), 1) : undefined,
      },
      window,
    );
    // A store manager asking for another store gets their own store's list narrowed by the filter: nothing.
    const visible = scope !== null && query.storeId !== undefined && query.storeId !== scope ? [] : rows;
    return toPage(visible, visible.length ? total : 0, window, (i) => toInspectionResponse(i));
  }

  async get(user: RequestUser, id: number): Promise<InspectionResponse> {
    const inspection = await this.repo.findInspection(id);
    if (!inspection) {
      // A store manager cannot probe which ids exist.
      if (storeScopeOf(user) !== null) throw new ForbiddenException('This record belongs to another store');
      throw new NotFoundException(`Inspection ${id} does not exist`);
    }
    assertCanSeeStoreRecord(user, inspection.storeId);
    const rows = await this.repo.findResults(id);
    const items = new Map(
      (await this.repo.findItems(rows.map((r) => r.itemId))).map((item) => [item.id, { item, section: item.section?.title ?? '' }]),
    );
    return this.view(inspection, rows, items);
  }

  count(): Promise<number> {
    return this.repo.countInspections();
  }

  /** Exposed for the demo seeder: the loaded template of a version. */
  template(id: number, em?: EntityManager): Promise<LoadedTemplate | null> {
    return this.repo.findTemplate(id, em);
  }
}
