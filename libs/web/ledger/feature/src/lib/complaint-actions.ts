import {
  ComplaintAction,
  ComplaintDepartment,
  ComplaintResponse,
  ComplaintTransitionRequest,
  Satisfaction,
} from '@storeops/shared/contracts';
import { parseYuan } from '@storeops/web/shared/util';

/** What the action forms collect; each action reads the fields it needs. */
export interface ActionDraft {
  comment: string;
  // judge
  valid: boolean | null;
  reason: string;
  responsibleStoreId: number | null;
  responsibleDepartment: ComplaintDepartment | null;
  customerInformed: boolean;
  // propose_plan
  plan: string;
  compensationYuan: string;
  // resolve
  resolution: string;
  causeCode: string | null;
  compensationPaidYuan: string;
  supplierId: number | null;
  // follow_up
  reached: boolean | null;
  satisfaction: Satisfaction | null;
  notes: string;
}

/** A fresh draft for a complaint: judged responsible is its own store, the paid compensation the planned one. */
export function emptyDraft(complaint: Pick<ComplaintResponse, 'storeId' | 'responsibleStoreId' | 'compensation'> | null): ActionDraft {
  return {
    comment: '',
    valid: null,
    reason: '',
    responsibleStoreId: complaint?.responsibleStoreId ?? complaint?.storeId ?? null,
    responsibleDepartment: null,
    customerInformed: false,
    plan: '',
    compensationYuan: '',
    resolution: '',
    causeCode: null,
    compensationPaidYuan: complaint?.compensation ? fenText(complaint.compensation) : '',
    supplierId: null,
    reached: null,
    satisfaction: null,
    notes: '',
  };
}

function fenText(fen: number): string {
  return (fen / 100).toFixed(2).replace(/\.00$/, '');
}

/** Field → the i18n key of its problem. */
export type DraftErrors = Partial<Record<keyof ActionDraft, string>>;
export type BuiltTransition = { ok: true; body: ComplaintTransitionRequest } | { ok: false; errors: DraftErrors };

/** An optional 元 amount: empty is 0 分; anything else must be a non-negative amount with at most two decimals. */
function optionalFen(text: string): number | 'invalid' {
  const parsed = parseYuan(text);
  if (!parsed.ok) return parsed.reason === 'empty' ? 0 : 'invalid';
  return parsed.fen < 0 ? 'invalid' : parsed.fen;
}

const REQUIRED = 'complaints.form.required';

/**
 * The transition request an action's form makes, or the fields still missing — checked here so the person sees
 * them at once; the API checks again and its 403/409 are shown as it words them.
 */
export function buildTransition(action: ComplaintAction, draft: ActionDraft, now: Date = new Date()): BuiltTransition {
  const errors: DraftErrors = {};
  const comment = draft.comment.trim();
  const body: ComplaintTransitionRequest = { action };
  switch (action) {
    case 'judge':
      if (draft.valid === null) errors.valid = REQUIRED;
      else if (draft.valid) {
        if (draft.responsibleStoreId === null && draft.responsibleDepartment === null)
          errors.responsibleStoreId = 'complaints.form.responsibleRequired';
        Object.assign(body, {
          valid: true,
          responsibleStoreId: draft.responsibleStoreId,
          responsibleDepartment: draft.responsibleDepartment,
          customerInformed: draft.customerInformed,
        });
      } else {
        if (!draft.reason.trim()) errors.reason = REQUIRED;
        Object.assign(body, { valid: false, reason: draft.reason.trim(), customerInformed: draft.customerInformed });
      }
      break;
    case 'propose_plan': {
      if (!draft.plan.trim()) errors.plan = REQUIRED;
      const compensation = optionalFen(draft.compensationYuan);
      if (compensation === 'invalid') errors.compensationYuan = 'complaints.form.amountInvalid';
      else Object.assign(body, { plan: draft.plan.trim(), compensation });
      break;
    }
    case 'return_plan':
    case 'reopen':
      if (!comment) errors.comment = 'complaints.form.commentRequired';
      break;
    case 'resolve': {
      if (!draft.resolution.trim()) errors.resolution = REQUIRED;
      if (!draft.causeCode) errors.causeCode = REQUIRED;
      const paid = optionalFen(draft.compensationPaidYuan);
      if (paid === 'invalid') errors.compensationPaidYuan = 'complaints.form.amountInvalid';
      else
        Object.assign(body, {
          resolution: draft.resolution.trim(),
          causeCode: draft.causeCode ?? undefined,
          compensationPaid: paid,
          ...(draft.supplierId === null ? {} : { supplierId: draft.supplierId }),
        });
      break;
    }
    case 'follow_up':
      if (draft.reached === null) errors.reached = REQUIRED;
      else if (draft.reached && draft.satisfaction === null) errors.satisfaction = REQUIRED;
      Object.assign(body, {
        reached: draft.reached ?? false,
        ...(draft.reached && draft.satisfaction ? { satisfaction: draft.satisfaction } : {}),
        ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
        calledAt: now.toISOString(),
      });
      break;
    case 'approve_plan':
    case 'close':
      break;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  if (comment) body.comment = comment;
  return { ok: true, body };
}

/** Actions that undo or refuse something: shown as a warning-coloured button. */
export function isWarningAction(action: ComplaintAction): boolean {
  return action === 'return_plan' || action === 'reopen';
}

/**
 * Why closing will be refused before asking: a key customer's complaint closes only after a reached follow-up
 * (the API answers 409 naming it; the page says so up front).
 */
export function closeBlockedByFollowUp(complaint: Pick<ComplaintResponse, 'keyCustomer' | 'followUps' | 'valid'>): boolean {
  return complaint.keyCustomer && complaint.valid !== false && !complaint.followUps.some((f) => f.reached);
}
