import { chinaDay, RequestUser } from '@storeops/api/core';
import {
  allowedContractActions,
  ClauseCheckResponse,
  ContractAttachmentResponse,
  ContractClauseResponse,
  ContractOverlap,
  ContractResponse,
  ContractReturnNote,
  ContractSnapshot,
  ContractTimelineEntry,
  daysBetween,
  EDITABLE_CONTRACT_STATUSES,
  isRenewalDue,
  licenceAlert,
  LicenceResponse,
  Role,
  SupplierResponse,
} from '@storeops/shared/contracts';
import {
  ClauseCheckEntity,
  ContractAttachmentEntity,
  ContractClauseEntity,
  ContractEntity,
  ContractEventEntity,
  LicenceEntity,
  SupplierEntity,
} from './entities';

export function written<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} vanished inside its own transaction`);
  return value;
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** Display names by username (from app_user), looked up once per response by the repository's findDisplayNames. */
export type Names = ReadonlyMap<string, string>;

/** The display name of `username`: the user's name, 系统 for the system, the username itself when unknown. */
export function nameOf(names: Names, username: string): string;
export function nameOf(names: Names, username: string | null): string | null;
export function nameOf(names: Names, username: string | null): string | null {
  if (username === null) return null;
  if (username === 'system') return names.get(username) || '系统';
  return names.get(username) || username;
}

/** Per supplier: current licences that have expired, and live contracts (see SuppliersRepository.supplierFlags). */
export type SupplierFlags = ReadonlyMap<number, { expired: number; live: number }>;

export function toSupplierResponse(s: SupplierEntity, names: Names, flags: SupplierFlags = new Map()): SupplierResponse {
  const flag = flags.get(s.id) ?? { expired: 0, live: 0 };
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    creditCode: s.creditCode,
    categoryIds: s.categoryIds,
    contacts: s.contacts,
    status: s.status,
    statusReason: s.statusReason,
    statusChangedBy: s.statusChangedBy,
    statusChangedByName: nameOf(names, s.statusChangedBy),
    statusChangedAt: s.statusChangedAt ? iso(s.statusChangedAt) : null,
    version: s.version,
    expiredLicences: flag.expired,
    liveContracts: flag.live,
    licenceFlag: flag.expired > 0 && flag.live > 0,
  };
}

export function toClauseResponse(c: ContractClauseEntity): ContractClauseResponse {
  return { id: c.id, position: c.position, text: c.text, commitment: c.commitment };
}

export function toTimelineEntry(e: ContractEventEntity): ContractTimelineEntry {
  return {
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    by: e.by,
    byName: e.byName,
    at: iso(e.at),
    comment: e.comment,
    revision: e.revision,
    checklist: e.checklist,
  };
}

export function toAttachmentResponse(a: ContractAttachmentEntity, names: Names): ContractAttachmentResponse {
  return {
    id: a.id,
    fileName: a.fileName,
    mimeType: a.mimeType,
    bytes: a.bytes,
    uploadedBy: a.uploadedBy,
    uploadedByName: nameOf(names, a.uploadedBy),
    uploadedAt: iso(a.uploadedAt),
  };
}

export interface ContractParts {
  clauses: ContractClauseEntity[];
  events?: ContractEventEntity[];
  attachments?: ContractAttachmentEntity[];
  /** The stores covered, resolved from the scope (see resolveContractStores). */
  stores: number[];
  overlaps: ContractOverlap[];
}

/** Store id and region: enough to resolve what an 'all' or 'region' contract covers. */
export interface StoreRegion {
  id: number;
  regionId: number | null;
}

/** The stores a contract covers now: every store, the region's, or the chosen ones. */
export function resolveContractStores(
  c: Pick<ContractEntity, 'storeScope' | 'regionId' | 'storeIds'>,
  stores: readonly StoreRegion[],
): number[] {
  if (c.storeScope === 'all') return stores.map((s) => s.id);
  if (c.storeScope === 'region') return stores.filter((s) => s.regionId !== null && s.regionId === c.regionId).map((s) => s.id);
  return [...c.storeIds];
}

/** The latest 退回 while the contract is returned or resubmitted after it (approval clears it). */
function lastReturnOf(c: ContractEntity, events: ContractEventEntity[]): ContractReturnNote | null {
  if (c.status !== 'returned' && c.status !== 'submitted') return null;
  const last = [...events].sort((a, b) => b.id - a.id).find((e) => e.action === 'return');
  if (!last) return null;
  return { comment: last.comment, by: last.by, byName: last.byName, at: iso(last.at), revision: last.revision };
}

/** The actions the caller may take now: the workflow's, narrowed to the contract's own buyer for submit. */
function actionsFor(c: ContractEntity, user: RequestUser | null) {
  if (!user) return [];
  return allowedContractActions(c.status, user.role).filter((a) => a !== 'submit' || c.createdById === user.id);
}

export function toContractResponse(
  c: ContractEntity,
  parts: ContractParts,
  user: RequestUser | null,
  names: Names,
  today = chinaDay(),
): ContractResponse {
  const response: ContractResponse = {
    id: c.id,
    number: c.number,
    supplierId: c.supplierId,
    supplierCode: c.supplier?.code ?? '',
    supplierName: c.supplier?.name ?? '',
    kind: c.kind,
    title: c.title,
    startDate: c.startDate,
    endDate: c.endDate,
    paymentDays: c.paymentDays,
    rebateRate: Number(c.rebateRate),
    amount: c.amount,
    storeScope: c.storeScope,
    regionId: c.regionId,
    storeIds: parts.stores,
    clauses: [...parts.clauses].sort((a, b) => a.position - b.position).map(toClauseResponse),
    status: c.status,
    revision: c.revision,
    returnCount: c.returnCount,
    createdBy: c.createdBy,
    createdByName: nameOf(names, c.createdBy),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    version: c.version,
    daysToEnd: daysBetween(today, c.endDate),
    renewalDue: isRenewalDue(c.status, c.endDate, today),
    allowedActions: actionsFor(c, user),
    overlaps: parts.overlaps,
    signedAt: c.signedAt,
    signatory: c.signatory,
    scanAttachmentId: c.scanAttachmentId,
  };
  if (parts.events) {
    response.lastReturn = lastReturnOf(c, parts.events);
  }
  if (parts.events) response.timeline = [...parts.events].sort((a, b) => a.id - b.id).map(toTimelineEntry);
  if (parts.attachments) response.attachments = parts.attachments.map((a) => toAttachmentResponse(a, names));
  return response;
}

export function canEditContract(c: ContractEntity, user: RequestUser): boolean {
  return EDITABLE_CONTRACT_STATUSES.includes(c.status) && c.createdById === user.id;
}

export function toSnapshot(c: ContractEntity, clauses: ContractClauseEntity[]): ContractSnapshot {
  return {
    supplierId: c.supplierId,
    kind: c.kind,
    title: c.title,
    startDate: c.startDate,
    endDate: c.endDate,
    paymentDays: c.paymentDays,
    rebateRate: Number(c.rebateRate),
    amount: c.amount ?? 0,
    storeScope: c.storeScope,
    regionId: c.regionId,
    storeIds: [...c.storeIds],
    clauses: [...clauses].sort((a, b) => a.position - b.position).map((x) => ({ text: x.text, commitment: x.commitment })),
  };
}

export function toLicenceResponse(l: LicenceEntity, names: Names, today = chinaDay()): LicenceResponse {
  return {
    id: l.id,
    ownerKind: l.ownerKind,
    supplierId: l.supplierId,
    storeId: l.storeId,
    ownerName: l.ownerKind === 'supplier' ? (l.supplier?.name ?? '') : (l.store?.name ?? ''),
    type: l.type,
    number: l.number,
    validFrom: l.validFrom,
    validTo: l.validTo,
    daysLeft: daysBetween(today, l.validTo),
    // A renewed licence is history: it no longer alerts.
    alert: l.replacedById === null ? licenceAlert(l.validTo, today) : null,
    createdBy: l.createdBy,
    createdByName: nameOf(names, l.createdBy),
    hasFile: l.fileStoredName !== null,
    fileName: l.fileName,
    fileBytes: l.fileBytes,
    fileUploadedBy: l.fileUploadedBy,
    fileUploadedByName: nameOf(names, l.fileUploadedBy),
    fileUploadedAt: l.fileUploadedAt ? iso(l.fileUploadedAt) : null,
    replacedById: l.replacedById,
    replacedAt: l.replacedAt ? iso(l.replacedAt) : null,
    replacesId: l.replacesId,
  };
}

/** An open follow-up is closed by its owner or by 综合管理处. */
export function canCloseFollowUp(c: ClauseCheckEntity, user: RequestUser | null): boolean {
  return !!user && c.followUpStatus === 'open' && (user.role === Role.AdminOffice || c.followUpOwnerId === user.id);
}

export function toClauseCheckResponse(c: ClauseCheckEntity, user: RequestUser | null, names: Names): ClauseCheckResponse {
  return {
    id: c.id,
    contractId: c.contractId,
    clauseId: c.clauseId,
    clauseText: c.clause ? `${c.clause.text} (${c.clause.commitment})` : '',
    period: c.period,
    result: c.result,
    evidence: c.evidence,
    note: c.note,
    checkedBy: c.checkedBy,
    checkedByName: nameOf(names, c.checkedBy),
    checkedAt: iso(c.checkedAt),
    followUpOwnerId: c.followUpOwnerId,
    followUpOwnerName: c.followUpOwner ? c.followUpOwner.displayName || c.followUpOwner.username : null,
    followUpStatus: c.followUpStatus,
    followUpClosedBy: c.followUpClosedBy,
    followUpClosedByName: nameOf(names, c.followUpClosedBy),
    followUpClosedAt: c.followUpClosedAt ? iso(c.followUpClosedAt) : null,
    followUpCloseNote: c.followUpCloseNote,
    followUpClosable: canCloseFollowUp(c, user),
  };
}
