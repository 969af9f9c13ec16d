import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import {
  chinaDay,
  clock,
  codedError,
  DetailedError,
  invalidField,
  limitValue,
  MB,
  pageWindow,
  RequestUser,
  runInTransaction,
  safeFileName,
  sniffDocument,
  toPage,
} from '@storeops/api/core';
import { addDays, ClauseCheckResponse, ContractAttachmentResponse, LicenceResponse, Page, Role } from '@storeops/shared/contracts';
import { contractNotFound, ContractsService } from './contracts.service';
import { CloseFollowUpDto, CreateClauseCheckDto, CreateLicenceDto, LicenceQueryDto, RenewLicenceDto } from './dto/contract.dto';
import { ClauseCheckEntity, ContractAttachmentEntity, ContractClauseEntity, LicenceEntity, SupplierEntity } from './entities';
import { toAttachmentResponse, toClauseCheckResponse, toLicenceResponse, written } from './mappers';
import { SuppliersRepository } from './suppliers.repository';

/** Uploads over this size get 413 (multer's limit, set on the route). */
export const MAX_ATTACHMENT_BYTES = limitValue('attachmentMaxMb') * MB;

export function contractFileDir(): string {
  return resolve(process.env['CONTRACT_FILE_DIR'] || 'data/contract-files');
}

export type UploadedDocument = { buffer: Buffer; originalname?: string } | undefined;

interface StoredDocument {
  fileName: string;
  storedName: string;
  mimeType: string;
  bytes: number;
}

/** 400 without a file. */
function requireDocument(file: UploadedDocument): { buffer: Buffer; originalname?: string } {
  if (!file?.buffer?.length) throw invalidField('file', 'contract.file_required');
  return file;
}

/** 415 unless the content is PDF, JPEG or PNG: checked before anything is written. */
function checkDocument(file: { buffer: Buffer; originalname?: string }): {
  buffer: Buffer;
  originalname?: string;
  mimeType: string;
  extension: string;
} {
  const kind = sniffDocument(file.buffer);
  if (!kind) throw codedError(415, 'contract.file_type');
  return { ...file, ...kind };
}

/** Writes a checked document under a random name in CONTRACT_FILE_DIR. */
async function storeDocument(file: ReturnType<typeof checkDocument>, fallbackName: string): Promise<StoredDocument> {
  const storedName = `${randomUUID()}.${file.extension}`;
  const dir = contractFileDir();
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, storedName), file.buffer, { flag: 'wx' });
  // Multer hands the name over as latin1; browsers send UTF-8.
  const fileName = safeFileName(Buffer.from(file.originalname ?? `${fallbackName}.${file.extension}`, 'latin1').toString('utf8'), 200);
  return { fileName, storedName, mimeType: file.mimeType, bytes: file.buffer.length };
}

/** Licences, clause execution checks and contract attachments: the records 综合管理处 keeps around contracts. */
@Injectable()
export class RecordsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: SuppliersRepository,
    private readonly contracts: ContractsService,
    private readonly audit: AuditService,
  ) {}

  async licences(query: LicenceQueryDto): Promise<Page<LicenceResponse>> {
    const window = pageWindow(query);
    const today = chinaDay();
    const [rows, total] = await this.repo.findLicencesPage(
      {
        validToAtMost: query.expiringWithinDays !== undefined ? addDays(today, query.expiringWithinDays) : undefined,
        supplierId: query.supplierId,
        ownerKind: query.ownerKind,
        history: query.history,
      },
      window,
    );
    const names = await this.repo.findDisplayNames(rows.flatMap((l) => [l.createdBy, l.fileUploadedBy]));
    return toPage(rows, total, window, (l) => toLicenceResponse(l, names, today));
  }

  createLicence(user: RequestUser, dto: CreateLicenceDto): Promise<LicenceResponse> {
    return runInTransaction(this.db, async (em) => {
      if (dto.validTo < dto.validFrom) throw invalidField('validTo', 'licence.before_valid_from', { value: dto.validFrom });
      if (dto.ownerKind === 'supplier') {
        if (dto.supplierId === undefined || dto.storeId !== undefined) throw invalidField('supplierId', 'licence.supplier_owner');
        if (!(await em.existsBy(SupplierEntity, { id: dto.supplierId })))
          throw invalidField('supplierId', 'supplier.missing', { id: dto.supplierId });
      } else {
        if (dto.storeId === undefined || dto.supplierId !== undefined) throw invalidField('storeId', 'licence.store_owner');
        if ((await this.repo.findMissingStores([dto.storeId], em)).length)
          throw invalidField('storeId', 'store.missing', { id: dto.storeId });
      }
      const saved = await em.save(
        em.create(LicenceEntity, {
          ownerKind: dto.ownerKind,
          supplierId: dto.supplierId ?? null,
          storeId: dto.storeId ?? null,
          type: dto.type,
          number: dto.number,
          validFrom: dto.validFrom,
          validTo: dto.validTo,
          createdBy: user.username,
          createdAt: clock.now(),
        }),
      );
      const response = await this.licenceResponse(written(await this.repo.findLicence(saved.id, em), 'licence'), em);
      await this.audit.record(em, actorOf(user), 'create', 'licence', saved.id, null, response);
      return response;
    });
  }

  /**
   * 换证: a new licence of the same owner and type, valid past the old one, replaces it; the old one stays as history
   * (replacedById, no longer alerting) and the new one names it (replacesId). A licence is renewed once.
   */
  renewLicence(user: RequestUser, id: number, dto: RenewLicenceDto): Promise<LicenceResponse> {
    return runInTransaction(this.db, async (em) => {
      const old = await this.repo.findLicence(id, em);
      if (!old) throw codedError(404, 'licence.not_found', { id });
      if (old.replacedById !== null) throw invalidField('id', 'licence.already_renewed', { by: old.replacedById }, 409);
      if (dto.validTo < dto.validFrom) throw invalidField('validTo', 'licence.before_valid_from', { value: dto.validFrom });
      if (dto.validTo <= old.validTo) throw invalidField('validTo', 'licence.not_after_old', { value: old.validTo });
      const before = await this.licenceResponse(old, em);
      const now = clock.now();
      const saved = await em.save(
        em.create(LicenceEntity, {
          ownerKind: old.ownerKind,
          supplierId: old.supplierId,
          storeId: old.storeId,
          type: old.type,
          number: dto.number,
          validFrom: dto.validFrom,
          validTo: dto.validTo,
          createdBy: user.username,
          createdAt: now,
          replacesId: old.id,
        }),
      );
      const result = await em.update(
        LicenceEntity,
        { id, replacedById: IsNull() },
        { replacedById: saved.id, replacedAt: now, replacedBy: user.username },
      );
      if (!result.affected) throw invalidField('id', 'licence.already_renewed', {}, 409);
      const response = await this.licenceResponse(written(await this.repo.findLicence(saved.id, em), 'licence'), em);
      await this.audit.record(em, actorOf(user), 'create', 'licence', saved.id, null, response);
      await this.audit.record(
        em,
        actorOf(user),
        'update',
        'licence',
        id,
        before,
        await this.licenceResponse(written(await this.repo.findLicence(id, em), 'licence'), em),
      );
      return response;
    });
  }

  async clauseChecks(user: RequestUser, contractId: number): Promise<ClauseCheckResponse[]> {
    if (!(await this.repo.findContract(contractId))) throw contractNotFound(contractId);
    const checks = await this.repo.findClauseChecks(contractId);
    const names = await this.repo.findDisplayNames(checks.flatMap((c) => [c.checkedBy, c.followUpClosedBy]));
    return checks.map((c) => toClauseCheckResponse(c, user, names));
  }

  /** A result per clause and period on a contract that is or was in force; a breach opens a follow-up. */
  async createClauseCheck(user: RequestUser, contractId: number, dto: CreateClauseCheckDto): Promise<ClauseCheckResponse> {
    await this.contracts.expireDue();
    return runInTransaction(this.db, async (em) => {
      const contract = await this.repo.findContract(contractId, em);
      if (!contract) throw contractNotFound(contractId);
      if (!['signed', 'archived', 'expired'].includes(contract.status)) {
        throw invalidField('status', 'contract.clause_check_status', { status: contract.status }, 409);
      }
      const clause = await em.findOneBy(ContractClauseEntity, { id: dto.clauseId, contractId });
      if (!clause) throw invalidField('clauseId', 'contract.clause_not_found', { clauseId: dto.clauseId, contract: contract.number });
      if (dto.period > chinaDay().slice(0, 7)) throw invalidField('period', 'contract.period_not_started', { period: dto.period });
      if (dto.period < contract.startDate.slice(0, 7) || dto.period > contract.endDate.slice(0, 7)) {
        throw invalidField('period', 'contract.period_outside_term', {
          period: dto.period,
          start: contract.startDate,
          end: contract.endDate,
        });
      }
      if (await em.existsBy(ClauseCheckEntity, { clauseId: dto.clauseId, period: dto.period })) {
        throw invalidField('period', 'contract.clause_checked', { clauseId: dto.clauseId, period: dto.period }, 409);
      }
      let ownerId: number | null = null;
      if (dto.result === 'breached') {
        ownerId = dto.followUpOwnerId ?? contract.createdById;
        if (!(await this.repo.activeUserExists(ownerId, em)))
          throw invalidField('followUpOwnerId', 'contract.follow_up_owner_invalid', { userId: ownerId });
      } else if (dto.followUpOwnerId !== undefined) {
        throw invalidField('followUpOwnerId', 'contract.follow_up_only_breach');
      }
      if (dto.result !== 'met' && !dto.note) throw invalidField('note', 'contract.note_required', { result: dto.result });
      const saved = await em.save(
        em.create(ClauseCheckEntity, {
          contractId,
          clauseId: dto.clauseId,
          supplierId: contract.supplierId,
          period: dto.period,
          result: dto.result,
          evidence: dto.evidence || null,
          note: dto.note || null,
          checkedBy: user.username,
          checkedAt: clock.now(),
          followUpOwnerId: ownerId,
          followUpStatus: ownerId === null ? null : 'open',
        }),
      );
      const response = await this.checkResponse(written(await this.repo.findClauseCheck(saved.id, em), 'clause check'), user, em);
      await this.audit.record(em, actorOf(user), 'create', 'clause_check', saved.id, null, response);
      return response;
    });
  }

  async attach(user: RequestUser, contractId: number, file: UploadedDocument): Promise<ContractAttachmentResponse> {
    const upload = requireDocument(file);
    await this.contracts.assertCanAttach(user, contractId);
    const stored = await storeDocument(checkDocument(upload), 'attachment');
    return runInTransaction(this.db, async (em) => {
      const saved = await em.save(
        em.create(ContractAttachmentEntity, { contractId, ...stored, uploadedBy: user.username, uploadedAt: clock.now() }),
      );
      const response = toAttachmentResponse(saved, await this.repo.findDisplayNames([saved.uploadedBy], em));
      await this.audit.record(em, actorOf(user), 'create', 'contract_attachment', saved.id, null, response);
      return response;
    });
  }

  async openAttachment(contractId: number, id: number): Promise<{ path: string; mimeType: string; fileName: string }> {
    const attachment = await this.repo.findAttachment(contractId, id);
    if (!attachment) throw codedError(404, 'contract.attachment_not_found', { id, contract: contractId });
    return { path: join(contractFileDir(), attachment.storedName), mimeType: attachment.mimeType, fileName: attachment.fileName };
  }

  /** The scanned licence (PDF, JPEG or PNG by content): a new scan replaces the previous one (whose file stays on disk). */
  async attachLicenceFile(user: RequestUser, id: number, file: UploadedDocument): Promise<LicenceResponse> {
    const upload = requireDocument(file);
    if (!(await this.repo.findLicence(id))) throw codedError(404, 'licence.not_found', { id });
    const stored = await storeDocument(checkDocument(upload), 'licence');
    return runInTransaction(this.db, async (em) => {
      const licence = await this.repo.findLicence(id, em);
      if (!licence) throw codedError(404, 'licence.not_found', { id });
      const before = await this.licenceResponse(licence, em);
      await em.update(
        LicenceEntity,
        { id },
        {
          fileName: stored.fileName,
          fileStoredName: stored.storedName,
          fileMimeType: stored.mimeType,
          fileBytes: stored.bytes,
          fileUploadedBy: user.username,
          fileUploadedAt: clock.now(),
        },
      );
      const response = await this.licenceResponse(written(await this.repo.findLicence(id, em), 'licence'), em);
      await this.audit.record(em, actorOf(user), 'update', 'licence', id, before, response);
      return response;
    });
  }

  async openLicenceFile(id: number): Promise<{ path: string; mimeType: string; fileName: string }> {
    const licence = await this.repo.findLicence(id);
    if (!licence) throw codedError(404, 'licence.not_found', { id });
    if (!licence.fileStoredName || !licence.fileMimeType) throw codedError(404, 'licence.no_file', { id });
    return {
      path: join(contractFileDir(), licence.fileStoredName),
      mimeType: licence.fileMimeType,
      fileName: licence.fileName ?? licence.fileStoredName,
    };
  }

  /** The follow-up a breach opened is closed by its owner or by 综合管理处, once, with a note; who and when are kept. */
  closeFollowUp(user: RequestUser, contractId: number, checkId: number, dto: CloseFollowUpDto): Promise<ClauseCheckResponse> {
    return runInTransaction(this.db, async (em) => {
      const check = await this.repo.findClauseCheck(checkId, em);
      if (!check || check.contractId !== contractId)
        throw codedError(404, 'contract.clause_check_not_found', { id: checkId, contract: contractId });
      if (user.role !== Role.AdminOffice && check.followUpOwnerId !== user.id) {
        throw codedError(403, 'contract.follow_up_forbidden');
      }
      if (check.followUpStatus === null) throw invalidField('followUpStatus', 'contract.follow_up_none', { result: check.result }, 409);
      if (check.followUpStatus === 'closed') throw alreadyClosed(check);
      const before = await this.checkResponse(check, user, em);
      const result = await em.update(
        ClauseCheckEntity,
        { id: checkId, followUpStatus: 'open' },
        { followUpStatus: 'closed', followUpClosedBy: user.username, followUpClosedAt: clock.now(), followUpCloseNote: dto.note },
      );
      if (!result.affected) throw alreadyClosed(written(await this.repo.findClauseCheck(checkId, em), 'clause check'));
      const response = await this.checkResponse(written(await this.repo.findClauseCheck(checkId, em), 'clause check'), user, em);
      await this.audit.record(em, actorOf(user), 'update', 'clause_check', checkId, before, response);
      return response;
    });
  }

  private async licenceResponse(l: LicenceEntity, em: EntityManager): Promise<LicenceResponse> {
    return toLicenceResponse(l, await this.repo.findDisplayNames([l.createdBy, l.fileUploadedBy], em));
  }

  private async checkResponse(c: ClauseCheckEntity, user: RequestUser, em: EntityManager): Promise<ClauseCheckResponse> {
    return toClauseCheckResponse(c, user, await this.repo.findDisplayNames([c.checkedBy, c.followUpClosedBy], em));
  }
}

function alreadyClosed(check: ClauseCheckEntity): DetailedError {
  const at = check.followUpClosedAt ? new Date(check.followUpClosedAt).toISOString() : '';
  return invalidField('followUpStatus', 'contract.follow_up_closed', { by: check.followUpClosedBy ?? '', at }, 409);
}
