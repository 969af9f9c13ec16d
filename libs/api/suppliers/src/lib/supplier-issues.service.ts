import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import { WorkCalendarService } from '@storeops/api/calendar';
import { clock, codedError, invalidField, pageWindow, RequestUser, runInTransaction, staleVersion, toPage } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import {
  addWorkingDays,
  allowedSupplierIssueActions,
  contractFixPeriod,
  CreateSupplierIssueRequest,
  decideSupplierIssueTransition,
  DEFAULT_SUPPLIER_ISSUE_SETTINGS,
  Page,
  Role,
  SupplierIssueDecision,
  SupplierIssueListItem,
  SupplierIssueResponse,
  SupplierIssueSettingsResponse,
  WorkCalendar,
} from '@storeops/shared/contracts';
import { SupplierIssueQueryDto, SupplierIssueSettingsDto, SupplierIssueTransitionDto } from './dto/supplier-issue.dto';
import {
  ContractClauseEntity,
  ContractEntity,
  SupplierEntity,
  SupplierIssueEntity,
  SupplierIssueEventEntity,
  SupplierIssueSettingsEntity,
} from './entities';
import { SuppliersRepository } from './suppliers.repository';

const SETTINGS_ROW = 1;

/** Who raises an issue: a signed-in user, or the user behind a quality check or a complaint that raises it. */
export interface SupplierIssueRaiser {
  id: number | null;
  username: string;
  role: Role;
}

/** What the port takes: the request of `POST /api/supplier-issues` and who raises it. */
export interface RaiseSupplierIssue extends CreateSupplierIssueRequest {
  raisedBy: SupplierIssueRaiser;
}

const notFound = (id: number) => codedError(404, 'supplier_issue.not_found', { id });

/** The running deadline has passed at `now`: the response while unanswered, else the fix while unfixed. */
export function issueOverdue(i: SupplierIssueEntity, now: Date): boolean {
  if (i.status === 'verified') return false;
  if (!i.respondedAt && now.getTime() > new Date(i.responseDueAt).getTime()) return true;
  return !i.fixedAt && now.getTime() > new Date(i.fixDueAt).getTime();
}

/** Supplier issues 供应商问题: raise (by hand or through SupplierIssuesPort), read, move through the workflow. */
@Injectable()
export class SupplierIssuesService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: SuppliersRepository,
    private readonly calendar: WorkCalendarService,
    private readonly stores: StoreDirectory,
    private readonly audit: AuditService,
  ) {}

  async settings(em?: EntityManager): Promise<SupplierIssueSettingsResponse> {
    const row = await (em ?? this.db.manager).findOneBy(SupplierIssueSettingsEntity, { id: SETTINGS_ROW });
    if (!row) return { ...DEFAULT_SUPPLIER_ISSUE_SETTINGS, updatedBy: null, updatedAt: null };
    return {
      responseWorkingDays: row.responseWorkingDays,
      fixWorkingDays: row.fixWorkingDays,
      updatedBy: row.updatedBy,
      updatedAt: new Date(row.updatedAt).toISOString(),
    };
  }

  updateSettings(user: RequestUser, dto: SupplierIssueSettingsDto): Promise<SupplierIssueSettingsResponse> {
    return runInTransaction(this.db, async (em) => {
      const before = await this.settings(em);
      await em.save(
        em.create(SupplierIssueSettingsEntity, {
          id: SETTINGS_ROW,
          responseWorkingDays: dto.responseWorkingDays,
          fixWorkingDays: dto.fixWorkingDays,
          updatedBy: user.username,
          updatedAt: clock.now(),
        }),
      );
      const after = await this.settings(em);
      await this.audit.record(em, actorOf(user), 'update', 'supplier_issue_settings', SETTINGS_ROW, before, after);
      return after;
    });
  }

  async list(user: RequestUser, query: SupplierIssueQueryDto): Promise<Page<SupplierIssueListItem>> {
    const window = pageWindow(query);
    const where: FindOptionsWhere<SupplierIssueEntity> = {};
    if (query.supplierId !== undefined) where.supplierId = query.supplierId;
    if (query.status !== undefined) where.status = query.status;
    if (user.role === Role.StoreManager) {
      // Deny by default: a 店长 sees only the issues that name their own store.
      if (user.storeId === null || (query.storeId !== undefined && query.storeId !== user.storeId))
        throw codedError(403, 'supplier_issue.not_your_store');
      where.storeId = user.storeId;
    } else if (query.storeId !== undefined) where.storeId = query.storeId;
    const [rows, total] = await this.db.getRepository(SupplierIssueEntity).findAndCount({
      where,
      order: { raisedAt: 'DESC', id: 'DESC' },
      skip: window.skip,
      take: window.take,
    });
    const items = await this.listItems(rows);
    return toPage(items, total, window, (i) => i);
  }

  async get(user: RequestUser, id: number): Promise<SupplierIssueResponse> {
    const issue = await this.db.getRepository(SupplierIssueEntity).findOneBy({ id });
    if (!issue) throw notFound(id);
    this.assertCanRead(user, issue);
    return this.response(issue, user);
  }

  /** POST /api/supplier-issues by a signed-in writer. */
  create(user: RequestUser, dto: CreateSupplierIssueRequest): Promise<SupplierIssueResponse> {
    return this.raise({ ...dto, raisedBy: { id: user.id, username: user.username, role: user.role } }, undefined, user);
  }

  /**
   * Raises an issue: checks the supplier, contract (the supplier's) and store, sets the response deadline (the
   * settings' working days) and the fix deadline (the contract clause's 整改期限 where one names it, else the
   * settings' default), records the creation. Inside `manager`'s transaction when given (a quality check or complaint
   * that raises it as part of its own write), else in its own.
   */
  async raise(input: RaiseSupplierIssue, manager?: EntityManager, viewer?: RequestUser): Promise<SupplierIssueResponse> {
    const calendar = await this.calendar.calendar();
    const work = async (em: EntityManager) => {
      const id = await this.insert(em, calendar, input);
      const issue = await em.findOneByOrFail(SupplierIssueEntity, { id });
      const response = await this.response(issue, viewer, em);
      await this.audit.record(em, { id: input.raisedBy.id, username: input.raisedBy.username }, 'create', 'supplier_issue', id, null, {
        ...response,
        timeline: undefined,
        allowedActions: undefined,
      });
      return response;
    };
    return manager ? work(manager) : runInTransaction(this.db, work);
  }

  transition(user: RequestUser, id: number, dto: SupplierIssueTransitionDto): Promise<SupplierIssueResponse> {
    return this.calendar.calendar().then((calendar) =>
      runInTransaction(this.db, async (em) => {
        const issue = await em.findOneBy(SupplierIssueEntity, { id });
        if (!issue) throw notFound(id);
        this.assertCanRead(user, issue);
        if (dto.version !== issue.version) throw staleVersion(dto.version, issue.version);
        const decision = decideSupplierIssueTransition(issue.status, dto.action, user.role);
        if (!decision.ok) {
          const refusal = decision as Extract<SupplierIssueDecision, { ok: false }>;
          throw codedError(refusal.status, refusal.code, refusal.params);
        }
        const note = dto.note?.trim() || null;
        if (decision.noteRequired && !note) throw invalidField('note', 'supplier_issue.note_required', { action: dto.action });
        const before = this.snapshot(issue);
        const now = clock.now();
        const from = issue.status;
        switch (dto.action) {
          case 'respond':
            issue.respondedAt = now;
            if (issue.round === 1 && !issue.firstRespondedAt) issue.firstRespondedAt = now;
            break;
          case 'fix':
            issue.respondedAt ??= now;
            if (issue.round === 1 && !issue.firstRespondedAt) issue.firstRespondedAt = now;
            issue.fixedAt = now;
            break;
          case 'verify':
            issue.verifiedAt = now;
            break;
          case 'escalate':
            issue.escalatedAt = now;
            break;
          case 'reopen': {
            issue.round += 1;
            issue.fixedAt = null;
            issue.verifiedAt = null;
            issue.fixStartedAt = now;
            issue.fixDueAt = addWorkingDays(calendar, now, issue.fixDays);
            if (from === 'verified') {
              const settings = await this.settings(em);
              issue.respondedAt = null;
              issue.escalatedAt = null;
              issue.responseStartedAt = now;
              issue.responseDueAt = addWorkingDays(calendar, now, settings.responseWorkingDays);
            }
            break;
          }
        }
        issue.status = decision.to;
        await em.save(issue);
        await em.insert(SupplierIssueEventEntity, {
          issueId: id,
          action: dto.action,
          fromStatus: from,
          toStatus: decision.to,
          by: user.username,
          at: now,
          note,
        });
        const saved = await em.findOneByOrFail(SupplierIssueEntity, { id });
        await this.audit.record(em, actorOf(user), 'update', 'supplier_issue', id, before, this.snapshot(saved));
        return this.response(saved, user, em);
      }),
    );
  }

  private async insert(em: EntityManager, calendar: WorkCalendar, input: RaiseSupplierIssue): Promise<number> {
    const supplier = await em.findOneBy(SupplierEntity, { id: input.supplierId });
    if (!supplier) throw invalidField('supplierId', 'supplier.missing', { id: input.supplierId });
    let fix: { days: number; clauseId: number } | null = null;
    if (input.contractId !== undefined) {
      const contract = await em.findOneBy(ContractEntity, { id: input.contractId });
      if (!contract) throw invalidField('contractId', 'contract.not_found', { id: input.contractId });
      if (contract.supplierId !== supplier.id)
        throw invalidField('contractId', 'supplier_issue.contract_other_supplier', { number: contract.number });
      fix = contractFixPeriod(await em.find(ContractClauseEntity, { where: { contractId: contract.id }, order: { position: 'ASC' } }));
    }
    if (input.storeId !== undefined && (await this.stores.missingStores([input.storeId], em)).length)
      throw invalidField('storeId', 'store.missing', { id: input.storeId });
    const source = input.source ?? { kind: 'manual' as const };
    if (source.kind !== 'manual' && source.id === undefined) throw invalidField('source.id', 'supplier_issue.source_id_required');
    const settings = await this.settings(em);
    const now = clock.now();
    const fixDays = fix?.days ?? settings.fixWorkingDays;
    const responseDueAt = addWorkingDays(calendar, now, settings.responseWorkingDays);
    const saved = await em.save(
      em.create(SupplierIssueEntity, {
        supplierId: supplier.id,
        contractId: input.contractId ?? null,
        storeId: input.storeId ?? null,
        kind: input.kind,
        description: input.description.trim(),
        sourceKind: source.kind,
        sourceId: source.kind === 'manual' ? null : (source.id ?? null),
        status: 'open',
        raisedBy: input.raisedBy.username,
        raisedByRole: input.raisedBy.role,
        raisedAt: now,
        round: 1,
        responseStartedAt: now,
        responseDueAt,
        respondedAt: null,
        fixStartedAt: now,
        fixDueAt: addWorkingDays(calendar, now, fixDays),
        fixDays,
        fixClauseId: fix?.clauseId ?? null,
        fixedAt: null,
        verifiedAt: null,
        escalatedAt: null,
        firstResponseDueAt: responseDueAt,
        firstRespondedAt: null,
      }),
    );
    await em.insert(SupplierIssueEventEntity, {
      issueId: saved.id,
      action: 'create',
      fromStatus: null,
      toStatus: 'open',
      by: input.raisedBy.username,
      at: now,
      note: null,
    });
    return saved.id;
  }

  private assertCanRead(user: RequestUser, issue: SupplierIssueEntity): void {
    if (user.role === Role.StoreManager && (user.storeId === null || issue.storeId !== user.storeId))
      throw codedError(403, 'supplier_issue.not_your_store');
  }

  private snapshot(i: SupplierIssueEntity): Record<string, unknown> {
    const at = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return {
      status: i.status,
      round: i.round,
      responseDueAt: at(i.responseDueAt),
      respondedAt: at(i.respondedAt),
      fixDueAt: at(i.fixDueAt),
      fixedAt: at(i.fixedAt),
      verifiedAt: at(i.verifiedAt),
      escalatedAt: at(i.escalatedAt),
      version: i.version,
    };
  }

  private async listItems(rows: SupplierIssueEntity[], em?: EntityManager): Promise<SupplierIssueListItem[]> {
    if (!rows.length) return [];
    const m = em ?? this.db.manager;
    const supplierIds = [...new Set(rows.map((r) => r.supplierId))];
    const contractIds = [...new Set(rows.map((r) => r.contractId).filter((id): id is number => id !== null))];
    const [suppliers, contracts, stores, names] = await Promise.all([
      m.find(SupplierEntity, { where: { id: In(supplierIds) }, select: { id: true, code: true, name: true } }),
      contractIds.length ? m.find(ContractEntity, { where: { id: In(contractIds) }, select: { id: true, number: true } }) : [],
      rows.some((r) => r.storeId !== null) ? this.stores.storeEntities(em) : [],
      this.repo.findDisplayNames(
        rows.map((r) => r.raisedBy),
        em,
      ),
    ]);
    const supplierOf = new Map(suppliers.map((s) => [s.id, s]));
    const contractOf = new Map<number, string>(contracts.map((c): [number, string] => [c.id, c.number]));
    const storeOf = new Map<number, string>(stores.map((s): [number, string] => [s.id, s.name]));
    const now = clock.now();
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return rows.map((r) => ({
      id: r.id,
      supplierId: r.supplierId,
      supplierCode: supplierOf.get(r.supplierId)?.code ?? '',
      supplierName: supplierOf.get(r.supplierId)?.name ?? '',
      contractId: r.contractId,
      contractNumber: r.contractId !== null ? (contractOf.get(r.contractId) ?? null) : null,
      storeId: r.storeId,
      storeName: r.storeId !== null ? (storeOf.get(r.storeId) ?? null) : null,
      kind: r.kind,
      description: r.description,
      source: { kind: r.sourceKind, id: r.sourceId },
      status: r.status,
      raisedBy: r.raisedBy,
      raisedByName: names.get(r.raisedBy) ?? r.raisedBy,
      raisedAt: new Date(r.raisedAt).toISOString(),
      responseDueAt: new Date(r.responseDueAt).toISOString(),
      respondedAt: iso(r.respondedAt),
      fixDueAt: new Date(r.fixDueAt).toISOString(),
      fixDays: r.fixDays,
      fixClauseId: r.fixClauseId,
      fixedAt: iso(r.fixedAt),
      verifiedAt: iso(r.verifiedAt),
      escalatedAt: iso(r.escalatedAt),
      round: r.round,
      overdue: issueOverdue(r, now),
      version: r.version,
    }));
  }

  private async response(issue: SupplierIssueEntity, viewer?: RequestUser, em?: EntityManager): Promise<SupplierIssueResponse> {
    const m = em ?? this.db.manager;
    const [item] = await this.listItems([issue], em);
    const events = await m.find(SupplierIssueEventEntity, { where: { issueId: issue.id }, order: { at: 'ASC', id: 'ASC' } });
    const names = await this.repo.findDisplayNames(
      events.map((e) => e.by),
      em,
    );
    return {
      ...item,
      timeline: events.map((e) => ({
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        by: e.by,
        byName: names.get(e.by) ?? e.by,
        at: new Date(e.at).toISOString(),
        note: e.note,
      })),
      allowedActions: viewer ? allowedSupplierIssueActions(issue.status, viewer.role) : [],
    };
  }
}
