import {
  CreateInspectionRequest,
  ErrorDetail,
  InspectionResponse,
  InspectionTemplateResponse,
  ItemResult,
  ResultInput,
  ScoreOutcome,
  TemplateItem,
  itemFailed,
  scoreInspection,
} from '@storeops/shared/contracts';
import { detailText } from '@storeops/web/shared/util';

/** A photo of a draft: the Blob stays in IndexedDB under `localId`; `serverId` is set once it is uploaded. */
export interface DraftPhoto {
  localId: string;
  serverId: number | null;
}

export interface DraftResult {
  itemId: number;
  result: ItemResult | null;
  points: number | null;
  note: string;
  photos: DraftPhoto[];
}

/**
 * editing: being filled in; pending: submitted, waiting for the network; syncing: uploading now;
 * failed: the server refused it (4xx) — `error` says why, the specialist fixes and submits again.
 */
export type DraftStatus = 'editing' | 'pending' | 'syncing' | 'failed';

/** Everything needed to finish an inspection with no network: the template is a snapshot, not a reference. */
export interface InspectionDraft {
  /** The Idempotency-Key of its POST, made when the draft is created. */
  key: string;
  createdAt: string;
  updatedAt: string;
  storeId: number;
  storeCode: string;
  storeName: string;
  categoryId: number | null;
  categoryName: string | null;
  template: InspectionTemplateResponse;
  results: DraftResult[];
  notes: string;
  dutyPersonName: string;
  signature: DraftPhoto | null;
  status: DraftStatus;
  error: string | null;
  /** Set at the first submit: when the walk-through ended, even if it syncs hours later. */
  inspectedAt: string | null;
  planItemId: number | null;
  /** The plan period the inspection closes (an overdue item of last month stays last month's); absent on older drafts. */
  planPeriodStart?: string | null;
}

/** What the specialist sees once a draft has become an inspection. */
export interface CompletedInspection {
  key: string;
  inspection: InspectionResponse;
  /** Failed items, each of which opened a corrective action. */
  actionsOpened: number;
}

/** A v4 UUID; crypto.randomUUID only exists in secure contexts, getRandomValues everywhere. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function templateItems(template: InspectionTemplateResponse): TemplateItem[] {
  return template.sections.flatMap((s) => s.items);
}

export function newDraft(init: {
  key?: string;
  now?: Date;
  store: { id: number; code: string; name: string };
  category: { id: number; name: string } | null;
  template: InspectionTemplateResponse;
  planItemId?: number | null;
  planPeriodStart?: string | null;
}): InspectionDraft {
  const at = (init.now ?? new Date()).toISOString();
  return {
    key: init.key ?? newIdempotencyKey(),
    createdAt: at,
    updatedAt: at,
    storeId: init.store.id,
    storeCode: init.store.code,
    storeName: init.store.name,
    categoryId: init.category?.id ?? null,
    categoryName: init.category?.name ?? null,
    template: init.template,
    results: templateItems(init.template).map((item) => ({ itemId: item.id, result: null, points: null, note: '', photos: [] })),
    notes: '',
    dutyPersonName: '',
    signature: null,
    status: 'editing',
    error: null,
    inspectedAt: null,
    planItemId: init.planItemId ?? null,
    planPeriodStart: init.planItemId ? (init.planPeriodStart ?? null) : null,
  };
}

/** The answered items as the API takes them; photos not yet uploaded are left out (the sync uploads them first). */
export function draftResultInputs(draft: InspectionDraft): ResultInput[] {
  const inputs: ResultInput[] = [];
  for (const r of draft.results) {
    if (!r.result) continue;
    const input: ResultInput = { itemId: r.itemId, result: r.result };
    if (r.result === 'score') input.points = r.points ?? 0;
    if (r.note.trim()) input.note = r.note.trim();
    const photoIds = r.photos.map((p) => p.serverId).filter((id): id is number => id !== null);
    if (photoIds.length) input.photoIds = photoIds;
    inputs.push(input);
  }
  return inputs;
}

/** The live score: every photo counts as present here, uploaded or not. */
export function draftScore(draft: InspectionDraft): ScoreOutcome {
  return scoreInspection(draft.template, draftResultInputs(draft));
}

export function toCreateRequest(draft: InspectionDraft): CreateInspectionRequest {
  const body: CreateInspectionRequest = {
    storeId: draft.storeId,
    categoryId: draft.categoryId,
    templateId: draft.template.id,
    results: draftResultInputs(draft),
  };
  if (draft.notes.trim()) body.notes = draft.notes.trim();
  if (draft.dutyPersonName.trim()) body.dutyPersonName = draft.dutyPersonName.trim();
  if (draft.signature?.serverId) body.signaturePhotoId = draft.signature.serverId;
  if (draft.inspectedAt) body.inspectedAt = draft.inspectedAt;
  if (draft.planItemId) body.planItemId = draft.planItemId;
  if (draft.planItemId && draft.planPeriodStart) body.planPeriodStart = draft.planPeriodStart;
  return body;
}

export interface DraftProblem {
  /** The item concerned; 0 for the sign-off (signature, duty person's name). */
  itemId: number;
  kind: 'missing' | 'photo' | 'signature' | 'dutyName';
}

/**
 * What blocks a submit, checked locally so it works offline: unanswered items, failures without their photo, and
 * the on-duty person's signature and name when the template asks for them (it does unless it says otherwise).
 */
export function draftProblems(draft: InspectionDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const byId = new Map(templateItems(draft.template).map((i) => [i.id, i]));
  for (const r of draft.results) {
    const item = byId.get(r.itemId);
    if (!item) continue;
    if (!r.result) {
      problems.push({ itemId: r.itemId, kind: 'missing' });
      continue;
    }
    const input: ResultInput = { itemId: r.itemId, result: r.result, points: r.points ?? 0 };
    if (item.photoOnFail && itemFailed(item, input) && r.photos.length === 0) problems.push({ itemId: r.itemId, kind: 'photo' });
  }
  if (draft.template.requireSignature !== false && !draft.signature) problems.push({ itemId: 0, kind: 'signature' });
  if (draft.template.requireDutyPerson !== false && !draft.dutyPersonName.trim()) problems.push({ itemId: 0, kind: 'dutyName' });
  return problems;
}

/** Local photos of a draft (items and signature) still waiting for upload. */
export function pendingPhotos(draft: InspectionDraft): DraftPhoto[] {
  const photos = draft.results.flatMap((r) => r.photos);
  if (draft.signature) photos.push(draft.signature);
  return photos.filter((p) => p.serverId === null);
}

export function withPhotoUploaded(draft: InspectionDraft, localId: string, serverId: number): InspectionDraft {
  const swap = (p: DraftPhoto): DraftPhoto => (p.localId === localId ? { ...p, serverId } : p);
  return {
    ...draft,
    results: draft.results.map((r) => (r.photos.some((p) => p.localId === localId) ? { ...r, photos: r.photos.map(swap) } : r)),
    signature: draft.signature ? swap(draft.signature) : null,
  };
}

/** A 400's `results[3]` names the fourth result sent; map it back to the item title for the message. */
export function describeServerProblems(draft: InspectionDraft, details: readonly ErrorDetail[], fallback: string): string {
  if (!details.length) return fallback;
  const sent = draftResultInputs(draft);
  const titles = new Map(templateItems(draft.template).map((i) => [i.id, i.title]));
  return details
    .map((d) => {
      const m = /^results\[(\d+)\]/.exec(d.field ?? '');
      const itemId = m ? sent[Number(m[1])]?.itemId : undefined;
      const title = itemId !== undefined ? titles.get(itemId) : undefined;
      return title ? `${title}: ${d.problem}` : detailText(d);
    })
    .join('; ');
}
