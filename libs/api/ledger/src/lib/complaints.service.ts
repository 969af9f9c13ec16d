import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import { WorkCalendarService } from '@storeops/api/calendar';
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
import { StoreDirectory } from '@storeops/api/org';
import { SupplierDirectory } from '@storeops/api/suppliers';
import {
  allowedComplaintActions,
  coded,
  ComplaintAction,
  ComplaintAttachmentResponse,
  ComplaintCategoryResponse,
  ComplaintCauseResponse,
  ComplaintEventAction,
  ComplaintListItem,
  ComplaintPhoneResponse,
  ComplaintRefusal,
  ComplaintResponse,
  ComplaintSettings,
  ComplaintStage,
  ComplaintStatus,
  ComplaintTransitionRequest,
  KeyCustomerResponse,
  SupplierComplaintRow,
  complaintStageDue,
  decideComplaintTransition,
  DEFAULT_COMPLAINT_SLA,
  DEFAULT_RETENTION_MONTHS,
  isCallingTime,
  maskPhone,
  Page,
  PHONE_PATTERN,
  planApprover,
  Role,
  stageHolder,
  STORE_APPROVAL_LIMIT_FEN,
} from '@storeops/shared/contracts';
import { Calendars, calendarOf, complaintDeadlines, roundOf, stageState } from './complaint-clock';
import { ComplaintFilter, ComplaintsRepository } from './complaints.repository';
import {
  ComplaintMergeDto,
  ComplaintPauseDto,
  ComplaintQueryDto,
  ComplaintSettingsDto,
  ComplaintTransitionDto,
  CreateComplaintCategoryDto,
  CreateComplaintDto,
  CreateKeyCustomerDto,
  UpdateComplaintCategoryDto,
} from './dto/complaint.dto';
import {
  ComplaintAttachmentEntity,
  ComplaintCategoryEntity,
  ComplaintEntity,
  ComplaintEventEntity,
  ComplaintFollowUpEntity,
  ComplaintKeyCustomerEntity,
  ComplaintSettingsEntity,
  ComplaintStageEntity,
} from './entities/complaint.entity';
import { ledgerFileDir, storeLedgerFile } from './ledger-files';

const { AdminOffice, StoreManager } = Role;

/** Fields each action takes; any other action's field is refused (400), so nothing is silently ignored. */
const ACTION_FIELDS: Readonly<Record<ComplaintAction, readonly (keyof ComplaintTransitionRequest)[]>> = {
  judge: ['valid', 'reason', 'responsibleStoreId', 'responsibleDepartment', 'customerInformed'],
  propose_plan: ['plan', 'compensation'],
  approve_plan: [],
  return_plan: [],
  resolve: ['resolution', 'causeCode', 'supplierId', 'compensationPaid'],
  follow_up: ['reached', 'satisfaction', 'notes', 'calledAt'],
  close: [],
  reopen: [],
};
const FIELD_ACTION = new Map<string, ComplaintAction>(
  (Object.entries(ACTION_FIELDS) as Array<[ComplaintAction, readonly string[]]>).flatMap(([action, fields]) =>
    fields.map((f) => [f, action] as [string, ComplaintAction]),
  ),
);

export function complaintFileDir(): string {
  return ledgerFileDir('COMPLAINT_FILE_DIR', 'data/complaint-files');
}

export const complaintNotFound = (id: number) => codedError(404, 'complaint.not_found', { id });

/** The office's settings, or the defaults before it has saved any. */
export function settingsOf(row: ComplaintSettingsEntity | null): ComplaintSettings {
  return {
    sla: row?.sla ?? { normal: { ...DEFAULT_COMPLAINT_SLA.normal }, serious: { ...DEFAULT_COMPLAINT_SLA.serious } },
    storeApprovalLimitFen: row?.storeApprovalLimitFen ?? STORE_APPROVAL_LIMIT_FEN,
    retentionMonths: row?.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
  };
}

/** Whether a caller may see the complaint at all: every reader, a 店长 only their store's (received or laid there). */
export function canSeeComplaint(user: Pick<RequestUser, 'role' | 'storeId'>, c: Pick<ComplaintEntity, 'storeId' | 'responsibleStoreId'>) {
  if (user.role !== StoreManager) return true;
  return user.storeId !== null && (c.storeId === user.storeId || c.responsibleStoreId === user.storeId);
}

/** The office and the handler see the customer's phone: the responsible store's 店长, or the receiving one before judging. */
export function canSeePhone(
  user: Pick<RequestUser, 'role' | 'storeId'>,
  c: Pick<ComplaintEntity, 'storeId' | 'responsibleStoreId' | 'valid'>,
) {
  if (user.role === AdminOffice) return true;
  if (user.role !== StoreManager || user.storeId === null) return false;
  return c.responsibleStoreId === user.storeId || (c.valid === null && c.storeId === user.storeId);
}

/** Complaints 顾客投诉: intake, the workflow with its stage clocks, pauses, merging, the phone, attachments. */
@Injectable()
export class ComplaintsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: ComplaintsRepository,
    private readonly audit: AuditService,
    private readonly calendar: WorkCalendarService,
    private readonly stores: StoreDirectory,
    private readonly suppliers: SupplierDirectory,
  ) {}

  async calendars(): Promise<Calendars> {
    const [chain, stores] = await Promise.all([this.calendar.calendar(), this.calendar.storeCalendars()]);
    return { chain, stores };
  }

  async settings(em?: EntityManager): Promise<ComplaintSettings> {
    return settingsOf(await this.repo.settings(em));
  }

  async categories(): Promise<ComplaintCategoryResponse[]> {
    return (await this.repo.categories()).map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      parentId: c.parentId,
      severity: c.severity,
      active: c.active,
    }));
  }

  /** 投诉类别: the office adds one (a second level under a top-level one) … */
  async createCategory(user: RequestUser, dto: CreateComplaintCategoryDto): Promise<ComplaintCategoryResponse> {
    const id = await runInTransaction(this.db, async (em) => {
      if (await em.existsBy(ComplaintCategoryEntity, { code: dto.code }))
        throw invalidField('code', 'complaint.category_code_taken', { code: dto.code });
      let severity = dto.severity ?? 'normal';
      if (dto.parentId) {
        const parent = await this.repo.category(dto.parentId, em);
        if (!parent) throw invalidField('parentId', 'complaint.category_unknown', { id: dto.parentId });
        if (parent.parentId !== null) throw invalidField('parentId', 'complaint.category_two_levels');
        severity = dto.severity ?? parent.severity;
      }
      const position = ((await em.getRepository(ComplaintCategoryEntity).maximum('position')) ?? 0) + 1;
      const saved = await em.save(
        em.create(ComplaintCategoryEntity, {
          code: dto.code,
          name: dto.name,
          parentId: dto.parentId ?? null,
          severity,
          active: true,
          position,
        }),
      );
      await this.audit.record(em, actorOf(user), 'create', 'complaint_category', saved.id, null, { ...saved });
      return saved.id;
    });
    return (await this.categories()).find((c) => c.id === id) as ComplaintCategoryResponse;
  }

  /** … renames it, changes its severity or retires it (complaints keep it; new ones cannot take it). */
  async updateCategory(user: RequestUser, id: number, dto: UpdateComplaintCategoryDto): Promise<ComplaintCategoryResponse> {
    await runInTransaction(this.db, async (em) => {
      const before = await this.repo.category(id, em);
      if (!before) throw codedError(404, 'complaint.category_unknown', { id });
      const changes = {
        ...(dto.name !== undefined ? { name: dto.name } : {}),
        ...(dto.severity ? { severity: dto.severity } : {}),
        ...(dto.active !== undefined ? { active: dto.active } : {}),
      };
      if (Object.keys(changes).length) await em.update(ComplaintCategoryEntity, { id }, changes);
      await this.audit.record(em, actorOf(user), 'update', 'complaint_category', id, { ...before }, { ...before, ...changes });
    });
    return (await this.categories()).find((c) => c.id === id) as ComplaintCategoryResponse;
  }

  async causes(): Promise<ComplaintCauseResponse[]> {
    return (await this.repo.causes()).map((c) => ({ code: c.code, name: c.name }));
  }

  async create(user: RequestUser, dto: CreateComplaintDto): Promise<ComplaintResponse> {
    if (user.role === StoreManager && dto.storeId !== user.storeId) throw codedError(403, 'complaint.not_your_store');
    const now = clock.now();
    const receivedAt = new Date(dto.receivedAt);
    const problems = [];
    if (receivedAt.getTime() > now.getTime() + 5 * 60_000)
      problems.push(coded('complaint.received_in_future', {}, { field: 'receivedAt' }));
    if (!PHONE_PATTERN.test(dto.customerPhone)) problems.push(coded('complaint.phone_format', {}, { field: 'customerPhone' }));
    const [store, category] = await Promise.all([this.stores.store(dto.storeId), this.repo.category(dto.categoryId)]);
    if (!store) problems.push(coded('complaint.store_unknown', { id: dto.storeId }, { field: 'storeId' }));
    if (!category || !category.active) problems.push(coded('complaint.category_unknown', { id: dto.categoryId }, { field: 'categoryId' }));
    else if (category.parentId === null) problems.push(coded('complaint.category_not_leaf', {}, { field: 'categoryId' }));
    if (problems.length) throw codedError(400, 'request.invalid', {}, problems);
    const phone = dto.customerPhone.replace(/\s+/g, '');
    const [calendars, settings] = await Promise.all([this.calendars(), this.settings()]);
    const id = await runInTransaction(
      this.db,
      withDataVersion('complaints', async (em) => {
        const listed = await this.repo.keyCustomerByPhone(phone, em);
        const code = await this.nextCode(em, receivedAt);
        const severity = dto.severity ?? (category as ComplaintCategoryEntity).severity;
        const saved = await em.save(
          em.create(ComplaintEntity, {
            code,
            storeId: dto.storeId,
            channel: dto.channel,
            receivedAt,
            receivedById: user.id,
            receivedBy: user.username,
            customerName: dto.customerName || null,
            customerPhone: phone,
            keyCustomer: dto.keyCustomer || listed !== null,
            categoryId: dto.categoryId,
            severity,
            description: dto.description,
            productName: dto.productName || null,
            barcode: dto.barcode || null,
            batch: dto.batch || null,
            amountInvolved: dto.amountInvolved ?? null,
            status: 'received',
            valid: null,
            invalidReason: null,
            customerInformed: null,
            responsibleStoreId: null,
            responsibleDepartment: null,
            plan: null,
            compensation: null,
            planApproverRole: null,
            resolution: null,
            causeCode: null,
            supplierId: null,
            compensationPaid: null,
            satisfaction: null,
            followUpReached: false,
            reopenCount: 0,
            mergedIntoId: null,
            closedAt: null,
            anonymisedAt: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await this.event(em, user, saved.id, 'create', null, 'received', null, {
          channel: dto.channel,
          keyCustomerFromList: listed !== null && !dto.keyCustomer,
        });
        await this.startStage(em, calendars, settings, saved, 'judge', receivedAt);
        await this.audit.record(em, actorOf(user), 'create', 'complaint', saved.id, null, this.auditShape(saved));
        return saved.id;
      }),
    );
    return this.detail(user, id, { audit: false });
  }

  /** TS202611-0001: the China month received and the next number in it. */
  private async nextCode(em: EntityManager, receivedAt: Date): Promise<string> {
    const month = new Date(receivedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 7).replace('-', '');
    const prefix = `TS${month}-`;
    const last = await this.repo.lastCode(prefix, em);
    const next = last ? Number(last.slice(prefix.length)) + 1 : 1;
    return `${prefix}${String(next).padStart(4, '0')}`;
  }

  async list(user: RequestUser, query: ComplaintQueryDto): Promise<Page<ComplaintListItem>> {
    const window = pageWindow(query);
    if (user.role === StoreManager && query.storeId !== undefined && query.storeId !== user.storeId)
      throw codedError(403, 'complaint.not_your_store');
    const filter: ComplaintFilter = {
      scopeStoreId: user.role === StoreManager ? (user.storeId ?? -1) : null,
      storeId: query.storeId,
      status: query.status,
      from: query.from ? boundOf(query.from, 'from') : undefined,
      to: query.to ? boundOf(query.to, 'to') : undefined,
      keyCustomer: query.keyCustomer,
      stage: query.stage,
      supplierId: query.supplierId,
      q: query.q,
    };
    if (query.categoryId !== undefined) {
      const categories = await this.repo.categories();
      filter.categoryIds = categories.filter((c) => c.id === query.categoryId || c.parentId === query.categoryId).map((c) => c.id);
    }
    const calendars = await this.calendars();
    const now = clock.now();
    if (query.overdue) {
      filter.onlyIds = (await this.repo.openStages())
        .filter(({ stage }) => stageState(calendars, stage, now).status === 'overdue')
        .map(({ complaint }) => complaint.id);
    }
    const [rows, total] = await this.repo.page(filter, window.skip, window.take);
    const stages = await this.repo.stages(rows.map((r) => r.id));
    const names = await this.names();
    // Grouped once: a page's stages are read in one query, not filtered again for every row.
    const stagesOf = new Map<number, ComplaintStageEntity[]>();
    for (const s of stages) stagesOf.set(s.complaintId, [...(stagesOf.get(s.complaintId) ?? []), s]);
    const items = rows.map((c) => this.listItem(user, c, stagesOf.get(c.id) ?? [], names, calendars, now));
    const revealed = rows.filter((c) => c.customerPhone !== null && canSeePhone(user, c)).map((c) => c.id);
    if (revealed.length)
      await runInTransaction(this.db, (em) =>
        this.audit.record(em, actorOf(user), 'read', 'complaint', 'list', null, { field: 'customerPhone', ids: revealed }),
      );
    return toPage(items, total, window, (i) => i);
  }

  /** A supplier's complaints (newest first, at most 200), for the supplier's page: no customer data at all. */
  async bySupplier(supplierId: number): Promise<SupplierComplaintRow[]> {
    const [rows] = await this.repo.page({ scopeStoreId: null, supplierId }, 0, 200);
    const names = await this.names();
    return rows.map((c) => ({
      id: c.id,
      code: c.code,
      receivedAt: new Date(c.receivedAt).toISOString(),
      storeCode: names.storeById.get(c.storeId)?.code ?? '',
      storeName: names.storeById.get(c.storeId)?.name ?? '',
      categoryName: names.categoryName(c.categoryId),
      productName: c.productName,
      batch: c.batch,
      status: c.status,
      causeCode: c.causeCode,
      compensationPaid: c.compensationPaid,
    }));
  }

  private async names() {
    const [stores, categories] = await Promise.all([this.stores.stores(), this.repo.categories()]);
    const storeById = new Map(stores.map((s) => [s.id, s]));
    const categoryById = new Map(categories.map((c) => [c.id, c]));
    const categoryName = (id: number) => {
      const c = categoryById.get(id);
      if (!c) return '';
      const parent = c.parentId !== null ? categoryById.get(c.parentId) : undefined;
      return parent ? `${parent.name} › ${c.name}` : c.name;
    };
    return { storeById, categoryName };
  }

  private listItem(
    user: RequestUser,
    c: ComplaintEntity,
    stages: readonly ComplaintStageEntity[],
    names: Awaited<ReturnType<ComplaintsService['names']>>,
    calendars: Calendars,
    now: Date,
  ): ComplaintListItem {
    const open = [...stages].reverse().find((s) => s.doneAt === null) ?? null;
    const state = open ? stageState(calendars, open, now) : null;
    const store = names.storeById.get(c.storeId);
    return {
      id: c.id,
      code: c.code,
      storeId: c.storeId,
      storeCode: store?.code ?? '',
      storeName: store?.name ?? '',
      channel: c.channel,
      receivedAt: new Date(c.receivedAt).toISOString(),
      status: c.status,
      valid: c.valid,
      keyCustomer: c.keyCustomer,
      severity: c.severity,
      categoryId: c.categoryId,
      categoryName: names.categoryName(c.categoryId),
      customerName: c.customerName,
      customerPhone: canSeePhone(user, c) ? c.customerPhone : maskPhone(c.customerPhone),
      responsibleStoreId: c.responsibleStoreId,
      currentStage: open?.stage ?? null,
      dueAt: state?.dueAt ? state.dueAt.toISOString() : null,
      deadlineStatus: state ? state.status : null,
      paused: !!open && open.pauses.some((p) => p.to === null),
      reopenCount: c.reopenCount,
      version: c.version,
    };
  }

  async get(user: RequestUser, id: number): Promise<ComplaintResponse> {
    return this.detail(user, id, { audit: true });
  }

  private async visible(user: RequestUser, id: number, em?: EntityManager): Promise<ComplaintEntity> {
    const c = await this.repo.find(id, em);
    if (!c) throw complaintNotFound(id);
    if (!canSeeComplaint(user, c)) throw codedError(403, 'complaint.not_your_store');
    return c;
  }

  private async detail(user: RequestUser, id: number, options: { audit: boolean }): Promise<ComplaintResponse> {
    const c = await this.visible(user, id);
    const [events, stages, followUps, attachments, merged, calendars, settings, causes] = await Promise.all([
      this.repo.events(id),
      this.repo.stages([id]),
      this.repo.followUps(id),
      this.repo.attachments(id),
      this.repo.mergedCodes(id),
      this.calendars(),
      this.settings(),
      this.repo.causes(),
    ]);
    const now = clock.now();
    const names = await this.names();
    const supplier = c.supplierId !== null ? (await this.suppliers.names([c.supplierId])).get(c.supplierId) : undefined;
    const showPhone = canSeePhone(user, c);
    if (options.audit && showPhone && c.customerPhone !== null)
      await runInTransaction(this.db, (em) =>
        this.audit.record(em, actorOf(user), 'read', 'complaint', id, null, { field: 'customerPhone' }),
      );
    const allowed =
      user.role === StoreManager && !this.isHandler(user, c)
        ? []
        : allowedComplaintActions(c.status, user.role).filter((a) => this.mayTake(user, c, a));
    return {
      ...this.listItem(user, c, stages, names, calendars, now),
      receivedBy: c.receivedBy,
      description: c.description,
      productName: c.productName,
      barcode: c.barcode,
      batch: c.batch,
      amountInvolved: c.amountInvolved,
      responsibleDepartment: c.responsibleDepartment,
      invalidReason: c.invalidReason,
      customerInformed: c.customerInformed,
      plan: c.plan,
      compensation: c.compensation,
      planApproverRole: c.planApproverRole,
      resolution: c.resolution,
      causeCode: c.causeCode,
      causeName: causes.find((k) => k.code === c.causeCode)?.name ?? null,
      supplierId: c.supplierId,
      supplierName: supplier?.name ?? null,
      compensationPaid: c.compensationPaid,
      followUps: followUps.map((f) => ({
        at: new Date(f.at).toISOString(),
        by: f.by,
        reached: f.reached,
        satisfaction: f.satisfaction,
        notes: f.notes,
        outsideCallingHours: f.outsideCallingHours,
      })),
      satisfaction: c.satisfaction,
      mergedIntoId: c.mergedIntoId,
      mergedCodes: merged.map((m) => m.code),
      canRevealPhone: showPhone && c.customerPhone !== null,
      anonymised: c.anonymisedAt !== null,
      closedAt: c.closedAt ? new Date(c.closedAt).toISOString() : null,
      timeline: events.map((e) => ({
        at: new Date(e.at).toISOString(),
        by: e.by,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        comment: e.comment,
        details: e.details,
      })),
      allowedActions: allowed,
      deadlines: complaintDeadlines(calendars, c, stages, settings.sla[c.severity], now),
      attachments: attachments.map(toAttachmentResponse),
    };
  }

  /** A 店长 handles a complaint laid at their store (or received there, before it is judged). */
  private isHandler(user: RequestUser, c: ComplaintEntity): boolean {
    if (user.role !== StoreManager) return user.role === AdminOffice;
    return user.storeId !== null && (c.responsibleStoreId === user.storeId || (c.valid === null && c.storeId === user.storeId));
  }

  /** The rules beyond the table: a plan over the 店长's limit is the office's to approve. */
  private mayTake(user: RequestUser, c: ComplaintEntity, action: ComplaintAction): boolean {
    return !(action === 'approve_plan' && user.role === StoreManager && c.planApproverRole === AdminOffice);
  }

  async transition(user: RequestUser, id: number, dto: ComplaintTransitionDto): Promise<ComplaintResponse> {
    const [calendars, settings] = await Promise.all([this.calendars(), this.settings()]);
    await runInTransaction(
      this.db,
      withDataVersion('complaints', async (em) => {
        const c = await this.visible(user, id, em);
        const decision = decideComplaintTransition(c.status, dto.action, user.role);
        if (!decision.ok) {
          const refusal = decision as ComplaintRefusal;
          throw codedError(refusal.status, refusal.code, refusal.params, [
            coded(
              'complaint.allowed_from',
              { status: c.status, allowed: allowedComplaintActions(c.status).join(', ') },
              { field: 'action' },
            ),
          ]);
        }
        const { to, commentRequired } = decision as { to: ComplaintStatus; commentRequired: boolean };
        if (user.role === StoreManager && !this.isHandler(user, c)) throw codedError(403, 'complaint.not_handler');
        if (dto.version !== undefined && dto.version !== c.version) throw staleVersion(dto.version, c.version);
        if (commentRequired && !dto.comment) throw invalidField('comment', 'complaint.comment_required', { action: dto.action });
        const stray = (Object.keys(dto) as Array<keyof ComplaintTransitionRequest>).filter(
          (f) => dto[f] !== undefined && FIELD_ACTION.has(f) && FIELD_ACTION.get(f) !== dto.action,
        );
        if (stray.length)
          throw codedError(
            400,
            'request.invalid',
            {},
            stray.map((f) => coded('complaint.only_with', { with: FIELD_ACTION.get(f) as string }, { field: f })),
          );
        const now = clock.now();
        const before = this.auditShape(c);
        const step = await this.apply(em, user, c, dto, to, now, calendars, settings);
        const result = await em.update(
          ComplaintEntity,
          { id, version: c.version },
          { ...step.changes, status: step.to, updatedAt: now, version: c.version + 1 },
        );
        if (!result.affected) throw staleVersion(c.version, c.version + 1);
        await this.event(em, user, id, step.event ?? dto.action, c.status, step.to, dto.comment ?? null, step.details);
        await this.audit.record(em, actorOf(user), 'update', 'complaint', id, before, { ...before, ...step.changes, status: step.to });
      }),
    );
    return this.detail(user, id, { audit: false });
  }

  /** What one action changes: the new status, the fields, the stage clocks; refuses what the action lacks (400/403/409). */
  private async apply(
    em: EntityManager,
    user: RequestUser,
    c: ComplaintEntity,
    dto: ComplaintTransitionDto,
    to: ComplaintStatus,
    now: Date,
    calendars: Calendars,
    settings: ComplaintSettings,
  ): Promise<{
    to: ComplaintStatus;
    changes: Partial<ComplaintEntity>;
    details: Record<string, string | number | boolean | null>;
    event?: ComplaintEventAction;
  }> {
    const required = (field: keyof ComplaintTransitionRequest) => {
      const v = dto[field];
      if (v === undefined || v === null || v === '') throw invalidField(field, 'complaint.field_required', { action: dto.action });
    };
    const next = { ...c };
    switch (dto.action) {
      case 'judge': {
        required('valid');
        if (dto.valid === false) {
          required('reason');
          await this.finishStage(em, c.id, now);
          return {
            to: 'invalid',
            changes: { valid: false, invalidReason: dto.reason ?? null, customerInformed: dto.customerInformed ?? false },
            details: { valid: false, reason: dto.reason ?? null, customerInformed: dto.customerInformed ?? false },
          };
        }
        const responsibleStoreId =
          dto.responsibleStoreId !== undefined ? dto.responsibleStoreId : dto.responsibleDepartment ? null : c.storeId;
        if (responsibleStoreId !== null && !(await this.stores.store(responsibleStoreId)))
          throw invalidField('responsibleStoreId', 'complaint.store_unknown', { id: responsibleStoreId });
        await this.finishStage(em, c.id, now);
        Object.assign(next, { valid: true, responsibleStoreId });
        await this.startStage(em, calendars, settings, next, 'plan', now);
        return {
          to,
          changes: { valid: true, responsibleStoreId, responsibleDepartment: dto.responsibleDepartment ?? null, invalidReason: null },
          details: {
            valid: true,
            responsibleStoreId,
            responsibleDepartment: dto.responsibleDepartment ?? null,
            reason: dto.reason ?? null,
          },
        };
      }
      case 'propose_plan': {
        required('plan');
        const compensation = dto.compensation ?? 0;
        const approver = planApprover(compensation, c.responsibleStoreId, settings.storeApprovalLimitFen);
        const holderStoreId = approver === StoreManager ? c.responsibleStoreId : null;
        await em.update(
          ComplaintStageEntity,
          { complaintId: c.id, stage: 'plan', round: roundOf(c) },
          { holderRole: approver, holderStoreId, part: 'approver' },
        );
        return {
          to,
          changes: { plan: dto.plan ?? null, compensation, planApproverRole: approver },
          details: { plan: dto.plan ?? null, compensation, approver },
        };
      }
      case 'approve_plan': {
        if (user.role === StoreManager && c.planApproverRole === AdminOffice)
          throw codedError(403, 'complaint.plan_needs_office', {
            compensation: ((c.compensation ?? 0) / 100).toFixed(2),
            limit: (settings.storeApprovalLimitFen / 100).toFixed(2),
          });
        await this.finishStage(em, c.id, now);
        await this.startStage(em, calendars, settings, next, 'resolve', now);
        return { to, changes: {}, details: { compensation: c.compensation } };
      }
      case 'return_plan': {
        const holder = stageHolder('plan', c.responsibleStoreId);
        await em.update(
          ComplaintStageEntity,
          { complaintId: c.id, stage: 'plan', round: roundOf(c) },
          { holderRole: holder.role, holderStoreId: holder.storeId, part: 'owner' },
        );
        return { to, changes: { planApproverRole: null }, details: {} };
      }
      case 'resolve': {
        required('resolution');
        required('causeCode');
        if (!(await this.repo.cause(dto.causeCode as string, em)))
          throw invalidField('causeCode', 'complaint.cause_unknown', { code: dto.causeCode as string });
        if (dto.supplierId && !(await this.suppliers.names([dto.supplierId])).has(dto.supplierId))
          throw invalidField('supplierId', 'complaint.supplier_unknown', { id: dto.supplierId });
        await this.finishStage(em, c.id, now);
        await this.startStage(em, calendars, settings, next, 'follow_up', now);
        const paid = dto.compensationPaid ?? c.compensation ?? 0;
        return {
          to,
          changes: {
            resolution: dto.resolution ?? null,
            causeCode: dto.causeCode ?? null,
            supplierId: dto.supplierId ?? null,
            compensationPaid: paid,
            followUpReached: false,
          },
          details: {
            resolution: dto.resolution ?? null,
            causeCode: dto.causeCode ?? null,
            compensationPaid: paid,
            supplierId: dto.supplierId ?? null,
          },
        };
      }
      case 'follow_up': {
        required('reached');
        if (dto.reached) required('satisfaction');
        const calledAt = dto.calledAt ? new Date(dto.calledAt) : now;
        if (calledAt.getTime() > now.getTime() + 5 * 60_000) throw invalidField('calledAt', 'complaint.called_in_future');
        const outside = !isCallingTime(calledAt);
        await em.insert(ComplaintFollowUpEntity, {
          complaintId: c.id,
          at: calledAt,
          by: user.username,
          reached: dto.reached as boolean,
          satisfaction: dto.reached ? (dto.satisfaction ?? null) : null,
          notes: dto.notes ?? null,
          outsideCallingHours: outside,
        });
        const details = {
          reached: dto.reached ?? false,
          satisfaction: dto.reached ? (dto.satisfaction ?? null) : null,
          notes: dto.notes ?? null,
          outsideCallingHours: outside,
        };
        if (!dto.reached) return { to: 'resolved', changes: {}, details, event: 'follow_up_attempt' };
        await this.finishStage(em, c.id, now);
        if (dto.satisfaction === 'unsatisfied') {
          // Unsatisfied: the complaint goes back to its handler for a new plan, as a new round.
          Object.assign(next, { reopenCount: c.reopenCount + 1 });
          await this.startStage(em, calendars, settings, next, 'plan', now);
          return {
            to: 'assigned',
            changes: { satisfaction: 'unsatisfied', followUpReached: true, reopenCount: c.reopenCount + 1, planApproverRole: null },
            details: { ...details, reopened: true },
          };
        }
        return { to, changes: { satisfaction: dto.satisfaction ?? null, followUpReached: true }, details };
      }
      case 'close': {
        if (c.status === 'resolved' && c.keyCustomer && !c.followUpReached)
          throw codedError(409, 'complaint.key_customer_needs_follow_up', { code: c.code }, [
            coded('complaint.key_customer_needs_follow_up', { code: c.code }, { field: 'action' }),
          ]);
        await this.finishStage(em, c.id, now, true);
        return { to, changes: { closedAt: now }, details: { followedUp: c.followUpReached } };
      }
      case 'reopen': {
        const reopenCount = c.reopenCount + 1;
        Object.assign(next, { reopenCount });
        const stage: ComplaintStage = c.valid === false ? 'judge' : 'plan';
        await this.startStage(em, calendars, settings, next, stage, now);
        return {
          to: c.valid === false ? 'received' : 'assigned',
          changes: {
            reopenCount,
            closedAt: null,
            followUpReached: false,
            planApproverRole: null,
            ...(c.valid === false ? { valid: null } : {}),
          },
          details: { reopenCount },
        };
      }
    }
  }

  /** Starts a stage's clock on its holder's calendar, due by the SLA of the complaint's severity. */
  private async startStage(
    em: EntityManager,
    calendars: Calendars,
    settings: ComplaintSettings,
    c: Pick<ComplaintEntity, 'id' | 'storeId' | 'responsibleStoreId' | 'valid' | 'severity' | 'reopenCount'>,
    stage: ComplaintStage,
    at: Date,
  ): Promise<void> {
    const holder = stageHolder(stage, c.valid === null ? c.storeId : c.responsibleStoreId);
    const dueAt = complaintStageDue(calendarOf(calendars, holder.storeId), stage, at, settings.sla[c.severity]);
    await em.insert(ComplaintStageEntity, {
      complaintId: c.id,
      stage,
      round: roundOf(c),
      startedAt: at,
      dueAt,
      holderRole: holder.role,
      holderStoreId: holder.storeId,
      part: 'owner',
      pauses: [],
      doneAt: null,
      skipped: false,
    });
  }

  /** Ends the running stage (and any pause in it) at `at`. */
  private async finishStage(em: EntityManager, complaintId: number, at: Date, skipped = false): Promise<void> {
    const open = await this.repo.openStage(complaintId, em);
    if (!open) return;
    const pauses = open.pauses.map((p) => (p.to === null ? { ...p, to: at.toISOString() } : p));
    await em.update(ComplaintStageEntity, { id: open.id }, { doneAt: at, skipped, pauses });
  }

  /** 等待顾客: the running stage's clock stops (its working time counts nothing) until resumed. */
  async pause(user: RequestUser, id: number, dto: ComplaintPauseDto): Promise<ComplaintResponse> {
    await this.pauseOrResume(user, id, 'pause', dto.reason);
    return this.detail(user, id, { audit: false });
  }

  async resume(user: RequestUser, id: number, version?: number): Promise<ComplaintResponse> {
    await this.pauseOrResume(user, id, 'resume', null, version);
    return this.detail(user, id, { audit: false });
  }

  private async pauseOrResume(
    user: RequestUser,
    id: number,
    action: 'pause' | 'resume',
    reason: string | null,
    version?: number,
  ): Promise<void> {
    await runInTransaction(
      this.db,
      withDataVersion('complaints', async (em) => {
        const c = await this.visible(user, id, em);
        if (version !== undefined && version !== c.version) throw staleVersion(version, c.version);
        if (user.role === StoreManager && !this.isHandler(user, c)) throw codedError(403, 'complaint.not_handler');
        const open = await this.repo.openStage(id, em);
        if (!open) throw codedError(409, 'complaint.not_open', { status: c.status });
        const now = clock.now();
        const running = open.pauses.some((p) => p.to === null);
        if (action === 'pause' && running) throw codedError(409, 'complaint.already_paused');
        if (action === 'resume' && !running) throw codedError(409, 'complaint.not_paused');
        const pauses =
          action === 'pause'
            ? [...open.pauses, { from: now.toISOString(), to: null, reason: reason ?? '' }]
            : open.pauses.map((p) => (p.to === null ? { ...p, to: now.toISOString() } : p));
        await em.update(ComplaintStageEntity, { id: open.id }, { pauses });
        await em.update(ComplaintEntity, { id }, { updatedAt: now, version: c.version + 1 });
        await this.event(em, user, id, action, c.status, c.status, reason, { stage: open.stage });
        await this.audit.record(em, actorOf(user), 'update', 'complaint', id, null, { [action]: open.stage, reason });
      }),
    );
  }

  /** 合并重复投诉: the duplicate keeps its history but is counted once, as the complaint it was merged into. */
  async merge(user: RequestUser, id: number, dto: ComplaintMergeDto): Promise<ComplaintResponse> {
    if (dto.intoId === id) throw invalidField('intoId', 'complaint.merge_self');
    await runInTransaction(
      this.db,
      withDataVersion('complaints', async (em) => {
        const c = await this.visible(user, id, em);
        if (c.status === 'merged') throw codedError(409, 'complaint.wrong_state', { status: c.status, action: 'merge', allowed: '' });
        const into = await this.repo.find(dto.intoId, em);
        if (!into || into.status === 'merged') throw invalidField('intoId', 'complaint.merge_target', { id: dto.intoId });
        const now = clock.now();
        await this.finishStage(em, id, now, true);
        await em.update(
          ComplaintEntity,
          { id },
          { status: 'merged', mergedIntoId: into.id, closedAt: now, updatedAt: now, version: c.version + 1 },
        );
        await this.event(em, user, id, 'merge', c.status, 'merged', dto.comment ?? null, { into: into.code });
        await this.event(em, user, into.id, 'merge', into.status, into.status, dto.comment ?? null, { merged: c.code });
        await this.audit.record(em, actorOf(user), 'update', 'complaint', id, this.auditShape(c), {
          status: 'merged',
          mergedIntoId: into.id,
        });
      }),
    );
    return this.detail(user, id, { audit: false });
  }

  /** 显示号码: the full phone, for the office and the handler only, with an audit entry. */
  async revealPhone(user: RequestUser, id: number, reason: string | null = null): Promise<ComplaintPhoneResponse> {
    const c = await this.visible(user, id);
    if (!canSeePhone(user, c)) throw codedError(403, 'complaint.cannot_reveal');
    if (c.customerPhone === null) throw codedError(410, 'complaint.anonymised');
    await runInTransaction(this.db, (em) =>
      this.audit.record(em, actorOf(user), 'read', 'complaint', id, null, { field: 'customerPhone', revealed: true, reason }),
    );
    return { id, customerPhone: c.customerPhone };
  }

  async attach(
    user: RequestUser,
    id: number,
    file: { buffer: Buffer; originalname?: string } | undefined,
  ): Promise<ComplaintAttachmentResponse> {
    if (!file?.buffer?.length) throw invalidField('file', 'complaint.file_required');
    const c = await this.visible(user, id);
    if (user.role === StoreManager && !this.isHandler(user, c) && c.storeId !== user.storeId)
      throw codedError(403, 'complaint.not_handler');
    const stored = await storeLedgerFile(complaintFileDir(), file, 'photo', 'complaint.file_type');
    return runInTransaction(this.db, async (em) => {
      const saved = await em.save(
        em.create(ComplaintAttachmentEntity, {
          complaintId: id,
          ...stored,
          uploadedBy: user.username,
          uploadedAt: clock.now(),
        }),
      );
      const response = toAttachmentResponse(saved);
      await this.audit.record(em, actorOf(user), 'create', 'complaint_attachment', saved.id, null, response);
      return response;
    });
  }

  async openAttachment(user: RequestUser, id: number, attachmentId: number): Promise<{ path: string; mimeType: string; fileName: string }> {
    await this.visible(user, id);
    const a = await this.repo.attachment(id, attachmentId);
    if (!a) throw codedError(404, 'complaint.attachment_not_found', { id: attachmentId });
    return { path: join(complaintFileDir(), a.storedName), mimeType: a.mimeType, fileName: a.fileName };
  }

  async saveSettings(user: RequestUser, dto: ComplaintSettingsDto): Promise<ComplaintSettings> {
    await runInTransaction(this.db, async (em) => {
      const before = await this.repo.settings(em);
      const row = {
        id: 1,
        sla: { normal: { ...dto.sla.normal }, serious: { ...dto.sla.serious } },
        storeApprovalLimitFen: dto.storeApprovalLimitFen,
        retentionMonths: dto.retentionMonths,
        version: (before?.version ?? 0) + 1,
        updatedBy: user.username,
        updatedAt: clock.now(),
      };
      await em.save(ComplaintSettingsEntity, row);
      await this.audit.record(
        em,
        actorOf(user),
        before ? 'update' : 'create',
        'complaint_settings',
        1,
        before ? settingsOf(before) : null,
        settingsOf(row as ComplaintSettingsEntity),
      );
    });
    return this.settings();
  }

  async keyCustomers(): Promise<KeyCustomerResponse[]> {
    return (await this.repo.keyCustomers()).map((k) => ({ id: k.id, name: k.name, phone: k.phone, note: k.note }));
  }

  async addKeyCustomer(user: RequestUser, dto: CreateKeyCustomerDto): Promise<KeyCustomerResponse> {
    const phone = dto.phone.replace(/\s+/g, '');
    if (!PHONE_PATTERN.test(phone)) throw invalidField('phone', 'complaint.phone_format');
    return runInTransaction(this.db, async (em) => {
      if (await this.repo.keyCustomerByPhone(phone, em))
        throw invalidField('phone', 'complaint.key_customer_taken', { phone: maskPhone(phone) ?? '' });
      const saved = await em.save(
        em.create(ComplaintKeyCustomerEntity, {
          name: dto.name,
          phone,
          note: dto.note || null,
          createdBy: user.username,
          createdAt: clock.now(),
        }),
      );
      await this.audit.record(em, actorOf(user), 'create', 'complaint_key_customer', saved.id, null, {
        name: saved.name,
        phone: maskPhone(phone),
      });
      return { id: saved.id, name: saved.name, phone: saved.phone, note: saved.note };
    });
  }

  async removeKeyCustomer(user: RequestUser, id: number): Promise<void> {
    await runInTransaction(this.db, async (em) => {
      const row = await em.findOneBy(ComplaintKeyCustomerEntity, { id });
      if (!row) throw codedError(404, 'complaint.key_customer_not_found', { id });
      await em.delete(ComplaintKeyCustomerEntity, { id });
      await this.audit.record(
        em,
        actorOf(user),
        'delete',
        'complaint_key_customer',
        id,
        { name: row.name, phone: maskPhone(row.phone) },
        null,
      );
    });
  }

  private async event(
    em: EntityManager,
    user: Pick<RequestUser, 'id' | 'username'>,
    complaintId: number,
    action: ComplaintEventAction,
    fromStatus: ComplaintStatus | null,
    toStatus: ComplaintStatus,
    comment: string | null,
    details: Record<string, string | number | boolean | null>,
  ): Promise<void> {
    await em.insert(ComplaintEventEntity, {
      complaintId,
      at: clock.now(),
      byId: user.id,
      by: user.username,
      action,
      fromStatus,
      toStatus,
      comment,
      details,
    });
  }

  /** What the audit keeps of a complaint: never the full phone. */
  private auditShape(c: ComplaintEntity): Record<string, unknown> {
    return {
      code: c.code,
      storeId: c.storeId,
      status: c.status,
      valid: c.valid,
      customerPhone: maskPhone(c.customerPhone),
      keyCustomer: c.keyCustomer,
      categoryId: c.categoryId,
      responsibleStoreId: c.responsibleStoreId,
      compensation: c.compensation,
      causeCode: c.causeCode,
    };
  }
}

export function toAttachmentResponse(a: ComplaintAttachmentEntity): ComplaintAttachmentResponse {
  return {
    id: a.id,
    fileName: a.fileName,
    mimeType: a.mimeType,
    bytes: a.bytes,
    uploadedBy: a.uploadedBy,
    uploadedAt: new Date(a.uploadedAt).toISOString(),
  };
}

/** A day is the China day (from its start; `to` through its end); an instant is itself. */
function boundOf(text: string, side: 'from' | 'to'): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const start = startOfChinaDay(text);
    return side === 'from' ? start : new Date(start.getTime() + 86_400_000);
  }
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw invalidField(side, 'validation.invalid');
  return at;
}
