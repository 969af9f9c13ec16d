import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  withDataVersion,
  clock,
  codedError,
  invalidField,
  pageWindow,
  RequestUser,
  runInTransaction,
  staleVersion,
  startOfChinaDay,
  toPage,
} from '@storeops/api/core';
import { OrgRepository, StoreDirectory } from '@storeops/api/org';
import {
  coded,
  isAppealer,
  monthsBefore,
  Page,
  penaltyStepProblems,
  PenaltyStep,
  priorViolationCount,
  proposePenalty,
  Role,
  VIOLATION_DECIDERS,
  VIOLATION_LOOKBACK_MONTHS,
  ViolationAppealer,
  violationAppealer,
  ViolationAttachmentResponse,
  ViolationDepartmentResponse,
  ViolationListItem,
  ViolationPreviewResponse,
  ViolationResponse,
  ViolationRuleResponse,
  ViolationStatus,
  ViolationSubjectOption,
  ViolationSubjectType,
} from '@storeops/shared/contracts';
import {
  AppealViolationDto,
  ApproveViolationDto,
  CreateViolationDto,
  CreateViolationRuleDto,
  DecideAppealDto,
  UpdateViolationRuleDto,
  ViolationPreviewQueryDto,
  ViolationQueryDto,
  ViolationSubjectQueryDto,
} from './dto/violation.dto';
import { ViolationAttachmentEntity, ViolationEntity, ViolationRuleEntity } from './entities/violation.entity';
import { ViolationsRepository } from './violations.repository';
import { ledgerFileDir, storeLedgerFile } from './ledger-files';

const { StoreManager } = Role;

export function violationFileDir(): string {
  return ledgerFileDir('VIOLATION_FILE_DIR', 'data/violation-files');
}

const notFound = (id: number) => codedError(404, 'violation.not_found', { id });

/** A 店长 sees their store's violations only (of the store, or of a person of it); every other reader sees all. */
export function canSeeViolation(user: Pick<RequestUser, 'role' | 'storeId'>, v: Pick<ViolationEntity, 'storeId'>): boolean {
  if (user.role !== StoreManager) return true;
  return user.storeId !== null && v.storeId === user.storeId;
}

/** A subject as recorded: who or what it is, its store, and what decides who appeals. */
interface Subject {
  name: string;
  storeId: number | null;
  personRole: Role | null;
  departmentHeadRole: Role | null;
}

export function toRuleResponse(r: ViolationRuleEntity): ViolationRuleResponse {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    category: r.category,
    description: r.description,
    steps: r.steps.map(cleanStep),
    active: r.active,
    version: r.version,
  };
}

function cleanStep(s: PenaltyStep): PenaltyStep {
  return s.kind === 'fine' ? { kind: s.kind, amountFen: s.amountFen ?? 0 } : { kind: s.kind };
}

function stepsOrRefuse(steps: readonly PenaltyStep[]): PenaltyStep[] {
  const problems = penaltyStepProblems(steps);
  if (problems.length)
    throw codedError(
      400,
      'request.invalid',
      {},
      problems.map((p) => coded(p.code, {}, { field: `steps.${p.index}.amountFen` })),
    );
  return steps.map(cleanStep);
}

/** Violations 违纪: the rule book, recording with the proposed penalty, approval, one appeal and its decision, evidence. */
@Injectable()
export class ViolationsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: ViolationsRepository,
    private readonly audit: AuditService,
    private readonly stores: StoreDirectory,
    private readonly org: OrgRepository,
  ) {}

  // ── the rule book ──

  async rules(): Promise<ViolationRuleResponse[]> {
    return (await this.repo.rules()).map(toRuleResponse);
  }

  async createRule(user: RequestUser, dto: CreateViolationRuleDto): Promise<ViolationRuleResponse> {
    const steps = stepsOrRefuse(dto.steps);
    const saved = await runInTransaction(this.db, async (em) => {
      if (await this.repo.ruleByCode(dto.code, em)) throw invalidField('code', 'violation.rule_code_taken', { code: dto.code });
      const row = await em.save(
        em.create(ViolationRuleEntity, {
          code: dto.code,
          title: dto.title,
          category: dto.category,
          description: dto.description,
          steps,
          active: true,
          version: 1,
          updatedBy: user.username,
          updatedAt: clock.now(),
        }),
      );
      await this.audit.record(em, actorOf(user), 'create', 'violation_rule', row.id, null, toRuleResponse(row));
      return row;
    });
    return toRuleResponse(saved);
  }

  async updateRule(user: RequestUser, id: number, dto: UpdateViolationRuleDto): Promise<ViolationRuleResponse> {
    const steps = dto.steps ? stepsOrRefuse(dto.steps) : undefined;
    await runInTransaction(this.db, async (em) => {
      const before = await this.repo.rule(id, em);
      if (!before) throw codedError(404, 'violation.rule_not_found', { id });
      if (dto.version !== before.version) throw staleVersion(dto.version, before.version);
      const changes: Partial<ViolationRuleEntity> = {
        ...(dto.title !== undefined ? { title: dto.title } : {}),
        ...(dto.category !== undefined ? { category: dto.category } : {}),
        ...(dto.description !== undefined ? { description: dto.description } : {}),
        ...(steps ? { steps } : {}),
        ...(dto.active !== undefined ? { active: dto.active } : {}),
      };
      const result = await em.update(
        ViolationRuleEntity,
        { id, version: before.version },
        { ...changes, version: before.version + 1, updatedBy: user.username, updatedAt: clock.now() },
      );
      if (!result.affected) throw staleVersion(before.version, before.version + 1);
      await this.audit.record(em, actorOf(user), 'update', 'violation_rule', id, toRuleResponse(before), {
        ...toRuleResponse(before),
        ...changes,
      });
    });
    return toRuleResponse((await this.repo.rule(id)) as ViolationRuleEntity);
  }

  async departments(): Promise<ViolationDepartmentResponse[]> {
    return (await this.repo.departments()).map((d) => ({ id: d.id, code: d.code, name: d.name, headRole: d.headRole }));
  }

  /** The subject picker: people (active users), stores or departments matching `q` (at most 50). */
  async subjects(dto: ViolationSubjectQueryDto): Promise<ViolationSubjectOption[]> {
    const q = dto.q?.trim().toLowerCase() ?? '';
    if (dto.subjectType === 'department')
      return (await this.repo.departments())
        .filter((d) => !q || d.name.toLowerCase().includes(q) || d.code.toLowerCase().includes(q))
        .map((d) => ({ subjectType: 'department', id: d.id, name: d.name, detail: d.code, storeId: null }));
    const stores = await this.stores.stores();
    if (dto.subjectType === 'store')
      return stores
        .filter((s) => !q || s.name.toLowerCase().includes(q) || s.code.toLowerCase().includes(q))
        .slice(0, 50)
        .map((s) => ({ subjectType: 'store', id: s.id, name: s.name, detail: s.code, storeId: s.id }));
    const storeById = new Map(stores.map((s) => [s.id, s]));
    const [users] = await this.org.findUsersPage(
      { q: dto.q?.trim() || undefined, active: true },
      { page: 1, pageSize: 50, skip: 0, take: 50 },
    );
    return users.map((u) => ({
      subjectType: 'person',
      id: u.id,
      name: u.displayName || u.username,
      detail: [u.username, u.storeId !== null ? storeById.get(u.storeId)?.code : null].filter(Boolean).join(' · '),
      storeId: u.storeId,
    }));
  }

  // ── recording ──

  /** Who or what the subject is; a 400 naming subjectId when it does not exist. */
  private async subject(type: ViolationSubjectType, id: number, em?: EntityManager): Promise<Subject> {
    if (type === 'store') {
      const store = await this.stores.store(id);
      if (store) return { name: `${store.code} ${store.name}`, storeId: store.id, personRole: null, departmentHeadRole: null };
    } else if (type === 'person') {
      const user = await this.stores.user({ id }, em);
      if (user && user.active)
        return { name: user.displayName || user.username, storeId: user.storeId, personRole: user.role, departmentHeadRole: null };
    } else {
      const d = await this.repo.department(id, em);
      if (d) return { name: d.name, storeId: null, personRole: null, departmentHeadRole: d.headRole };
    }
    throw invalidField('subjectId', 'violation.subject_unknown', { type, id });
  }

  /** The subject, the rule and what they propose; refuses an unknown rule or subject and a future instant (400). */
  private async assess(
    dto: { subjectType: ViolationSubjectType; subjectId: number; ruleCode: string; occurredAt: string },
    em?: EntityManager,
  ) {
    const occurredAt = new Date(dto.occurredAt);
    const problems = [];
    if (occurredAt.getTime() > clock.ms() + 5 * 60_000) problems.push(coded('violation.occurred_in_future', {}, { field: 'occurredAt' }));
    const rule = await this.repo.ruleByCode(dto.ruleCode, em);
    if (!rule || !rule.active) problems.push(coded('violation.rule_unknown', { code: dto.ruleCode }, { field: 'ruleCode' }));
    let subject: Subject | null = null;
    try {
      subject = await this.subject(dto.subjectType, dto.subjectId, em);
    } catch {
      problems.push(coded('violation.subject_unknown', { type: dto.subjectType, id: dto.subjectId }, { field: 'subjectId' }));
    }
    if (problems.length) throw codedError(400, 'request.invalid', {}, problems);
    const history = await this.repo.history(
      dto.subjectType,
      dto.subjectId,
      dto.ruleCode,
      monthsBefore(occurredAt, VIOLATION_LOOKBACK_MONTHS),
      occurredAt,
      em,
    );
    const priorCount = priorViolationCount(history, dto, dto.ruleCode, occurredAt);
    return {
      rule: rule as ViolationRuleEntity,
      subject: subject as Subject,
      occurredAt,
      priorCount,
      proposedPenalty: proposePenalty((rule as ViolationRuleEntity).steps, priorCount),
    };
  }

  async preview(dto: ViolationPreviewQueryDto): Promise<ViolationPreviewResponse> {
    const a = await this.assess(dto);
    return { priorCount: a.priorCount, proposedPenalty: a.proposedPenalty, storeId: a.subject.storeId, subjectName: a.subject.name };
  }

  async create(user: RequestUser, dto: CreateViolationDto): Promise<ViolationResponse> {
    const id = await runInTransaction(
      this.db,
      withDataVersion('violations', async (em) => {
        const a = await this.assess(dto, em);
        const now = clock.now();
        const saved = await em.save(
          em.create(ViolationEntity, {
            subjectType: dto.subjectType,
            subjectId: dto.subjectId,
            subjectName: a.subject.name.slice(0, 100),
            storeId: a.subject.storeId,
            ruleId: a.rule.id,
            ruleCode: a.rule.code,
            occurredAt: a.occurredAt,
            facts: dto.facts,
            priorCount: a.priorCount,
            proposedPenalty: a.proposedPenalty,
            status: 'proposed',
            recordedById: user.id,
            recordedBy: user.username,
            recordedAt: now,
            approvedBy: null,
            approvedAt: null,
            approvalComment: null,
            appealReason: null,
            appealedBy: null,
            appealedAt: null,
            appealDecision: null,
            decidedBy: null,
            decidedAt: null,
            decisionComment: null,
            version: 1,
            updatedAt: now,
          }),
        );
        await this.audit.record(em, actorOf(user), 'create', 'violation', saved.id, null, auditShape(saved));
        return saved.id;
      }),
    );
    return this.get(user, id);
  }

  // ── reading ──

  async list(user: RequestUser, query: ViolationQueryDto): Promise<Page<ViolationListItem>> {
    const window = pageWindow(query);
    if (user.role === StoreManager && query.storeId !== undefined && query.storeId !== user.storeId)
      throw codedError(403, 'violation.not_your_store');
    const [rows, total] = await this.repo.page(
      {
        scopeStoreId: user.role === StoreManager ? (user.storeId ?? -1) : null,
        storeId: query.storeId,
        subjectType: query.subjectType,
        status: query.status,
        ruleCode: query.ruleCode,
        from: query.from ? boundOf(query.from, 'from') : undefined,
        to: query.to ? boundOf(query.to, 'to') : undefined,
      },
      window.skip,
      window.take,
    );
    const names = await this.names();
    return toPage(rows, total, window, (v) => this.listItem(v, names));
  }

  private async names() {
    const [stores, rules] = await Promise.all([this.stores.stores(), this.repo.rules()]);
    return { storeById: new Map(stores.map((s) => [s.id, s])), ruleByCode: new Map(rules.map((r) => [r.code, r])) };
  }

  private listItem(v: ViolationEntity, names: Awaited<ReturnType<ViolationsService['names']>>): ViolationListItem {
    const store = v.storeId !== null ? names.storeById.get(v.storeId) : undefined;
    const rule = names.ruleByCode.get(v.ruleCode);
    return {
      id: v.id,
      subjectType: v.subjectType,
      subjectId: v.subjectId,
      subjectName: v.subjectName,
      storeId: v.storeId,
      storeCode: store?.code ?? null,
      storeName: store?.name ?? null,
      ruleCode: v.ruleCode,
      ruleTitle: rule?.title ?? v.ruleCode,
      category: rule?.category ?? null,
      occurredAt: new Date(v.occurredAt).toISOString(),
      priorCount: v.priorCount,
      proposedPenalty: v.proposedPenalty,
      status: v.status,
      version: v.version,
    };
  }

  private async visible(user: RequestUser, id: number, em?: EntityManager): Promise<ViolationEntity> {
    const v = await this.repo.find(id, em);
    if (!v) throw notFound(id);
    if (!canSeeViolation(user, v)) throw codedError(403, 'violation.not_your_store');
    return v;
  }

  /** Who appeals this violation, from its subject as it is now (a person's role, a department's head). */
  private async appealerOf(v: ViolationEntity, em?: EntityManager): Promise<ViolationAppealer | null> {
    let personRole: Role | null = null;
    let departmentHeadRole: Role | null = null;
    if (v.subjectType === 'person') personRole = (await this.stores.user({ id: v.subjectId }, em))?.role ?? null;
    if (v.subjectType === 'department') departmentHeadRole = (await this.repo.department(v.subjectId, em))?.headRole ?? null;
    return violationAppealer({ subjectType: v.subjectType, storeId: v.storeId, personRole, departmentHeadRole });
  }

  async get(user: RequestUser, id: number): Promise<ViolationResponse> {
    const v = await this.visible(user, id);
    const [names, attachments, appealer] = await Promise.all([this.names(), this.repo.attachments(id), this.appealerOf(v)]);
    const decider = VIOLATION_DECIDERS.includes(user.role);
    return {
      ...this.listItem(v, names),
      facts: v.facts,
      recordedBy: v.recordedBy,
      recordedAt: new Date(v.recordedAt).toISOString(),
      approvedBy: v.approvedBy,
      approvedAt: v.approvedAt ? new Date(v.approvedAt).toISOString() : null,
      approvalComment: v.approvalComment,
      appeal:
        v.appealedAt && v.appealReason !== null
          ? {
              reason: v.appealReason,
              by: v.appealedBy ?? '',
              at: new Date(v.appealedAt).toISOString(),
              decision: v.appealDecision,
              decidedBy: v.decidedBy,
              decidedAt: v.decidedAt ? new Date(v.decidedAt).toISOString() : null,
              comment: v.decisionComment,
            }
          : null,
      appealerRole: appealer?.role ?? null,
      canApprove: decider && v.status === 'proposed',
      canAppeal: v.status === 'approved' && v.appealedAt === null && isAppealer(user, appealer),
      canDecide: decider && v.status === 'appealed',
      attachments: attachments.map(toAttachmentResponse),
    };
  }

  // ── approval and appeal ──

  private async step(
    user: RequestUser,
    id: number,
    version: number,
    action: 'approve' | 'appeal' | 'decide',
    decide: (v: ViolationEntity, em: EntityManager) => Promise<Partial<ViolationEntity> & { status: ViolationStatus }>,
  ): Promise<ViolationResponse> {
    await runInTransaction(
      this.db,
      withDataVersion('violations', async (em) => {
        const v = await this.visible(user, id, em);
        if (version !== v.version) throw staleVersion(version, v.version);
        const changes = await decide(v, em);
        const now = clock.now();
        const result = await em.update(ViolationEntity, { id, version: v.version }, { ...changes, updatedAt: now, version: v.version + 1 });
        if (!result.affected) throw staleVersion(v.version, v.version + 1);
        await this.audit.record(em, actorOf(user), 'update', 'violation', id, auditShape(v), { ...auditShape(v), ...changes, action });
      }),
    );
    return this.get(user, id);
  }

  /** 审批: the office (there is no separate office-head role) or the admin confirms the proposed penalty. */
  approve(user: RequestUser, id: number, dto: ApproveViolationDto): Promise<ViolationResponse> {
    return this.step(user, id, dto.version, 'approve', async (v) => {
      if (v.status !== 'proposed') throw codedError(409, 'violation.wrong_state', { status: v.status, action: 'approve' });
      return { status: 'approved', approvedBy: user.username, approvedAt: clock.now(), approvalComment: dto.comment || null };
    });
  }

  /** 申诉: once, by the subject's manager, after approval. */
  appeal(user: RequestUser, id: number, dto: AppealViolationDto): Promise<ViolationResponse> {
    return this.step(user, id, dto.version, 'appeal', async (v, em) => {
      const appealer = await this.appealerOf(v, em);
      if (!isAppealer(user, appealer)) throw codedError(403, 'violation.not_appealer', { role: appealer?.role ?? '' });
      if (v.appealedAt !== null) throw codedError(409, 'violation.appeal_used');
      if (v.status !== 'approved') throw codedError(409, 'violation.wrong_state', { status: v.status, action: 'appeal' });
      return { status: 'appealed', appealReason: dto.reason, appealedBy: user.username, appealedAt: clock.now() };
    });
  }

  /** 申诉裁决: the office upholds the penalty or overturns the violation (it then counts nowhere). */
  decideAppeal(user: RequestUser, id: number, dto: DecideAppealDto): Promise<ViolationResponse> {
    return this.step(user, id, dto.version, 'decide', async (v) => {
      if (v.status !== 'appealed') throw codedError(409, 'violation.wrong_state', { status: v.status, action: 'decide' });
      return {
        status: dto.decision === 'uphold' ? 'upheld' : 'overturned',
        appealDecision: dto.decision,
        decidedBy: user.username,
        decidedAt: clock.now(),
        decisionComment: dto.comment || null,
      };
    });
  }

  // ── evidence ──

  async attach(
    user: RequestUser,
    id: number,
    file: { buffer: Buffer; originalname?: string } | undefined,
  ): Promise<ViolationAttachmentResponse> {
    if (!file?.buffer?.length) throw invalidField('file', 'violation.file_required');
    await this.visible(user, id);
    const stored = await storeLedgerFile(violationFileDir(), file, 'evidence', 'violation.file_type');
    return runInTransaction(this.db, async (em) => {
      const saved = await em.save(
        em.create(ViolationAttachmentEntity, {
          violationId: id,
          ...stored,
          uploadedBy: user.username,
          uploadedAt: clock.now(),
        }),
      );
      const response = toAttachmentResponse(saved);
      await this.audit.record(em, actorOf(user), 'create', 'violation_attachment', saved.id, null, response);
      return response;
    });
  }

  async openAttachment(user: RequestUser, id: number, attachmentId: number): Promise<{ path: string; mimeType: string; fileName: string }> {
    await this.visible(user, id);
    const a = await this.repo.attachment(id, attachmentId);
    if (!a) throw codedError(404, 'violation.attachment_not_found', { id: attachmentId });
    return { path: join(violationFileDir(), a.storedName), mimeType: a.mimeType, fileName: a.fileName };
  }
}

/** A day is the China day (from its start; `to` through its end); an instant is itself (as the complaints list reads them). */
function boundOf(text: string, side: 'from' | 'to'): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const start = startOfChinaDay(text);
    return side === 'from' ? start : new Date(start.getTime() + 86_400_000);
  }
  return new Date(text);
}

function toAttachmentResponse(a: ViolationAttachmentEntity): ViolationAttachmentResponse {
  return {
    id: a.id,
    fileName: a.fileName,
    mimeType: a.mimeType,
    bytes: a.bytes,
    uploadedBy: a.uploadedBy,
    uploadedAt: new Date(a.uploadedAt).toISOString(),
  };
}

function auditShape(v: ViolationEntity): Record<string, unknown> {
  return {
    subjectType: v.subjectType,
    subjectId: v.subjectId,
    storeId: v.storeId,
    ruleCode: v.ruleCode,
    occurredAt: new Date(v.occurredAt).toISOString(),
    priorCount: v.priorCount,
    proposedPenalty: v.proposedPenalty,
    status: v.status,
  };
}
