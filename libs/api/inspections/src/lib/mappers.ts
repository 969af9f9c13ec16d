import {
  CorrectiveActionResponse,
  InspectionResponse,
  InspectionResultResponse,
  InspectionTemplateResponse,
  ScoringTemplate,
  TemplateItem,
} from '@storeops/shared/contracts';
import {
  CorrectiveActionEntity,
  InspectionEntity,
  InspectionItemEntity,
  InspectionResultEntity,
  InspectionSectionEntity,
  InspectionTemplateEntity,
} from './entities';
import { clock } from '@storeops/api/core';

/** A section as written: items without ids (they get new ones). */
export interface SectionInput {
  title: string;
  items: ReadonlyArray<Omit<TemplateItem, 'id'>>;
}

/** A template version with its sections and items in order, as loaded by the repository. */
export interface LoadedTemplate {
  template: InspectionTemplateEntity;
  sections: Array<{ section: InspectionSectionEntity; items: InspectionItemEntity[] }>;
}

export function toTemplateItem(i: InspectionItemEntity): TemplateItem {
  return {
    id: i.id,
    title: i.title,
    kind: i.kind,
    maxPoints: i.maxPoints,
    allowNa: i.allowNa,
    critical: i.critical,
    photoOnFail: i.photoOnFail,
    dueDays: i.dueDays,
  };
}

export function toTemplateResponse(t: LoadedTemplate): InspectionTemplateResponse {
  return {
    id: t.template.id,
    code: t.template.code,
    name: t.template.name,
    version: t.template.version,
    categoryId: t.template.categoryId,
    criticalCap: Number(t.template.criticalCap),
    starThresholds: t.template.starThresholds,
    active: t.template.active,
    requireSignature: t.template.requireSignature !== false,
    requireDutyPerson: t.template.requireDutyPerson !== false,
    sections: t.sections.map((s) => ({ title: s.section.title, items: s.items.map(toTemplateItem) })),
  };
}

export function toScoringTemplate(t: LoadedTemplate): ScoringTemplate {
  return {
    criticalCap: Number(t.template.criticalCap),
    starThresholds: t.template.starThresholds,
    sections: t.sections.map((s) => ({ items: s.items.map(toTemplateItem) })),
  };
}

function iso(d: Date | string | null): string | null {
  return d === null ? null : new Date(d).toISOString();
}

function score(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}

export function toInspectionResponse(
  i: InspectionEntity,
  results?: {
    rows: InspectionResultEntity[];
    items: Map<number, { item: InspectionItemEntity; section: string }>;
    earned: (r: InspectionResultEntity) => number | null;
    failed: (r: InspectionResultEntity) => boolean;
  },
): InspectionResponse {
  const response: InspectionResponse = {
    id: i.id,
    storeId: i.storeId,
    storeCode: i.store?.code ?? '',
    storeName: i.store?.name ?? '',
    categoryId: i.categoryId,
    templateId: i.templateId,
    templateName: i.template?.name ?? '',
    templateVersion: i.templateVersion,
    inspectorId: i.inspectorId,
    inspectorName: i.inspector?.displayName ?? '',
    inspectedAt: iso(i.inspectedAt) as string,
    score: score(i.score),
    stars: i.stars,
    criticalFailed: i.criticalFailed,
    notes: i.notes,
    dutyPersonName: i.dutyPersonName,
    signaturePhotoId: i.signaturePhotoId,
    planItemId: i.planItemId,
    planPeriodStart: i.planPeriodStart,
  };
  if (results) {
    response.results = results.rows.map((r): InspectionResultResponse => {
      const meta = results.items.get(r.itemId);
      return {
        itemId: r.itemId,
        result: r.result,
        ...(r.points !== null ? { points: r.points } : {}),
        ...(r.note !== null ? { note: r.note } : {}),
        photoIds: r.photoIds,
        title: meta?.item.title ?? '',
        section: meta?.section ?? '',
        maxPoints: meta?.item.maxPoints ?? 0,
        critical: meta?.item.critical ?? false,
        earned: results.earned(r),
        failed: results.failed(r),
      };
    });
  }
  return response;
}

/**
 * An action as its card shows it; `result` is the inspection's answer for the failed item (note and photos), when
 * loaded (findResultsOf).
 */
export function toCorrectiveActionResponse(
  a: CorrectiveActionEntity,
  now = clock.now(),
  result?: Pick<InspectionResultEntity, 'note' | 'photoIds'> | null,
): CorrectiveActionResponse {
  const due = new Date(a.dueAt);
  return {
    id: a.id,
    inspectionId: a.inspectionId,
    sourceKind: a.sourceKind ?? 'inspection',
    sourceId: a.sourceId ?? null,
    title: a.item?.title ?? a.title ?? '',
    storeId: a.storeId,
    storeCode: a.store?.code ?? '',
    storeName: a.store?.name ?? '',
    categoryId: a.categoryId,
    itemId: a.itemId,
    itemTitle: a.item?.title ?? a.title ?? '',
    sectionTitle: a.item?.section?.title ?? '',
    critical: a.item?.critical ?? false,
    inspectorId: a.inspection?.inspectorId ?? a.verifierId ?? null,
    inspectorName: a.inspection?.inspector?.displayName ?? '',
    inspectedAt: a.inspection ? iso(a.inspection.inspectedAt) : iso(a.openedAt ?? null),
    failureNote: result?.note ?? null,
    failurePhotoIds: result?.photoIds ?? [],
    status: a.status,
    dueAt: due.toISOString(),
    overdue: isOverdue(a, now),
    closedNote: a.closedNote,
    closedPhotoId: a.closedPhotoId,
    closedAt: iso(a.closedAt),
    verifiedBy: a.verifiedBy,
    verifiedAt: iso(a.verifiedAt),
    reopenReason: a.reopenReason,
    version: a.version,
  };
}

/** Overdue: still the store's to fix (open or reopened) and past its due time. */
export function isOverdue(a: Pick<CorrectiveActionEntity, 'status' | 'dueAt'>, now = clock.now()): boolean {
  return (a.status === 'open' || a.status === 'reopened') && new Date(a.dueAt).getTime() < now.getTime();
}

/** A row just written in the same transaction: its absence is a bug, not a request error. */
export function written<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`${what} vanished inside its own transaction`);
  return row;
}
