import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import {
  withDataVersion,
  chinaDay,
  clock,
  codedError,
  invalidField,
  limitValue,
  pageWindow,
  RequestUser,
  runInTransaction,
  startOfChinaDay,
  storeScopeOf,
  toPage,
} from '@storeops/api/core';
import {
  checkResults,
  coded,
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
import { assertCanSeeStoreRecord, coversCategory } from './inspection-access';
import { addDays } from './plan-periods';
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

/** 400 with several coded details. */
const invalid = (details: ErrorDetail[]) => codedError(400, 'request.invalid', {}, details);

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
      throw invalidField('Idempotency-Key', 'inspection.idempotency_key_required');
    }
    const requestHash = createHash('sha256')
      .update(`POST /api/inspections\n${JSON.stringify(dto)}`)
      .digest('hex');
    const replay = (stored: IdempotencyKeyEntity): WriteOutcome<InspectionResponse> => {
      if (stored.requestHash !== requestHash) {
        throw codedError(409, 'inspection.idempotency_conflict', {}, [
          coded('inspection.idempotency_key_reused', {}, { field: 'Idempotency-Key' }),
        ]);
      }
      return { statusCode: stored.statusCode, body: JSON.parse(stored.responseBody), replayed: true };
    };
    const earlier = await this.repo.findIdempotencyKey(user.id, key);
    if (earlier) return replay(earlier);
    try {
      return await runInTransaction(
        this.db,
        withDataVersion('inspections', async (em) => {
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
        }),
      );
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
      throw categoryId === null
        ? codedError(403, 'inspection.general_not_yours')
        : codedError(403, 'inspection.category_not_yours', { categoryId });
    }
    const store = await this.repo.findStore(dto.storeId, em);
    if (!store) throw invalidField('storeId', 'store.missing', { id: dto.storeId });
    const loaded = await this.repo.findTemplate(dto.templateId, em);
    if (!loaded) throw invalidField('templateId', 'inspection.template_missing', { id: dto.templateId });
    const { template } = loaded;
    if (!template.active)
      throw invalidField('templateId', 'inspection.template_inactive', { code: template.code, version: template.version });
    if (template.categoryId !== categoryId) {
      throw invalidField('categoryId', 'inspection.template_category', { code: template.code, categoryId: template.categoryId ?? '' });
    }
    const inspectedAt = dto.inspectedAt ? new Date(dto.inspectedAt) : clock.now();
    if (inspectedAt.getTime() > clock.ms() + CLOCK_SKEW_MS) throw invalidField('inspectedAt', 'inspection.in_future');
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
    inspection.inspector = (await this.repo.findUser(user.id, em)) ?? undefined;
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
      throw invalidField('inspectedAt', 'inspection.backdated', { days });
    }
    if (!reason?.trim()) {
      throw invalidField('lateEntryReason', 'inspection.late_reason_required', { days });
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
        throw invalidField('planPeriodStart', 'inspection.plan_period_without_plan');
      }
      return null;
    }
    const planId = dto.planItemId;
    const plan = await em.findOneBy(InspectionPlanEntity, { id: planId });
    const reason = !plan
      ? 'missing'
      : !plan.active
        ? 'inactive'
        : plan.categoryId !== categoryId
          ? 'category'
          : plan.storeIds && !plan.storeIds.includes(storeId)
            ? 'store'
            : null;
    if (reason || !plan) {
      const params = { planId, reason: reason ?? 'missing', categoryId: plan?.categoryId ?? '', storeId };
      throw invalidField('planItemId', 'inspection.plan_mismatch', params);
    }
    const current = planPeriodOf(chinaDay(inspectedAt), plan.frequency);
    const previous = previousPlanPeriod(current.start, plan.frequency);
    const start = dto.planPeriodStart ?? current.start;
    const existed = (end: string) => new Date(plan.createdAt).getTime() < startOfChinaDay(shiftDay(end, 1)).getTime();
    if ((start !== current.start && start !== previous.start) || (start === previous.start && !existed(previous.end))) {
      const params = { planId, period: start, current: current.start, previous: previous.start };
      throw invalidField('planPeriodStart', 'inspection.plan_period_invalid', params);
    }
    return start;
  }

  /** The template says whether the on-duty person's signature and name must accompany the submit. */
  private signOffProblems(template: InspectionTemplateEntity, dto: CreateInspectionDto): ErrorDetail[] {
    const out: ErrorDetail[] = [];
    if (template.requireSignature !== false && dto.signaturePhotoId === undefined) {
      out.push(coded('inspection.signature_required', {}, { field: 'signaturePhotoId' }));
    }
    if (template.requireDutyPerson !== false && !dto.dutyPersonName?.trim()) {
      out.push(coded('inspection.duty_person_required', {}, { field: 'dutyPersonName' }));
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
      const index = indexOf(p.itemId, p.code === 'inspection.item_twice');
      return coded(p.code, p.params, { field: index >= 0 ? `results[${index}]` : 'results' });
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
      if (!p || p.uploadedById !== user.id) return 'photo.not_yours';
      if (p.inspectionId !== null || p.correctiveActionId !== null) return 'photo.attached_elsewhere';
      return null;
    };
    const details: ErrorDetail[] = [];
    dto.results.forEach((r, i) => {
      for (const id of r.photoIds ?? []) {
        const p = problem(id);
        if (p) details.push(coded(p, { id }, { field: `results[${i}].photoIds` }));
      }
    });
    if (dto.signaturePhotoId !== undefined) {
      const p = problem(dto.signaturePhotoId);
      if (p) details.push(coded(p, { id: dto.signaturePhotoId }, { field: 'signaturePhotoId' }));
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
      if (storeScopeOf(user) !== null) throw codedError(403, 'auth.other_store');
      throw codedError(404, 'inspection.not_found', { id });
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
