import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  chinaDay,
  clock,
  codedError,
  invalidField,
  pageWindow,
  RequestUser,
  runInTransaction,
  staleVersion,
  toPage,
} from '@storeops/api/core';
import {
  addDays,
  allowedContractActions,
  coded,
  ContractOverlap,
  ContractResponse,
  ContractStoreScope,
  ContractRevisionResponse,
  decideContractTransition,
  diffContractSnapshots,
  EDITABLE_CONTRACT_STATUSES,
  IN_FORCE_CONTRACT_STATUSES,
  overlappingContracts,
  Page,
  REVIEW_CHECKLIST,
  Role,
  TransitionRefusal,
} from '@storeops/shared/contracts';
import { ContractQueryDto, ContractTransitionDto, CreateContractDto, UpdateContractDto } from './dto/contract.dto';
import {
  ContractAttachmentEntity,
  ContractClauseEntity,
  ContractEntity,
  ContractEventEntity,
  ContractRevisionEntity,
  SupplierEntity,
} from './entities';
import { canEditContract, nameOf, resolveContractStores, StoreRegion, toContractResponse, toSnapshot } from './mappers';
import { SuppliersRepository } from './suppliers.repository';

const SYSTEM = { id: null, username: 'system' };

/** Contracts: drafting and editing by the buyer, the review workflow of 综合管理处, revisions, expiry. */
@Injectable()
export class ContractsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: SuppliersRepository,
    private readonly audit: AuditService,
  ) {}

  async list(user: RequestUser, query: ContractQueryDto): Promise<Page<ContractResponse>> {
    await this.expireDue();
    const window = pageWindow(query);
    const today = chinaDay();
    const [rows, total] = await this.repo.findContractsPage(
      {
        status: query.status,
        kind: query.kind,
        supplierId: query.supplierId,
        q: query.q,
        createdById: query.mine ? user.id : undefined,
        endingBetween: query.expiringWithinDays !== undefined ? [today, addDays(today, query.expiringWithinDays)] : undefined,
      },
      window,
    );
    const [clauses, names, coverage] = await Promise.all([
      this.repo.findClauses(rows.map((r) => r.id)),
      this.repo.findDisplayNames(rows.map((r) => r.createdBy)),
      this.coverage(rows),
    ]);
    return toPage(rows, total, window, (c) =>
      toContractResponse(c, { clauses: clauses.filter((x) => x.contractId === c.id), ...coverage(c) }, user, names, today),
    );
  }

  async get(user: RequestUser, id: number): Promise<ContractResponse> {
    await this.expireDue();
    return this.detail(user, id);
  }

  private async detail(user: RequestUser, id: number, em?: EntityManager): Promise<ContractResponse> {
    const contract = await this.repo.findContract(id, em);
    if (!contract) throw contractNotFound(id);
    const [clauses, events, attachments] = await Promise.all([
      this.repo.findClauses([id], em),
      this.repo.findEvents(id, em),
      this.repo.findAttachments(id, em),
    ]);
    const names = await this.repo.findDisplayNames([contract.createdBy, ...attachments.map((a) => a.uploadedBy)], em);
    const coverage = await this.coverage([contract], em);
    return toContractResponse(contract, { clauses, events, attachments, ...coverage(contract) }, user, names);
  }

  /**
   * What each contract covers (resolved stores) and which other contracts of the same supplier and kind overlap it
   * in term and stores: one query for the stores, one for the candidates.
   */
  private async coverage(
    contracts: ContractEntity[],
    em?: EntityManager,
  ): Promise<(c: ContractEntity) => { stores: number[]; overlaps: ContractOverlap[] }> {
    if (!contracts.length) return () => ({ stores: [], overlaps: [] });
    const [stores, candidates] = await Promise.all([
      this.repo.findStoreRegions(em),
      this.repo.findOverlapCandidates(
        contracts.map((c) => c.supplierId),
        em,
      ),
    ]);
    const regions: StoreRegion[] = stores.map((s) => ({ id: s.id, regionId: s.regionId }));
    const asCandidate = (c: ContractEntity) => ({
      id: c.id,
      number: c.number,
      supplierId: c.supplierId,
      kind: c.kind,
      status: c.status,
      startDate: c.startDate,
      endDate: c.endDate,
      stores: new Set(resolveContractStores(c, regions)),
    });
    const others = candidates.map(asCandidate);
    return (c) => {
      const self = asCandidate(c);
      return { stores: [...self.stores].sort((a, b) => a - b), overlaps: overlappingContracts(self, others) };
    };
  }

  create(user: RequestUser, dto: CreateContractDto): Promise<ContractResponse> {
    return runInTransaction(this.db, async (em) => {
      await this.checkReferences(em, dto.supplierId, dto.storeIds);
      checkTerm(dto.startDate, dto.endDate);
      const scope = await this.checkScope(em, dto.storeScope ?? 'stores', dto.regionId ?? null, dto.storeIds);
      const prefix = `HT${dto.startDate.slice(0, 4)}`;
      const sequence = (await this.repo.countContractNumbersWithPrefix(prefix, em)) + 1;
      const now = clock.now();
      const saved = await em.save(
        em.create(ContractEntity, {
          number: `${prefix}${String(sequence).padStart(4, '0')}`,
          supplierId: dto.supplierId,
          kind: dto.kind,
          title: dto.title,
          startDate: dto.startDate,
          endDate: dto.endDate,
          paymentDays: dto.paymentDays,
          rebateRate: dto.rebateRate,
          amount: dto.amount,
          ...scope,
          status: 'draft',
          revision: 1,
          returnCount: 0,
          createdById: user.id,
          createdBy: user.username,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.writeClauses(em, saved.id, dto.clauses);
      await em.insert(ContractEventEntity, {
        contractId: saved.id,
        action: 'create',
        fromStatus: null,
        toStatus: 'draft',
        by: user.username,
        byName: user.displayName || user.username,
        at: now,
        comment: null,
        revision: 1,
        checklist: null,
      });
      const response = await this.detail(user, saved.id, em);
      await this.audit.record(em, actorOf(user), 'create', 'contract', saved.id, null, response);
      return response;
    });
  }

  /** The drafting buyer edits a draft or a returned contract; a stale version gets 409 and changes nothing. */
  update(user: RequestUser, id: number, dto: UpdateContractDto): Promise<ContractResponse> {
    return runInTransaction(this.db, async (em) => {
      const contract = await this.repo.findContract(id, em);
      if (!contract) throw contractNotFound(id);
      if (contract.createdById !== user.id) throw codedError(403, 'contract.only_drafter_edits');
      if (!EDITABLE_CONTRACT_STATUSES.includes(contract.status)) {
        throw invalidField(
          'status',
          'contract.not_editable',
          { status: contract.status, editable: EDITABLE_CONTRACT_STATUSES.join(',') },
          409,
        );
      }
      if (dto.version !== contract.version) throw staleVersion(dto.version, contract.version);
      const before = await this.detail(user, id, em);
      const { version, clauses, storeScope, regionId, storeIds, ...fields } = dto;
      await this.checkReferences(em, fields.supplierId ?? contract.supplierId, storeIds ?? []);
      checkTerm(fields.startDate ?? contract.startDate, fields.endDate ?? contract.endDate);
      const nextScope = storeScope ?? contract.storeScope;
      const scope = await this.checkScope(
        em,
        nextScope,
        regionId !== undefined ? regionId : nextScope === 'region' ? contract.regionId : null,
        storeIds ?? (nextScope === 'stores' ? contract.storeIds : []),
      );
      const patch = { ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), ...scope };
      const result = await em.update(ContractEntity, { id, version }, { ...patch, updatedAt: clock.now(), version: version + 1 });
      if (!result.affected) throw staleVersion(version, (await this.repo.findContract(id, em))?.version ?? version);
      if (clauses) {
        await em.delete(ContractClauseEntity, { contractId: id });
        await this.writeClauses(em, id, clauses);
      }
      const after = await this.detail(user, id, em);
      await this.audit.record(em, actorOf(user), 'update', 'contract', id, before, after);
      return after;
    });
  }

  /**
   * One step of the workflow. Refusals change nothing: 403 for a role that never takes the action (or another
   * buyer's contract), 409 for the wrong state, naming the actions the state allows.
   */
  async transition(user: RequestUser, id: number, dto: ContractTransitionDto): Promise<ContractResponse> {
    await this.expireDue();
    return runInTransaction(this.db, async (em) => {
      const contract = await this.repo.findContract(id, em);
      if (!contract) throw contractNotFound(id);
      const decision = decideContractTransition(contract.status, dto.action, user.role);
      if (!decision.ok) {
        const refusal = decision as TransitionRefusal;
        const allowed = allowedContractActions(contract.status).join(', ');
        throw codedError(refusal.status, refusal.code, refusal.params, [
          coded('contract.allowed_from', { status: contract.status, allowed }, { field: 'action' }),
        ]);
      }
      if (dto.action === 'submit' && contract.createdById !== user.id) throw codedError(403, 'contract.only_drafter_submits');
      if (dto.version !== undefined && dto.version !== contract.version) throw staleVersion(dto.version, contract.version);
      if (decision.commentRequired && !dto.comment) throw invalidField('comment', 'contract.comment_required', { action: dto.action });
      const before = await this.detail(user, id, em);
      if (dto.action === 'approve' && dto.checklist) {
        const missing = REVIEW_CHECKLIST.filter((k) => dto.checklist?.[k] !== true);
        if (missing.length)
          throw codedError(
            400,
            'request.invalid',
            {},
            missing.map((k) => coded('contract.checklist_unchecked', {}, { field: `checklist.${k}` })),
          );
        if (before.overlaps.length && dto.checklist.overlapsReviewed !== true) {
          const numbers = before.overlaps.map((o) => o.number).join('、');
          throw invalidField('checklist.overlapsReviewed', 'contract.overlaps_not_reviewed', { contracts: numbers });
        }
      }
      const signing = dto.action === 'sign' ? await this.checkSigning(em, contract, dto) : {};
      if (dto.action !== 'sign') {
        const stray = (['signedAt', 'signatory', 'scanAttachmentId'] as const).filter((f) => dto[f] !== undefined);
        if (stray.length)
          throw codedError(
            400,
            'request.invalid',
            {},
            stray.map((f) => coded('contract.only_with_sign', { action: dto.action }, { field: f })),
          );
      }
      const now = clock.now();
      const revision = dto.action === 'submit' && contract.status === 'returned' ? contract.revision + 1 : contract.revision;
      const result = await em.update(
        ContractEntity,
        { id, version: contract.version },
        {
          status: decision.to,
          revision,
          returnCount: contract.returnCount + (dto.action === 'return' ? 1 : 0),
          ...signing,
          updatedAt: now,
          version: contract.version + 1,
        },
      );
      if (!result.affected) throw staleVersion(contract.version, contract.version + 1);
      if (dto.action === 'submit') {
        const clauses = await this.repo.findClauses([id], em);
        await em.insert(ContractRevisionEntity, {
          contractId: id,
          revision,
          snapshot: toSnapshot(contract, clauses),
          submittedBy: user.username,
          submittedAt: now,
        });
      }
      await em.insert(ContractEventEntity, {
        contractId: id,
        action: dto.action,
        fromStatus: contract.status,
        toStatus: decision.to,
        by: user.username,
        byName: user.displayName || user.username,
        at: now,
        comment: dto.comment || null,
        revision,
        checklist: dto.checklist ? { ...dto.checklist } : null,
      });
      const after = await this.detail(user, id, em);
      await this.audit.record(
        em,
        actorOf(user),
        'update',
        'contract',
        id,
        { status: before.status, version: before.version },
        { status: after.status, version: after.version, action: dto.action, comment: dto.comment ?? null },
      );
      return after;
    });
  }

  async revisions(id: number): Promise<ContractRevisionResponse[]> {
    if (!(await this.repo.findContract(id))) throw contractNotFound(id);
    const rows = await this.repo.findRevisions(id);
    const names = await this.repo.findDisplayNames(rows.map((r) => r.submittedBy));
    return rows.map((r, i) => ({
      revision: r.revision,
      submittedBy: r.submittedBy,
      submittedByName: nameOf(names, r.submittedBy),
      submittedAt: new Date(r.submittedAt).toISOString(),
      snapshot: r.snapshot,
      changes: i === 0 ? [] : diffContractSnapshots(rows[i - 1].snapshot, r.snapshot),
    }));
  }

  /** 到期: signed or archived contracts past their end date expire, on the timeline as done by the system. */
  async expireDue(today = chinaDay()): Promise<number> {
    const due = await this.repo.findDueToExpire(today);
    if (!due.length) return 0;
    return runInTransaction(this.db, async (em) => {
      let expired = 0;
      for (const c of due) {
        const now = clock.now();
        const result = await em.update(
          ContractEntity,
          { id: c.id, version: c.version, status: In([...IN_FORCE_CONTRACT_STATUSES]) },
          { status: 'expired', updatedAt: now, version: c.version + 1 },
        );
        if (!result.affected) continue;
        await em.insert(ContractEventEntity, {
          contractId: c.id,
          action: 'expire',
          fromStatus: c.status,
          toStatus: 'expired',
          by: 'system',
          byName: '系统',
          at: now,
          comment: `end date ${c.endDate} passed`,
          revision: c.revision,
          checklist: null,
        });
        await this.audit.record(em, SYSTEM, 'update', 'contract', c.id, { status: c.status }, { status: 'expired' });
        expired++;
      }
      return expired;
    });
  }

  /** For attachments: the contract, and whether the caller may add to it now. */
  async assertCanAttach(user: RequestUser, id: number): Promise<ContractEntity> {
    const contract = await this.repo.findContract(id);
    if (!contract) throw contractNotFound(id);
    if (user.role === Role.Buyer && !canEditContract(contract, user)) {
      throw invalidField('status', 'contract.attach_not_editable', { editable: EDITABLE_CONTRACT_STATUSES.join(',') }, 409);
    }
    if (contract.status === 'terminated') throw invalidField('status', 'contract.attach_terminated', {}, 409);
    return contract;
  }

  private async writeClauses(em: EntityManager, contractId: number, clauses: Array<{ text: string; commitment: string }>): Promise<void> {
    await em.insert(
      ContractClauseEntity,
      clauses.map((c, i) => ({ contractId, position: i + 1, text: c.text, commitment: c.commitment })),
    );
  }

  /**
   * 登记签订: the day (not after today), who signed for the supplier, and the stamped scan, which must be one of this
   * contract's attachments (uploaded through the attachments route, so checked by content). Each missing field is named.
   */
  private async checkSigning(
    em: EntityManager,
    contract: ContractEntity,
    dto: ContractTransitionDto,
  ): Promise<{ signedAt: string; signatory: string; scanAttachmentId: number }> {
    const missing = (['signedAt', 'signatory', 'scanAttachmentId'] as const).filter((f) => dto[f] === undefined || dto[f] === '');
    if (missing.length)
      throw codedError(
        400,
        'request.invalid',
        {},
        missing.map((f) => coded('contract.sign_field_required', { field: f }, { field: f })),
      );
    const { signedAt, signatory, scanAttachmentId } = dto as Required<
      Pick<ContractTransitionDto, 'signedAt' | 'signatory' | 'scanAttachmentId'>
    >;
    const today = chinaDay();
    if (signedAt > today) throw invalidField('signedAt', 'contract.signed_in_future', { value: signedAt, today });
    if (!(await em.existsBy(ContractAttachmentEntity, { id: scanAttachmentId, contractId: contract.id })))
      throw invalidField('scanAttachmentId', 'contract.scan_not_attachment', { value: scanAttachmentId, contract: contract.number });
    return { signedAt, signatory, scanAttachmentId };
  }

  /** all: no region, no chosen stores; region: an existing region; stores: the chosen ones (unique, sorted). */
  private async checkScope(
    em: EntityManager,
    storeScope: ContractStoreScope,
    regionId: number | null,
    storeIds: number[],
  ): Promise<{ storeScope: ContractStoreScope; regionId: number | null; storeIds: number[] }> {
    if (storeScope === 'region') {
      if (regionId === null) throw invalidField('regionId', 'contract.region_required');
      if (!(await this.repo.regionExists(regionId, em))) throw invalidField('regionId', 'region.missing', { id: regionId });
      return { storeScope, regionId, storeIds: [] };
    }
    if (regionId !== null) throw invalidField('regionId', 'contract.only_with_region');
    return { storeScope, regionId: null, storeIds: storeScope === 'all' ? [] : uniqueSorted(storeIds) };
  }

  private async checkReferences(em: EntityManager, supplierId: number, storeIds: number[]): Promise<void> {
    const supplier = await em.findOneBy(SupplierEntity, { id: supplierId });
    if (!supplier) throw invalidField('supplierId', 'supplier.missing', { id: supplierId });
    if (supplier.status === 'eliminated') throw invalidField('supplierId', 'supplier.eliminated', { code: supplier.code });
    const unique = uniqueSorted(storeIds);
    if (unique.length) {
      const missing = await this.repo.findMissingStores(unique, em);
      if (missing.length) throw invalidField('storeIds', 'stores.missing', { ids: missing.join(', ') });
    }
  }
}

function checkTerm(startDate: string, endDate: string): void {
  if (endDate < startDate) throw invalidField('endDate', 'contract.end_before_start', { start: startDate });
}

/** 404 for a contract id that names none. */
export function contractNotFound(id: number) {
  return codedError(404, 'contract.not_found', { id });
}

function uniqueSorted(ids: number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}
